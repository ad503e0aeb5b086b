"""The models of the ``website_status`` call (system group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "WebsiteStatusRequest",
    "WebsiteStatusResponse",
    "WebsiteStatusResponseSubscription",
    "WebsiteStatusResponseWebsiteStatus",
    "WebsiteStatusResponseWebsiteStatusApiCallLimits",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome",
    "WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts",
    "WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin",
    "WebsiteStatusResponseWebsiteStatusDxtradeStatus",
    "WebsiteStatusResponseWebsiteStatusMt5Status",
    "WebsiteStatusResponseWebsiteStatusP2pConfig",
    "WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade",
    "WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem",
    "WebsiteStatusResponseWebsiteStatusPaymentAgents",
]


@attrs.define(kw_only=True)
class WebsiteStatusRequest:
    """Website status request."""

    website_status: Literal[1]
    subscribe: Literal[0, 1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class WebsiteStatusResponse:
    """Website status response."""

    website_status: WebsiteStatusResponseWebsiteStatus | None = None
    subscription: WebsiteStatusResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["website_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseSubscription:
    """Website status response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatus:
    """Website status response website status."""

    api_call_limits: WebsiteStatusResponseWebsiteStatusApiCallLimits
    broker_codes: list[str] | None = None
    clients_country: str | None = None
    currencies_config: dict[str, WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue | Any]
    dxtrade_status: WebsiteStatusResponseWebsiteStatusDxtradeStatus | None = None
    message: str | None = None
    mt5_status: WebsiteStatusResponseWebsiteStatusMt5Status | None = None
    p2p_config: WebsiteStatusResponseWebsiteStatusP2pConfig | None = None
    payment_agents: WebsiteStatusResponseWebsiteStatusPaymentAgents | None = None
    site_status: Literal["up", "down", "updating"] | None = None
    supported_languages: list[str] | None = None
    terms_conditions_version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimits:
    """Website status response website status api call limits."""

    max_proposal_subscription: (
        WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription
    )
    max_requestes_general: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral
    max_requests_outcome: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome
    max_requests_pricing: WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription:
    """Website status response website status api call limits max proposal subscription."""

    applies_to: str
    max: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral:
    """Website status response website status api call limits max requestes general."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome:
    """Website status response website status api call limits max requests outcome."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing:
    """Website status response website status api call limits max requests pricing."""

    applies_to: str
    hourly: float
    minutely: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue:
    """Website status response website status currencies config value."""

    fractional_digits: float
    is_deposit_suspended: Literal[0, 1]
    is_suspended: Literal[0, 1]
    is_withdrawal_suspended: Literal[0, 1]
    name: str | None = attrs.field(default=None, repr=False)
    platform: WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform | None = None
    stake_default: float
    transfer_between_accounts: (
        WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts
    )
    type: Literal["fiat", "crypto"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform:
    """Website status response website status currencies config value platform."""

    cashier: list[Any]
    ramp: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts:
    """Website status response website status currencies config value transfer between accounts."""

    fees: dict[str, float | Any]
    limits: (
        WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin
        | None
    )
    limits_ctrader: dict[str, Any] | None = None
    limits_dxtrade: dict[str, Any] | None = None
    limits_mt5: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin:
    """Website status response website status currencies config value transfer between accounts
    limits with min.
    """

    max: float | None = None
    min: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusDxtradeStatus:
    """Website status response website status dxtrade status."""

    all: int | None = None
    demo: int | None = None
    real: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusMt5Status:
    """Website status response website status mt5 status."""

    demo: list[Any] | None = None
    real: list[Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfig:
    """Website status response website status p2p config."""

    adverts_active_limit: int
    adverts_archive_period: int | None = None
    block_trade: WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade
    cancellation_block_duration: int
    cancellation_count_period: int
    cancellation_grace_period: int
    cancellation_limit: int
    cross_border_ads_enabled: Literal[0, 1]
    disabled: Literal[0, 1]
    feature_level: int
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    fixed_rate_adverts_end_date: str | None = None
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currencies: list[WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem]
    maximum_advert_amount: float
    maximum_order_amount: float
    order_daily_limit: int
    order_payment_period: int
    override_exchange_rate: str | None = None
    payment_methods_enabled: Literal[0, 1]
    review_period: float
    supported_currencies: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade:
    """Website status response website status p2p config block trade."""

    disabled: Literal[0, 1] | None = None
    maximum_advert_amount: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem:
    """Website status response website status p2p config local currencies item."""

    display_name: str
    has_adverts: Literal[0, 1]
    is_default: Literal[1] | None = None
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteStatusResponseWebsiteStatusPaymentAgents:
    """Website status response website status payment agents."""

    initial_deposit_per_country: dict[str, float | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
