"""Decoders and encoders of the models of the ``document_upload`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_GIF_JPEG_JPG_and_2_more = frozenset({"GIF", "JPEG", "JPG", "PDF", "PNG"})


_ALLOWED_affidavit_amlglobalcheck_article_of_association_and_40_more = frozenset(
    {
        "affidavit",
        "amlglobalcheck",
        "article_of_association",
        "authorisation_letter",
        "bank_statement",
        "bankstatement",
        "birth_certificate",
        "brokerage statement",
        "business_documents_others",
        "business_poa",
        "coi",
        "declarations",
        "docverification",
        "driverslicense",
        "driving_licence",
        "edd_others",
        "employment_contract",
        "identification_number_document",
        "insurance_bill",
        "memorandum",
        "national_identity_card",
        "nimc_slip",
        "official_letter",
        "other",
        "pan_card",
        "passport",
        "payslip",
        "phone_bill",
        "poa_others",
        "poi_others",
        "power_of_attorney",
        "proof_of_ownership",
        "proofaddress",
        "proofid",
        "rental_agreement",
        "selfie_with_id",
        "service_id_card",
        "student_card",
        "tax_photo_id",
        "tax_receipt",
        "tax_return",
        "utility_bill",
        "voter_card",
    }
)


_ALLOWED_back_front_photo = frozenset({"back", "front", "photo"})


_ALLOWED_document_upload = frozenset({"document_upload"})


_KEYS_DOCUMENT_UPLOAD_REQUEST = frozenset(
    (
        "document_upload",
        "document_format",
        "document_id",
        "document_issuing_country",
        "document_type",
        "expected_checksum",
        "expiration_date",
        "file_size",
        "lifetime_valid",
        "page_type",
        "proof_of_ownership",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_DOCUMENT_UPLOAD_REQUEST_PROOF_OF_OWNERSHIP = frozenset(
    (
        "details",
        "id",
    )
)


_KEYS_DOCUMENT_UPLOAD_RESPONSE = frozenset(
    (
        "document_upload",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_DOCUMENT_UPLOAD_RESPONSE_DOCUMENT_UPLOAD = frozenset(
    (
        "call_type",
        "checksum",
        "document_issuing_country",
        "size",
        "status",
        "upload_id",
    )
)


def structure_document_upload_request(data: Any) -> m.DocumentUploadRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.DocumentUploadRequest)
    count = len(data)
    try:
        value = data["document_upload"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_upload",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.document_upload = value
    else:
        raise _not_one_of("1", value).at("document_upload")
    try:
        value = data["document_format"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_format",)) from None
    if value.__class__ is _STR and value in _ALLOWED_GIF_JPEG_JPG_and_2_more:
        obj.document_format = value
    else:
        raise _not_one_of("'PNG', 'JPG', 'JPEG', 'GIF', 'PDF'", value).at("document_format")
    value = data.get("document_id", _MISSING)
    if value.__class__ is str:
        obj.document_id = value
    elif value is _MISSING:
        obj.document_id = None
        count += 1
    else:
        raise _expected("a string", value).at("document_id")
    value = data.get("document_issuing_country", _MISSING)
    if value.__class__ is str:
        obj.document_issuing_country = value
    elif value is _MISSING:
        obj.document_issuing_country = None
        count += 1
    else:
        raise _expected("a string", value).at("document_issuing_country")
    try:
        value = data["document_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_type",)) from None
    if (
        value.__class__ is _STR
        and value in _ALLOWED_affidavit_amlglobalcheck_article_of_association_and_40_more
    ):
        obj.document_type = value
    else:
        raise _not_one_of(
            "'passport', 'national_identity_card', 'identification_number_document', 'service_id_card', 'driving_licence', 'utility_bill', 'bankstatement', 'bank_statement', 'power_of_attorney', 'amlglobalcheck', 'docverification', 'proofid', 'driverslicense', 'proofaddress', 'other', 'voter_card', 'student_card', 'nimc_slip', 'birth_certificate', 'pan_card', 'tax_photo_id', 'selfie_with_id', 'poi_others', 'insurance_bill', 'tax_receipt', 'phone_bill', 'poa_others', 'proof_of_ownership', 'tax_return', 'employment_contract', 'brokerage statement', 'payslip', 'edd_others', 'coi', 'business_poa', 'article_of_association', 'memorandum', 'authorisation_letter', 'declarations', 'affidavit', 'official_letter', 'rental_agreement', 'business_documents_others'",
            value,
        ).at("document_type")
    try:
        value = data["expected_checksum"]
    except KeyError:
        raise DecodeError("required field is missing", ("expected_checksum",)) from None
    if value.__class__ is str:
        obj.expected_checksum = value
    else:
        raise _expected("a string", value).at("expected_checksum")
    value = data.get("expiration_date", _MISSING)
    if value.__class__ is str:
        obj.expiration_date = value
    elif value is _MISSING:
        obj.expiration_date = None
        count += 1
    else:
        raise _expected("a string", value).at("expiration_date")
    try:
        value = data["file_size"]
    except KeyError:
        raise DecodeError("required field is missing", ("file_size",)) from None
    if value.__class__ is int:
        obj.file_size = value
    else:
        raise _expected("an integer", value).at("file_size")
    value = data.get("lifetime_valid", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.lifetime_valid = value
    elif value is _MISSING:
        obj.lifetime_valid = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("lifetime_valid")
    value = data.get("page_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_back_front_photo:
        obj.page_type = value
    elif value is _MISSING:
        obj.page_type = None
        count += 1
    else:
        raise _not_one_of("'front', 'back', 'photo'", value).at("page_type")
    value = data.get("proof_of_ownership", _MISSING)
    if value is _MISSING:
        obj.proof_of_ownership = None
        count += 1
    else:
        try:
            obj.proof_of_ownership = structure_document_upload_request_proof_of_ownership(value)
        except DecodeError as error:
            raise error.at("proof_of_ownership") from None
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count != 14:
        unknown = sorted(key for key in data if key not in _KEYS_DOCUMENT_UPLOAD_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_document_upload_request(obj: m.DocumentUploadRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "document_upload": obj.document_upload,
        "document_format": obj.document_format,
        "document_type": obj.document_type,
        "expected_checksum": obj.expected_checksum,
        "file_size": obj.file_size,
    }
    value: Any
    value = obj.document_id
    if value is not None:
        data["document_id"] = value
    value = obj.document_issuing_country
    if value is not None:
        data["document_issuing_country"] = value
    value = obj.expiration_date
    if value is not None:
        data["expiration_date"] = value
    value = obj.lifetime_valid
    if value is not None:
        data["lifetime_valid"] = value
    value = obj.page_type
    if value is not None:
        data["page_type"] = value
    value = obj.proof_of_ownership
    if value is not None:
        data["proof_of_ownership"] = unstructure_document_upload_request_proof_of_ownership(value)
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_document_upload_request_proof_of_ownership(
    data: Any,
) -> m.DocumentUploadRequestProofOfOwnership:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.DocumentUploadRequestProofOfOwnership)
    try:
        value = data["details"]
    except KeyError:
        raise DecodeError("required field is missing", ("details",)) from None
    if value.__class__ is dict:
        obj.details = value
    else:
        raise _expected("an object", value).at("details")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.id = value
    else:
        raise _expected("a number", value).at("id")
    if len(data) != 2:
        unknown = sorted(
            key for key in data if key not in _KEYS_DOCUMENT_UPLOAD_REQUEST_PROOF_OF_OWNERSHIP
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_document_upload_request_proof_of_ownership(
    obj: m.DocumentUploadRequestProofOfOwnership,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"details": obj.details, "id": obj.id}
    return data


def structure_document_upload_response(data: Any) -> m.DocumentUploadResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.DocumentUploadResponse)
    count = len(data)
    value = data.get("document_upload", _MISSING)
    if value is _MISSING:
        obj.document_upload = None
        count += 1
    else:
        try:
            obj.document_upload = structure_document_upload_response_document_upload(value)
        except DecodeError as error:
            raise error.at("document_upload") from None
    try:
        value = data["echo_req"]
    except KeyError:
        raise DecodeError("required field is missing", ("echo_req",)) from None
    if value.__class__ is dict:
        obj.echo_req = value
    else:
        raise _expected("an object", value).at("echo_req")
    try:
        value = data["msg_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("msg_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_document_upload:
        obj.msg_type = value
    else:
        raise _not_one_of("'document_upload'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_DOCUMENT_UPLOAD_RESPONSE
        }
    return obj


def unstructure_document_upload_response(obj: m.DocumentUploadResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.document_upload
    if value is not None:
        data["document_upload"] = unstructure_document_upload_response_document_upload(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_document_upload_response_document_upload(
    data: Any,
) -> m.DocumentUploadResponseDocumentUpload:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.DocumentUploadResponseDocumentUpload)
    count = len(data)
    try:
        value = data["call_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("call_type",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.call_type = value
    else:
        raise _expected("a number", value).at("call_type")
    value = data.get("checksum", _MISSING)
    if value.__class__ is str:
        obj.checksum = value
    elif value is _MISSING:
        obj.checksum = None
        count += 1
    else:
        raise _expected("a string", value).at("checksum")
    value = data.get("document_issuing_country", _MISSING)
    if value.__class__ is str:
        obj.document_issuing_country = value
    elif value is _MISSING:
        obj.document_issuing_country = None
        count += 1
    else:
        raise _expected("a string", value).at("document_issuing_country")
    value = data.get("size", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.size = value
    elif value is _MISSING:
        obj.size = None
        count += 1
    else:
        raise _expected("a number", value).at("size")
    value = data.get("status", _MISSING)
    if value.__class__ is str:
        obj.status = value
    elif value is _MISSING:
        obj.status = None
        count += 1
    else:
        raise _expected("a string", value).at("status")
    try:
        value = data["upload_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("upload_id",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.upload_id = value
    else:
        raise _expected("a number", value).at("upload_id")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_DOCUMENT_UPLOAD_RESPONSE_DOCUMENT_UPLOAD
        }
    return obj


def unstructure_document_upload_response_document_upload(
    obj: m.DocumentUploadResponseDocumentUpload,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"call_type": obj.call_type, "upload_id": obj.upload_id}
    value: Any
    value = obj.checksum
    if value is not None:
        data["checksum"] = value
    value = obj.document_issuing_country
    if value is not None:
        data["document_issuing_country"] = value
    value = obj.size
    if value is not None:
        data["size"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.DocumentUploadRequest: structure_document_upload_request,
    m.DocumentUploadRequestProofOfOwnership: structure_document_upload_request_proof_of_ownership,
    m.DocumentUploadResponse: structure_document_upload_response,
    m.DocumentUploadResponseDocumentUpload: structure_document_upload_response_document_upload,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.DocumentUploadRequest: unstructure_document_upload_request,
    m.DocumentUploadRequestProofOfOwnership: unstructure_document_upload_request_proof_of_ownership,
    m.DocumentUploadResponse: unstructure_document_upload_response,
    m.DocumentUploadResponseDocumentUpload: unstructure_document_upload_response_document_upload,
}
