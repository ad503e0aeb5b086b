"""The models of the ``landing_company`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "LandingCompanyRequest",
    "LandingCompanyResponse",
    "LandingCompanyResponseLandingCompany",
    "LandingCompanyResponseLandingCompanyCtrader",
    "LandingCompanyResponseLandingCompanyCtraderAll",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompany",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompany",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeFinancialCompanyStandardRequirementsCompliance",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompany",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit",
    "LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance",
]


@attrs.define(kw_only=True)
class LandingCompanyRequest:
    """Landing company request."""

    landing_company: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LandingCompanyResponse:
    """Landing company response."""

    landing_company: LandingCompanyResponseLandingCompany | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["landing_company"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompany:
    """Landing company response landing company."""

    address_parseable: Literal[1, 0] | None = None
    all_company: Literal["svg", "none"] | None = None
    config: dict[str, Any] | None = None
    ctrader: LandingCompanyResponseLandingCompanyCtrader | None = None
    dxtrade_all_company: LandingCompanyResponseLandingCompanyDxtradeAllCompany | None = None
    dxtrade_financial_company: (
        LandingCompanyResponseLandingCompanyDxtradeFinancialCompany | None
    ) = None
    dxtrade_gaming_company: LandingCompanyResponseLandingCompanyDxtradeGamingCompany | None = None
    financial_company: dict[str, Any] | Unset | None = UNSET
    forbidden_postcode_pattern: str | None = None
    gaming_company: dict[str, Any] | Unset | None = UNSET
    id: str | None = None
    is_idv_supported: Literal[1, 0] | None = None
    lc_to_open_mf_account: str | None = None
    minimum_age: int | None = None
    mt5_age_verification: Literal[1, 0] | None = None
    mt_all_company: dict[str, Any] | Unset | None = UNSET
    mt_financial_company: dict[str, Any] | Unset | None = UNSET
    mt_gaming_company: dict[str, Any] | Unset | None = UNSET
    name: str | None = attrs.field(default=None, repr=False)
    need_set_max_turnover_limit: Literal[0, 1] | None = None
    no_province: Literal[0, 1] | None = None
    require_address_postcode: Literal[0, 1] | None = None
    require_age_verified_for_synthetic: Literal[0, 1] | None = None
    require_poi: Literal[0, 1] | None = None
    require_verification_when_not_age_verified: Literal[0, 1] | None = None
    skip_deposit_verification: Literal[0, 1] | None = None
    virtual_company: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtrader:
    """Landing company response landing company ctrader."""

    all: LandingCompanyResponseLandingCompanyCtraderAll | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyCtraderAll:
    """Landing company response landing company ctrader all."""

    standard: Literal["svg", "none"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompany:
    """Landing company response landing company dxtrade all company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandard:
    """Landing company response landing company dxtrade all company standard."""

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
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirements:
    """Landing company response landing company dxtrade all company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance | None
    ) = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade all company standard requirements after
    first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeAllCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade all company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


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


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompany:
    """Landing company response landing company dxtrade gaming company."""

    standard: LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandard:
    """Landing company response landing company dxtrade gaming company standard."""

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
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements | None
    ) = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirements:
    """Landing company response landing company dxtrade gaming company standard requirements."""

    after_first_deposit: (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit
        | None
    ) = None
    compliance: (
        LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance
        | None
    ) = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsAfterFirstDeposit:
    """Landing company response landing company dxtrade gaming company standard requirements after
    first deposit.
    """

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyResponseLandingCompanyDxtradeGamingCompanyStandardRequirementsCompliance:
    """Landing company response landing company dxtrade gaming company standard requirements
    compliance.
    """

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
