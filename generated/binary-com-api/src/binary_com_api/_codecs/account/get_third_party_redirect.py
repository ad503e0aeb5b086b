"""Decoders and encoders of the models of the ``get_third_party_redirect`` call (account group).

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
    if count == 5:
        try:
            v_get_third_party_redirect = data["get_third_party_redirect"]
            v_name = data["name"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_get_third_party_redirect.__class__ is _INT
                    and v_get_third_party_redirect in _ALLOWED_1
                )
                and (v_name.__class__ is _STR and v_name in _ALLOWED_dynamicworks)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.get_third_party_redirect = v_get_third_party_redirect
                obj.name = v_name
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if count == 4:
        try:
            v_redirect_url = data["redirect_url"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_redirect_url.__class__ is str)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_get_third_party_redirect
                )
                and (v_req_id.__class__ is int)
            ):
                obj.redirect_url = v_redirect_url
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "redirect_url" not in data:
        obj.redirect_url = None
        count += 1
    elif (value := data["redirect_url"]).__class__ is str:
        obj.redirect_url = value
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
