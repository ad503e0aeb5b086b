"""Decoders and encoders of the models of the ``copy_start`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_copy_start = frozenset({"copy_start"})


_KEYS_COPY_START_REQUEST = frozenset(
    (
        "copy_start",
        "assets",
        "max_trade_stake",
        "min_trade_stake",
        "trade_types",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_COPY_START_RESPONSE = frozenset(
    (
        "copy_start",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_list_of_str(value: Any) -> str | list[str]:
    result: str | list[str] = _first_match(
        value,
        (
            _decode_str,
            _decode_list_of_str,
        ),
    )
    return result


def structure_copy_start_request(data: Any) -> m.CopyStartRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopyStartRequest)
    count = len(data)
    if count == 8:
        try:
            v_copy_start = data["copy_start"]
            v_assets = data["assets"]
            v_max_trade_stake = data["max_trade_stake"]
            v_min_trade_stake = data["min_trade_stake"]
            v_trade_types = data["trade_types"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_copy_start.__class__ is str)
                and ((kind := v_max_trade_stake.__class__) is float or kind is int)
                and ((kind := v_min_trade_stake.__class__) is float or kind is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.copy_start = v_copy_start
                try:
                    obj.assets = _decode_str_or_list_of_str(v_assets)
                except DecodeError as error:
                    raise error.at("assets") from None
                obj.max_trade_stake = v_max_trade_stake
                obj.min_trade_stake = v_min_trade_stake
                try:
                    obj.trade_types = _decode_str_or_list_of_str(v_trade_types)
                except DecodeError as error:
                    raise error.at("trade_types") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["copy_start"]
    except KeyError:
        raise DecodeError("required field is missing", ("copy_start",)) from None
    if value.__class__ is str:
        obj.copy_start = value
    else:
        raise _expected("a string", value).at("copy_start")
    if "assets" not in data:
        obj.assets = None
        count += 1
    else:
        value = data["assets"]
        try:
            obj.assets = _decode_str_or_list_of_str(value)
        except DecodeError as error:
            raise error.at("assets") from None
    if "max_trade_stake" not in data:
        obj.max_trade_stake = None
        count += 1
    elif (kind := (value := data["max_trade_stake"]).__class__) is float or kind is int:
        obj.max_trade_stake = value
    else:
        raise _expected("a number", value).at("max_trade_stake")
    if "min_trade_stake" not in data:
        obj.min_trade_stake = None
        count += 1
    elif (kind := (value := data["min_trade_stake"]).__class__) is float or kind is int:
        obj.min_trade_stake = value
    else:
        raise _expected("a number", value).at("min_trade_stake")
    if "trade_types" not in data:
        obj.trade_types = None
        count += 1
    else:
        value = data["trade_types"]
        try:
            obj.trade_types = _decode_str_or_list_of_str(value)
        except DecodeError as error:
            raise error.at("trade_types") from None
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
    if count != 8:
        unknown = sorted(key for key in data if key not in _KEYS_COPY_START_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_copy_start_request(obj: m.CopyStartRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"copy_start": obj.copy_start}
    value: Any
    value = obj.assets
    if value is not None:
        data["assets"] = value
    value = obj.max_trade_stake
    if value is not None:
        data["max_trade_stake"] = value
    value = obj.min_trade_stake
    if value is not None:
        data["min_trade_stake"] = value
    value = obj.trade_types
    if value is not None:
        data["trade_types"] = value
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


def structure_copy_start_response(data: Any) -> m.CopyStartResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CopyStartResponse)
    count = len(data)
    if count == 4:
        try:
            v_copy_start = data["copy_start"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_copy_start.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_copy_start)
                and (v_req_id.__class__ is int)
            ):
                obj.copy_start = v_copy_start
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "copy_start" not in data:
        obj.copy_start = None
        count += 1
    elif (value := data["copy_start"]).__class__ is int:
        obj.copy_start = value
    else:
        raise _expected("an integer", value).at("copy_start")
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
    if value.__class__ is _STR and value in _ALLOWED_copy_start:
        obj.msg_type = value
    else:
        raise _not_one_of("'copy_start'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_COPY_START_RESPONSE}
    return obj


def unstructure_copy_start_response(obj: m.CopyStartResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.copy_start
    if value is not None:
        data["copy_start"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CopyStartRequest: structure_copy_start_request,
    m.CopyStartResponse: structure_copy_start_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CopyStartRequest: unstructure_copy_start_request,
    m.CopyStartResponse: unstructure_copy_start_response,
}
