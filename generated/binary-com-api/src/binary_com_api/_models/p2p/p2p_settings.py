"""The models of the ``p2p_settings`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pSettingsRequest",
    "P2pSettingsResponse",
    "P2pSettingsResponseP2pSettings",
    "P2pSettingsResponseP2pSettingsBlockTrade",
    "P2pSettingsResponseP2pSettingsCounterpartyTermSteps",
    "P2pSettingsResponseP2pSettingsLocalCurrenciesItem",
    "P2pSettingsResponseSubscription",
]


@attrs.define(kw_only=True)
class P2pSettingsRequest:
    """P2p settings request."""

    p2p_settings: Literal[1]
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pSettingsResponse:
    """P2p settings response."""

    p2p_settings: P2pSettingsResponseP2pSettings | None = None
    subscription: P2pSettingsResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettings:
    """P2p settings response p2p settings."""

    adverts_active_limit: int
    adverts_archive_period: int | None = None
    block_trade: P2pSettingsResponseP2pSettingsBlockTrade
    business_hours_minutes_interval: int
    cancellation_block_duration: int
    cancellation_count_period: int
    cancellation_grace_period: int
    cancellation_limit: int
    counterparty_term_steps: P2pSettingsResponseP2pSettingsCounterpartyTermSteps | None = None
    cross_border_ads_enabled: Literal[0, 1]
    disabled: Literal[0, 1]
    feature_level: int
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    fixed_rate_adverts_end_date: str | None = None
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currencies: list[P2pSettingsResponseP2pSettingsLocalCurrenciesItem]
    maximum_advert_amount: float
    maximum_order_amount: float
    order_daily_limit: int
    order_expiry_options: list[int]
    order_payment_period: int
    override_exchange_rate: str | None = None
    payment_methods_enabled: Literal[0, 1]
    pnv_required: Literal[0, 1]
    poa_required: Literal[0, 1]
    review_period: float
    supported_currencies: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsBlockTrade:
    """P2p settings response p2p settings block trade."""

    disabled: Literal[0, 1] | None = None
    maximum_advert_amount: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsCounterpartyTermSteps:
    """P2p settings response p2p settings counterparty term steps."""

    completion_rate: list[float]
    join_days: list[int]
    rating: list[float]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseP2pSettingsLocalCurrenciesItem:
    """P2p settings response p2p settings local currencies item."""

    display_name: str
    has_adverts: Literal[0, 1]
    is_default: Literal[1] | None = None
    is_floating_rate_ad_supported: Literal[0, 1] | None = None
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pSettingsResponseSubscription:
    """P2p settings response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
