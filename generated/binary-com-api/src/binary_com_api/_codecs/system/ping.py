"""Decoders and encoders of the models of the ``ping`` call (system group).

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


_ALLOWED_ping = frozenset({"ping"})


_ALLOWED_pong = frozenset({"pong"})


_KEYS_PING_REQUEST = frozenset(
    (
        "ping",
        "passthrough",
        "req_id",
    )
)


_KEYS_PING_RESPONSE = frozenset(
    (
        "ping",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_ping_request(data: Any) -> m.PingRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingRequest)
    count = len(data)
    if count == 3:
        try:
            v_ping = data["ping"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ping.__class__ is _INT and v_ping in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.ping = v_ping
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["ping"]
    except KeyError:
        raise DecodeError("required field is missing", ("ping",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.ping = value
    else:
        raise _not_one_of("1", value).at("ping")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_PING_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ping_request(obj: m.PingRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ping": obj.ping}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ping_response(data: Any) -> m.PingResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingResponse)
    count = len(data)
    if count == 4:
        try:
            v_ping = data["ping"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ping.__class__ is _STR and v_ping in _ALLOWED_pong)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_ping)
                and (v_req_id.__class__ is int)
            ):
                obj.ping = v_ping
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "ping" not in data:
        obj.ping = None
        count += 1
    elif (value := data["ping"]).__class__ is _STR and value in _ALLOWED_pong:
        obj.ping = value
    else:
        raise _not_one_of("'pong'", value).at("ping")
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
    if value.__class__ is _STR and value in _ALLOWED_ping:
        obj.msg_type = value
    else:
        raise _not_one_of("'ping'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PING_RESPONSE}
    return obj


def unstructure_ping_response(obj: m.PingResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.ping
    if value is not None:
        data["ping"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PingRequest: structure_ping_request,
    m.PingResponse: structure_ping_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PingRequest: unstructure_ping_request,
    m.PingResponse: unstructure_ping_response,
}
