"""The models of the ``partner_accounts`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PartnerAccountsRequest",
    "PartnerAccountsResponse",
    "PartnerAccountsResponsePartnerAccounts",
    "PartnerAccountsResponsePartnerAccountsPartnerSettingsItem",
]


@attrs.define(kw_only=True)
class PartnerAccountsRequest:
    """Partner accounts request."""

    partner_accounts: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountsResponse:
    """Partner accounts response."""

    partner_accounts: PartnerAccountsResponsePartnerAccounts | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountsResponsePartnerAccounts:
    """Partner accounts response partner accounts."""

    partner_settings: list[PartnerAccountsResponsePartnerAccountsPartnerSettingsItem] | None = None
    platform_url: dict[str, str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountsResponsePartnerAccountsPartnerSettingsItem:
    """Partner accounts response partner accounts partner settings item."""

    binary_user_id: int | None = None
    company_name: str | None = None
    company_registration_no: str | None = None
    partner_loginid: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    website: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
