"""Decoders and encoders of the models of the ``list_algo_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _decimal, _decimal_text, _expected, _first_match, _locate_item_error, _new
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
    if count == 20:
        try:
            v_algo_id = data["algo_id"]
            v_instrument_id = data["instrument_id"]
            v_order_type = data["order_type"]
            v_type = data["type"]
            v_status = data["status"]
            v_size = data["size"]
            v_trigger_price = data["trigger_price"]
            v_algo_price = data["algo_price"]
            v_real_amount = data["real_amount"]
            v_callback_rate = data["callback_rate"]
            v_algo_variance = data["algo_variance"]
            v_avg_amount = data["avg_amount"]
            v_limit_price = data["limit_price"]
            v_deal_value = data["deal_value"]
            v_sweep_range = data["sweep_range"]
            v_sweep_ratio = data["sweep_ratio"]
            v_single_limit = data["single_limit"]
            v_time_interval = data["time_interval"]
            v_timestamp = data["timestamp"]
            v_rejected_at = data["rejected_at"]
        except KeyError:
            pass
        else:
            if (
                (v_algo_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_type.__class__ is str)
                and (v_status.__class__ is str)
                and (v_time_interval.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_rejected_at.__class__ is str)
            ):
                obj.algo_id = v_algo_id
                obj.instrument_id = v_instrument_id
                obj.order_type = v_order_type
                obj.type = v_type
                obj.status = v_status
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.trigger_price = _decimal(v_trigger_price)
                except DecodeError as error:
                    raise error.at("trigger_price") from None
                try:
                    obj.algo_price = _decimal(v_algo_price)
                except DecodeError as error:
                    raise error.at("algo_price") from None
                try:
                    obj.real_amount = _decimal(v_real_amount)
                except DecodeError as error:
                    raise error.at("real_amount") from None
                try:
                    obj.callback_rate = _decimal(v_callback_rate)
                except DecodeError as error:
                    raise error.at("callback_rate") from None
                try:
                    obj.algo_variance = _decimal(v_algo_variance)
                except DecodeError as error:
                    raise error.at("algo_variance") from None
                try:
                    obj.avg_amount = _decimal(v_avg_amount)
                except DecodeError as error:
                    raise error.at("avg_amount") from None
                try:
                    obj.limit_price = _decimal(v_limit_price)
                except DecodeError as error:
                    raise error.at("limit_price") from None
                try:
                    obj.deal_value = _decimal(v_deal_value)
                except DecodeError as error:
                    raise error.at("deal_value") from None
                try:
                    obj.sweep_range = _decimal(v_sweep_range)
                except DecodeError as error:
                    raise error.at("sweep_range") from None
                try:
                    obj.sweep_ratio = _decimal(v_sweep_ratio)
                except DecodeError as error:
                    raise error.at("sweep_ratio") from None
                try:
                    obj.single_limit = _decimal(v_single_limit)
                except DecodeError as error:
                    raise error.at("single_limit") from None
                obj.time_interval = v_time_interval
                obj.timestamp = v_timestamp
                obj.rejected_at = v_rejected_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["algo_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("algo_id",)) from None
    if value.__class__ is str:
        obj.algo_id = value
    else:
        raise _expected("a string", value).at("algo_id")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "trigger_price" not in data:
        obj.trigger_price = None
        count += 1
    else:
        value = data["trigger_price"]
        try:
            obj.trigger_price = _decimal(value)
        except DecodeError as error:
            raise error.at("trigger_price") from None
    if "algo_price" not in data:
        obj.algo_price = None
        count += 1
    else:
        value = data["algo_price"]
        try:
            obj.algo_price = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_price") from None
    if "real_amount" not in data:
        obj.real_amount = None
        count += 1
    else:
        value = data["real_amount"]
        try:
            obj.real_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("real_amount") from None
    if "callback_rate" not in data:
        obj.callback_rate = None
        count += 1
    else:
        value = data["callback_rate"]
        try:
            obj.callback_rate = _decimal(value)
        except DecodeError as error:
            raise error.at("callback_rate") from None
    if "algo_variance" not in data:
        obj.algo_variance = None
        count += 1
    else:
        value = data["algo_variance"]
        try:
            obj.algo_variance = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_variance") from None
    if "avg_amount" not in data:
        obj.avg_amount = None
        count += 1
    else:
        value = data["avg_amount"]
        try:
            obj.avg_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("avg_amount") from None
    if "limit_price" not in data:
        obj.limit_price = None
        count += 1
    else:
        value = data["limit_price"]
        try:
            obj.limit_price = _decimal(value)
        except DecodeError as error:
            raise error.at("limit_price") from None
    if "deal_value" not in data:
        obj.deal_value = None
        count += 1
    else:
        value = data["deal_value"]
        try:
            obj.deal_value = _decimal(value)
        except DecodeError as error:
            raise error.at("deal_value") from None
    if "sweep_range" not in data:
        obj.sweep_range = None
        count += 1
    else:
        value = data["sweep_range"]
        try:
            obj.sweep_range = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_range") from None
    if "sweep_ratio" not in data:
        obj.sweep_ratio = None
        count += 1
    else:
        value = data["sweep_ratio"]
        try:
            obj.sweep_ratio = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_ratio") from None
    if "single_limit" not in data:
        obj.single_limit = None
        count += 1
    else:
        value = data["single_limit"]
        try:
            obj.single_limit = _decimal(value)
        except DecodeError as error:
            raise error.at("single_limit") from None
    if "time_interval" not in data:
        obj.time_interval = None
        count += 1
    elif (value := data["time_interval"]).__class__ is str:
        obj.time_interval = value
    else:
        raise _expected("a string", value).at("time_interval")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "rejected_at" not in data:
        obj.rejected_at = None
        count += 1
    elif (value := data["rejected_at"]).__class__ is str:
        obj.rejected_at = value
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
