"""Decoders and encoders of the models of the ``ticks_history`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_120_14400_180_and_9_more = frozenset(
    {120, 14400, 180, 1800, 28800, 300, 3600, 60, 600, 7200, 86400, 900}
)


_ALLOWED_candles_history_ohlc_tick = frozenset({"candles", "history", "ohlc", "tick"})


_ALLOWED_candles_ticks = frozenset({"candles", "ticks"})


_KEYS_TICKS_HISTORY_REQUEST = frozenset(
    (
        "ticks_history",
        "adjust_start_time",
        "count",
        "end",
        "granularity",
        "start",
        "style",
        "subscribe",
        "passthrough",
        "req_id",
    )
)


_KEYS_TICKS_HISTORY_RESPONSE = frozenset(
    (
        "candles",
        "history",
        "pip_size",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TICKS_HISTORY_RESPONSE_CANDLES_ITEM = frozenset(
    (
        "close",
        "epoch",
        "high",
        "low",
        "open",
    )
)


_KEYS_TICKS_HISTORY_RESPONSE_HISTORY = frozenset(
    (
        "prices",
        "times",
    )
)


_KEYS_TICKS_HISTORY_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_list_of_TicksHistoryResponseCandlesItem(
    value: Any,
) -> list[m.TicksHistoryResponseCandlesItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ticks_history_response_candles_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ticks_history_response_candles_item) from None


def _decode_list_of_float(value: Any) -> list[float]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not float and item.__class__ is not int:
                raise _expected("a number", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[float] = value
    return result


def _decode_list_of_int(value: Any) -> list[int]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not int:
                raise _expected("an integer", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[int] = value
    return result


def structure_ticks_history_request(data: Any) -> m.TicksHistoryRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksHistoryRequest)
    count = len(data)
    if count == 10:
        try:
            v_ticks_history = data["ticks_history"]
            v_adjust_start_time = data["adjust_start_time"]
            v_count = data["count"]
            v_end = data["end"]
            v_granularity = data["granularity"]
            v_start = data["start"]
            v_style = data["style"]
            v_subscribe = data["subscribe"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_ticks_history.__class__ is str)
                and (v_adjust_start_time.__class__ is _INT and v_adjust_start_time in _ALLOWED_1)
                and (v_count.__class__ is int)
                and (v_end.__class__ is str)
                and (
                    v_granularity.__class__ is _INT
                    and v_granularity in _ALLOWED_120_14400_180_and_9_more
                )
                and (v_start.__class__ is int)
                and (v_style.__class__ is _STR and v_style in _ALLOWED_candles_ticks)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.ticks_history = v_ticks_history
                obj.adjust_start_time = v_adjust_start_time
                obj.count = v_count
                obj.end = v_end
                obj.granularity = v_granularity
                obj.start = v_start
                obj.style = v_style
                obj.subscribe = v_subscribe
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["ticks_history"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks_history",)) from None
    if value.__class__ is str:
        obj.ticks_history = value
    else:
        raise _expected("a string", value).at("ticks_history")
    if "adjust_start_time" not in data:
        obj.adjust_start_time = None
        count += 1
    elif (value := data["adjust_start_time"]).__class__ is _INT and value in _ALLOWED_1:
        obj.adjust_start_time = value
    else:
        raise _not_one_of("1", value).at("adjust_start_time")
    if "count" not in data:
        obj.count = None
        count += 1
    elif (value := data["count"]).__class__ is int:
        obj.count = value
    else:
        raise _expected("an integer", value).at("count")
    try:
        value = data["end"]
    except KeyError:
        raise DecodeError("required field is missing", ("end",)) from None
    if value.__class__ is str:
        obj.end = value
    else:
        raise _expected("a string", value).at("end")
    if "granularity" not in data:
        obj.granularity = None
        count += 1
    elif (
        value := data["granularity"]
    ).__class__ is _INT and value in _ALLOWED_120_14400_180_and_9_more:
        obj.granularity = value
    else:
        raise _not_one_of(
            "60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400", value
        ).at("granularity")
    if "start" not in data:
        obj.start = None
        count += 1
    elif (value := data["start"]).__class__ is int:
        obj.start = value
    else:
        raise _expected("an integer", value).at("start")
    if "style" not in data:
        obj.style = None
        count += 1
    elif (value := data["style"]).__class__ is _STR and value in _ALLOWED_candles_ticks:
        obj.style = value
    else:
        raise _not_one_of("'candles', 'ticks'", value).at("style")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
    else:
        raise _expected("an object", value).at("passthrough")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count != 10:
        unknown = sorted(key for key in data if key not in _KEYS_TICKS_HISTORY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ticks_history_request(obj: m.TicksHistoryRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ticks_history": obj.ticks_history, "end": obj.end}
    value: Any
    value = obj.adjust_start_time
    if value is not None:
        data["adjust_start_time"] = value
    value = obj.count
    if value is not None:
        data["count"] = value
    value = obj.granularity
    if value is not None:
        data["granularity"] = value
    value = obj.start
    if value is not None:
        data["start"] = value
    value = obj.style
    if value is not None:
        data["style"] = value
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ticks_history_response(data: Any) -> m.TicksHistoryResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksHistoryResponse)
    count = len(data)
    if count == 7:
        try:
            v_candles = data["candles"]
            v_history = data["history"]
            v_pip_size = data["pip_size"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_pip_size.__class__) is float or kind is int)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_candles_history_ohlc_tick
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.candles = _decode_list_of_TicksHistoryResponseCandlesItem(v_candles)
                except DecodeError as error:
                    raise error.at("candles") from None
                try:
                    obj.history = structure_ticks_history_response_history(v_history)
                except DecodeError as error:
                    raise error.at("history") from None
                obj.pip_size = v_pip_size
                try:
                    obj.subscription = structure_ticks_history_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "candles" not in data:
        obj.candles = None
        count += 1
    else:
        value = data["candles"]
        try:
            obj.candles = _decode_list_of_TicksHistoryResponseCandlesItem(value)
        except DecodeError as error:
            raise error.at("candles") from None
    if "history" not in data:
        obj.history = None
        count += 1
    else:
        value = data["history"]
        try:
            obj.history = structure_ticks_history_response_history(value)
        except DecodeError as error:
            raise error.at("history") from None
    if "pip_size" not in data:
        obj.pip_size = None
        count += 1
    elif (kind := (value := data["pip_size"]).__class__) is float or kind is int:
        obj.pip_size = value
    else:
        raise _expected("a number", value).at("pip_size")
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_ticks_history_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
    try:
        value = data["echo_req"]
    except KeyError:
        raise DecodeError("required field is missing", ("echo_req",)) from None
    if value.__class__ is dict:
        obj.echo_req = value
    else:
        raise _expected("an object", value).at("echo_req")
    try:
        value = data["msg_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("msg_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_candles_history_ohlc_tick:
        obj.msg_type = value
    else:
        raise _not_one_of("'history', 'tick', 'candles', 'ohlc'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_HISTORY_RESPONSE}
    return obj


def unstructure_ticks_history_response(obj: m.TicksHistoryResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.candles
    if value is not None:
        data["candles"] = [unstructure_ticks_history_response_candles_item(item) for item in value]
    value = obj.history
    if value is not None:
        data["history"] = unstructure_ticks_history_response_history(value)
    value = obj.pip_size
    if value is not None:
        data["pip_size"] = value
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_ticks_history_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_history_response_candles_item(data: Any) -> m.TicksHistoryResponseCandlesItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksHistoryResponseCandlesItem)
    count = len(data)
    if count == 5:
        try:
            v_close = data["close"]
            v_epoch = data["epoch"]
            v_high = data["high"]
            v_low = data["low"]
            v_open = data["open"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_close.__class__) is float or kind is int)
                and (v_epoch.__class__ is int)
                and ((kind := v_high.__class__) is float or kind is int)
                and ((kind := v_low.__class__) is float or kind is int)
                and ((kind := v_open.__class__) is float or kind is int)
            ):
                obj.close = v_close
                obj.epoch = v_epoch
                obj.high = v_high
                obj.low = v_low
                obj.open = v_open
                obj.extra_fields = {}
                return obj
    if "close" not in data:
        obj.close = None
        count += 1
    elif (kind := (value := data["close"]).__class__) is float or kind is int:
        obj.close = value
    else:
        raise _expected("a number", value).at("close")
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "high" not in data:
        obj.high = None
        count += 1
    elif (kind := (value := data["high"]).__class__) is float or kind is int:
        obj.high = value
    else:
        raise _expected("a number", value).at("high")
    if "low" not in data:
        obj.low = None
        count += 1
    elif (kind := (value := data["low"]).__class__) is float or kind is int:
        obj.low = value
    else:
        raise _expected("a number", value).at("low")
    if "open" not in data:
        obj.open = None
        count += 1
    elif (kind := (value := data["open"]).__class__) is float or kind is int:
        obj.open = value
    else:
        raise _expected("a number", value).at("open")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TICKS_HISTORY_RESPONSE_CANDLES_ITEM
        }
    return obj


def unstructure_ticks_history_response_candles_item(
    obj: m.TicksHistoryResponseCandlesItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.close
    if value is not None:
        data["close"] = value
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.high
    if value is not None:
        data["high"] = value
    value = obj.low
    if value is not None:
        data["low"] = value
    value = obj.open
    if value is not None:
        data["open"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_history_response_history(data: Any) -> m.TicksHistoryResponseHistory:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksHistoryResponseHistory)
    count = len(data)
    if count == 2:
        try:
            v_prices = data["prices"]
            v_times = data["times"]
        except KeyError:
            pass
        else:
            try:
                obj.prices = _decode_list_of_float(v_prices)
            except DecodeError as error:
                raise error.at("prices") from None
            try:
                obj.times = _decode_list_of_int(v_times)
            except DecodeError as error:
                raise error.at("times") from None
            obj.extra_fields = {}
            return obj
    if "prices" not in data:
        obj.prices = None
        count += 1
    else:
        value = data["prices"]
        try:
            obj.prices = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("prices") from None
    if "times" not in data:
        obj.times = None
        count += 1
    else:
        value = data["times"]
        try:
            obj.times = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("times") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TICKS_HISTORY_RESPONSE_HISTORY
        }
    return obj


def unstructure_ticks_history_response_history(
    obj: m.TicksHistoryResponseHistory,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.prices
    if value is not None:
        data["prices"] = value
    value = obj.times
    if value is not None:
        data["times"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_history_response_subscription(data: Any) -> m.TicksHistoryResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksHistoryResponseSubscription)
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TICKS_HISTORY_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_ticks_history_response_subscription(
    obj: m.TicksHistoryResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TicksHistoryRequest: structure_ticks_history_request,
    m.TicksHistoryResponse: structure_ticks_history_response,
    m.TicksHistoryResponseCandlesItem: structure_ticks_history_response_candles_item,
    m.TicksHistoryResponseHistory: structure_ticks_history_response_history,
    m.TicksHistoryResponseSubscription: structure_ticks_history_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TicksHistoryRequest: unstructure_ticks_history_request,
    m.TicksHistoryResponse: unstructure_ticks_history_response,
    m.TicksHistoryResponseCandlesItem: unstructure_ticks_history_response_candles_item,
    m.TicksHistoryResponseHistory: unstructure_ticks_history_response_history,
    m.TicksHistoryResponseSubscription: unstructure_ticks_history_response_subscription,
}
