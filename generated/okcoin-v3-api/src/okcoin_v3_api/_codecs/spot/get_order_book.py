"""Decoders and encoders of the models of the ``get_order_book`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ... import models as m
from ..._codec import _decimal, _decimal_text, _expected, _locate_item_error, _new, _wrong_length
from ...errors import DecodeError

_KEYS_ORDER_BOOK = frozenset(
    (
        "asks",
        "bids",
        "timestamp",
    )
)


def _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(
    value: Any,
) -> list[tuple[Decimal, Decimal, Decimal]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_tuple_of_decimal_and_decimal_and_decimal(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_tuple_of_decimal_and_decimal_and_decimal) from None


def _decode_tuple_of_decimal_and_decimal_and_decimal(
    value: Any,
) -> tuple[Decimal, Decimal, Decimal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    if len(value) != 3:
        raise _wrong_length(3, value)
    item0, item1, item2 = value
    try:
        item0 = _decimal(item0)
    except DecodeError as error:
        raise error.at(0) from None
    try:
        item1 = _decimal(item1)
    except DecodeError as error:
        raise error.at(1) from None
    try:
        item2 = _decimal(item2)
    except DecodeError as error:
        raise error.at(2) from None
    result: tuple[Decimal, Decimal, Decimal] = (item0, item1, item2)
    return result


def structure_order_book(data: Any) -> m.OrderBook:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OrderBook)
    count = len(data)
    if count == 3:
        try:
            v_asks = data["asks"]
            v_bids = data["bids"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if v_timestamp.__class__ is str:
                try:
                    obj.asks = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(v_asks)
                except DecodeError as error:
                    raise error.at("asks") from None
                try:
                    obj.bids = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(v_bids)
                except DecodeError as error:
                    raise error.at("bids") from None
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["asks"]
    except KeyError:
        raise DecodeError("required field is missing", ("asks",)) from None
    try:
        obj.asks = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(value)
    except DecodeError as error:
        raise error.at("asks") from None
    try:
        value = data["bids"]
    except KeyError:
        raise DecodeError("required field is missing", ("bids",)) from None
    try:
        obj.bids = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(value)
    except DecodeError as error:
        raise error.at("bids") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER_BOOK}
    return obj


def unstructure_order_book(obj: m.OrderBook) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "asks": [
            [_decimal_text(item[0]), _decimal_text(item[1]), _decimal_text(item[2])]
            for item in obj.asks
        ],
        "bids": [
            [_decimal_text(item[0]), _decimal_text(item[1]), _decimal_text(item[2])]
            for item in obj.bids
        ],
    }
    value: Any
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.OrderBook: structure_order_book,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.OrderBook: unstructure_order_book,
}
