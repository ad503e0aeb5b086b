"""Decoders and encoders of the models of the ``mt5_password_check`` call (platforms group).

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


_ALLOWED_investor_main = frozenset({"investor", "main"})


_ALLOWED_mt5_password_check = frozenset({"mt5_password_check"})


_KEYS_MT5_PASSWORD_CHECK_REQUEST = frozenset(
    (
        "mt5_password_check",
        "login",
        "password",
        "password_type",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_PASSWORD_CHECK_RESPONSE = frozenset(
    (
        "mt5_password_check",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_mt5_password_check_request(data: Any) -> m.Mt5PasswordCheckRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordCheckRequest)
    count = len(data)
    if count == 7:
        try:
            v_mt5_password_check = data["mt5_password_check"]
            v_login = data["login"]
            v_password = data["password"]
            v_password_type = data["password_type"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_password_check.__class__ is _INT and v_mt5_password_check in _ALLOWED_1)
                and (v_login.__class__ is str)
                and (v_password.__class__ is str)
                and (
                    v_password_type.__class__ is _STR and v_password_type in _ALLOWED_investor_main
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_password_check = v_mt5_password_check
                obj.login = v_login
                obj.password = v_password
                obj.password_type = v_password_type
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["mt5_password_check"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_password_check",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_password_check = value
    else:
        raise _not_one_of("1", value).at("mt5_password_check")
    try:
        value = data["login"]
    except KeyError:
        raise DecodeError("required field is missing", ("login",)) from None
    if value.__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
    try:
        value = data["password"]
    except KeyError:
        raise DecodeError("required field is missing", ("password",)) from None
    if value.__class__ is str:
        obj.password = value
    else:
        raise _expected("a string", value).at("password")
    if "password_type" not in data:
        obj.password_type = None
        count += 1
    elif (value := data["password_type"]).__class__ is _STR and value in _ALLOWED_investor_main:
        obj.password_type = value
    else:
        raise _not_one_of("'main', 'investor'", value).at("password_type")
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_MT5_PASSWORD_CHECK_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_password_check_request(obj: m.Mt5PasswordCheckRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "mt5_password_check": obj.mt5_password_check,
        "login": obj.login,
        "password": obj.password,
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


def structure_mt5_password_check_response(data: Any) -> m.Mt5PasswordCheckResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordCheckResponse)
    count = len(data)
    if count == 4:
        try:
            v_mt5_password_check = data["mt5_password_check"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_password_check.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_password_check)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_password_check = v_mt5_password_check
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_password_check" not in data:
        obj.mt5_password_check = None
        count += 1
    elif (value := data["mt5_password_check"]).__class__ is int:
        obj.mt5_password_check = value
    else:
        raise _expected("an integer", value).at("mt5_password_check")
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_password_check:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_password_check'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_MT5_PASSWORD_CHECK_RESPONSE
        }
    return obj


def unstructure_mt5_password_check_response(obj: m.Mt5PasswordCheckResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_password_check
    if value is not None:
        data["mt5_password_check"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5PasswordCheckRequest: structure_mt5_password_check_request,
    m.Mt5PasswordCheckResponse: structure_mt5_password_check_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5PasswordCheckRequest: unstructure_mt5_password_check_request,
    m.Mt5PasswordCheckResponse: unstructure_mt5_password_check_response,
}
