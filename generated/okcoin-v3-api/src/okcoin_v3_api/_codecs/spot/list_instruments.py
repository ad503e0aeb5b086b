"""Decoders and encoders of the models of the ``list_instruments`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _MISSING, _decimal, _decimal_text, _expected, _locate_item_error, _new
from ...errors import DecodeError

_KEYS_INSTRUMENT = frozenset(
    (
        "instrument_id",
        "product_id",
        "base_currency",
        "quote_currency",
        "min_size",
        "size_increment",
        "tick_size",
        "base_min_size",
        "base_increment",
        "quote_increment",
    )
)


def _decode_list_of_Instrument(value: Any) -> list[m.Instrument]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_instrument(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_instrument) from None


def structure_instrument(data: Any) -> m.Instrument:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Instrument)
    count = len(data)
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    value = data.get("product_id", _MISSING)
    if value.__class__ is str:
        obj.product_id = value
    elif value is _MISSING:
        obj.product_id = None
        count += 1
    else:
        raise _expected("a string", value).at("product_id")
    value = data.get("base_currency", _MISSING)
    if value.__class__ is str:
        obj.base_currency = value
    elif value is _MISSING:
        obj.base_currency = None
        count += 1
    else:
        raise _expected("a string", value).at("base_currency")
    value = data.get("quote_currency", _MISSING)
    if value.__class__ is str:
        obj.quote_currency = value
    elif value is _MISSING:
        obj.quote_currency = None
        count += 1
    else:
        raise _expected("a string", value).at("quote_currency")
    value = data.get("min_size", _MISSING)
    if value is _MISSING:
        obj.min_size = None
        count += 1
    else:
        try:
            obj.min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("min_size") from None
    value = data.get("size_increment", _MISSING)
    if value is _MISSING:
        obj.size_increment = None
        count += 1
    else:
        try:
            obj.size_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("size_increment") from None
    value = data.get("tick_size", _MISSING)
    if value is _MISSING:
        obj.tick_size = None
        count += 1
    else:
        try:
            obj.tick_size = _decimal(value)
        except DecodeError as error:
            raise error.at("tick_size") from None
    value = data.get("base_min_size", _MISSING)
    if value is _MISSING:
        obj.base_min_size = None
        count += 1
    else:
        try:
            obj.base_min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("base_min_size") from None
    value = data.get("base_increment", _MISSING)
    if value is _MISSING:
        obj.base_increment = None
        count += 1
    else:
        try:
            obj.base_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("base_increment") from None
    value = data.get("quote_increment", _MISSING)
    if value is _MISSING:
        obj.quote_increment = None
        count += 1
    else:
        try:
            obj.quote_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("quote_increment") from None
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_INSTRUMENT}
    return obj


def unstructure_instrument(obj: m.Instrument) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.base_currency
    if value is not None:
        data["base_currency"] = value
    value = obj.quote_currency
    if value is not None:
        data["quote_currency"] = value
    value = obj.min_size
    if value is not None:
        data["min_size"] = _decimal_text(value)
    value = obj.size_increment
    if value is not None:
        data["size_increment"] = _decimal_text(value)
    value = obj.tick_size
    if value is not None:
        data["tick_size"] = _decimal_text(value)
    value = obj.base_min_size
    if value is not None:
        data["base_min_size"] = _decimal_text(value)
    value = obj.base_increment
    if value is not None:
        data["base_increment"] = _decimal_text(value)
    value = obj.quote_increment
    if value is not None:
        data["quote_increment"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Instrument: structure_instrument,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Instrument: unstructure_instrument,
}
