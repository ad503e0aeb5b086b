"""Decoders and encoders of the models of several calls of the spot group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _decimal, _decimal_text, _expected, _first_match, _new
from ...errors import DecodeError

_KEYS_ALGO_ORDER_RESULT = frozenset(
    (
        "algo_id",
        "instrument_id",
        "order_type",
        "result",
        "error_code",
        "error_message",
    )
)


_KEYS_SPOT_ACCOUNT = frozenset(
    (
        "id",
        "currency",
        "balance",
        "available",
        "hold",
        "holds",
        "frozen",
    )
)


_KEYS_TICKER = frozenset(
    (
        "instrument_id",
        "product_id",
        "last",
        "last_qty",
        "best_bid",
        "best_bid_size",
        "best_ask",
        "best_ask_size",
        "bid",
        "ask",
        "open_24h",
        "high_24h",
        "low_24h",
        "base_volume_24h",
        "quote_volume_24h",
        "timestamp",
    )
)


def _decode_bool(value: Any) -> bool:
    if value.__class__ is not bool:
        raise _expected("a boolean", value)
    result: bool = value
    return result


def _decode_bool_or_str(value: Any) -> bool | str:
    result: bool | str = _first_match(
        value,
        (
            _decode_bool,
            _decode_str,
        ),
    )
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_algo_order_result(data: Any) -> m.AlgoOrderResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AlgoOrderResult)
    count = len(data)
    if count == 6:
        try:
            v_algo_id = data["algo_id"]
            v_instrument_id = data["instrument_id"]
            v_order_type = data["order_type"]
            v_result = data["result"]
            v_error_code = data["error_code"]
            v_error_message = data["error_message"]
        except KeyError:
            pass
        else:
            if (
                (v_algo_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_error_code.__class__ is str)
                and (v_error_message.__class__ is str)
            ):
                obj.algo_id = v_algo_id
                obj.instrument_id = v_instrument_id
                obj.order_type = v_order_type
                try:
                    obj.result = _decode_bool_or_str(v_result)
                except DecodeError as error:
                    raise error.at("result") from None
                obj.error_code = v_error_code
                obj.error_message = v_error_message
                obj.extra_fields = {}
                return obj
    if "algo_id" not in data:
        obj.algo_id = None
        count += 1
    elif (value := data["algo_id"]).__class__ is str:
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
    if "result" not in data:
        obj.result = None
        count += 1
    else:
        value = data["result"]
        try:
            obj.result = _decode_bool_or_str(value)
        except DecodeError as error:
            raise error.at("result") from None
    if "error_code" not in data:
        obj.error_code = None
        count += 1
    elif (value := data["error_code"]).__class__ is str:
        obj.error_code = value
    else:
        raise _expected("a string", value).at("error_code")
    if "error_message" not in data:
        obj.error_message = None
        count += 1
    elif (value := data["error_message"]).__class__ is str:
        obj.error_message = value
    else:
        raise _expected("a string", value).at("error_message")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ALGO_ORDER_RESULT}
    return obj


def unstructure_algo_order_result(obj: m.AlgoOrderResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.algo_id
    if value is not None:
        data["algo_id"] = value
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    value = obj.error_code
    if value is not None:
        data["error_code"] = value
    value = obj.error_message
    if value is not None:
        data["error_message"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_spot_account(data: Any) -> m.SpotAccount:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SpotAccount)
    count = len(data)
    if count == 7:
        try:
            v_id = data["id"]
            v_currency = data["currency"]
            v_balance = data["balance"]
            v_available = data["available"]
            v_hold = data["hold"]
            v_holds = data["holds"]
            v_frozen = data["frozen"]
        except KeyError:
            pass
        else:
            if (v_id.__class__ is str) and (v_currency.__class__ is str):
                obj.id = v_id
                obj.currency = v_currency
                try:
                    obj.balance = _decimal(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.available = _decimal(v_available)
                except DecodeError as error:
                    raise error.at("available") from None
                try:
                    obj.hold = _decimal(v_hold)
                except DecodeError as error:
                    raise error.at("hold") from None
                try:
                    obj.holds = _decimal(v_holds)
                except DecodeError as error:
                    raise error.at("holds") from None
                try:
                    obj.frozen = _decimal(v_frozen)
                except DecodeError as error:
                    raise error.at("frozen") from None
                obj.extra_fields = {}
                return obj
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "available" not in data:
        obj.available = None
        count += 1
    else:
        value = data["available"]
        try:
            obj.available = _decimal(value)
        except DecodeError as error:
            raise error.at("available") from None
    if "hold" not in data:
        obj.hold = None
        count += 1
    else:
        value = data["hold"]
        try:
            obj.hold = _decimal(value)
        except DecodeError as error:
            raise error.at("hold") from None
    if "holds" not in data:
        obj.holds = None
        count += 1
    else:
        value = data["holds"]
        try:
            obj.holds = _decimal(value)
        except DecodeError as error:
            raise error.at("holds") from None
    if "frozen" not in data:
        obj.frozen = None
        count += 1
    else:
        value = data["frozen"]
        try:
            obj.frozen = _decimal(value)
        except DecodeError as error:
            raise error.at("frozen") from None
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SPOT_ACCOUNT}
    return obj


def unstructure_spot_account(obj: m.SpotAccount) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = _decimal_text(value)
    value = obj.available
    if value is not None:
        data["available"] = _decimal_text(value)
    value = obj.hold
    if value is not None:
        data["hold"] = _decimal_text(value)
    value = obj.holds
    if value is not None:
        data["holds"] = _decimal_text(value)
    value = obj.frozen
    if value is not None:
        data["frozen"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticker(data: Any) -> m.Ticker:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Ticker)
    count = len(data)
    if count == 16:
        try:
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_last = data["last"]
            v_last_qty = data["last_qty"]
            v_best_bid = data["best_bid"]
            v_best_bid_size = data["best_bid_size"]
            v_best_ask = data["best_ask"]
            v_best_ask_size = data["best_ask_size"]
            v_bid = data["bid"]
            v_ask = data["ask"]
            v_open_24h = data["open_24h"]
            v_high_24h = data["high_24h"]
            v_low_24h = data["low_24h"]
            v_base_volume_24h = data["base_volume_24h"]
            v_quote_volume_24h = data["quote_volume_24h"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_timestamp.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                try:
                    obj.last = _decimal(v_last)
                except DecodeError as error:
                    raise error.at("last") from None
                try:
                    obj.last_qty = _decimal(v_last_qty)
                except DecodeError as error:
                    raise error.at("last_qty") from None
                try:
                    obj.best_bid = _decimal(v_best_bid)
                except DecodeError as error:
                    raise error.at("best_bid") from None
                try:
                    obj.best_bid_size = _decimal(v_best_bid_size)
                except DecodeError as error:
                    raise error.at("best_bid_size") from None
                try:
                    obj.best_ask = _decimal(v_best_ask)
                except DecodeError as error:
                    raise error.at("best_ask") from None
                try:
                    obj.best_ask_size = _decimal(v_best_ask_size)
                except DecodeError as error:
                    raise error.at("best_ask_size") from None
                try:
                    obj.bid = _decimal(v_bid)
                except DecodeError as error:
                    raise error.at("bid") from None
                try:
                    obj.ask = _decimal(v_ask)
                except DecodeError as error:
                    raise error.at("ask") from None
                try:
                    obj.open_24h = _decimal(v_open_24h)
                except DecodeError as error:
                    raise error.at("open_24h") from None
                try:
                    obj.high_24h = _decimal(v_high_24h)
                except DecodeError as error:
                    raise error.at("high_24h") from None
                try:
                    obj.low_24h = _decimal(v_low_24h)
                except DecodeError as error:
                    raise error.at("low_24h") from None
                try:
                    obj.base_volume_24h = _decimal(v_base_volume_24h)
                except DecodeError as error:
                    raise error.at("base_volume_24h") from None
                try:
                    obj.quote_volume_24h = _decimal(v_quote_volume_24h)
                except DecodeError as error:
                    raise error.at("quote_volume_24h") from None
                obj.timestamp = v_timestamp
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
    if "last" not in data:
        obj.last = None
        count += 1
    else:
        value = data["last"]
        try:
            obj.last = _decimal(value)
        except DecodeError as error:
            raise error.at("last") from None
    if "last_qty" not in data:
        obj.last_qty = None
        count += 1
    else:
        value = data["last_qty"]
        try:
            obj.last_qty = _decimal(value)
        except DecodeError as error:
            raise error.at("last_qty") from None
    if "best_bid" not in data:
        obj.best_bid = None
        count += 1
    else:
        value = data["best_bid"]
        try:
            obj.best_bid = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid") from None
    if "best_bid_size" not in data:
        obj.best_bid_size = None
        count += 1
    else:
        value = data["best_bid_size"]
        try:
            obj.best_bid_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid_size") from None
    if "best_ask" not in data:
        obj.best_ask = None
        count += 1
    else:
        value = data["best_ask"]
        try:
            obj.best_ask = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask") from None
    if "best_ask_size" not in data:
        obj.best_ask_size = None
        count += 1
    else:
        value = data["best_ask_size"]
        try:
            obj.best_ask_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask_size") from None
    if "bid" not in data:
        obj.bid = None
        count += 1
    else:
        value = data["bid"]
        try:
            obj.bid = _decimal(value)
        except DecodeError as error:
            raise error.at("bid") from None
    if "ask" not in data:
        obj.ask = None
        count += 1
    else:
        value = data["ask"]
        try:
            obj.ask = _decimal(value)
        except DecodeError as error:
            raise error.at("ask") from None
    if "open_24h" not in data:
        obj.open_24h = None
        count += 1
    else:
        value = data["open_24h"]
        try:
            obj.open_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("open_24h") from None
    if "high_24h" not in data:
        obj.high_24h = None
        count += 1
    else:
        value = data["high_24h"]
        try:
            obj.high_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("high_24h") from None
    if "low_24h" not in data:
        obj.low_24h = None
        count += 1
    else:
        value = data["low_24h"]
        try:
            obj.low_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("low_24h") from None
    if "base_volume_24h" not in data:
        obj.base_volume_24h = None
        count += 1
    else:
        value = data["base_volume_24h"]
        try:
            obj.base_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("base_volume_24h") from None
    if "quote_volume_24h" not in data:
        obj.quote_volume_24h = None
        count += 1
    else:
        value = data["quote_volume_24h"]
        try:
            obj.quote_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("quote_volume_24h") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKER}
    return obj


def unstructure_ticker(obj: m.Ticker) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.last
    if value is not None:
        data["last"] = _decimal_text(value)
    value = obj.last_qty
    if value is not None:
        data["last_qty"] = _decimal_text(value)
    value = obj.best_bid
    if value is not None:
        data["best_bid"] = _decimal_text(value)
    value = obj.best_bid_size
    if value is not None:
        data["best_bid_size"] = _decimal_text(value)
    value = obj.best_ask
    if value is not None:
        data["best_ask"] = _decimal_text(value)
    value = obj.best_ask_size
    if value is not None:
        data["best_ask_size"] = _decimal_text(value)
    value = obj.bid
    if value is not None:
        data["bid"] = _decimal_text(value)
    value = obj.ask
    if value is not None:
        data["ask"] = _decimal_text(value)
    value = obj.open_24h
    if value is not None:
        data["open_24h"] = _decimal_text(value)
    value = obj.high_24h
    if value is not None:
        data["high_24h"] = _decimal_text(value)
    value = obj.low_24h
    if value is not None:
        data["low_24h"] = _decimal_text(value)
    value = obj.base_volume_24h
    if value is not None:
        data["base_volume_24h"] = _decimal_text(value)
    value = obj.quote_volume_24h
    if value is not None:
        data["quote_volume_24h"] = _decimal_text(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AlgoOrderResult: structure_algo_order_result,
    m.SpotAccount: structure_spot_account,
    m.Ticker: structure_ticker,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AlgoOrderResult: unstructure_algo_order_result,
    m.SpotAccount: unstructure_spot_account,
    m.Ticker: unstructure_ticker,
}
