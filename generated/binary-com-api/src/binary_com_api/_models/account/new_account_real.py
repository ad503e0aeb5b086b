"""The models of the ``new_account_real`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "NewAccountRealRequest",
    "NewAccountRealResponse",
    "NewAccountRealResponseNewAccountReal",
]


@attrs.define(kw_only=True)
class NewAccountRealRequest:
    """New account real request."""

    new_account_real: Literal[1]
    account_opening_reason: (
        Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None
    ) = None
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
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    client_type: Literal["professional", "retail"] | None = None
    currency: str | None = None
    date_of_birth: str | None = None
    employment_status: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    financial_information_version: str | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: int | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
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
    tax_identification_number: str | None = None
    tax_residence: str | None = None
    tin_skipped: Literal[0, 1] | None = None
    tnc_acceptance: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountRealResponse:
    """New account real response."""

    new_account_real: NewAccountRealResponseNewAccountReal | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_real"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountRealResponseNewAccountReal:
    """New account real response new account real."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_short: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
