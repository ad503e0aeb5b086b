"""Decoders and encoders of the models of several calls of the spot group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _MISSING, _decimal, _decimal_text, _expected, _first_match, _new
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
    value = data.get("algo_id", _MISSING)
    if value.__class__ is str:
        obj.algo_id = value
    elif value is _MISSING:
        obj.algo_id = None
        count += 1
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
    value = data.get("result", _MISSING)
    if value is _MISSING:
        obj.result = None
        count += 1
    else:
        try:
            obj.result = _decode_bool_or_str(value)
        except DecodeError as error:
            raise error.at("result") from None
    value = data.get("error_code", _MISSING)
    if value.__class__ is str:
        obj.error_code = value
    elif value is _MISSING:
        obj.error_code = None
        count += 1
    else:
        raise _expected("a string", value).at("error_code")
    value = data.get("error_message", _MISSING)
    if value.__class__ is str:
        obj.error_message = value
    elif value is _MISSING:
        obj.error_message = None
        count += 1
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
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
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
    value = data.get("balance", _MISSING)
    if value is _MISSING:
        obj.balance = None
        count += 1
    else:
        try:
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    value = data.get("available", _MISSING)
    if value is _MISSING:
        obj.available = None
        count += 1
    else:
        try:
            obj.available = _decimal(value)
        except DecodeError as error:
            raise error.at("available") from None
    value = data.get("hold", _MISSING)
    if value is _MISSING:
        obj.hold = None
        count += 1
    else:
        try:
            obj.hold = _decimal(value)
        except DecodeError as error:
            raise error.at("hold") from None
    value = data.get("holds", _MISSING)
    if value is _MISSING:
        obj.holds = None
        count += 1
    else:
        try:
            obj.holds = _decimal(value)
        except DecodeError as error:
            raise error.at("holds") from None
    value = data.get("frozen", _MISSING)
    if value is _MISSING:
        obj.frozen = None
        count += 1
    else:
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
    value = data.get("last", _MISSING)
    if value is _MISSING:
        obj.last = None
        count += 1
    else:
        try:
            obj.last = _decimal(value)
        except DecodeError as error:
            raise error.at("last") from None
    value = data.get("last_qty", _MISSING)
    if value is _MISSING:
        obj.last_qty = None
        count += 1
    else:
        try:
            obj.last_qty = _decimal(value)
        except DecodeError as error:
            raise error.at("last_qty") from None
    value = data.get("best_bid", _MISSING)
    if value is _MISSING:
        obj.best_bid = None
        count += 1
    else:
        try:
            obj.best_bid = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid") from None
    value = data.get("best_bid_size", _MISSING)
    if value is _MISSING:
        obj.best_bid_size = None
        count += 1
    else:
        try:
            obj.best_bid_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid_size") from None
    value = data.get("best_ask", _MISSING)
    if value is _MISSING:
        obj.best_ask = None
        count += 1
    else:
        try:
            obj.best_ask = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask") from None
    value = data.get("best_ask_size", _MISSING)
    if value is _MISSING:
        obj.best_ask_size = None
        count += 1
    else:
        try:
            obj.best_ask_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask_size") from None
    value = data.get("bid", _MISSING)
    if value is _MISSING:
        obj.bid = None
        count += 1
    else:
        try:
            obj.bid = _decimal(value)
        except DecodeError as error:
            raise error.at("bid") from None
    value = data.get("ask", _MISSING)
    if value is _MISSING:
        obj.ask = None
        count += 1
    else:
        try:
            obj.ask = _decimal(value)
        except DecodeError as error:
            raise error.at("ask") from None
    value = data.get("open_24h", _MISSING)
    if value is _MISSING:
        obj.open_24h = None
        count += 1
    else:
        try:
            obj.open_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("open_24h") from None
    value = data.get("high_24h", _MISSING)
    if value is _MISSING:
        obj.high_24h = None
        count += 1
    else:
        try:
            obj.high_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("high_24h") from None
    value = data.get("low_24h", _MISSING)
    if value is _MISSING:
        obj.low_24h = None
        count += 1
    else:
        try:
            obj.low_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("low_24h") from None
    value = data.get("base_volume_24h", _MISSING)
    if value is _MISSING:
        obj.base_volume_24h = None
        count += 1
    else:
        try:
            obj.base_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("base_volume_24h") from None
    value = data.get("quote_volume_24h", _MISSING)
    if value is _MISSING:
        obj.quote_volume_24h = None
        count += 1
    else:
        try:
            obj.quote_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("quote_volume_24h") from None
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
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
