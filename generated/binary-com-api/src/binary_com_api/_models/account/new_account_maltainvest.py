"""The models of the ``new_account_maltainvest`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "NewAccountMaltainvestRequest",
    "NewAccountMaltainvestResponse",
    "NewAccountMaltainvestResponseNewAccountMaltainvest",
]


@attrs.define(kw_only=True)
class NewAccountMaltainvestRequest:
    """New account maltainvest request."""

    new_account_maltainvest: Literal[1]
    accept_risk: Literal[0, 1] | None = None
    account_opening_reason: (
        Literal["Speculative", "Income Earning", "Hedging", "Additional revenue", "Savings"] | None
    ) = None
    account_turnover: str | None = None
    address_city: str
    address_line_1: str
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    cfd_experience: (
        Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"] | None
    ) = None
    cfd_frequency: (
        Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None
    ) = None
    cfd_trading_definition: (
        Literal[
            "Purchase shares of a company or physical commodities.",
            "Place a bet on the price movement.",
            "Speculate on the price movement.",
            "Make a long-term investment.",
        ]
        | None
    ) = None
    citizen: str | None = None
    client_type: Literal["professional", "retail"] | None = None
    currency: str | None = None
    date_of_birth: str
    education_level: str | None = None
    employment_industry: str | None = None
    employment_status: str
    estimated_worth: str | None = None
    fatca_declaration: Literal[0, 1] | None = None
    financial_information_version: str | None = None
    first_name: str = attrs.field(repr=False)
    income_source: str | None = None
    investment_intention: str | None = None
    last_name: str = attrs.field(repr=False)
    leverage_impact_trading: (
        Literal[
            "Leverage is a risk mitigation technique.",
            "Leverage prevents you from opening large positions.",
            "Leverage guarantees profits.",
            "Leverage lets you open larger positions for a fraction of the trade's value.",
        ]
        | None
    ) = None
    leverage_trading_high_risk_stop_loss: (
        Literal[
            "Cancel your trade at any time within a chosen timeframe.",
            "Close your trade automatically when the loss is more than or equal to a specific amount.",
            "Close your trade automatically when the profit is more than or equal to a specific amount.",
            "Make a guaranteed profit on your trade.",
        ]
        | None
    ) = None
    net_income: str | None = None
    non_pep_declaration: int | None = None
    occupation: str | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
    required_initial_margin: (
        Literal[
            "When opening a Leveraged CFD trade.",
            "When trading Multipliers.",
            "When buying shares of a company.",
            "All of the above.",
        ]
        | None
    ) = None
    residence: str
    resident_self_declaration: Literal[1] | None = None
    risk_tolerance: Literal["Yes", "No"] | None = None
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"]
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
    source_of_experience: (
        Literal[
            "I have an academic degree, professional certification, and/or work experience.",
            "I trade forex CFDs and other complex financial instruments.",
            "I have attended seminars, training, and/or workshops.",
            "I have little experience.",
            "I have no knowledge.",
        ]
        | None
    ) = None
    source_of_wealth: str | None = None
    tax_identification_number: str | None = None
    tax_residence: str
    tin_skipped: Literal[0, 1] | None = None
    tnc_acceptance: Literal[0, 1] | None = None
    trading_experience_financial_instruments: (
        Literal["No experience", "Less than a year", "1 - 2 years", "Over 3 years"] | None
    ) = None
    trading_frequency_financial_instruments: (
        Literal[
            "No transactions in the past 12 months",
            "1 - 5 transactions in the past 12 months",
            "6 - 10 transactions in the past 12 months",
            "11 - 39 transactions in the past 12 months",
            "40 transactions or more in the past 12 months",
        ]
        | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountMaltainvestResponse:
    """New account maltainvest response."""

    new_account_maltainvest: NewAccountMaltainvestResponseNewAccountMaltainvest | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_maltainvest"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountMaltainvestResponseNewAccountMaltainvest:
    """New account maltainvest response new account maltainvest."""

    client_id: str
    currency: str | None = None
    currency_type: str | None = None
    landing_company: str
    landing_company_short: str | None = None
    landing_company_shortcode: str | None = None
    oauth_token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
