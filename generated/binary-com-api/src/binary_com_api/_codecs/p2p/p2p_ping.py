"""Decoders and encoders of the models of the ``p2p_ping`` call (p2p group).

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


_ALLOWED_p2p_ping = frozenset({"p2p_ping"})


_ALLOWED_pong = frozenset({"pong"})


_KEYS_P2P_PING_REQUEST = frozenset(
    (
        "p2p_ping",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_PING_RESPONSE = frozenset(
    (
        "p2p_ping",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_p2p_ping_request(data: Any) -> m.P2pPingRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPingRequest)
    count = len(data)
    if count == 4:
        try:
            v_p2p_ping = data["p2p_ping"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_ping.__class__ is _INT and v_p2p_ping in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_ping = v_p2p_ping
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_ping"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_ping",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_ping = value
    else:
        raise _not_one_of("1", value).at("p2p_ping")
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
        unknown = sorted(key for key in data if key not in _KEYS_P2P_PING_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_ping_request(obj: m.P2pPingRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_ping": obj.p2p_ping}
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


def structure_p2p_ping_response(data: Any) -> m.P2pPingResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pPingResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_ping = data["p2p_ping"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_ping.__class__ is _STR and v_p2p_ping in _ALLOWED_pong)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_ping)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_ping = v_p2p_ping
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_ping" not in data:
        obj.p2p_ping = None
        count += 1
    elif (value := data["p2p_ping"]).__class__ is _STR and value in _ALLOWED_pong:
        obj.p2p_ping = value
    else:
        raise _not_one_of("'pong'", value).at("p2p_ping")
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_ping:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_ping'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_P2P_PING_RESPONSE}
    return obj


def unstructure_p2p_ping_response(obj: m.P2pPingResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_ping
    if value is not None:
        data["p2p_ping"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pPingRequest: structure_p2p_ping_request,
    m.P2pPingResponse: structure_p2p_ping_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pPingRequest: unstructure_p2p_ping_request,
    m.P2pPingResponse: unstructure_p2p_ping_response,
}
