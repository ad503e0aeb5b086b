"""Decoders and encoders of the models of the ``confirm_email`` call (account group).

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


_ALLOWED_account_opening_account_verification = frozenset(
    {"account_opening", "account_verification"}
)


_ALLOWED_confirm_email = frozenset({"confirm_email"})


_KEYS_CONFIRM_EMAIL_REQUEST = frozenset(
    (
        "confirm_email",
        "created_for",
        "email_consent",
        "verification_code",
        "passthrough",
        "req_id",
    )
)


_KEYS_CONFIRM_EMAIL_RESPONSE = frozenset(
    (
        "confirm_email",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_confirm_email_request(data: Any) -> m.ConfirmEmailRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ConfirmEmailRequest)
    count = len(data)
    try:
        value = data["confirm_email"]
    except KeyError:
        raise DecodeError("required field is missing", ("confirm_email",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.confirm_email = value
    else:
        raise _not_one_of("1", value).at("confirm_email")
    value = data.get("created_for", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_account_opening_account_verification:
        obj.created_for = value
    elif value is _MISSING:
        obj.created_for = None
        count += 1
    else:
        raise _not_one_of("'account_verification', 'account_opening'", value).at("created_for")
    try:
        value = data["email_consent"]
    except KeyError:
        raise DecodeError("required field is missing", ("email_consent",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.email_consent = value
    else:
        raise _not_one_of("1, 0", value).at("email_consent")
    try:
        value = data["verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("verification_code",)) from None
    if value.__class__ is str:
        obj.verification_code = value
    else:
        raise _expected("a string", value).at("verification_code")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_CONFIRM_EMAIL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_confirm_email_request(obj: m.ConfirmEmailRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "confirm_email": obj.confirm_email,
        "email_consent": obj.email_consent,
        "verification_code": obj.verification_code,
    }
    value: Any
    value = obj.created_for
    if value is not None:
        data["created_for"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_confirm_email_response(data: Any) -> m.ConfirmEmailResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ConfirmEmailResponse)
    count = len(data)
    value = data.get("confirm_email", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.confirm_email = value
    elif value is _MISSING:
        obj.confirm_email = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("confirm_email")
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
    if value.__class__ is _STR and value in _ALLOWED_confirm_email:
        obj.msg_type = value
    else:
        raise _not_one_of("'confirm_email'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CONFIRM_EMAIL_RESPONSE}
    return obj


def unstructure_confirm_email_response(obj: m.ConfirmEmailResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.confirm_email
    if value is not None:
        data["confirm_email"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ConfirmEmailRequest: structure_confirm_email_request,
    m.ConfirmEmailResponse: structure_confirm_email_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ConfirmEmailRequest: unstructure_confirm_email_request,
    m.ConfirmEmailResponse: unstructure_confirm_email_response,
}
