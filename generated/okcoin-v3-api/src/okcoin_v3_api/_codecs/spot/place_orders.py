"""Decoders and encoders of the models of the ``place_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
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
    if count == 9:
        try:
            v_instrument_id = data["instrument_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_client_oid = data["client_oid"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_margin_trading = data["margin_trading"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_side.__class__ is _STR and v_side in _ALLOWED_buy_sell)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_limit_market)
                and (v_client_oid.__class__ is str)
                and (v_order_type.__class__ is _STR and v_order_type in _ALLOWED_0_1_2_3)
                and (v_margin_trading.__class__ is _STR and v_margin_trading in _ALLOWED_1_2)
            ):
                obj.instrument_id = v_instrument_id
                obj.side = v_side
                obj.type = v_type
                obj.client_oid = v_client_oid
                obj.order_type = v_order_type
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decimal(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                obj.margin_trading = v_margin_trading
                return obj
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
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
        try:
            obj.notional = _decimal(value)
        except DecodeError as error:
            raise error.at("notional") from None
    if "margin_trading" not in data:
        obj.margin_trading = None
        count += 1
    elif (value := data["margin_trading"]).__class__ is _STR and value in _ALLOWED_1_2:
        obj.margin_trading = value
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
