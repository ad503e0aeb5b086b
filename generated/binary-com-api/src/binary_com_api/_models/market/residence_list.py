"""The models of the ``residence_list`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ResidenceListRequest",
    "ResidenceListResponse",
    "ResidenceListResponseResidenceListItem",
    "ResidenceListResponseResidenceListItemCommonReportingStandard",
    "ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions",
    "ResidenceListResponseResidenceListItemCommonReportingStandardPostcode",
    "ResidenceListResponseResidenceListItemCommonReportingStandardTax",
    "ResidenceListResponseResidenceListItemIdentity",
    "ResidenceListResponseResidenceListItemIdentityServices",
    "ResidenceListResponseResidenceListItemIdentityServicesIdv",
    "ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue",
    "ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional",
    "ResidenceListResponseResidenceListItemIdentityServicesOnfido",
    "ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessment",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel",
    "ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover",
]


@attrs.define(kw_only=True)
class ResidenceListRequest:
    """Residence list request."""

    residence_list: Literal[1]
    query: (
        list[
            Literal[
                "account_opening_self_declaration_required",
                "common_reporting_standard",
                "disabled",
                "identity",
                "jurisdiction_risk_assessment",
                "phone_idd",
                "selected",
                "text",
                "tin_format",
                "value",
                "wallet_signup",
            ]
        ]
        | None
    ) = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ResidenceListResponse:
    """Residence list response."""

    residence_list: list[ResidenceListResponseResidenceListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["residence_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItem:
    """Residence list response residence list item."""

    account_opening_self_declaration_required: Literal[0, 1] | None = None
    common_reporting_standard: (
        ResidenceListResponseResidenceListItemCommonReportingStandard | None
    ) = None
    disabled: str | None = None
    identity: ResidenceListResponseResidenceListItemIdentity | None = None
    jurisdiction_risk_assessment: (
        ResidenceListResponseResidenceListItemJurisdictionRiskAssessment | None
    ) = None
    partner_signup: Literal[0, 1] | None = None
    phone_idd: str | Unset | None = UNSET
    selected: str | None = None
    text: str | None = None
    tin_format: list[str] | None = None
    value: str | None = None
    wallet_signup: Literal[1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandard:
    """Residence list response residence list item common reporting standard."""

    non_participating_jurisdictions: (
        ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions
        | None
    ) = None
    postcode: ResidenceListResponseResidenceListItemCommonReportingStandardPostcode | None = None
    tax: ResidenceListResponseResidenceListItemCommonReportingStandardTax | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardNonParticipatingJurisdictions:
    """Residence list response residence list item common reporting standard non participating
    jurisdictions.
    """

    default: bool | None = None
    landing_company: dict[str, bool | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardPostcode:
    """Residence list response residence list item common reporting standard postcode."""

    invalid_pattern: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemCommonReportingStandardTax:
    """Residence list response residence list item common reporting standard tax."""

    mandatory: bool | None = None
    poi_equivalent: bool | None = None
    tin_cleaner: str | None = None
    tin_format: list[str] | None = None
    tin_format_description: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentity:
    """Residence list response residence list item identity."""

    services: ResidenceListResponseResidenceListItemIdentityServices | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServices:
    """Residence list response residence list item identity services."""

    idv: ResidenceListResponseResidenceListItemIdentityServicesIdv | None = None
    onfido: ResidenceListResponseResidenceListItemIdentityServicesOnfido | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdv:
    """Residence list response residence list item identity services idv."""

    documents_supported: (
        dict[
            str,
            ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue | Any,
        ]
        | None
    ) = None
    has_visual_sample: Literal[0, 1] | None = None
    is_country_supported: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValue:
    """Residence list response residence list item identity services idv documents supported
    value.
    """

    additional: (
        ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional
        | None
    ) = None
    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesIdvDocumentsSupportedValueAdditional:
    """Residence list response residence list item identity services idv documents supported value
    additional.
    """

    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesOnfido:
    """Residence list response residence list item identity services onfido."""

    documents_supported: (
        dict[
            str,
            ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue
            | Any,
        ]
        | None
    ) = None
    is_country_supported: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemIdentityServicesOnfidoDocumentsSupportedValue:
    """Residence list response residence list item identity services onfido documents supported
    value.
    """

    display_name: str | None = None
    format: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessment:
    """Residence list response residence list item jurisdiction risk assessment."""

    disclaimer: (
        ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer | None
    ) = None
    risk_level: ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel | None = (
        None
    )
    turnover: ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentDisclaimer:
    """Residence list response residence list item jurisdiction risk assessment disclaimer."""

    accept: bool | None = None
    message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentRiskLevel:
    """Residence list response residence list item jurisdiction risk assessment risk level."""

    default: str | None = None
    landing_company: dict[str, str | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ResidenceListResponseResidenceListItemJurisdictionRiskAssessmentTurnover:
    """Residence list response residence list item jurisdiction risk assessment turnover."""

    max_limit: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
