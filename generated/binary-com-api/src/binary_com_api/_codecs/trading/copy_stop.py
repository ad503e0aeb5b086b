"""Decoders and encoders of the models of the ``copy_stop`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_copy_stop = frozenset({"copy_stop"})


_KEYS_COPY_STOP_REQUEST = frozenset(
    (
        "copy_stop",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_COPY_STOP_RESPONSE = frozenset(
    (
        "copy_stop",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_copy_stop_request(data: Any) -> m.CopyStopRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopyStopRequest)
    count = len(data)
    if count == 4:
        try:
            v_copy_stop = data["copy_stop"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_copy_stop.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.copy_stop = v_copy_stop
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["copy_stop"]
    except KeyError:
        raise DecodeError("required field is missing", ("copy_stop",)) from None
    if value.__class__ is str:
        obj.copy_stop = value
    else:
        raise _expected("a string", value).at("copy_stop")
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
        unknown = sorted(key for key in data if key not in _KEYS_COPY_STOP_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_copy_stop_request(obj: m.CopyStopRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"copy_stop": obj.copy_stop}
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


def structure_copy_stop_response(data: Any) -> m.CopyStopResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopyStopResponse)
    count = len(data)
    if count == 4:
        try:
            v_copy_stop = data["copy_stop"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_copy_stop.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_copy_stop)
                and (v_req_id.__class__ is int)
            ):
                obj.copy_stop = v_copy_stop
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "copy_stop" not in data:
        obj.copy_stop = None
        count += 1
    elif (value := data["copy_stop"]).__class__ is int:
        obj.copy_stop = value
    else:
        raise _expected("an integer", value).at("copy_stop")
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
    if value.__class__ is _STR and value in _ALLOWED_copy_stop:
        obj.msg_type = value
    else:
        raise _not_one_of("'copy_stop'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_COPY_STOP_RESPONSE}
    return obj


def unstructure_copy_stop_response(obj: m.CopyStopResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.copy_stop
    if value is not None:
        data["copy_stop"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CopyStopRequest: structure_copy_stop_request,
    m.CopyStopResponse: structure_copy_stop_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CopyStopRequest: unstructure_copy_stop_request,
    m.CopyStopResponse: unstructure_copy_stop_response,
}
