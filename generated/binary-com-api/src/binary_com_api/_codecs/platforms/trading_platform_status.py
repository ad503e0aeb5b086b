"""Decoders and encoders of the models of the ``trading_platform_status`` call (platforms group).

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


_ALLOWED_trading_platform_status = frozenset({"trading_platform_status"})


_KEYS_TRADING_PLATFORM_STATUS_REQUEST = frozenset(
    (
        "trading_platform_status",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRADING_PLATFORM_STATUS_RESPONSE = frozenset(
    (
        "trading_platform_status",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_trading_platform_status_request(data: Any) -> m.TradingPlatformStatusRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingPlatformStatusRequest)
    count = len(data)
    if count == 3:
        try:
            v_trading_platform_status = data["trading_platform_status"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_trading_platform_status.__class__ is _INT
                    and v_trading_platform_status in _ALLOWED_1
                )
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.trading_platform_status = v_trading_platform_status
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["trading_platform_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_platform_status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.trading_platform_status = value
    else:
        raise _not_one_of("1", value).at("trading_platform_status")
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
        unknown = sorted(key for key in data if key not in _KEYS_TRADING_PLATFORM_STATUS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_trading_platform_status_request(
    obj: m.TradingPlatformStatusRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trading_platform_status": obj.trading_platform_status}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_trading_platform_status_response(data: Any) -> m.TradingPlatformStatusResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingPlatformStatusResponse)
    count = len(data)
    if count == 4:
        try:
            v_trading_platform_status = data["trading_platform_status"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_trading_platform_status.__class__ is list)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_trading_platform_status
                )
                and (v_req_id.__class__ is int)
            ):
                obj.trading_platform_status = v_trading_platform_status
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["trading_platform_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_platform_status",)) from None
    if value.__class__ is list:
        obj.trading_platform_status = value
    else:
        raise _expected("an array", value).at("trading_platform_status")
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
    if value.__class__ is _STR and value in _ALLOWED_trading_platform_status:
        obj.msg_type = value
    else:
        raise _not_one_of("'trading_platform_status'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_TRADING_PLATFORM_STATUS_RESPONSE
        }
    return obj


def unstructure_trading_platform_status_response(
    obj: m.TradingPlatformStatusResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "trading_platform_status": obj.trading_platform_status,
        "echo_req": obj.echo_req,
        "msg_type": obj.msg_type,
    }
    value: Any
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TradingPlatformStatusRequest: structure_trading_platform_status_request,
    m.TradingPlatformStatusResponse: structure_trading_platform_status_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TradingPlatformStatusRequest: unstructure_trading_platform_status_request,
    m.TradingPlatformStatusResponse: unstructure_trading_platform_status_response,
}
