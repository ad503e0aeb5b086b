"""The models of the ``document_upload`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "DocumentUploadRequest",
    "DocumentUploadRequestProofOfOwnership",
    "DocumentUploadResponse",
    "DocumentUploadResponseDocumentUpload",
]


@attrs.define(kw_only=True)
class DocumentUploadRequest:
    """Document upload request."""

    document_upload: Literal[1]
    document_format: Literal["PNG", "JPG", "JPEG", "GIF", "PDF"]
    document_id: str | None = None
    document_issuing_country: str | None = None
    document_type: Literal[
        "passport",
        "national_identity_card",
        "identification_number_document",
        "service_id_card",
        "driving_licence",
        "utility_bill",
        "bankstatement",
        "bank_statement",
        "power_of_attorney",
        "amlglobalcheck",
        "docverification",
        "proofid",
        "driverslicense",
        "proofaddress",
        "other",
        "voter_card",
        "student_card",
        "nimc_slip",
        "birth_certificate",
        "pan_card",
        "tax_photo_id",
        "selfie_with_id",
        "poi_others",
        "insurance_bill",
        "tax_receipt",
        "phone_bill",
        "poa_others",
        "proof_of_ownership",
        "tax_return",
        "employment_contract",
        "brokerage statement",
        "payslip",
        "edd_others",
        "coi",
        "business_poa",
        "article_of_association",
        "memorandum",
        "authorisation_letter",
        "declarations",
        "affidavit",
        "official_letter",
        "rental_agreement",
        "business_documents_others",
    ]
    expected_checksum: str
    expiration_date: str | None = None
    file_size: int
    lifetime_valid: Literal[0, 1] | None = None
    page_type: Literal["front", "back", "photo"] | None = None
    proof_of_ownership: DocumentUploadRequestProofOfOwnership | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class DocumentUploadRequestProofOfOwnership:
    """Document upload request proof of ownership."""

    details: dict[str, Any]
    id: float


@attrs.define(kw_only=True)
class DocumentUploadResponse:
    """Document upload response."""

    document_upload: DocumentUploadResponseDocumentUpload | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["document_upload"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class DocumentUploadResponseDocumentUpload:
    """Document upload response document upload."""

    call_type: float
    checksum: str | None = None
    document_issuing_country: str | None = None
    size: float | None = None
    status: str | None = None
    upload_id: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
