"""Decoders and encoders of the models of the ``sell_expired`` call (trading group).

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


_ALLOWED_sell_expired = frozenset({"sell_expired"})


_KEYS_SELL_EXPIRED_REQUEST = frozenset(
    (
        "sell_expired",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SELL_EXPIRED_RESPONSE = frozenset(
    (
        "sell_expired",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_SELL_EXPIRED_RESPONSE_SELL_EXPIRED = frozenset(("count",))


def structure_sell_expired_request(data: Any) -> m.SellExpiredRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellExpiredRequest)
    count = len(data)
    if count == 4:
        try:
            v_sell_expired = data["sell_expired"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_sell_expired.__class__ is _INT and v_sell_expired in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.sell_expired = v_sell_expired
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["sell_expired"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_expired",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.sell_expired = value
    else:
        raise _not_one_of("1", value).at("sell_expired")
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
        unknown = sorted(key for key in data if key not in _KEYS_SELL_EXPIRED_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_sell_expired_request(obj: m.SellExpiredRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"sell_expired": obj.sell_expired}
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


def structure_sell_expired_response(data: Any) -> m.SellExpiredResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellExpiredResponse)
    count = len(data)
    if count == 4:
        try:
            v_sell_expired = data["sell_expired"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_sell_expired)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.sell_expired = structure_sell_expired_response_sell_expired(v_sell_expired)
                except DecodeError as error:
                    raise error.at("sell_expired") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "sell_expired" not in data:
        obj.sell_expired = None
        count += 1
    else:
        value = data["sell_expired"]
        try:
            obj.sell_expired = structure_sell_expired_response_sell_expired(value)
        except DecodeError as error:
            raise error.at("sell_expired") from None
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
    if value.__class__ is _STR and value in _ALLOWED_sell_expired:
        obj.msg_type = value
    else:
        raise _not_one_of("'sell_expired'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SELL_EXPIRED_RESPONSE}
    return obj


def unstructure_sell_expired_response(obj: m.SellExpiredResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.sell_expired
    if value is not None:
        data["sell_expired"] = unstructure_sell_expired_response_sell_expired(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_sell_expired_response_sell_expired(data: Any) -> m.SellExpiredResponseSellExpired:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SellExpiredResponseSellExpired)
    count = len(data)
    if count == 1:
        try:
            v_count = data["count"]
        except KeyError:
            pass
        else:
            if v_count.__class__ is int:
                obj.count = v_count
                obj.extra_fields = {}
                return obj
    if "count" not in data:
        obj.count = None
        count += 1
    elif (value := data["count"]).__class__ is int:
        obj.count = value
    else:
        raise _expected("an integer", value).at("count")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_SELL_EXPIRED_RESPONSE_SELL_EXPIRED
        }
    return obj


def unstructure_sell_expired_response_sell_expired(
    obj: m.SellExpiredResponseSellExpired,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.count
    if value is not None:
        data["count"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SellExpiredRequest: structure_sell_expired_request,
    m.SellExpiredResponse: structure_sell_expired_response,
    m.SellExpiredResponseSellExpired: structure_sell_expired_response_sell_expired,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SellExpiredRequest: unstructure_sell_expired_request,
    m.SellExpiredResponse: unstructure_sell_expired_response,
    m.SellExpiredResponseSellExpired: unstructure_sell_expired_response_sell_expired,
}
