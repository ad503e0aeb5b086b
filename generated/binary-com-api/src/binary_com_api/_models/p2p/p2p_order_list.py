"""The models of the ``p2p_order_list`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pOrderListRequest",
    "P2pOrderListResponse",
    "P2pOrderListResponseP2pOrderList",
    "P2pOrderListResponseP2pOrderListListItem",
    "P2pOrderListResponseP2pOrderListListItemAdvertDetails",
    "P2pOrderListResponseP2pOrderListListItemAdvertiserDetails",
    "P2pOrderListResponseP2pOrderListListItemClientDetails",
    "P2pOrderListResponseP2pOrderListListItemDisputeDetails",
    "P2pOrderListResponseP2pOrderListListItemReviewDetails",
    "P2pOrderListResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pOrderListRequest:
    """P2p order list request."""

    p2p_order_list: Literal[1]
    active: Literal[0, 1] | None = None
    advert_id: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    limit: int | None = None
    offset: int | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderListResponse:
    """P2p order list response."""

    p2p_order_list: P2pOrderListResponseP2pOrderList | None = None
    subscription: P2pOrderListResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderList:
    """P2p order list response p2p order list."""

    list: list[P2pOrderListResponseP2pOrderListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItem:
    """P2p order list response p2p order list list item."""

    account_currency: str
    advert_details: P2pOrderListResponseP2pOrderListListItemAdvertDetails
    advertiser_details: P2pOrderListResponseP2pOrderListListItemAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderListResponseP2pOrderListListItemClientDetails | None = None
    completion_time: int | None = None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderListResponseP2pOrderListListItemDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0] | None = None
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_names: list[str] | None = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    review_details: P2pOrderListResponseP2pOrderListListItemReviewDetails | None = None
    status: Literal[
        "pending",
        "buyer-confirmed",
        "cancelled",
        "timed-out",
        "blocked",
        "refunded",
        "completed",
        "disputed",
        "dispute-refunded",
        "dispute-completed",
    ]
    type: Literal["buy", "sell"]
    verification_lockout_until: int | None = None
    verification_next_request: int | None = None
    verification_pending: Literal[0, 1] | None = None
    verification_token_expiry: int | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemAdvertDetails:
    """P2p order list response p2p order list list item advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemAdvertiserDetails:
    """P2p order list response p2p order list list item advertiser details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemClientDetails:
    """P2p order list response p2p order list list item client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemDisputeDetails:
    """P2p order list response p2p order list list item dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseP2pOrderListListItemReviewDetails:
    """P2p order list response p2p order list list item review details."""

    created_time: int
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderListResponseSubscription:
    """P2p order list response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
