"""The models of the ``landing_company_dxtrade_financial_company`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompany",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance",
]


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompany:
    """Landing company response landing company dxtrade financial company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard:
    """Landing company response landing company dxtrade financial company standard."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements:
    """Landing company response landing company dxtrade financial company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance
        | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade financial company standard requirements
    after first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade financial company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
