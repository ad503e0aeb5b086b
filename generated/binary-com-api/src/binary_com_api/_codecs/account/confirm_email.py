"""Decoders and encoders of the models of the ``confirm_email`` call (account group).

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
    if count == 6:
        try:
            v_confirm_email = data["confirm_email"]
            v_created_for = data["created_for"]
            v_email_consent = data["email_consent"]
            v_verification_code = data["verification_code"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_confirm_email.__class__ is _INT and v_confirm_email in _ALLOWED_1)
                and (
                    v_created_for.__class__ is _STR
                    and v_created_for in _ALLOWED_account_opening_account_verification
                )
                and (v_email_consent.__class__ is _INT and v_email_consent in _ALLOWED_0_1)
                and (v_verification_code.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.confirm_email = v_confirm_email
                obj.created_for = v_created_for
                obj.email_consent = v_email_consent
                obj.verification_code = v_verification_code
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["confirm_email"]
    except KeyError:
        raise DecodeError("required field is missing", ("confirm_email",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.confirm_email = value
    else:
        raise _not_one_of("1", value).at("confirm_email")
    if "created_for" not in data:
        obj.created_for = None
        count += 1
    elif (
        value := data["created_for"]
    ).__class__ is _STR and value in _ALLOWED_account_opening_account_verification:
        obj.created_for = value
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
    if count == 4:
        try:
            v_confirm_email = data["confirm_email"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_confirm_email.__class__ is _INT and v_confirm_email in _ALLOWED_0_1)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_confirm_email)
                and (v_req_id.__class__ is int)
            ):
                obj.confirm_email = v_confirm_email
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "confirm_email" not in data:
        obj.confirm_email = None
        count += 1
    elif (value := data["confirm_email"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.confirm_email = value
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
