"""The models of the ``mt5_get_settings`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "Mt5GetSettingsRequest",
    "Mt5GetSettingsResponse",
    "Mt5GetSettingsResponseMt5GetSettings",
    "Mt5GetSettingsResponseMt5GetSettingsServerInfo",
    "Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation",
]


@attrs.define(kw_only=True)
class Mt5GetSettingsRequest:
    """Mt5 get settings request."""

    mt5_get_settings: Literal[1]
    login: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5GetSettingsResponse:
    """Mt5 get settings response."""

    mt5_get_settings: Mt5GetSettingsResponseMt5GetSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_get_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettings:
    """Mt5 get settings response mt5 get settings."""

    account_type: Literal["demo", "real"] | None = None
    address: str | None = None
    balance: float | None = None
    city: str | None = None
    company: str | None = None
    country: str | None = None
    currency: str | None = None
    display_balance: str | None = None
    email: str | None = attrs.field(default=None, repr=False)
    group: str | None = None
    landing_company_short: (
        Literal["bvi", "labuan", "malta", "maltainvest", "seychelles", "svg", "vanuatu", "dml"]
        | None
    ) = None
    leverage: float | None = None
    login: str | None = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    name: str | None = attrs.field(default=None, repr=False)
    phone: str | None = attrs.field(default=None, repr=False)
    phone_password: str | None = attrs.field(default=None, repr=False)
    server: str | None = None
    server_info: Mt5GetSettingsResponseMt5GetSettingsServerInfo | None = None
    state: str | None = None
    sub_account_category: (
        Literal["", "ibt", "lim", "stp", "swap_free", "swap_free_high_risk"] | None
    ) = None
    sub_account_type: (
        Literal[
            "standard",
            "financial",
            "financial_stp",
            "swap_free",
            "ibt",
            "stp",
            "zero_spread",
            "gold",
        ]
        | None
    ) = None
    zip_code: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettingsServerInfo:
    """Mt5 get settings response mt5 get settings server info."""

    environment: (
        Literal["Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    geolocation: Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5GetSettingsResponseMt5GetSettingsServerInfoGeolocation:
    """Mt5 get settings response mt5 get settings server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
