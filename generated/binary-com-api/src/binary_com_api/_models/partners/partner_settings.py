"""The models of the ``partner_settings`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PartnerSettingsRequest",
    "PartnerSettingsResponse",
    "PartnerSettingsResponsePartnerSettings",
]


@attrs.define(kw_only=True)
class PartnerSettingsRequest:
    """Partner settings request."""

    partner_settings: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerSettingsResponse:
    """Partner settings response."""

    partner_settings: PartnerSettingsResponsePartnerSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerSettingsResponsePartnerSettings:
    """Partner settings response partner settings."""

    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_number: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    platform_url: str | None = None
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    website: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
