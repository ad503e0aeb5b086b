"""Decoders and encoders of the models of the ``identity_verification_document_add`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_identity_verification_document_add = frozenset({"identity_verification_document_add"})


_KEYS_IDENTITY_VERIFICATION_DOCUMENT_ADD_REQUEST = frozenset(
    (
        "identity_verification_document_add",
        "document_additional",
        "document_number",
        "document_type",
        "issuing_country",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_IDENTITY_VERIFICATION_DOCUMENT_ADD_RESPONSE = frozenset(
    (
        "identity_verification_document_add",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_identity_verification_document_add_request(
    data: Any,
) -> m.IdentityVerificationDocumentAddRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.IdentityVerificationDocumentAddRequest)
    count = len(data)
    if count == 8:
        try:
            v_identity_verification_document_add = data["identity_verification_document_add"]
            v_document_additional = data["document_additional"]
            v_document_number = data["document_number"]
            v_document_type = data["document_type"]
            v_issuing_country = data["issuing_country"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_identity_verification_document_add.__class__ is _INT
                    and v_identity_verification_document_add in _ALLOWED_1
                )
                and (v_document_additional.__class__ is str)
                and (v_document_number.__class__ is str)
                and (v_document_type.__class__ is str)
                and (v_issuing_country.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.identity_verification_document_add = v_identity_verification_document_add
                obj.document_additional = v_document_additional
                obj.document_number = v_document_number
                obj.document_type = v_document_type
                obj.issuing_country = v_issuing_country
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["identity_verification_document_add"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("identity_verification_document_add",)
        ) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.identity_verification_document_add = value
    else:
        raise _not_one_of("1", value).at("identity_verification_document_add")
    if "document_additional" not in data:
        obj.document_additional = None
        count += 1
    elif (value := data["document_additional"]).__class__ is str:
        obj.document_additional = value
    else:
        raise _expected("a string", value).at("document_additional")
    try:
        value = data["document_number"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_number",)) from None
    if value.__class__ is str:
        obj.document_number = value
    else:
        raise _expected("a string", value).at("document_number")
    try:
        value = data["document_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("document_type",)) from None
    if value.__class__ is str:
        obj.document_type = value
    else:
        raise _expected("a string", value).at("document_type")
    try:
        value = data["issuing_country"]
    except KeyError:
        raise DecodeError("required field is missing", ("issuing_country",)) from None
    if value.__class__ is str:
        obj.issuing_country = value
    else:
        raise _expected("a string", value).at("issuing_country")
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
    if count != 8:
        unknown = sorted(
            key for key in data if key not in _KEYS_IDENTITY_VERIFICATION_DOCUMENT_ADD_REQUEST
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_identity_verification_document_add_request(
    obj: m.IdentityVerificationDocumentAddRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "identity_verification_document_add": obj.identity_verification_document_add,
        "document_number": obj.document_number,
        "document_type": obj.document_type,
        "issuing_country": obj.issuing_country,
    }
    value: Any
    value = obj.document_additional
    if value is not None:
        data["document_additional"] = value
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


def structure_identity_verification_document_add_response(
    data: Any,
) -> m.IdentityVerificationDocumentAddResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.IdentityVerificationDocumentAddResponse)
    count = len(data)
    if count == 4:
        try:
            v_identity_verification_document_add = data["identity_verification_document_add"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_identity_verification_document_add.__class__ is _INT
                    and v_identity_verification_document_add in _ALLOWED_1
                )
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_identity_verification_document_add
                )
                and (v_req_id.__class__ is int)
            ):
                obj.identity_verification_document_add = v_identity_verification_document_add
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "identity_verification_document_add" not in data:
        obj.identity_verification_document_add = None
        count += 1
    elif (
        value := data["identity_verification_document_add"]
    ).__class__ is _INT and value in _ALLOWED_1:
        obj.identity_verification_document_add = value
    else:
        raise _not_one_of("1", value).at("identity_verification_document_add")
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
    if value.__class__ is _STR and value in _ALLOWED_identity_verification_document_add:
        obj.msg_type = value
    else:
        raise _not_one_of("'identity_verification_document_add'", value).at("msg_type")
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
            k: v
            for k, v in data.items()
            if k not in _KEYS_IDENTITY_VERIFICATION_DOCUMENT_ADD_RESPONSE
        }
    return obj


def unstructure_identity_verification_document_add_response(
    obj: m.IdentityVerificationDocumentAddResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.identity_verification_document_add
    if value is not None:
        data["identity_verification_document_add"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.IdentityVerificationDocumentAddRequest: structure_identity_verification_document_add_request,
    m.IdentityVerificationDocumentAddResponse: structure_identity_verification_document_add_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.IdentityVerificationDocumentAddRequest: unstructure_identity_verification_document_add_request,
    m.IdentityVerificationDocumentAddResponse: unstructure_identity_verification_document_add_response,
}
