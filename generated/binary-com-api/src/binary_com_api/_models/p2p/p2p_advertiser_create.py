"""The models of the ``p2p_advertiser_create`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pAdvertiserCreateRequest",
    "P2pAdvertiserCreateRequestScheduleItem",
    "P2pAdvertiserCreateResponse",
    "P2pAdvertiserCreateResponseP2pAdvertiserCreate",
    "P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem",
    "P2pAdvertiserCreateResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pAdvertiserCreateRequest:
    """P2p advertiser create request."""

    p2p_advertiser_create: Literal[1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    default_advert_description: str | None = attrs.field(default=None, repr=False)
    name: str = attrs.field(repr=False)
    payment_info: str | None = attrs.field(default=None, repr=False)
    schedule: list[P2pAdvertiserCreateRequestScheduleItem] | Unset | None = UNSET
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserCreateRequestScheduleItem:
    """P2p advertiser create request schedule item."""

    end_min: int | None
    start_min: int | None


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponse:
    """P2p advertiser create response."""

    p2p_advertiser_create: P2pAdvertiserCreateResponseP2pAdvertiserCreate | None = None
    subscription: P2pAdvertiserCreateResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseP2pAdvertiserCreate:
    """P2p advertiser create response p2p advertiser create."""

    advert_rates: float | None
    balance_available: float
    basic_verification: Literal[1, 0]
    blocked_by_count: int
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    cancels_remaining: int
    chat_token: str | None = attrs.field(repr=False)
    chat_user_id: str | None
    contact_info: str = attrs.field(repr=False)
    created_time: int
    daily_buy: str | None = None
    daily_buy_limit: str | None = None
    daily_sell: str | None = None
    daily_sell_limit: str | None = None
    default_advert_description: str = attrs.field(repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_online_time: int | None
    max_order_amount: str | None = None
    min_balance: str | None = None
    min_order_amount: str | None = None
    name: str = attrs.field(repr=False)
    partner_count: int
    payment_info: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: list[P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem] | Unset | None = (
        UNSET
    )
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    show_name: Literal[0, 1]
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    withdrawal_limit: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseP2pAdvertiserCreateScheduleItem:
    """P2p advertiser create response p2p advertiser create schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserCreateResponseSubscription:
    """P2p advertiser create response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
