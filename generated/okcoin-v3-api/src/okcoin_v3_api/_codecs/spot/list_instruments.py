"""Decoders and encoders of the models of the ``list_instruments`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _decimal, _decimal_text, _expected, _locate_item_error, _new
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
    if count == 10:
        try:
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_base_currency = data["base_currency"]
            v_quote_currency = data["quote_currency"]
            v_min_size = data["min_size"]
            v_size_increment = data["size_increment"]
            v_tick_size = data["tick_size"]
            v_base_min_size = data["base_min_size"]
            v_base_increment = data["base_increment"]
            v_quote_increment = data["quote_increment"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_base_currency.__class__ is str)
                and (v_quote_currency.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.base_currency = v_base_currency
                obj.quote_currency = v_quote_currency
                try:
                    obj.min_size = _decimal(v_min_size)
                except DecodeError as error:
                    raise error.at("min_size") from None
                try:
                    obj.size_increment = _decimal(v_size_increment)
                except DecodeError as error:
                    raise error.at("size_increment") from None
                try:
                    obj.tick_size = _decimal(v_tick_size)
                except DecodeError as error:
                    raise error.at("tick_size") from None
                try:
                    obj.base_min_size = _decimal(v_base_min_size)
                except DecodeError as error:
                    raise error.at("base_min_size") from None
                try:
                    obj.base_increment = _decimal(v_base_increment)
                except DecodeError as error:
                    raise error.at("base_increment") from None
                try:
                    obj.quote_increment = _decimal(v_quote_increment)
                except DecodeError as error:
                    raise error.at("quote_increment") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "base_currency" not in data:
        obj.base_currency = None
        count += 1
    elif (value := data["base_currency"]).__class__ is str:
        obj.base_currency = value
    else:
        raise _expected("a string", value).at("base_currency")
    if "quote_currency" not in data:
        obj.quote_currency = None
        count += 1
    elif (value := data["quote_currency"]).__class__ is str:
        obj.quote_currency = value
    else:
        raise _expected("a string", value).at("quote_currency")
    if "min_size" not in data:
        obj.min_size = None
        count += 1
    else:
        value = data["min_size"]
        try:
            obj.min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("min_size") from None
    if "size_increment" not in data:
        obj.size_increment = None
        count += 1
    else:
        value = data["size_increment"]
        try:
            obj.size_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("size_increment") from None
    if "tick_size" not in data:
        obj.tick_size = None
        count += 1
    else:
        value = data["tick_size"]
        try:
            obj.tick_size = _decimal(value)
        except DecodeError as error:
            raise error.at("tick_size") from None
    if "base_min_size" not in data:
        obj.base_min_size = None
        count += 1
    else:
        value = data["base_min_size"]
        try:
            obj.base_min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("base_min_size") from None
    if "base_increment" not in data:
        obj.base_increment = None
        count += 1
    else:
        value = data["base_increment"]
        try:
            obj.base_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("base_increment") from None
    if "quote_increment" not in data:
        obj.quote_increment = None
        count += 1
    else:
        value = data["quote_increment"]
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
