"""Decoders and encoders of the models of the ``get_candles`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ... import models as m
from ..._codec import (
    _decimal,
    _decimal_text,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _wrong_length,
)
from ...errors import DecodeError

_KEYS_CANDLE_OBJECT = frozenset(
    (
        "time",
        "open",
        "high",
        "low",
        "close",
        "volume",
    )
)


def _decode_list_of_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
    value: Any,
) -> list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject,
        ) from None


def _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal(
    value: Any,
) -> tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    if len(value) != 6:
        raise _wrong_length(6, value)
    item0, item1, item2, item3, item4, item5 = value
    try:
        if item0.__class__ is not str:
            raise _expected("a string", item0)
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
    try:
        item3 = _decimal(item3)
    except DecodeError as error:
        raise error.at(3) from None
    try:
        item4 = _decimal(item4)
    except DecodeError as error:
        raise error.at(4) from None
    try:
        item5 = _decimal(item5)
    except DecodeError as error:
        raise error.at(5) from None
    result: tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] = (
        item0,
        item1,
        item2,
        item3,
        item4,
        item5,
    )
    return result


def _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
    value: Any,
) -> tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject:
    result: tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject = _first_match(
        value,
        (
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal,
            structure_candle_object,
        ),
    )
    return result


def structure_candle_object(data: Any) -> m.CandleObject:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CandleObject)
    count = len(data)
    if count == 6:
        try:
            v_time = data["time"]
            v_open = data["open"]
            v_high = data["high"]
            v_low = data["low"]
            v_close = data["close"]
            v_volume = data["volume"]
        except KeyError:
            pass
        else:
            if v_time.__class__ is str:
                obj.time = v_time
                try:
                    obj.open = _decimal(v_open)
                except DecodeError as error:
                    raise error.at("open") from None
                try:
                    obj.high = _decimal(v_high)
                except DecodeError as error:
                    raise error.at("high") from None
                try:
                    obj.low = _decimal(v_low)
                except DecodeError as error:
                    raise error.at("low") from None
                try:
                    obj.close = _decimal(v_close)
                except DecodeError as error:
                    raise error.at("close") from None
                try:
                    obj.volume = _decimal(v_volume)
                except DecodeError as error:
                    raise error.at("volume") from None
                obj.extra_fields = {}
                return obj
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is str:
        obj.time = value
    else:
        raise _expected("a string", value).at("time")
    if "open" not in data:
        obj.open = None
        count += 1
    else:
        value = data["open"]
        try:
            obj.open = _decimal(value)
        except DecodeError as error:
            raise error.at("open") from None
    if "high" not in data:
        obj.high = None
        count += 1
    else:
        value = data["high"]
        try:
            obj.high = _decimal(value)
        except DecodeError as error:
            raise error.at("high") from None
    if "low" not in data:
        obj.low = None
        count += 1
    else:
        value = data["low"]
        try:
            obj.low = _decimal(value)
        except DecodeError as error:
            raise error.at("low") from None
    if "close" not in data:
        obj.close = None
        count += 1
    else:
        value = data["close"]
        try:
            obj.close = _decimal(value)
        except DecodeError as error:
            raise error.at("close") from None
    if "volume" not in data:
        obj.volume = None
        count += 1
    else:
        value = data["volume"]
        try:
            obj.volume = _decimal(value)
        except DecodeError as error:
            raise error.at("volume") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CANDLE_OBJECT}
    return obj


def unstructure_candle_object(obj: m.CandleObject) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.open
    if value is not None:
        data["open"] = _decimal_text(value)
    value = obj.high
    if value is not None:
        data["high"] = _decimal_text(value)
    value = obj.low
    if value is not None:
        data["low"] = _decimal_text(value)
    value = obj.close
    if value is not None:
        data["close"] = _decimal_text(value)
    value = obj.volume
    if value is not None:
        data["volume"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CandleObject: structure_candle_object,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CandleObject: unstructure_candle_object,
}
