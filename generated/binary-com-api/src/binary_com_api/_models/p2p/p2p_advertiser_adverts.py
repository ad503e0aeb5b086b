"""The models of the ``p2p_advertiser_adverts`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pAdvertiserAdvertsRequest",
    "P2pAdvertiserAdvertsResponse",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem",
    "P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails",
]


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsRequest:
    """P2p advertiser adverts request."""

    p2p_advertiser_adverts: Literal[1]
    limit: int | None = None
    offset: int | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponse:
    """P2p advertiser adverts response."""

    p2p_advertiser_adverts: P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_adverts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdverts:
    """P2p advertiser adverts response p2p advertiser adverts."""

    list: list[P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItem:
    """P2p advertiser adverts response p2p advertiser adverts list item."""

    account_currency: str
    active_orders: int
    advertiser_details: P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails
    amount: float
    amount_display: str
    block_trade: Literal[0, 1]
    contact_info: str = attrs.field(repr=False)
    counterparty_type: Literal["buy", "sell"]
    country: str
    created_time: int
    days_until_archive: int | None = None
    description: str = attrs.field(repr=False)
    effective_rate: float | None
    effective_rate_display: str | None
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1]
    is_visible: Literal[0, 1]
    local_currency: str
    max_order_amount: float
    max_order_amount_display: str
    max_order_amount_limit: float
    max_order_amount_limit_display: str
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float
    min_order_amount_display: str
    min_order_amount_limit: float
    min_order_amount_limit_display: str
    min_rating: float | None = None
    order_expiry_period: int
    payment_info: str = attrs.field(repr=False)
    payment_method: str | None = attrs.field(repr=False)
    payment_method_names: list[str] | None = None
    price: float | None
    price_display: str | None
    rate: float
    rate_display: str
    rate_type: Literal["fixed", "float"]
    remaining_amount: float
    remaining_amount_display: str
    type: Literal["buy", "sell"]
    visibility_status: (
        list[
            Literal[
                "advert_fixed_rate_disabled",
                "advert_float_rate_disabled",
                "advert_inactive",
                "advert_max_limit",
                "advert_min_limit",
                "advert_remaining",
                "advert_no_payment_methods",
                "advertiser_ads_paused",
                "advertiser_approval",
                "advertiser_balance",
                "advertiser_block_trade_ineligible",
                "advertiser_daily_limit",
                "advertiser_schedule",
                "advertiser_temp_ban",
            ]
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserAdvertsResponseP2pAdvertiserAdvertsListItemAdvertiserDetails:
    """P2p advertiser adverts response p2p advertiser adverts list item advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_online: Literal[0, 1]
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
