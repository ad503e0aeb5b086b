"""The models of the ``mt5_login_list`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "Mt5LoginListRequest",
    "Mt5LoginListResponse",
    "Mt5LoginListResponseMt5LoginListItem",
    "Mt5LoginListResponseMt5LoginListItemClientKycStatus",
    "Mt5LoginListResponseMt5LoginListItemError",
    "Mt5LoginListResponseMt5LoginListItemErrorDetails",
    "Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo",
    "Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation",
    "Mt5LoginListResponseMt5LoginListItemRights",
    "Mt5LoginListResponseMt5LoginListItemServerInfo",
    "Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation",
    "Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks",
]


@attrs.define(kw_only=True)
class Mt5LoginListRequest:
    """Mt5 login list request."""

    mt5_login_list: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5LoginListResponse:
    """Mt5 login list response."""

    mt5_login_list: list[Mt5LoginListResponseMt5LoginListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_login_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItem:
    """Mt5 login list response mt5 login list item."""

    account_type: Literal["demo", "real"] | None = None
    balance: float | None = None
    client_kyc_status: Mt5LoginListResponseMt5LoginListItemClientKycStatus | None = None
    country: str | None = None
    currency: str | None = None
    display_balance: str | None = None
    eligible_to_migrate: dict[str, Any] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    error: Mt5LoginListResponseMt5LoginListItemError | None = None
    group: str | None = None
    is_main_agent: bool | None = None
    landing_company: str | None = None
    landing_company_short: (
        Literal["bvi", "labuan", "malta", "maltainvest", "svg", "vanuatu", "seychelles", "dml"]
        | None
    ) = None
    leverage: float | None = None
    login: str | None = None
    market_type: Literal["financial", "synthetic", "all"] | None = None
    name: str | None = attrs.field(default=None, repr=False)
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    request_timestamp: int | None = None
    rights: Mt5LoginListResponseMt5LoginListItemRights | None = None
    server: str | None = None
    server_info: Mt5LoginListResponseMt5LoginListItemServerInfo | None = None
    status: str | Unset | None = UNSET
    sub_account_category: (
        Literal["", "swap_free", "swap_free_high_risk", "lim", "hr", "ab", "ba", "stp", "gold"]
        | None
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
    webtrader_url: str | None = None
    white_label_links: Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemClientKycStatus:
    """Mt5 login list response mt5 login list item client kyc status."""

    poa_status: Literal["none", "pending", "expired", "verified", "rejected"] | None = None
    poi_status: (
        Literal["none", "pending", "verified", "suspected", "rejected", "expired"] | None
    ) = None
    valid_tin: Literal[1, 0] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemError:
    """Mt5 login list response mt5 login list item error."""

    code: str | None = None
    details: Mt5LoginListResponseMt5LoginListItemErrorDetails | None = None
    message_to_client: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetails:
    """Mt5 login list response mt5 login list item error details."""

    account_type: str | None = None
    login: str | None = None
    server: str | None = None
    server_info: Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfo:
    """Mt5 login list response mt5 login list item error details server info."""

    environment: (
        Literal[
            "Deriv-Demo",
            "Deriv-Server",
            "Deriv-Server-02",
            "Deriv-Server-03",
            "DerivFX-Server",
            "DerivFX-Server-02",
            "DerivFX-Server-03",
            "DerivVU-Server",
            "DerivVU-Server-02",
            "DerivVU-Server-03",
            "DerivSVG-Server",
            "DerivSVG-Server-02",
            "DerivSVG-Server-03",
            "DerivMT-Server",
            "DerivMT-Server-02",
            "DerivMT-Server-03",
            "DerivBVI-Server",
            "DerivBVI-Server-02",
            "DerivBVI-Server-03",
            "DerivMU-Server",
            "DerivMU-Server-02",
            "DerivMU-Server-03",
        ]
        | None
    ) = None
    geolocation: Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemErrorDetailsServerInfoGeolocation:
    """Mt5 login list response mt5 login list item error details server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemRights:
    """Mt5 login list response mt5 login list item rights."""

    api: bool | None = None
    api_deprecated: bool | None = None
    confirmed: bool | None = None
    enabled: bool | None = None
    exclude_reports: bool | None = None
    expert: bool | None = None
    investor: bool | None = None
    otp_enabled: bool | None = None
    password_change: bool | None = attrs.field(default=None, repr=False)
    push: bool | None = None
    readonly: bool | None = None
    reports: bool | None = None
    reset_pass: bool | None = None
    sponsored: bool | None = None
    technical: bool | None = None
    trade_disabled: bool | None = None
    trailing: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemServerInfo:
    """Mt5 login list response mt5 login list item server info."""

    environment: (
        Literal[
            "Deriv-Demo",
            "Deriv-Server",
            "Deriv-Server-02",
            "Deriv-Server-03",
            "DerivFX-Server",
            "DerivFX-Server-02",
            "DerivFX-Server-03",
            "DerivVU-Server",
            "DerivVU-Server-02",
            "DerivVU-Server-03",
            "DerivSVG-Server",
            "DerivSVG-Server-02",
            "DerivSVG-Server-03",
            "DerivMT-Server",
            "DerivMT-Server-02",
            "DerivMT-Server-03",
            "DerivBVI-Server",
            "DerivBVI-Server-02",
            "DerivBVI-Server-03",
            "DerivMU-Server",
            "DerivMU-Server-02",
            "DerivMU-Server-03",
        ]
        | None
    ) = None
    geolocation: Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation | None = None
    id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemServerInfoGeolocation:
    """Mt5 login list response mt5 login list item server info geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5LoginListResponseMt5LoginListItemWhiteLabelLinks:
    """Mt5 login list response mt5 login list item white label links."""

    android: str | None = None
    ios: str | None = None
    webtrader_url: str | None = None
    windows: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
