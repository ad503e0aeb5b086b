"""Decoders and encoders of the models of the calls of the oauth group.

Written out per model for speed; reached through `binance_oauth_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import _MISSING, _expected, _new
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
    if len(data) == 4:
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
    try:
        value = data["access_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("access_token",)) from None
    if value.__class__ is str:
        obj.access_token = value
    else:
        raise _expected("a string", value).at("access_token")
    value = data.get("refresh_token", _MISSING)
    if value.__class__ is str:
        obj.refresh_token = value
    elif value is _MISSING:
        obj.refresh_token = None
        count += 1
    else:
        raise _expected("a string", value).at("refresh_token")
    value = data.get("scope", _MISSING)
    if value.__class__ is str:
        obj.scope = value
    elif value is _MISSING:
        obj.scope = None
        count += 1
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
