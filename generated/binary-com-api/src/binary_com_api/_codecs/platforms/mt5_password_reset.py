"""Decoders and encoders of the models of the ``mt5_password_reset`` call (platforms group).

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


_ALLOWED_mt5_password_reset = frozenset({"mt5_password_reset"})


_KEYS_MT5_PASSWORD_RESET_REQUEST = frozenset(
    (
        "mt5_password_reset",
        "login",
        "new_password",
        "password_type",
        "verification_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_PASSWORD_RESET_RESPONSE = frozenset(
    (
        "mt5_password_reset",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_mt5_password_reset_request(data: Any) -> m.Mt5PasswordResetRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordResetRequest)
    count = len(data)
    if count == 8:
        try:
            v_mt5_password_reset = data["mt5_password_reset"]
            v_login = data["login"]
            v_new_password = data["new_password"]
            v_password_type = data["password_type"]
            v_verification_code = data["verification_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_password_reset.__class__ is _INT and v_mt5_password_reset in _ALLOWED_1)
                and (v_login.__class__ is str)
                and (v_new_password.__class__ is str)
                and (
                    v_password_type.__class__ is _STR and v_password_type in _ALLOWED_investor_main
                )
                and (v_verification_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_password_reset = v_mt5_password_reset
                obj.login = v_login
                obj.new_password = v_new_password
                obj.password_type = v_password_type
                obj.verification_code = v_verification_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["mt5_password_reset"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_password_reset",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_password_reset = value
    else:
        raise _not_one_of("1", value).at("mt5_password_reset")
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
    if "password_type" not in data:
        obj.password_type = None
        count += 1
    elif (value := data["password_type"]).__class__ is _STR and value in _ALLOWED_investor_main:
        obj.password_type = value
    else:
        raise _not_one_of("'main', 'investor'", value).at("password_type")
    try:
        value = data["verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("verification_code",)) from None
    if value.__class__ is str:
        obj.verification_code = value
    else:
        raise _expected("a string", value).at("verification_code")
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
        unknown = sorted(key for key in data if key not in _KEYS_MT5_PASSWORD_RESET_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_password_reset_request(obj: m.Mt5PasswordResetRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "mt5_password_reset": obj.mt5_password_reset,
        "login": obj.login,
        "new_password": obj.new_password,
        "verification_code": obj.verification_code,
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


def structure_mt5_password_reset_response(data: Any) -> m.Mt5PasswordResetResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5PasswordResetResponse)
    count = len(data)
    if count == 4:
        try:
            v_mt5_password_reset = data["mt5_password_reset"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_password_reset.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_password_reset)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_password_reset = v_mt5_password_reset
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_password_reset" not in data:
        obj.mt5_password_reset = None
        count += 1
    elif (value := data["mt5_password_reset"]).__class__ is int:
        obj.mt5_password_reset = value
    else:
        raise _expected("an integer", value).at("mt5_password_reset")
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_password_reset:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_password_reset'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_MT5_PASSWORD_RESET_RESPONSE
        }
    return obj


def unstructure_mt5_password_reset_response(obj: m.Mt5PasswordResetResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_password_reset
    if value is not None:
        data["mt5_password_reset"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5PasswordResetRequest: structure_mt5_password_reset_request,
    m.Mt5PasswordResetResponse: structure_mt5_password_reset_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5PasswordResetRequest: unstructure_mt5_password_reset_request,
    m.Mt5PasswordResetResponse: unstructure_mt5_password_reset_response,
}
