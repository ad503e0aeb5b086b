"""The models of the ``p2p_order_dispute`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pOrderDisputeRequest",
    "P2pOrderDisputeResponse",
    "P2pOrderDisputeResponseP2pOrderDispute",
    "P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeClientDetails",
    "P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails",
]


@attrs.define(kw_only=True)
class P2pOrderDisputeRequest:
    """P2p order dispute request."""

    p2p_order_dispute: Literal[1]
    dispute_reason: Literal[
        "seller_not_released",
        "buyer_underpaid",
        "buyer_overpaid",
        "buyer_not_paid",
        "buyer_third_party_payment_method",
    ]
    id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderDisputeResponse:
    """P2p order dispute response."""

    p2p_order_dispute: P2pOrderDisputeResponseP2pOrderDispute | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_dispute"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDispute:
    """P2p order dispute response p2p order dispute."""

    account_currency: str
    advert_details: P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails
    advertiser_details: P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails
    amount: float
    amount_display: str
    chat_channel_url: str
    client_details: P2pOrderDisputeResponseP2pOrderDisputeClientDetails
    contact_info: str = attrs.field(repr=False)
    created_time: int
    dispute_details: P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails
    expiry_time: int
    id: str
    is_incoming: Literal[0, 1]
    is_reviewable: Literal[0, 1]
    is_seen: Literal[1, 0]
    local_currency: str
    payment_info: str = attrs.field(repr=False)
    price: float
    price_display: str
    rate: float
    rate_display: str
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
class P2pOrderDisputeResponseP2pOrderDisputeAdvertDetails:
    """P2p order dispute response p2p order dispute advert details."""

    block_trade: Literal[0, 1]
    description: str = attrs.field(repr=False)
    id: str
    payment_method: str | None = attrs.field(repr=False)
    type: Literal["buy", "sell"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderDisputeResponseP2pOrderDisputeAdvertiserDetails:
    """P2p order dispute response p2p order dispute advertiser details."""

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
class P2pOrderDisputeResponseP2pOrderDisputeClientDetails:
    """P2p order dispute response p2p order dispute client details."""

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
class P2pOrderDisputeResponseP2pOrderDisputeDisputeDetails:
    """P2p order dispute response p2p order dispute dispute details."""

    dispute_reason: str
    disputer_loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
