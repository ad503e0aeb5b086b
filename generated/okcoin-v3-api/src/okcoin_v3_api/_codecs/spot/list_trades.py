"""Decoders and encoders of the models of the ``list_trades`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _MISSING, _decimal, _decimal_text, _expected, _locate_item_error, _new
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
    try:
        value = data["trade_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("trade_id",)) from None
    if value.__class__ is str:
        obj.trade_id = value
    else:
        raise _expected("a string", value).at("trade_id")
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
    value = data.get("side", _MISSING)
    if value.__class__ is str:
        obj.side = value
    elif value is _MISSING:
        obj.side = None
        count += 1
    else:
        raise _expected("a string", value).at("side")
    value = data.get("time", _MISSING)
    if value.__class__ is str:
        obj.time = value
    elif value is _MISSING:
        obj.time = None
        count += 1
    else:
        raise _expected("a string", value).at("time")
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
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
