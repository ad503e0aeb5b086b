"""Decoders and encoders of the models of the ``ticks_history`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    try:
        value = data["ticks_history"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks_history",)) from None
    if value.__class__ is str:
        obj.ticks_history = value
    else:
        raise _expected("a string", value).at("ticks_history")
    value = data.get("adjust_start_time", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.adjust_start_time = value
    elif value is _MISSING:
        obj.adjust_start_time = None
        count += 1
    else:
        raise _not_one_of("1", value).at("adjust_start_time")
    value = data.get("count", _MISSING)
    if value.__class__ is int:
        obj.count = value
    elif value is _MISSING:
        obj.count = None
        count += 1
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
    value = data.get("granularity", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_120_14400_180_and_9_more:
        obj.granularity = value
    elif value is _MISSING:
        obj.granularity = None
        count += 1
    else:
        raise _not_one_of(
            "60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400", value
        ).at("granularity")
    value = data.get("start", _MISSING)
    if value.__class__ is int:
        obj.start = value
    elif value is _MISSING:
        obj.start = None
        count += 1
    else:
        raise _expected("an integer", value).at("start")
    value = data.get("style", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_candles_ticks:
        obj.style = value
    elif value is _MISSING:
        obj.style = None
        count += 1
    else:
        raise _not_one_of("'candles', 'ticks'", value).at("style")
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
    else:
        raise _not_one_of("1", value).at("subscribe")
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
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
    value = data.get("candles", _MISSING)
    if value is _MISSING:
        obj.candles = None
        count += 1
    else:
        try:
            obj.candles = _decode_list_of_TicksHistoryResponseCandlesItem(value)
        except DecodeError as error:
            raise error.at("candles") from None
    value = data.get("history", _MISSING)
    if value is _MISSING:
        obj.history = None
        count += 1
    else:
        try:
            obj.history = structure_ticks_history_response_history(value)
        except DecodeError as error:
            raise error.at("history") from None
    value = data.get("pip_size", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.pip_size = value
    elif value is _MISSING:
        obj.pip_size = None
        count += 1
    else:
        raise _expected("a number", value).at("pip_size")
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
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
    value = data.get("close", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.close = value
    elif value is _MISSING:
        obj.close = None
        count += 1
    else:
        raise _expected("a number", value).at("close")
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("high", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.high = value
    elif value is _MISSING:
        obj.high = None
        count += 1
    else:
        raise _expected("a number", value).at("high")
    value = data.get("low", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.low = value
    elif value is _MISSING:
        obj.low = None
        count += 1
    else:
        raise _expected("a number", value).at("low")
    value = data.get("open", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.open = value
    elif value is _MISSING:
        obj.open = None
        count += 1
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
    value = data.get("prices", _MISSING)
    if value is _MISSING:
        obj.prices = None
        count += 1
    else:
        try:
            obj.prices = _decode_list_of_float(value)
        except DecodeError as error:
            raise error.at("prices") from None
    value = data.get("times", _MISSING)
    if value is _MISSING:
        obj.times = None
        count += 1
    else:
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
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if len(data) == 1:
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
