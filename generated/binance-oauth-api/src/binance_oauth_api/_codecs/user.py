"""Decoders and encoders of the models of the calls of the user group.

Written out per model for speed; reached through `binance_oauth_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _expected, _new
from ..errors import DecodeError

_KEYS_USER_INFO = frozenset(
    (
        "userId",
        "email",
    )
)


_KEYS_USER_INFO_RESPONSE = frozenset(
    (
        "code",
        "message",
        "data",
        "success",
    )
)


def structure_user_info(data: Any) -> m.UserInfo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UserInfo)
    count = len(data)
    if count == 2:
        try:
            v_user_id = data["userId"]
            v_email = data["email"]
        except KeyError:
            pass
        else:
            if (v_user_id.__class__ is str) and (v_email.__class__ is str):
                obj.user_id = v_user_id
                obj.email = v_email
                obj.extra_fields = {}
                return obj
    try:
        value = data["userId"]
    except KeyError:
        raise DecodeError("required field is missing", ("userId",)) from None
    if value.__class__ is str:
        obj.user_id = value
    else:
        raise _expected("a string", value).at("userId")
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_USER_INFO}
    return obj


def unstructure_user_info(obj: m.UserInfo) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"userId": obj.user_id}
    value: Any
    value = obj.email
    if value is not None:
        data["email"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_user_info_response(data: Any) -> m.UserInfoResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.UserInfoResponse)
    count = len(data)
    if count == 4:
        try:
            v_code = data["code"]
            v_message = data["message"]
            v_data = data["data"]
            v_success = data["success"]
        except KeyError:
            pass
        else:
            if (
                (v_code.__class__ is str)
                and (v_message is None or (v_message.__class__ is str))
                and (v_success.__class__ is bool)
            ):
                obj.code = v_code
                obj.message = v_message
                try:
                    obj.data = structure_user_info(v_data)
                except DecodeError as error:
                    raise error.at("data") from None
                obj.success = v_success
                obj.extra_fields = {}
                return obj
    try:
        value = data["code"]
    except KeyError:
        raise DecodeError("required field is missing", ("code",)) from None
    if value.__class__ is str:
        obj.code = value
    else:
        raise _expected("a string", value).at("code")
    try:
        value = data["message"]
    except KeyError:
        raise DecodeError("required field is missing", ("message",)) from None
    if value is None or (value.__class__ is str):
        obj.message = value
    else:
        raise _expected("a string", value).at("message")
    try:
        value = data["data"]
    except KeyError:
        raise DecodeError("required field is missing", ("data",)) from None
    try:
        obj.data = structure_user_info(value)
    except DecodeError as error:
        raise error.at("data") from None
    try:
        value = data["success"]
    except KeyError:
        raise DecodeError("required field is missing", ("success",)) from None
    if value.__class__ is bool:
        obj.success = value
    else:
        raise _expected("a boolean", value).at("success")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_USER_INFO_RESPONSE}
    return obj


def unstructure_user_info_response(obj: m.UserInfoResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "code": obj.code,
        "message": obj.message,
        "data": unstructure_user_info(obj.data),
        "success": obj.success,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.UserInfo: structure_user_info,
    m.UserInfoResponse: structure_user_info_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.UserInfo: unstructure_user_info,
    m.UserInfoResponse: unstructure_user_info_response,
}
