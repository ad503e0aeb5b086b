"""Decoders and encoders of the models of the ``get_third_party_redirect`` call (account group).

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


_ALLOWED_dynamicworks = frozenset({"dynamicworks"})


_ALLOWED_get_third_party_redirect = frozenset({"get_third_party_redirect"})


_KEYS_GET_THIRD_PARTY_REDIRECT_REQUEST = frozenset(
    (
        "get_third_party_redirect",
        "name",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_GET_THIRD_PARTY_REDIRECT_RESPONSE = frozenset(
    (
        "redirect_url",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_get_third_party_redirect_request(data: Any) -> m.GetThirdPartyRedirectRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetThirdPartyRedirectRequest)
    count = len(data)
    try:
        value = data["get_third_party_redirect"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_third_party_redirect",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_third_party_redirect = value
    else:
        raise _not_one_of("1", value).at("get_third_party_redirect")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is _STR and value in _ALLOWED_dynamicworks:
        obj.name = value
    else:
        raise _not_one_of("'dynamicworks'", value).at("name")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_GET_THIRD_PARTY_REDIRECT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_get_third_party_redirect_request(
    obj: m.GetThirdPartyRedirectRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "get_third_party_redirect": obj.get_third_party_redirect,
        "name": obj.name,
    }
    value: Any
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


def structure_get_third_party_redirect_response(data: Any) -> m.GetThirdPartyRedirectResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetThirdPartyRedirectResponse)
    count = len(data)
    value = data.get("redirect_url", _MISSING)
    if value.__class__ is str:
        obj.redirect_url = value
    elif value is _MISSING:
        obj.redirect_url = None
        count += 1
    else:
        raise _expected("a string", value).at("redirect_url")
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
    if value.__class__ is _STR and value in _ALLOWED_get_third_party_redirect:
        obj.msg_type = value
    else:
        raise _not_one_of("'get_third_party_redirect'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_GET_THIRD_PARTY_REDIRECT_RESPONSE
        }
    return obj


def unstructure_get_third_party_redirect_response(
    obj: m.GetThirdPartyRedirectResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.redirect_url
    if value is not None:
        data["redirect_url"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.GetThirdPartyRedirectRequest: structure_get_third_party_redirect_request,
    m.GetThirdPartyRedirectResponse: structure_get_third_party_redirect_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.GetThirdPartyRedirectRequest: unstructure_get_third_party_redirect_request,
    m.GetThirdPartyRedirectResponse: unstructure_get_third_party_redirect_response,
}
