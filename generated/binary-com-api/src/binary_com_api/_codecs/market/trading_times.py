"""Decoders and encoders of the models of the ``trading_times`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 3:
        try:
            v_trading_times = data["trading_times"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_trading_times.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.trading_times = v_trading_times
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["trading_times"]
    except KeyError:
        raise DecodeError("required field is missing", ("trading_times",)) from None
    if value.__class__ is str:
        obj.trading_times = value
    else:
        raise _expected("a string", value).at("trading_times")
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
    if count == 4:
        try:
            v_trading_times = data["trading_times"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_trading_times)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.trading_times = structure_trading_times_response_trading_times(
                        v_trading_times
                    )
                except DecodeError as error:
                    raise error.at("trading_times") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "trading_times" not in data:
        obj.trading_times = None
        count += 1
    else:
        value = data["trading_times"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    count = len(data)
    if count == 1:
        try:
            v_markets = data["markets"]
        except KeyError:
            pass
        else:
            try:
                obj.markets = _decode_list_of_TradingTimesResponseTradingTimesMarketsItem(v_markets)
            except DecodeError as error:
                raise error.at("markets") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["markets"]
    except KeyError:
        raise DecodeError("required field is missing", ("markets",)) from None
    try:
        obj.markets = _decode_list_of_TradingTimesResponseTradingTimesMarketsItem(value)
    except DecodeError as error:
        raise error.at("markets") from None
    if count == 1:
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
    if count == 2:
        try:
            v_name = data["name"]
            v_submarkets = data["submarkets"]
        except KeyError:
            pass
        else:
            if v_name.__class__ is str:
                obj.name = v_name
                try:
                    obj.submarkets = (
                        _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItem(
                            v_submarkets
                        )
                    )
                except DecodeError as error:
                    raise error.at("submarkets") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "submarkets" not in data:
        obj.submarkets = None
        count += 1
    else:
        value = data["submarkets"]
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
    count = len(data)
    if count == 2:
        try:
            v_name = data["name"]
            v_symbols = data["symbols"]
        except KeyError:
            pass
        else:
            if v_name.__class__ is str:
                obj.name = v_name
                try:
                    obj.symbols = _decode_list_of_TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem(
                        v_symbols
                    )
                except DecodeError as error:
                    raise error.at("symbols") from None
                obj.extra_fields = {}
                return obj
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
    if count == 2:
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
    if count == 5:
        try:
            v_events = data["events"]
            v_name = data["name"]
            v_symbol = data["symbol"]
            v_times = data["times"]
            v_trading_days = data["trading_days"]
        except KeyError:
            pass
        else:
            if (
                (v_events.__class__ is list)
                and (v_name.__class__ is str)
                and (v_symbol.__class__ is str)
                and (v_times.__class__ is dict)
            ):
                obj.events = v_events
                obj.name = v_name
                obj.symbol = v_symbol
                obj.times = v_times
                try:
                    obj.trading_days = _decode_list_of_one_of_Fri_Mon_Sat_and_4_more(v_trading_days)
                except DecodeError as error:
                    raise error.at("trading_days") from None
                obj.extra_fields = {}
                return obj
    if "events" not in data:
        obj.events = None
        count += 1
    elif (value := data["events"]).__class__ is list:
        obj.events = value
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
    if "times" not in data:
        obj.times = None
        count += 1
    elif (value := data["times"]).__class__ is dict:
        obj.times = value
    else:
        raise _expected("an object", value).at("times")
    if "trading_days" not in data:
        obj.trading_days = None
        count += 1
    else:
        value = data["trading_days"]
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
