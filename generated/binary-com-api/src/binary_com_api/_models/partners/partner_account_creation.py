"""The models of the ``partner_account_creation`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "PartnerAccountCreationRequest",
    "PartnerAccountCreationResponse",
    "PartnerAccountCreationResponsePartnerAccountCreation",
]


@attrs.define(kw_only=True)
class PartnerAccountCreationRequest:
    """Partner account creation request."""

    partner_account_creation: Literal[1]
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    email: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    landing_company_short: Literal["maltainvest", "svg"] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    partner_type: Literal["individual", "company"] | None = None
    phone: str | None = attrs.field(default=None, repr=False)
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    residence: str | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"]
    tnc_acceptance: Literal[0, 1] | None = None
    website: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountCreationResponse:
    """Partner account creation response."""

    partner_account_creation: PartnerAccountCreationResponsePartnerAccountCreation | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_account_creation"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationResponsePartnerAccountCreation:
    """Partner account creation response partner account creation."""

    client_id: str | None = None
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
