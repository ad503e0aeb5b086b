"""Decoders and encoders of the models of the ``unsubscribe_email`` call (account group).

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


_ALLOWED_unsubscribe_email = frozenset({"unsubscribe_email"})


_KEYS_UNSUBSCRIBE_EMAIL_REQUEST = frozenset(
    (
        "unsubscribe_email",
        "binary_user_id",
        "checksum",
        "passthrough",
        "req_id",
    )
)


_KEYS_UNSUBSCRIBE_EMAIL_RESPONSE = frozenset(
    (
        "binary_user_id",
        "email_unsubscribe_status",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_unsubscribe_email_request(data: Any) -> m.UnsubscribeEmailRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UnsubscribeEmailRequest)
    count = len(data)
    if count == 5:
        try:
            v_unsubscribe_email = data["unsubscribe_email"]
            v_binary_user_id = data["binary_user_id"]
            v_checksum = data["checksum"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_unsubscribe_email.__class__ is _INT and v_unsubscribe_email in _ALLOWED_1)
                and ((kind := v_binary_user_id.__class__) is float or kind is int)
                and (v_checksum.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.unsubscribe_email = v_unsubscribe_email
                obj.binary_user_id = v_binary_user_id
                obj.checksum = v_checksum
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["unsubscribe_email"]
    except KeyError:
        raise DecodeError("required field is missing", ("unsubscribe_email",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.unsubscribe_email = value
    else:
        raise _not_one_of("1", value).at("unsubscribe_email")
    try:
        value = data["binary_user_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("binary_user_id",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.binary_user_id = value
    else:
        raise _expected("a number", value).at("binary_user_id")
    try:
        value = data["checksum"]
    except KeyError:
        raise DecodeError("required field is missing", ("checksum",)) from None
    if value.__class__ is str:
        obj.checksum = value
    else:
        raise _expected("a string", value).at("checksum")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_UNSUBSCRIBE_EMAIL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_unsubscribe_email_request(obj: m.UnsubscribeEmailRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "unsubscribe_email": obj.unsubscribe_email,
        "binary_user_id": obj.binary_user_id,
        "checksum": obj.checksum,
    }
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_unsubscribe_email_response(data: Any) -> m.UnsubscribeEmailResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UnsubscribeEmailResponse)
    count = len(data)
    if count == 5:
        try:
            v_binary_user_id = data["binary_user_id"]
            v_email_unsubscribe_status = data["email_unsubscribe_status"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_binary_user_id.__class__) is float or kind is int)
                and (
                    v_email_unsubscribe_status.__class__ is _INT
                    and v_email_unsubscribe_status in _ALLOWED_0_1
                )
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_unsubscribe_email)
                and (v_req_id.__class__ is int)
            ):
                obj.binary_user_id = v_binary_user_id
                obj.email_unsubscribe_status = v_email_unsubscribe_status
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "binary_user_id" not in data:
        obj.binary_user_id = None
        count += 1
    elif (kind := (value := data["binary_user_id"]).__class__) is float or kind is int:
        obj.binary_user_id = value
    else:
        raise _expected("a number", value).at("binary_user_id")
    if "email_unsubscribe_status" not in data:
        obj.email_unsubscribe_status = None
        count += 1
    elif (value := data["email_unsubscribe_status"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.email_unsubscribe_status = value
    else:
        raise _not_one_of("0, 1", value).at("email_unsubscribe_status")
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
    if value.__class__ is _STR and value in _ALLOWED_unsubscribe_email:
        obj.msg_type = value
    else:
        raise _not_one_of("'unsubscribe_email'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_UNSUBSCRIBE_EMAIL_RESPONSE
        }
    return obj


def unstructure_unsubscribe_email_response(obj: m.UnsubscribeEmailResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.binary_user_id
    if value is not None:
        data["binary_user_id"] = value
    value = obj.email_unsubscribe_status
    if value is not None:
        data["email_unsubscribe_status"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.UnsubscribeEmailRequest: structure_unsubscribe_email_request,
    m.UnsubscribeEmailResponse: structure_unsubscribe_email_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.UnsubscribeEmailRequest: unstructure_unsubscribe_email_request,
    m.UnsubscribeEmailResponse: unstructure_unsubscribe_email_response,
}
