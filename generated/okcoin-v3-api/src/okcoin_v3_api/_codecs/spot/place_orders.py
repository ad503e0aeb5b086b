"""Decoders and encoders of the models of the ``place_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _MISSING,
    _STR,
    _decimal,
    _decimal_text,
    _expected,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ..._codecs.shared import structure_order_result
from ...errors import DecodeError

_ALLOWED_0_1_2_3 = frozenset({"0", "1", "2", "3"})


_ALLOWED_1_2 = frozenset({"1", "2"})


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_limit_market = frozenset({"limit", "market"})


_KEYS_SPOT_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "side",
        "type",
        "client_oid",
        "order_type",
        "price",
        "size",
        "notional",
        "margin_trading",
    )
)


def _decode_dict_of_list_of_OrderResult(value: Any) -> dict[str, list[m.OrderResult]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_OrderResult(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_OrderResult(value: Any) -> list[m.OrderResult]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order_result(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order_result) from None


def structure_spot_order_request(data: Any) -> m.SpotOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SpotOrderRequest)
    count = len(data)
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    try:
        value = data["side"]
    except KeyError:
        raise DecodeError("required field is missing", ("side",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.side = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("side")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    value = data.get("client_oid", _MISSING)
    if value.__class__ is str:
        obj.client_oid = value
    elif value is _MISSING:
        obj.client_oid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_oid")
    value = data.get("order_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    elif value is _MISSING:
        obj.order_type = None
        count += 1
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
    value = data.get("price", _MISSING)
    if value is _MISSING:
        obj.price = None
        count += 1
    else:
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    value = data.get("size", _MISSING)
    if value is _MISSING:
        obj.size = None
        count += 1
    else:
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    value = data.get("notional", _MISSING)
    if value is _MISSING:
        obj.notional = None
        count += 1
    else:
        try:
            obj.notional = _decimal(value)
        except DecodeError as error:
            raise error.at("notional") from None
    value = data.get("margin_trading", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_1_2:
        obj.margin_trading = value
    elif value is _MISSING:
        obj.margin_trading = None
        count += 1
    else:
        raise _not_one_of("'1', '2'", value).at("margin_trading")
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_SPOT_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_spot_order_request(obj: m.SpotOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id, "side": obj.side}
    value: Any
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _decimal_text(value)
    value = obj.margin_trading
    if value is not None:
        data["margin_trading"] = value
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SpotOrderRequest: structure_spot_order_request,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SpotOrderRequest: unstructure_spot_order_request,
}
