"""Decoders and encoders of the models of the ``time`` call (system group).

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


_ALLOWED_time = frozenset({"time"})


_KEYS_TIME_REQUEST = frozenset(
    (
        "time",
        "passthrough",
        "req_id",
    )
)


_KEYS_TIME_RESPONSE = frozenset(
    (
        "time",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_time_request(data: Any) -> m.TimeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeRequest)
    count = len(data)
    if count == 3:
        try:
            v_time = data["time"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_time.__class__ is _INT and v_time in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.time = v_time
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["time"]
    except KeyError:
        raise DecodeError("required field is missing", ("time",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.time = value
    else:
        raise _not_one_of("1", value).at("time")
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
        unknown = sorted(key for key in data if key not in _KEYS_TIME_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_time_request(obj: m.TimeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"time": obj.time}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_time_response(data: Any) -> m.TimeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeResponse)
    count = len(data)
    if count == 4:
        try:
            v_time = data["time"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_time.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_time)
                and (v_req_id.__class__ is int)
            ):
                obj.time = v_time
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is int:
        obj.time = value
    else:
        raise _expected("an integer", value).at("time")
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
    if value.__class__ is _STR and value in _ALLOWED_time:
        obj.msg_type = value
    else:
        raise _not_one_of("'time'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TIME_RESPONSE}
    return obj


def unstructure_time_response(obj: m.TimeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TimeRequest: structure_time_request,
    m.TimeResponse: structure_time_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TimeRequest: unstructure_time_request,
    m.TimeResponse: unstructure_time_response,
}
