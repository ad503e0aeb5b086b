"""The models of the ``p2p_advert_list`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pAdvertListRequest",
    "P2pAdvertListResponse",
    "P2pAdvertListResponseP2pAdvertList",
    "P2pAdvertListResponseP2pAdvertListListItem",
    "P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails",
]


@attrs.define(kw_only=True)
class P2pAdvertListRequest:
    """P2p advert list request."""

    p2p_advert_list: Literal[1]
    advertiser_id: str | None = None
    advertiser_name: str | None = None
    amount: float | None = None
    block_trade: Literal[0, 1] | None = None
    counterparty_type: Literal["buy", "sell"] | None = None
    favourites_only: Literal[0, 1] | None = None
    hide_client_schedule_unavailable: Literal[0, 1] | None = None
    hide_ineligible: Literal[0, 1] | None = None
    limit: int | None = None
    local_currency: str | None = None
    offset: int | None = None
    payment_method: list[str] | None = None
    sort_by: Literal["completion", "rate", "rating", "recommended"] | None = None
    use_client_limits: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertListResponse:
    """P2p advert list response."""

    p2p_advert_list: P2pAdvertListResponseP2pAdvertList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListResponseP2pAdvertList:
    """P2p advert list response p2p advert list."""

    list: list[P2pAdvertListResponseP2pAdvertListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertListResponseP2pAdvertListListItem:
    """P2p advert list response p2p advert list list item."""

    account_currency: str
    active_orders: int | None = None
    advertiser_details: P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails
    amount: float | None = None
    amount_display: str | None = None
    block_trade: Literal[0, 1]
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"]
    country: str
    created_time: int
    days_until_archive: int | None = None
    description: str = attrs.field(repr=False)
    effective_rate: float | None
    effective_rate_display: str | None
    eligibility_status: (
        list[Literal["completion_rate", "country", "join_date", "rating_average"]] | None
    ) = None
    eligible_countries: list[str] | None = None
    id: str
    is_active: Literal[0, 1]
    is_client_schedule_available: Literal[0, 1] | None = None
    is_eligible: Literal[0, 1] | None = None
    is_visible: Literal[0, 1]
    local_currency: str
    max_order_amount: float | None = None
    max_order_amount_display: str | None = None
    max_order_amount_limit: float
    max_order_amount_limit_display: str
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float | None = None
    min_order_amount_display: str | None = None
    min_order_amount_limit: float
    min_order_amount_limit_display: str
    min_rating: float | None = None
    order_expiry_period: int
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | None = attrs.field(repr=False)
    payment_method_names: list[str] | None = None
    price: float | None
    price_display: str | None
    rate: float
    rate_display: str
    rate_type: Literal["fixed", "float"]
    remaining_amount: float | None = None
    remaining_amount_display: str | None = None
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
class P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails:
    """P2p advert list response p2p advert list list item advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_blocked: Literal[0] | None = None
    is_favourite: Literal[0, 1] | None = None
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | Unset | None = UNSET
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: float | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
