"""Decoders and encoders of the models of the ``mt5_password_change`` call (platforms group).

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


_ALLOWED_investor_main = frozenset({"investor", "main"})


_ALLOWED_mt5_password_change = frozenset({"mt5_password_change"})


_KEYS_MT5_PASSWORD_CHANGE_REQUEST = frozenset(
    (
        "mt5_password_change",
        "login",
        "new_password",
        "old_password",
        "password_type",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_PASSWORD_CHANGE_RESPONSE = frozenset(
    (
        "mt5_password_change",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_mt5_password_change_request(data: Any) -> m.Mt5PasswordChangeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordChangeRequest)
    count = len(data)
    try:
        value = data["mt5_password_change"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_password_change",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_password_change = value
    else:
        raise _not_one_of("1", value).at("mt5_password_change")
    try:
        value = data["login"]
    except KeyError:
        raise DecodeError("required field is missing", ("login",)) from None
    if value.__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
    try:
        value = data["new_password"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_password",)) from None
    if value.__class__ is str:
        obj.new_password = value
    else:
        raise _expected("a string", value).at("new_password")
    try:
        value = data["old_password"]
    except KeyError:
        raise DecodeError("required field is missing", ("old_password",)) from None
    if value.__class__ is str:
        obj.old_password = value
    else:
        raise _expected("a string", value).at("old_password")
    value = data.get("password_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_investor_main:
        obj.password_type = value
    elif value is _MISSING:
        obj.password_type = None
        count += 1
    else:
        raise _not_one_of("'main', 'investor'", value).at("password_type")
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
        unknown = sorted(key for key in data if key not in _KEYS_MT5_PASSWORD_CHANGE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_password_change_request(obj: m.Mt5PasswordChangeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "mt5_password_change": obj.mt5_password_change,
        "login": obj.login,
        "new_password": obj.new_password,
        "old_password": obj.old_password,
    }
    value: Any
    value = obj.password_type
    if value is not None:
        data["password_type"] = value
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


def structure_mt5_password_change_response(data: Any) -> m.Mt5PasswordChangeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordChangeResponse)
    count = len(data)
    value = data.get("mt5_password_change", _MISSING)
    if value.__class__ is int:
        obj.mt5_password_change = value
    elif value is _MISSING:
        obj.mt5_password_change = None
        count += 1
    else:
        raise _expected("an integer", value).at("mt5_password_change")
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_password_change:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_password_change'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_MT5_PASSWORD_CHANGE_RESPONSE
        }
    return obj


def unstructure_mt5_password_change_response(obj: m.Mt5PasswordChangeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_password_change
    if value is not None:
        data["mt5_password_change"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5PasswordChangeRequest: structure_mt5_password_change_request,
    m.Mt5PasswordChangeResponse: structure_mt5_password_change_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5PasswordChangeRequest: unstructure_mt5_password_change_request,
    m.Mt5PasswordChangeResponse: unstructure_mt5_password_change_response,
}
