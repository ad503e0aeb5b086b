"""Decoders and encoders of the models of the calls of the oauth group.

Written out per model for speed; reached through `binance_oauth_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _expected, _new
from ..errors import DecodeError

_KEYS_REVOKE_TOKEN_RESPONSE = frozenset(
    (
        "code",
        "message",
        "data",
        "success",
    )
)


_KEYS_TOKEN_RESPONSE = frozenset(
    (
        "access_token",
        "refresh_token",
        "scope",
        "token_type",
        "expires_in",
    )
)


def structure_revoke_token_response(data: Any) -> m.RevokeTokenResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RevokeTokenResponse)
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
                and (v_data.__class__ is bool)
                and (v_success.__class__ is bool)
            ):
                obj.code = v_code
                obj.message = v_message
                obj.data = v_data
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
    if value.__class__ is bool:
        obj.data = value
    else:
        raise _expected("a boolean", value).at("data")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_REVOKE_TOKEN_RESPONSE}
    return obj


def unstructure_revoke_token_response(obj: m.RevokeTokenResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "code": obj.code,
        "message": obj.message,
        "data": obj.data,
        "success": obj.success,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_token_response(data: Any) -> m.TokenResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TokenResponse)
    count = len(data)
    if count == 5:
        try:
            v_access_token = data["access_token"]
            v_refresh_token = data["refresh_token"]
            v_scope = data["scope"]
            v_token_type = data["token_type"]
            v_expires_in = data["expires_in"]
        except KeyError:
            pass
        else:
            if (
                (v_access_token.__class__ is str)
                and (v_refresh_token.__class__ is str)
                and (v_scope.__class__ is str)
                and (v_token_type.__class__ is str)
                and (v_expires_in.__class__ is int)
            ):
                obj.access_token = v_access_token
                obj.refresh_token = v_refresh_token
                obj.scope = v_scope
                obj.token_type = v_token_type
                obj.expires_in = v_expires_in
                obj.extra_fields = {}
                return obj
    try:
        value = data["access_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("access_token",)) from None
    if value.__class__ is str:
        obj.access_token = value
    else:
        raise _expected("a string", value).at("access_token")
    if "refresh_token" not in data:
        obj.refresh_token = None
        count += 1
    elif (value := data["refresh_token"]).__class__ is str:
        obj.refresh_token = value
    else:
        raise _expected("a string", value).at("refresh_token")
    if "scope" not in data:
        obj.scope = None
        count += 1
    elif (value := data["scope"]).__class__ is str:
        obj.scope = value
    else:
        raise _expected("a string", value).at("scope")
    try:
        value = data["token_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("token_type",)) from None
    if value.__class__ is str:
        obj.token_type = value
    else:
        raise _expected("a string", value).at("token_type")
    try:
        value = data["expires_in"]
    except KeyError:
        raise DecodeError("required field is missing", ("expires_in",)) from None
    if value.__class__ is int:
        obj.expires_in = value
    else:
        raise _expected("an integer", value).at("expires_in")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TOKEN_RESPONSE}
    return obj


def unstructure_token_response(obj: m.TokenResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "access_token": obj.access_token,
        "token_type": obj.token_type,
        "expires_in": obj.expires_in,
    }
    value: Any
    value = obj.refresh_token
    if value is not None:
        data["refresh_token"] = value
    value = obj.scope
    if value is not None:
        data["scope"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.RevokeTokenResponse: structure_revoke_token_response,
    m.TokenResponse: structure_token_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.RevokeTokenResponse: unstructure_revoke_token_response,
    m.TokenResponse: unstructure_token_response,
}
