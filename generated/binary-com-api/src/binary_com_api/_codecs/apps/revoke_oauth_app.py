"""Decoders and encoders of the models of the ``revoke_oauth_app`` call (apps group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_revoke_oauth_app = frozenset({"revoke_oauth_app"})


_KEYS_REVOKE_OAUTH_APP_REQUEST = frozenset(
    (
        "revoke_oauth_app",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_REVOKE_OAUTH_APP_RESPONSE = frozenset(
    (
        "revoke_oauth_app",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_revoke_oauth_app_request(data: Any) -> m.RevokeOauthAppRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RevokeOauthAppRequest)
    count = len(data)
    if count == 4:
        try:
            v_revoke_oauth_app = data["revoke_oauth_app"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_revoke_oauth_app.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.revoke_oauth_app = v_revoke_oauth_app
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["revoke_oauth_app"]
    except KeyError:
        raise DecodeError("required field is missing", ("revoke_oauth_app",)) from None
    if value.__class__ is int:
        obj.revoke_oauth_app = value
    else:
        raise _expected("an integer", value).at("revoke_oauth_app")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_REVOKE_OAUTH_APP_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_revoke_oauth_app_request(obj: m.RevokeOauthAppRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"revoke_oauth_app": obj.revoke_oauth_app}
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


def structure_revoke_oauth_app_response(data: Any) -> m.RevokeOauthAppResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RevokeOauthAppResponse)
    count = len(data)
    if count == 4:
        try:
            v_revoke_oauth_app = data["revoke_oauth_app"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_revoke_oauth_app.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_revoke_oauth_app)
                and (v_req_id.__class__ is int)
            ):
                obj.revoke_oauth_app = v_revoke_oauth_app
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "revoke_oauth_app" not in data:
        obj.revoke_oauth_app = None
        count += 1
    elif (value := data["revoke_oauth_app"]).__class__ is int:
        obj.revoke_oauth_app = value
    else:
        raise _expected("an integer", value).at("revoke_oauth_app")
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
    if value.__class__ is _STR and value in _ALLOWED_revoke_oauth_app:
        obj.msg_type = value
    else:
        raise _not_one_of("'revoke_oauth_app'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_REVOKE_OAUTH_APP_RESPONSE
        }
    return obj


def unstructure_revoke_oauth_app_response(obj: m.RevokeOauthAppResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.revoke_oauth_app
    if value is not None:
        data["revoke_oauth_app"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.RevokeOauthAppRequest: structure_revoke_oauth_app_request,
    m.RevokeOauthAppResponse: structure_revoke_oauth_app_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.RevokeOauthAppRequest: unstructure_revoke_oauth_app_request,
    m.RevokeOauthAppResponse: unstructure_revoke_oauth_app_response,
}
