"""Decoders and encoders of the models of the ``list_trades`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _decimal, _decimal_text, _expected, _locate_item_error, _new
from ...errors import DecodeError

_KEYS_TRADE = frozenset(
    (
        "trade_id",
        "price",
        "size",
        "side",
        "time",
        "timestamp",
    )
)


def _decode_list_of_Trade(value: Any) -> list[m.Trade]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_trade(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_trade) from None


def structure_trade(data: Any) -> m.Trade:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Trade)
    count = len(data)
    if count == 6:
        try:
            v_trade_id = data["trade_id"]
            v_price = data["price"]
            v_size = data["size"]
            v_side = data["side"]
            v_time = data["time"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_trade_id.__class__ is str)
                and (v_side.__class__ is str)
                and (v_time.__class__ is str)
                and (v_timestamp.__class__ is str)
            ):
                obj.trade_id = v_trade_id
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                obj.side = v_side
                obj.time = v_time
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["trade_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("trade_id",)) from None
    if value.__class__ is str:
        obj.trade_id = value
    else:
        raise _expected("a string", value).at("trade_id")
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
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is str:
        obj.time = value
    else:
        raise _expected("a string", value).at("time")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TRADE}
    return obj


def unstructure_trade(obj: m.Trade) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trade_id": obj.trade_id}
    value: Any
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Trade: structure_trade,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Trade: unstructure_trade,
}
