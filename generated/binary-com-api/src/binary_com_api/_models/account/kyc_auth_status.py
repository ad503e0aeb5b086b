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
    "KycAuthStatusResponseKycAuthStatusMapValue",
    "KycAuthStatusResponseKycAuthStatusMapValueAddress",
    "KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusMapValueIdentity",
    "KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem",
    "KycAuthStatusResponseKycAuthStatusWithAddress",
    "KycAuthStatusResponseKycAuthStatusWithAddressAddress",
    "KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected",
    "KycAuthStatusResponseKycAuthStatusWithAddressIdentity",
    "KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected",
    "KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem",
    "KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional",
    "KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem",
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
        dict[str, KycAuthStatusResponseKycAuthStatusMapValue]
        | KycAuthStatusResponseKycAuthStatusWithAddress
        | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["kyc_auth_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValue:
    """Kyc auth status response kyc auth status map value."""

    address: KycAuthStatusResponseKycAuthStatusMapValueAddress
    identity: KycAuthStatusResponseKycAuthStatusMapValueIdentity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValueAddress:
    """Kyc auth status response kyc auth status map value address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValueAddressLastRejected:
    """Kyc auth status response kyc auth status map value address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValueIdentity:
    """Kyc auth status response kyc auth status map value identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValueIdentityLastRejected:
    """Kyc auth status response kyc auth status map value identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status map value identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem
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
class KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status map value identity supported documents item
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
class KycAuthStatusResponseKycAuthStatusMapValueIdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status map value identity supported documents item
    available services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddress:
    """Kyc auth status response kyc auth status with address."""

    address: KycAuthStatusResponseKycAuthStatusWithAddressAddress
    identity: KycAuthStatusResponseKycAuthStatusWithAddressIdentity
    risk_classification: Literal["low", "standard", "high"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddressAddress:
    """Kyc auth status response kyc auth status with address address."""

    last_rejected: KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    supported_documents: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddressAddressLastRejected:
    """Kyc auth status response kyc auth status with address address last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddressIdentity:
    """Kyc auth status response kyc auth status with address identity."""

    available_services: list[str] | None = None
    last_rejected: KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected | None = None
    service: Literal["none", "idv", "onfido", "manual"] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    supported_documents: (
        list[KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddressIdentityLastRejected:
    """Kyc auth status response kyc auth status with address identity last rejected."""

    document_type: str | Unset | None = UNSET
    rejected_reasons: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItem:
    """Kyc auth status response kyc auth status with address identity supported documents item."""

    additional: (
        KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional | None
    ) = None
    available_services: (
        list[
            KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem
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
class KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAdditional:
    """Kyc auth status response kyc auth status with address identity supported documents item
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
class KycAuthStatusResponseKycAuthStatusWithAddressIdentitySupportedDocumentsItemAvailableServicesItem:
    """Kyc auth status response kyc auth status with address identity supported documents item
    available services item.
    """

    document_type: str
    service: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
