"""The models of the ``p2p_order_info`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pOrderInfoRequest",
    "P2pOrderInfoResponse",
    "P2pOrderInfoResponseP2pOrderInfo",
    "P2pOrderInfoResponseP2pOrderInfoAdvertDetails",
    "P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails",
    "P2pOrderInfoResponseP2pOrderInfoClientDetails",
    "P2pOrderInfoResponseP2pOrderInfoDisputeDetails",
    "P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue",
    "P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue",
    "P2pOrderInfoResponseP2pOrderInfoReviewDetails",
    "P2pOrderInfoResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pOrderInfoRequest:
    """P2p order info request."""

    p2p_order_info: Literal[1]
    id: str
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderInfoResponse:
    """P2p order info response."""

    p2p_order_info: P2pOrderInfoResponseP2pOrderInfo | None = None
    subscription: P2pOrderInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfo:
    """P2p order info response p2p order info."""

    account_currency: str
    advert_details: P2pOrderInfoResponseP2pOrderInfoAdvertDetails
    advertiser_details: P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderInfoResponseP2pOrderInfoClientDetails
    completion_time: int | None = None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderInfoResponseP2pOrderInfoDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0] | None = None
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    review_details: P2pOrderInfoResponseP2pOrderInfoReviewDetails | None = None
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
class P2pOrderInfoResponseP2pOrderInfoAdvertDetails:
    """P2p order info response p2p order info advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoAdvertiserDetails:
    """P2p order info response p2p order info advertiser details."""

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
class P2pOrderInfoResponseP2pOrderInfoClientDetails:
    """P2p order info response p2p order info client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1] | None = None
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | Unset | None = UNSET
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoDisputeDetails:
    """P2p order info response p2p order info dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValue:
    """P2p order info response p2p order info payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | Unset | None = UNSET
    used_by_orders: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoPaymentMethodDetailsValueFieldsValue:
    """P2p order info response p2p order info payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseP2pOrderInfoReviewDetails:
    """P2p order info response p2p order info review details."""

    created_time: int
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderInfoResponseSubscription:
    """P2p order info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
