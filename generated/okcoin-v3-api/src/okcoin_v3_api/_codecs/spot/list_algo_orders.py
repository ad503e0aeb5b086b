"""Decoders and encoders of the models of the ``list_algo_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _MISSING,
    _decimal,
    _decimal_text,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
)
from ...errors import DecodeError

_KEYS_ALGO_ORDER = frozenset(
    (
        "algo_id",
        "instrument_id",
        "order_type",
        "type",
        "status",
        "size",
        "trigger_price",
        "algo_price",
        "real_amount",
        "callback_rate",
        "algo_variance",
        "avg_amount",
        "limit_price",
        "deal_value",
        "sweep_range",
        "sweep_ratio",
        "single_limit",
        "time_interval",
        "timestamp",
        "rejected_at",
    )
)


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result


def _decode_list_of_AlgoOrder(value: Any) -> list[m.AlgoOrder]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_algo_order(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_algo_order) from None


def _decode_list_of_AlgoOrder_or_dict_of_any(value: Any) -> list[m.AlgoOrder] | dict[str, Any]:
    result: list[m.AlgoOrder] | dict[str, Any] = _first_match(
        value,
        (
            _decode_list_of_AlgoOrder,
            _decode_dict_of_any,
        ),
    )
    return result


def structure_algo_order(data: Any) -> m.AlgoOrder:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AlgoOrder)
    count = len(data)
    try:
        value = data["algo_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("algo_id",)) from None
    if value.__class__ is str:
        obj.algo_id = value
    else:
        raise _expected("a string", value).at("algo_id")
    value = data.get("instrument_id", _MISSING)
    if value.__class__ is str:
        obj.instrument_id = value
    elif value is _MISSING:
        obj.instrument_id = None
        count += 1
    else:
        raise _expected("a string", value).at("instrument_id")
    value = data.get("order_type", _MISSING)
    if value.__class__ is str:
        obj.order_type = value
    elif value is _MISSING:
        obj.order_type = None
        count += 1
    else:
        raise _expected("a string", value).at("order_type")
    value = data.get("type", _MISSING)
    if value.__class__ is str:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _expected("a string", value).at("type")
    value = data.get("status", _MISSING)
    if value.__class__ is str:
        obj.status = value
    elif value is _MISSING:
        obj.status = None
        count += 1
    else:
        raise _expected("a string", value).at("status")
    value = data.get("size", _MISSING)
    if value is _MISSING:
        obj.size = None
        count += 1
    else:
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    value = data.get("trigger_price", _MISSING)
    if value is _MISSING:
        obj.trigger_price = None
        count += 1
    else:
        try:
            obj.trigger_price = _decimal(value)
        except DecodeError as error:
            raise error.at("trigger_price") from None
    value = data.get("algo_price", _MISSING)
    if value is _MISSING:
        obj.algo_price = None
        count += 1
    else:
        try:
            obj.algo_price = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_price") from None
    value = data.get("real_amount", _MISSING)
    if value is _MISSING:
        obj.real_amount = None
        count += 1
    else:
        try:
            obj.real_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("real_amount") from None
    value = data.get("callback_rate", _MISSING)
    if value is _MISSING:
        obj.callback_rate = None
        count += 1
    else:
        try:
            obj.callback_rate = _decimal(value)
        except DecodeError as error:
            raise error.at("callback_rate") from None
    value = data.get("algo_variance", _MISSING)
    if value is _MISSING:
        obj.algo_variance = None
        count += 1
    else:
        try:
            obj.algo_variance = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_variance") from None
    value = data.get("avg_amount", _MISSING)
    if value is _MISSING:
        obj.avg_amount = None
        count += 1
    else:
        try:
            obj.avg_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("avg_amount") from None
    value = data.get("limit_price", _MISSING)
    if value is _MISSING:
        obj.limit_price = None
        count += 1
    else:
        try:
            obj.limit_price = _decimal(value)
        except DecodeError as error:
            raise error.at("limit_price") from None
    value = data.get("deal_value", _MISSING)
    if value is _MISSING:
        obj.deal_value = None
        count += 1
    else:
        try:
            obj.deal_value = _decimal(value)
        except DecodeError as error:
            raise error.at("deal_value") from None
    value = data.get("sweep_range", _MISSING)
    if value is _MISSING:
        obj.sweep_range = None
        count += 1
    else:
        try:
            obj.sweep_range = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_range") from None
    value = data.get("sweep_ratio", _MISSING)
    if value is _MISSING:
        obj.sweep_ratio = None
        count += 1
    else:
        try:
            obj.sweep_ratio = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_ratio") from None
    value = data.get("single_limit", _MISSING)
    if value is _MISSING:
        obj.single_limit = None
        count += 1
    else:
        try:
            obj.single_limit = _decimal(value)
        except DecodeError as error:
            raise error.at("single_limit") from None
    value = data.get("time_interval", _MISSING)
    if value.__class__ is str:
        obj.time_interval = value
    elif value is _MISSING:
        obj.time_interval = None
        count += 1
    else:
        raise _expected("a string", value).at("time_interval")
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
    else:
        raise _expected("a string", value).at("timestamp")
    value = data.get("rejected_at", _MISSING)
    if value.__class__ is str:
        obj.rejected_at = value
    elif value is _MISSING:
        obj.rejected_at = None
        count += 1
    else:
        raise _expected("a string", value).at("rejected_at")
    if count == 20:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ALGO_ORDER}
    return obj


def unstructure_algo_order(obj: m.AlgoOrder) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"algo_id": obj.algo_id}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.trigger_price
    if value is not None:
        data["trigger_price"] = _decimal_text(value)
    value = obj.algo_price
    if value is not None:
        data["algo_price"] = _decimal_text(value)
    value = obj.real_amount
    if value is not None:
        data["real_amount"] = _decimal_text(value)
    value = obj.callback_rate
    if value is not None:
        data["callback_rate"] = _decimal_text(value)
    value = obj.algo_variance
    if value is not None:
        data["algo_variance"] = _decimal_text(value)
    value = obj.avg_amount
    if value is not None:
        data["avg_amount"] = _decimal_text(value)
    value = obj.limit_price
    if value is not None:
        data["limit_price"] = _decimal_text(value)
    value = obj.deal_value
    if value is not None:
        data["deal_value"] = _decimal_text(value)
    value = obj.sweep_range
    if value is not None:
        data["sweep_range"] = _decimal_text(value)
    value = obj.sweep_ratio
    if value is not None:
        data["sweep_ratio"] = _decimal_text(value)
    value = obj.single_limit
    if value is not None:
        data["single_limit"] = _decimal_text(value)
    value = obj.time_interval
    if value is not None:
        data["time_interval"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.rejected_at
    if value is not None:
        data["rejected_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AlgoOrder: structure_algo_order,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AlgoOrder: unstructure_algo_order,
}
