"""The models of the ``landing_company_shared`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "AfterFirstDepositRequirements",
    "ClientKycStatusRequirements",
    "ComplianceRequirements",
    "LandingCompanyDetails",
    "LegalRequirements",
]


@attrs.define(kw_only=True)
class AfterFirstDepositRequirements:
    """After first deposit requirements."""

    financial_assessment: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ClientKycStatusRequirements:
    """Client kyc status requirements."""

    poa_status: Literal["none", "pending", "expired", "verified", "rejected"]
    poi_status: Literal["none", "pending", "verified", "suspected", "rejected", "expired"]
    valid_tin: Literal[1, 0]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ComplianceRequirements:
    """Compliance requirements."""

    mt5: list[str] | None = None
    tax_information: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LandingCompanyDetails:
    """Landing company details."""

    address: list[str] | Unset | None = UNSET
    changeable_fields: dict[str, Any] | None = None
    client_kyc_status: ClientKycStatusRequirements | None = None
    country: str | None = None
    currency_config: dict[str, Any] | None = None
    has_reality_check: Literal[0, 1] | None = None
    legal_allowed_contract_categories: list[str] | None = None
    legal_allowed_currencies: list[str] | None = None
    legal_allowed_markets: list[str] | None = None
    legal_default_currency: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    requirements: LegalRequirements | None = None
    shortcode: str | None = None
    support_professional_client: Literal[0, 1] | None = None
    tin_not_mandatory: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LegalRequirements:
    """Legal requirements."""

    after_first_deposit: AfterFirstDepositRequirements | None = None
    compliance: ComplianceRequirements | None = None
    partner: list[str] | None = None
    signup: list[str] | None = None
    withdrawal: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
