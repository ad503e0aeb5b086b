"""The models of the ``partner_settings_update`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PartnerSettingsUpdateRequest",
    "PartnerSettingsUpdateResponse",
]


@attrs.define(kw_only=True)
class PartnerSettingsUpdateRequest:
    """Partner settings update request."""

    partner_settings_update: Literal[1]
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    partner_type: Literal["individual", "company"] | None = None
    provider: Literal["myaffiliate", "dynamicworks"]
    website: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerSettingsUpdateResponse:
    """Partner settings update response."""

    partner_settings_update: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_settings_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
