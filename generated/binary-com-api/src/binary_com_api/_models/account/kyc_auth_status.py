"""The models of the ``kyc_auth_status`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "KycAuthStatusRequest",
    "KycAuthStatusResponse",
    "KycAuthStatusResponseKycAuthStatusOption1",
    "KycAuthStatusResponseKycAuthStatusOption1Address",
    "KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption1Identity",
    "KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem",
    "KycAuthStatusResponseKycAuthStatusOption2Value",
    "KycAuthStatusResponseKycAuthStatusOption2ValueAddress",
    "KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentity",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem",
]


@attrs.define(kw_only=True)
class KycAuthStatusRequest:
    """Kyc auth status request."""

    kyc_auth_status: Literal[1]
    country: str | None = None
    landing_companies: (
        list[
            Literal[
                "iom",
                "malta",
                "maltainvest",
                "svg",
                "virtual",
                "vanuatu",
                "labuan",
                "samoa",
                "samoa-virtual",
                "bvi",
                "dsl",
            ]
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
class KycAuthStatusResponse:
    """Kyc auth status response."""

    kyc_auth_status: (
        dict[str, KycAuthStatusResponseKycAuthStatusOption2Value]
        | KycAuthStatusResponseKycAuthStatusOption1
        | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["kyc_auth_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1:
    """Kyc auth status response kyc auth status option1."""

    address: KycAuthStatusResponseKycAuthStatusOption1Address
    identity: KycAuthStatusResponseKycAuthStatusOption1Identity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1Address:
    """Kyc auth status response kyc auth status option1 address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1AddressLastRejected:
    """Kyc auth status response kyc auth status option1 address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1Identity:
    """Kyc auth status response kyc auth status option1 identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentityLastRejected:
    """Kyc auth status response kyc auth status option1 identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status option1 identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem
        ]
        | None
    ) = None
    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    has_visual_sample: bool | None = None
    lifetime_valid: bool | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status option1 identity supported documents item
    additional.
    """

    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption1IdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status option1 identity supported documents item available
    services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2Value:
    """Kyc auth status response kyc auth status option2 value."""

    address: KycAuthStatusResponseKycAuthStatusOption2ValueAddress
    identity: KycAuthStatusResponseKycAuthStatusOption2ValueIdentity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueAddress:
    """Kyc auth status response kyc auth status option2 value address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueAddressLastRejected:
    """Kyc auth status response kyc auth status option2 value address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentity:
    """Kyc auth status response kyc auth status option2 value identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentityLastRejected:
    """Kyc auth status response kyc auth status option2 value identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status option2 value identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional
        | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem
        ]
        | None
    ) = None
    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    has_visual_sample: bool | None = None
    lifetime_valid: bool | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status option2 value identity supported documents item
    additional.
    """

    display_name: str | None = None
    document_type: str | None = None
    example_format: str | None = None
    format: str | None = None
    sides: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusOption2ValueIdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status option2 value identity supported documents item
    available services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
