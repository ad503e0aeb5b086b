"""Decoders and encoders of the models of the ``identity_verification_document_add`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    value = data.get("document_additional", _MISSING)
    if value.__class__ is str:
        obj.document_additional = value
    elif value is _MISSING:
        obj.document_additional = None
        count += 1
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
    value = data.get("identity_verification_document_add", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.identity_verification_document_add = value
    elif value is _MISSING:
        obj.identity_verification_document_add = None
        count += 1
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
