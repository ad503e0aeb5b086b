"""The models of the ``p2p_advertiser_info`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pAdvertiserInfoRequest",
    "P2pAdvertiserInfoResponse",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfo",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem",
    "P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits",
    "P2pAdvertiserInfoResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pAdvertiserInfoRequest:
    """P2p advertiser info request."""

    p2p_advertiser_info: Literal[1]
    id: str | None = None
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponse:
    """P2p advertiser info response."""

    p2p_advertiser_info: P2pAdvertiserInfoResponseP2pAdvertiserInfo | None = None
    subscription: P2pAdvertiserInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfo:
    """P2p advertiser info response p2p advertiser info."""

    active_fixed_ads: int | None = None
    active_float_ads: int | None = None
    advert_rates: float | None
    balance_available: float | None = None
    basic_verification: Literal[1, 0]
    block_trade: P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade | None = None
    blocked_by_count: int | None = None
    blocked_until: int | None = None
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    cancels_remaining: int | None = None
    chat_token: str | Unset | None = attrs.field(default=UNSET, repr=False)
    chat_user_id: str | Unset | None = UNSET
    contact_info: str | None = attrs.field(default=None, repr=False)
    created_time: int
    daily_buy: str | None = None
    daily_buy_limit: str | None = None
    daily_sell: str | None = None
    daily_sell_limit: str | None = None
    default_advert_description: str = attrs.field(repr=False)
    first_name: str | None = attrs.field(default=None, repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_blocked: Literal[0, 1] | None = None
    is_favourite: Literal[0, 1] | None = None
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    max_order_amount: str | None = None
    min_balance: str | None = None
    min_order_amount: str | None = None
    name: str = attrs.field(repr=False)
    partner_count: int
    payment_info: str | None = attrs.field(default=None, repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: list[P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem] | Unset | None = UNSET
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    show_name: Literal[0, 1] | None = None
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    upgradable_daily_limits: (
        P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits | None
    ) = None
    withdrawal_limit: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoBlockTrade:
    """P2p advertiser info response p2p advertiser info block trade."""

    max_order_amount: str
    min_order_amount: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoScheduleItem:
    """P2p advertiser info response p2p advertiser info schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseP2pAdvertiserInfoUpgradableDailyLimits:
    """P2p advertiser info response p2p advertiser info upgradable daily limits."""

    block_trade: Literal[0, 1] | None = None
    max_daily_buy: str
    max_daily_sell: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserInfoResponseSubscription:
    """P2p advertiser info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
