"""Decoders and encoders of the models of the ``sell_expired`` call (trading group).

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
    try:
        value = data["sell_expired"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_expired",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.sell_expired = value
    else:
        raise _not_one_of("1", value).at("sell_expired")
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
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
    value = data.get("sell_expired", _MISSING)
    if value is _MISSING:
        obj.sell_expired = None
        count += 1
    else:
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
    value = data.get("count", _MISSING)
    if value.__class__ is int:
        obj.count = value
    elif value is _MISSING:
        obj.count = None
        count += 1
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
