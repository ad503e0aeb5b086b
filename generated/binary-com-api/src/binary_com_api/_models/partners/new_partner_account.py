"""The models of the ``new_partner_account`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "NewPartnerAccountRequest",
    "NewPartnerAccountResponse",
    "NewPartnerAccountResponseNewPartnerAccount",
]


@attrs.define(kw_only=True)
class NewPartnerAccountRequest:
    """New partner account request."""

    new_partner_account: Literal[1]
    account_turnover: (
        Literal[
            "Less than $25,000",
            "$25,000 - $50,000",
            "$50,001 - $100,000",
            "$100,001 - $500,000",
            "Over $500,000",
        ]
        | None
    ) = None
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    client_type: Literal["professional", "retail"] | None = None
    company_name: str | None = attrs.field(default=None, repr=False)
    company_registration_no: str | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    landing_company_short: Literal["maltainvest", "svg"] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    partner_type: Literal["individual", "company"]
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    provider: Literal["myaffiliate", "dynamicworks"] | None = None
    residence: str | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    website: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewPartnerAccountResponse:
    """New partner account response."""

    new_partner_account: NewPartnerAccountResponseNewPartnerAccount | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_partner_account"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewPartnerAccountResponseNewPartnerAccount:
    """New partner account response new partner account."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
