"""The models of the ``website_config`` call (system group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "WebsiteConfigRequest",
    "WebsiteConfigResponse",
    "WebsiteConfigResponseSubscription",
    "WebsiteConfigResponseWebsiteConfig",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts",
    "WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin",
    "WebsiteConfigResponseWebsiteConfigPaymentAgents",
]


@attrs.define(kw_only=True)
class WebsiteConfigRequest:
    """Website config request."""

    website_config: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class WebsiteConfigResponse:
    """Website config response."""

    website_config: WebsiteConfigResponseWebsiteConfig | None = None
    subscription: WebsiteConfigResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["website_config"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseSubscription:
    """Website config response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfig:
    """Website config response website config."""

    currencies_config: dict[str, WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue | Any]
    feature_flags: list[str] | None = None
    payment_agents: WebsiteConfigResponseWebsiteConfigPaymentAgents | None = None
    supported_languages: list[str] | None = None
    terms_conditions_version: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue:
    """Website config response website config currencies config value."""

    fractional_digits: float
    is_deposit_suspended: Literal[0, 1]
    is_suspended: Literal[0, 1]
    is_withdrawal_suspended: Literal[0, 1]
    name: str | None = attrs.field(default=None, repr=False)
    platform: WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform | None = None
    stake_default: float
    transfer_between_accounts: (
        WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts
    )
    type: Literal["fiat", "crypto"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform:
    """Website config response website config currencies config value platform."""

    cashier: list[Any]
    ramp: list[Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts:
    """Website config response website config currencies config value transfer between accounts."""

    fees: dict[str, float | Any]
    limits: (
        WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin
        | None
    )
    limits_ctrader: dict[str, Any] | None = None
    limits_dxtrade: dict[str, Any] | None = None
    limits_mt5: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin:
    """Website config response website config currencies config value transfer between accounts
    limits with min.
    """

    max: float | None = None
    min: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WebsiteConfigResponseWebsiteConfigPaymentAgents:
    """Website config response website config payment agents."""

    initial_deposit_per_country: dict[str, float | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
