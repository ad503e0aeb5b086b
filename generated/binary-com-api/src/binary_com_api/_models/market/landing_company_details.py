"""The models of the ``landing_company_details`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "LandingCompanyDetailsRequest",
    "LandingCompanyDetailsResponse",
    "LandingCompanyDetailsResponseLandingCompanyDetails",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket",
    "LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirements",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit",
    "LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance",
]


@attrs.define(kw_only=True)
class LandingCompanyDetailsRequest:
    """Landing company details request."""

    landing_company_details: Literal[
        "iom",
        "malta",
        "maltainvest",
        "svg",
        "virtual",
        "vanuatu",
        "samoa",
        "samoa-virtual",
        "dsl",
        "bvi",
        "labuan",
        "dml",
    ]
    country: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponse:
    """Landing company details response."""

    landing_company_details: LandingCompanyDetailsResponseLandingCompanyDetails | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["landing_company_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetails:
    """Landing company details response landing company details."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LandingCompanyDetailsResponseLandingCompanyDetailsRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfig:
    """Landing company details response landing company details currency config."""

    commodities: dict[str, Any] | None = None
    cryptocurrency: dict[str, Any] | None = None
    forex: dict[str, Any] | None = None
    indices: dict[str, Any] | None = None
    market: LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket | None = None
    synthetic_index: dict[str, Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarket:
    """Landing company details response landing company details currency config market."""

    currency: (
        LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsCurrencyConfigMarketCurrency:
    """Landing company details response landing company details currency config market currency."""

    max_payout: int | None = None
    min_stake: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirements:
    """Landing company details response landing company details requirements."""

    after_first_deposit: (
        LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit | None
    ) = None
    compliance: LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance | None = (
        None
    )
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsAfterFirstDeposit:
    """Landing company details response landing company details requirements after first deposit."""

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetailsResponseLandingCompanyDetailsRequirementsCompliance:
    """Landing company details response landing company details requirements compliance."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
