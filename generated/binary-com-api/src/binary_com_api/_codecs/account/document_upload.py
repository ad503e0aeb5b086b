"""Decoders and encoders of the models of the ``document_upload`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 14:
        try:
            v_document_upload = data["document_upload"]
            v_document_format = data["document_format"]
            v_document_id = data["document_id"]
            v_document_issuing_country = data["document_issuing_country"]
            v_document_type = data["document_type"]
            v_expected_checksum = data["expected_checksum"]
            v_expiration_date = data["expiration_date"]
            v_file_size = data["file_size"]
            v_lifetime_valid = data["lifetime_valid"]
            v_page_type = data["page_type"]
            v_proof_of_ownership = data["proof_of_ownership"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_document_upload.__class__ is _INT and v_document_upload in _ALLOWED_1)
                and (
                    v_document_format.__class__ is _STR
                    and v_document_format in _ALLOWED_GIF_JPEG_JPG_and_2_more
                )
                and (v_document_id.__class__ is str)
                and (v_document_issuing_country.__class__ is str)
                and (
                    v_document_type.__class__ is _STR
                    and v_document_type
                    in _ALLOWED_affidavit_amlglobalcheck_article_of_association_and_40_more
                )
                and (v_expected_checksum.__class__ is str)
                and (v_expiration_date.__class__ is str)
                and (v_file_size.__class__ is int)
                and (v_lifetime_valid.__class__ is _INT and v_lifetime_valid in _ALLOWED_0_1)
                and (v_page_type.__class__ is _STR and v_page_type in _ALLOWED_back_front_photo)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.document_upload = v_document_upload
                obj.document_format = v_document_format
                obj.document_id = v_document_id
                obj.document_issuing_country = v_document_issuing_country
                obj.document_type = v_document_type
                obj.expected_checksum = v_expected_checksum
                obj.expiration_date = v_expiration_date
                obj.file_size = v_file_size
                obj.lifetime_valid = v_lifetime_valid
                obj.page_type = v_page_type
                try:
                    obj.proof_of_ownership = structure_document_upload_request_proof_of_ownership(
                        v_proof_of_ownership
                    )
                except DecodeError as error:
                    raise error.at("proof_of_ownership") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if "document_id" not in data:
        obj.document_id = None
        count += 1
    elif (value := data["document_id"]).__class__ is str:
        obj.document_id = value
    else:
        raise _expected("a string", value).at("document_id")
    if "document_issuing_country" not in data:
        obj.document_issuing_country = None
        count += 1
    elif (value := data["document_issuing_country"]).__class__ is str:
        obj.document_issuing_country = value
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
    if "expiration_date" not in data:
        obj.expiration_date = None
        count += 1
    elif (value := data["expiration_date"]).__class__ is str:
        obj.expiration_date = value
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
    if "lifetime_valid" not in data:
        obj.lifetime_valid = None
        count += 1
    elif (value := data["lifetime_valid"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.lifetime_valid = value
    else:
        raise _not_one_of("0, 1", value).at("lifetime_valid")
    if "page_type" not in data:
        obj.page_type = None
        count += 1
    elif (value := data["page_type"]).__class__ is _STR and value in _ALLOWED_back_front_photo:
        obj.page_type = value
    else:
        raise _not_one_of("'front', 'back', 'photo'", value).at("page_type")
    if "proof_of_ownership" not in data:
        obj.proof_of_ownership = None
        count += 1
    else:
        value = data["proof_of_ownership"]
        try:
            obj.proof_of_ownership = structure_document_upload_request_proof_of_ownership(value)
        except DecodeError as error:
            raise error.at("proof_of_ownership") from None
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
    else:
        raise _expected("an object", value).at("passthrough")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    count = len(data)
    if count == 2:
        try:
            v_details = data["details"]
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if (v_details.__class__ is dict) and ((kind := v_id.__class__) is float or kind is int):
                obj.details = v_details
                obj.id = v_id
                return obj
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
    if count != 2:
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
    if count == 4:
        try:
            v_document_upload = data["document_upload"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_document_upload)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.document_upload = structure_document_upload_response_document_upload(
                        v_document_upload
                    )
                except DecodeError as error:
                    raise error.at("document_upload") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "document_upload" not in data:
        obj.document_upload = None
        count += 1
    else:
        value = data["document_upload"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 6:
        try:
            v_call_type = data["call_type"]
            v_checksum = data["checksum"]
            v_document_issuing_country = data["document_issuing_country"]
            v_size = data["size"]
            v_status = data["status"]
            v_upload_id = data["upload_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_call_type.__class__) is float or kind is int)
                and (v_checksum.__class__ is str)
                and (v_document_issuing_country.__class__ is str)
                and ((kind := v_size.__class__) is float or kind is int)
                and (v_status.__class__ is str)
                and ((kind := v_upload_id.__class__) is float or kind is int)
            ):
                obj.call_type = v_call_type
                obj.checksum = v_checksum
                obj.document_issuing_country = v_document_issuing_country
                obj.size = v_size
                obj.status = v_status
                obj.upload_id = v_upload_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["call_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("call_type",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.call_type = value
    else:
        raise _expected("a number", value).at("call_type")
    if "checksum" not in data:
        obj.checksum = None
        count += 1
    elif (value := data["checksum"]).__class__ is str:
        obj.checksum = value
    else:
        raise _expected("a string", value).at("checksum")
    if "document_issuing_country" not in data:
        obj.document_issuing_country = None
        count += 1
    elif (value := data["document_issuing_country"]).__class__ is str:
        obj.document_issuing_country = value
    else:
        raise _expected("a string", value).at("document_issuing_country")
    if "size" not in data:
        obj.size = None
        count += 1
    elif (kind := (value := data["size"]).__class__) is float or kind is int:
        obj.size = value
    else:
        raise _expected("a number", value).at("size")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
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
