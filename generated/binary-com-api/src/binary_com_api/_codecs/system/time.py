"""Decoders and encoders of the models of the ``time`` call (system group).

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
    try:
        value = data["time"]
    except KeyError:
        raise DecodeError("required field is missing", ("time",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.time = value
    else:
        raise _not_one_of("1", value).at("time")
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
    value = data.get("time", _MISSING)
    if value.__class__ is int:
        obj.time = value
    elif value is _MISSING:
        obj.time = None
        count += 1
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
