"""Decoders and encoders of the models of the ``forget`` call (system group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_forget = frozenset({"forget"})


_KEYS_FORGET_REQUEST = frozenset(
    (
        "forget",
        "passthrough",
        "req_id",
    )
)


_KEYS_FORGET_RESPONSE = frozenset(
    (
        "forget",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_forget_request(data: Any) -> m.ForgetRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetRequest)
    count = len(data)
    if count == 3:
        try:
            v_forget = data["forget"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_forget.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.forget = v_forget
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["forget"]
    except KeyError:
        raise DecodeError("required field is missing", ("forget",)) from None
    if value.__class__ is str:
        obj.forget = value
    else:
        raise _expected("a string", value).at("forget")
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
        unknown = sorted(key for key in data if key not in _KEYS_FORGET_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_forget_request(obj: m.ForgetRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"forget": obj.forget}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_forget_response(data: Any) -> m.ForgetResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetResponse)
    count = len(data)
    if count == 4:
        try:
            v_forget = data["forget"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_forget.__class__ is _INT and v_forget in _ALLOWED_0_1)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_forget)
                and (v_req_id.__class__ is int)
            ):
                obj.forget = v_forget
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "forget" not in data:
        obj.forget = None
        count += 1
    elif (value := data["forget"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.forget = value
    else:
        raise _not_one_of("0, 1", value).at("forget")
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
    if value.__class__ is _STR and value in _ALLOWED_forget:
        obj.msg_type = value
    else:
        raise _not_one_of("'forget'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FORGET_RESPONSE}
    return obj


def unstructure_forget_response(obj: m.ForgetResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.forget
    if value is not None:
        data["forget"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ForgetRequest: structure_forget_request,
    m.ForgetResponse: structure_forget_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ForgetRequest: unstructure_forget_request,
    m.ForgetResponse: unstructure_forget_response,
}
