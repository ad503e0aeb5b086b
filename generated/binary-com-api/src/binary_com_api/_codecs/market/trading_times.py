"""Decoders and encoders of the models of the ``trading_times`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_Fri_Mon_Sat_and_4_more = frozenset({"Fri", "Mon", "Sat", "Sun", "Thu", "Tue", "Wed"})


_ALLOWED_trading_times = frozenset({"trading_times"})


_KEYS_TRADING_TIMES_REQUEST = frozenset(
    (
        "trading_times",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRADING_TIMES_RESPONSE = frozenset(
    (
        "trading_times",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES = frozenset(("markets",))


_KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM = frozenset(
    (
        "name",
        "submarkets",
    )
)


_KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM_SUBMARKETS_ITEM = frozenset(
    (
        "name",
        "symbols",
    )
)


_KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM_SUBMARKETS_ITEM_SYMBOLS_ITEM = frozenset(
    (
        "events",
        "name",
        "symbol",
        "times",
        "trading_days",
    )
)


def _decode_list_of_TradingTimesResponseTradingTimesMarketsItem(
    value: Any,
) -> list[m.TradingTimesResponseTradingTimesMarketsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_trading_times_response_trading_times_markets_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_times_response_trading_times_markets_item
        ) from None


def _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItem(
    value: Any,
) -> list[m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_times_response_trading_times_markets_item_submarkets_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_trading_times_response_trading_times_markets_item_submarkets_item
        ) from None


def _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem(
    value: Any,
) -> list[m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item,
        ) from None


def _decode_list_of_one_of_Fri_Mon_Sat_and_4_more(
    value: Any,
) -> list[Literal["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_Fri_Mon_Sat_and_4_more:
                raise _not_one_of("'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[Literal["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]] = value
    return result


def structure_trading_times_request(data: Any) -> m.TradingTimesRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesRequest)
    count = len(data)
    try:
        value = data["trading_times"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_times",)) from None
    if value.__class__ is str:
        obj.trading_times = value
    else:
        raise _expected("a string", value).at("trading_times")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_TRADING_TIMES_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_trading_times_request(obj: m.TradingTimesRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trading_times": obj.trading_times}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_trading_times_response(data: Any) -> m.TradingTimesResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesResponse)
    count = len(data)
    value = data.get("trading_times", _MISSING)
    if value is _MISSING:
        obj.trading_times = None
        count += 1
    else:
        try:
            obj.trading_times = structure_trading_times_response_trading_times(value)
        except DecodeError as error:
            raise error.at("trading_times") from None
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
    if value.__class__ is _STR and value in _ALLOWED_trading_times:
        obj.msg_type = value
    else:
        raise _not_one_of("'trading_times'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TRADING_TIMES_RESPONSE}
    return obj


def unstructure_trading_times_response(obj: m.TradingTimesResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.trading_times
    if value is not None:
        data["trading_times"] = unstructure_trading_times_response_trading_times(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_times_response_trading_times(data: Any) -> m.TradingTimesResponseTradingTimes:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesResponseTradingTimes)
    try:
        value = data["markets"]
    except KeyError:
        raise DecodeError("required field is missing", ("markets",)) from None
    try:
        obj.markets = _decode_list_of_TradingTimesResponseTradingTimesMarketsItem(value)
    except DecodeError as error:
        raise error.at("markets") from None
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES
        }
    return obj


def unstructure_trading_times_response_trading_times(
    obj: m.TradingTimesResponseTradingTimes,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "markets": [
            unstructure_trading_times_response_trading_times_markets_item(item)
            for item in obj.markets
        ]
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_times_response_trading_times_markets_item(
    data: Any,
) -> m.TradingTimesResponseTradingTimesMarketsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesResponseTradingTimesMarketsItem)
    count = len(data)
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    value = data.get("submarkets", _MISSING)
    if value is _MISSING:
        obj.submarkets = None
        count += 1
    else:
        try:
            obj.submarkets = (
                _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItem(value)
            )
        except DecodeError as error:
            raise error.at("submarkets") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM
        }
    return obj


def unstructure_trading_times_response_trading_times_markets_item(
    obj: m.TradingTimesResponseTradingTimesMarketsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"name": obj.name}
    value: Any
    value = obj.submarkets
    if value is not None:
        data["submarkets"] = [
            unstructure_trading_times_response_trading_times_markets_item_submarkets_item(item)
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_times_response_trading_times_markets_item_submarkets_item(
    data: Any,
) -> m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem)
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["symbols"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbols",)) from None
    try:
        obj.symbols = (
            _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem(
                value
            )
        )
    except DecodeError as error:
        raise error.at("symbols") from None
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM_SUBMARKETS_ITEM
        }
    return obj


def unstructure_trading_times_response_trading_times_markets_item_submarkets_item(
    obj: m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "name": obj.name,
        "symbols": [
            unstructure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item(
                item
            )
            for item in obj.symbols
        ],
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item(
    data: Any,
) -> m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem)
    count = len(data)
    value = data.get("events", _MISSING)
    if value.__class__ is list:
        obj.events = value
    elif value is _MISSING:
        obj.events = None
        count += 1
    else:
        raise _expected("an array", value).at("events")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    value = data.get("times", _MISSING)
    if value.__class__ is dict:
        obj.times = value
    elif value is _MISSING:
        obj.times = None
        count += 1
    else:
        raise _expected("an object", value).at("times")
    value = data.get("trading_days", _MISSING)
    if value is _MISSING:
        obj.trading_days = None
        count += 1
    else:
        try:
            obj.trading_days = _decode_list_of_one_of_Fri_Mon_Sat_and_4_more(value)
        except DecodeError as error:
            raise error.at("trading_days") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_TRADING_TIMES_RESPONSE_TRADING_TIMES_MARKETS_ITEM_SUBMARKETS_ITEM_SYMBOLS_ITEM
        }
    return obj


def unstructure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item(
    obj: m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"name": obj.name, "symbol": obj.symbol}
    value: Any
    value = obj.events
    if value is not None:
        data["events"] = value
    value = obj.times
    if value is not None:
        data["times"] = value
    value = obj.trading_days
    if value is not None:
        data["trading_days"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TradingTimesRequest: structure_trading_times_request,
    m.TradingTimesResponse: structure_trading_times_response,
    m.TradingTimesResponseTradingTimes: structure_trading_times_response_trading_times,
    m.TradingTimesResponseTradingTimesMarketsItem: structure_trading_times_response_trading_times_markets_item,
    m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem: structure_trading_times_response_trading_times_markets_item_submarkets_item,
    m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem: structure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TradingTimesRequest: unstructure_trading_times_request,
    m.TradingTimesResponse: unstructure_trading_times_response,
    m.TradingTimesResponseTradingTimes: unstructure_trading_times_response_trading_times,
    m.TradingTimesResponseTradingTimesMarketsItem: unstructure_trading_times_response_trading_times_markets_item,
    m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItem: unstructure_trading_times_response_trading_times_markets_item_submarkets_item,
    m.TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem: unstructure_trading_times_response_trading_times_markets_item_submarkets_item_symbols_item,
}
