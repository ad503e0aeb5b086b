"""The models of the ``p2p_advert_info`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pAdvertInfoRequest",
    "P2pAdvertInfoResponse",
    "P2pAdvertInfoResponseP2pAdvertInfo",
    "P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails",
    "P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue",
    "P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue",
    "P2pAdvertInfoResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pAdvertInfoRequest:
    """P2p advert info request."""

    p2p_advert_info: Literal[1]
    id: str | None = None
    subscribe: Literal[1] | None = None
    use_client_limits: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertInfoResponse:
    """P2p advert info response."""

    p2p_advert_info: P2pAdvertInfoResponseP2pAdvertInfo | None = None
    subscription: P2pAdvertInfoResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advert_info"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfo:
    """P2p advert info response p2p advert info."""

    account_currency: str | None = None
    active_orders: int | None = None
    advertiser_details: P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails | None = None
    amount: float | None = None
    amount_display: str | None = None
    block_trade: Literal[0, 1] | None = None
    contact_info: str | None = attrs.field(default=None, repr=False)
    counterparty_type: Literal["buy", "sell"] | None = None
    country: str | None = None
    created_time: int | None = None
    days_until_archive: int | None = None
    deleted: Literal[1] | None = None
    description: str | None = attrs.field(default=None, repr=False)
    effective_rate: float | Unset | None = UNSET
    effective_rate_display: str | Unset | None = UNSET
    eligibility_status: (
        list[Literal["completion_rate", "country", "join_date", "rating_average"]] | None
    ) = None
    eligible_countries: list[str] | None = None
    id: str | None = None
    is_active: Literal[0, 1] | None = None
    is_client_schedule_available: Literal[0, 1] | None = None
    is_eligible: Literal[0, 1] | None = None
    is_visible: Literal[0, 1] | None = None
    local_currency: str | None = None
    max_order_amount: float | None = None
    max_order_amount_display: str | None = None
    max_order_amount_limit: float | None = None
    max_order_amount_limit_display: str | None = None
    min_completion_rate: float | None = None
    min_join_days: int | None = None
    min_order_amount: float | None = None
    min_order_amount_display: str | None = None
    min_order_amount_limit: float | None = None
    min_order_amount_limit_display: str | None = None
    min_rating: float | None = None
    order_expiry_period: int | None = None
    payment_info: str | None = attrs.field(default=None, repr=False)
    payment_method: str | Unset | None = UNSET
    payment_method_details: (
        dict[str, P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue] | None
    ) = None
    payment_method_names: list[str] | None = None
    price: float | Unset | None = UNSET
    price_display: str | Unset | None = UNSET
    rate: float | None = None
    rate_display: str | None = None
    rate_type: Literal["fixed", "float"] | None = None
    remaining_amount: float | None = None
    remaining_amount_display: str | None = None
    type: Literal["buy", "sell"] | None = None
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
class P2pAdvertInfoResponseP2pAdvertInfoAdvertiserDetails:
    """P2p advert info response p2p advert info advertiser details."""

    completed_orders_count: int
    first_name: str | None = attrs.field(default=None, repr=False)
    id: str
    is_blocked: Literal[0, 1] | None = None
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
    recommended_count: int | None
    total_completion_rate: float | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValue:
    """P2p advert info response p2p advert info payment method details value."""

    display_name: str | None = None
    fields: dict[str, P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseP2pAdvertInfoPaymentMethodDetailsValueFieldsValue:
    """P2p advert info response p2p advert info payment method details value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertInfoResponseSubscription:
    """P2p advert info response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
