"""The models of the ``p2p_order_create`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pOrderCreateRequest",
    "P2pOrderCreateResponse",
    "P2pOrderCreateResponseP2pOrderCreate",
    "P2pOrderCreateResponseP2pOrderCreateAdvertDetails",
    "P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails",
    "P2pOrderCreateResponseP2pOrderCreateClientDetails",
    "P2pOrderCreateResponseP2pOrderCreateDisputeDetails",
    "P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue",
    "P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue",
    "P2pOrderCreateResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pOrderCreateRequest:
    """P2p order create request."""

    p2p_order_create: Literal[1]
    advert_id: str
    amount: float
    contact_info: str | None = attrs.field(default=None, repr=False)
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method_ids: list[int] | None = None
    rate: float | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderCreateResponse:
    """P2p order create response."""

    p2p_order_create: P2pOrderCreateResponseP2pOrderCreate | None = None
    subscription: P2pOrderCreateResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreate:
    """P2p order create response p2p order create."""

    account_currency: str
    advert_details: P2pOrderCreateResponseP2pOrderCreateAdvertDetails
    advertiser_details: P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderCreateResponseP2pOrderCreateClientDetails
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderCreateResponseP2pOrderCreateDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0]
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue] | None
    ) = None
    price: float
    price_display: str
    rate: float
    rate_display: str
    status: Literal["pending"]
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateAdvertDetails:
    """P2p order create response p2p order create advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateAdvertiserDetails:
    """P2p order create response p2p order create advertiser details."""

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
class P2pOrderCreateResponseP2pOrderCreateClientDetails:
    """P2p order create response p2p order create client details."""

    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    loginid: str
    name: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreateDisputeDetails:
    """P2p order create response p2p order create dispute details."""

    dispute_reason: str | None
    disputer_loginid: str | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValue:
    """P2p order create response p2p order create payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | Unset | None = UNSET
    used_by_orders: list[str] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseP2pOrderCreatePaymentMethodDetailsValueFieldsValue:
    """P2p order create response p2p order create payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCreateResponseSubscription:
    """P2p order create response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
