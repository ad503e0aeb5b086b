"""What the client knows about the ``document_upload`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.account import document_upload as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_document_upload_request_proof_of_ownership() -> tuple[v.FieldRule, ...]:
    return (
        ("details", "details", True, v.MapOf(v.Anything())),
        ("id", "id", True, v.Number()),
    )


CALLS: dict[str, Call] = {
    "document_upload": Call(
        name="document_upload",
        params=(
            Param(
                "document_format",
                "document_format",
                True,
                v.OneOf(
                    (
                        "PNG",
                        "JPG",
                        "JPEG",
                        "GIF",
                        "PDF",
                    )
                ),
            ),
            Param(
                "document_type",
                "document_type",
                True,
                v.OneOf(
                    (
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
                    )
                ),
            ),
            Param(
                "expected_checksum",
                "expected_checksum",
                True,
                v.Str(pattern="^[0-9A-Fa-f]{32}", source="^[[:xdigit:]]{32}"),
            ),
            Param("file_size", "file_size", True, v.Int()),
            Param(
                "document_id",
                "document_id",
                False,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{0,30}\\Z", source="^[\\w\\s-]{0,30}$"),
            ),
            Param(
                "document_issuing_country",
                "document_issuing_country",
                False,
                v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"),
            ),
            Param(
                "expiration_date",
                "expiration_date",
                False,
                v.Str(
                    pattern="^[0-9]{4}-[0-9]{2}-[0-9]{2}\\Z", source="^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
                ),
            ),
            Param(
                "lifetime_valid",
                "lifetime_valid",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "page_type",
                "page_type",
                False,
                v.OneOf(
                    (
                        "front",
                        "back",
                        "photo",
                    )
                ),
            ),
            Param(
                "proof_of_ownership",
                "proof_of_ownership",
                False,
                v.ModelOf(
                    m.DocumentUploadRequestProofOfOwnership,
                    _fields_document_upload_request_proof_of_ownership,
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("document_upload", 1),),
        decode=_codec.structure_document_upload_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"document_upload"}),
    ),
}
