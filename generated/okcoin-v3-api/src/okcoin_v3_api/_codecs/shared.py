"""Decoders and encoders of the models of calls of several groups of the Okcoin REST API v3.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Literal

from .. import models as m
from .._codec import (
    _MISSING,
    _decimal,
    _decimal_text,
    _encode_any,
    _expected,
    _first_match,
    _new,
    _not_one_of,
)
from ..errors import DecodeError

_ALLOWED_empty = frozenset({""})


_KEYS_CANCEL_ORDERS_REQUEST = frozenset(
    (
        "instrument_id",
        "order_ids",
        "client_oids",
    )
)


_KEYS_FILL = frozenset(
    (
        "ledger_id",
        "trade_id",
        "order_id",
        "instrument_id",
        "product_id",
        "currency",
        "side",
        "price",
        "size",
        "fee",
        "liquidity",
        "exec_type",
        "timestamp",
        "created_at",
    )
)


_KEYS_LEDGER_DETAILS = frozenset(
    (
        "instrument_id",
        "order_id",
        "product_id",
    )
)


_KEYS_LEDGER_ENTRY = frozenset(
    (
        "ledger_id",
        "currency",
        "amount",
        "balance",
        "fee",
        "type",
        "instrument_id",
        "order_id",
        "details",
        "timestamp",
        "created_at",
    )
)


_KEYS_ORDER = frozenset(
    (
        "order_id",
        "client_oid",
        "instrument_id",
        "product_id",
        "side",
        "type",
        "order_type",
        "price",
        "size",
        "notional",
        "funds",
        "price_avg",
        "filled_size",
        "filled_notional",
        "state",
        "status",
        "timestamp",
        "created_at",
    )
)


_KEYS_ORDER_RESULT = frozenset(
    (
        "order_id",
        "client_oid",
        "result",
        "error_code",
        "error_message",
    )
)


def _decode_decimal(value: Any) -> Decimal:
    value = _decimal(value)
    result: Decimal = value
    return result


def _decode_decimal_or_one_of_empty(value: Any) -> Decimal | Literal[""]:
    result: Decimal | Literal[""] = _first_match(
        value,
        (
            _decode_decimal,
            _decode_one_of_empty,
        ),
    )
    return result


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def _decode_one_of_empty(value: Any) -> Literal[""]:
    kind = value.__class__
    if kind is not str or value not in _ALLOWED_empty:
        raise _not_one_of("''", value)
    result: Literal[""] = value
    return result


def structure_cancel_orders_request(data: Any) -> m.CancelOrdersRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CancelOrdersRequest)
    count = len(data)
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    value = data.get("order_ids", _MISSING)
    if value is _MISSING:
        obj.order_ids = None
        count += 1
    else:
        try:
            obj.order_ids = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("order_ids") from None
    value = data.get("client_oids", _MISSING)
    if value is _MISSING:
        obj.client_oids = None
        count += 1
    else:
        try:
            obj.client_oids = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("client_oids") from None
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_CANCEL_ORDERS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_cancel_orders_request(obj: m.CancelOrdersRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.order_ids
    if value is not None:
        data["order_ids"] = value
    value = obj.client_oids
    if value is not None:
        data["client_oids"] = value
    return data


def structure_fill(data: Any) -> m.Fill:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Fill)
    count = len(data)
    value = data.get("ledger_id", _MISSING)
    if value.__class__ is str:
        obj.ledger_id = value
    elif value is _MISSING:
        obj.ledger_id = None
        count += 1
    else:
        raise _expected("a string", value).at("ledger_id")
    value = data.get("trade_id", _MISSING)
    if value.__class__ is str:
        obj.trade_id = value
    elif value is _MISSING:
        obj.trade_id = None
        count += 1
    else:
        raise _expected("a string", value).at("trade_id")
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
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
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("side", _MISSING)
    if value.__class__ is str:
        obj.side = value
    elif value is _MISSING:
        obj.side = None
        count += 1
    else:
        raise _expected("a string", value).at("side")
    value = data.get("price", _MISSING)
    if value is _MISSING:
        obj.price = None
        count += 1
    else:
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    value = data.get("size", _MISSING)
    if value is _MISSING:
        obj.size = None
        count += 1
    else:
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    value = data.get("fee", _MISSING)
    if value is _MISSING:
        obj.fee = None
        count += 1
    else:
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    value = data.get("liquidity", _MISSING)
    if value.__class__ is str:
        obj.liquidity = value
    elif value is _MISSING:
        obj.liquidity = None
        count += 1
    else:
        raise _expected("a string", value).at("liquidity")
    value = data.get("exec_type", _MISSING)
    if value.__class__ is str:
        obj.exec_type = value
    elif value is _MISSING:
        obj.exec_type = None
        count += 1
    else:
        raise _expected("a string", value).at("exec_type")
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
    else:
        raise _expected("a string", value).at("timestamp")
    value = data.get("created_at", _MISSING)
    if value.__class__ is str:
        obj.created_at = value
    elif value is _MISSING:
        obj.created_at = None
        count += 1
    else:
        raise _expected("a string", value).at("created_at")
    if count == 14:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FILL}
    return obj


def unstructure_fill(obj: m.Fill) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id, "instrument_id": obj.instrument_id}
    value: Any
    value = obj.ledger_id
    if value is not None:
        data["ledger_id"] = value
    value = obj.trade_id
    if value is not None:
        data["trade_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.fee
    if value is not None:
        data["fee"] = _decimal_text(value)
    value = obj.liquidity
    if value is not None:
        data["liquidity"] = value
    value = obj.exec_type
    if value is not None:
        data["exec_type"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ledger_details(data: Any) -> m.LedgerDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LedgerDetails)
    count = len(data)
    value = data.get("instrument_id", _MISSING)
    if value.__class__ is str:
        obj.instrument_id = value
    elif value is _MISSING:
        obj.instrument_id = None
        count += 1
    else:
        raise _expected("a string", value).at("instrument_id")
    value = data.get("order_id", _MISSING)
    if value.__class__ is str:
        obj.order_id = value
    elif value is _MISSING:
        obj.order_id = None
        count += 1
    else:
        raise _expected("a string", value).at("order_id")
    value = data.get("product_id", _MISSING)
    if value.__class__ is str:
        obj.product_id = value
    elif value is _MISSING:
        obj.product_id = None
        count += 1
    else:
        raise _expected("a string", value).at("product_id")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_LEDGER_DETAILS}
    return obj


def unstructure_ledger_details(obj: m.LedgerDetails) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ledger_entry(data: Any) -> m.LedgerEntry:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LedgerEntry)
    count = len(data)
    try:
        value = data["ledger_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("ledger_id",)) from None
    if value.__class__ is str:
        obj.ledger_id = value
    else:
        raise _expected("a string", value).at("ledger_id")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("amount", _MISSING)
    if value is _MISSING:
        obj.amount = None
        count += 1
    else:
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    value = data.get("balance", _MISSING)
    if value is _MISSING:
        obj.balance = None
        count += 1
    else:
        try:
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    value = data.get("fee", _MISSING)
    if value is _MISSING:
        obj.fee = None
        count += 1
    else:
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    value = data.get("type", _MISSING)
    if value.__class__ is str:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _expected("a string", value).at("type")
    value = data.get("instrument_id", _MISSING)
    if value.__class__ is str:
        obj.instrument_id = value
    elif value is _MISSING:
        obj.instrument_id = None
        count += 1
    else:
        raise _expected("a string", value).at("instrument_id")
    value = data.get("order_id", _MISSING)
    if value.__class__ is str:
        obj.order_id = value
    elif value is _MISSING:
        obj.order_id = None
        count += 1
    else:
        raise _expected("a string", value).at("order_id")
    value = data.get("details", _MISSING)
    if value is _MISSING:
        obj.details = None
        count += 1
    else:
        try:
            obj.details = structure_ledger_details(value)
        except DecodeError as error:
            raise error.at("details") from None
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
    else:
        raise _expected("a string", value).at("timestamp")
    value = data.get("created_at", _MISSING)
    if value.__class__ is str:
        obj.created_at = value
    elif value is _MISSING:
        obj.created_at = None
        count += 1
    else:
        raise _expected("a string", value).at("created_at")
    if count == 11:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_LEDGER_ENTRY}
    return obj


def unstructure_ledger_entry(obj: m.LedgerEntry) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ledger_id": obj.ledger_id}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.balance
    if value is not None:
        data["balance"] = _decimal_text(value)
    value = obj.fee
    if value is not None:
        data["fee"] = _decimal_text(value)
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.details
    if value is not None:
        data["details"] = unstructure_ledger_details(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_order(data: Any) -> m.Order:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Order)
    count = len(data)
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    value = data.get("client_oid", _MISSING)
    if value.__class__ is str:
        obj.client_oid = value
    elif value is _MISSING:
        obj.client_oid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_oid")
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
    value = data.get("side", _MISSING)
    if value.__class__ is str:
        obj.side = value
    elif value is _MISSING:
        obj.side = None
        count += 1
    else:
        raise _expected("a string", value).at("side")
    value = data.get("type", _MISSING)
    if value.__class__ is str:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _expected("a string", value).at("type")
    value = data.get("order_type", _MISSING)
    if value.__class__ is str:
        obj.order_type = value
    elif value is _MISSING:
        obj.order_type = None
        count += 1
    else:
        raise _expected("a string", value).at("order_type")
    value = data.get("price", _MISSING)
    if value is _MISSING:
        obj.price = None
        count += 1
    else:
        try:
            obj.price = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("price") from None
    value = data.get("size", _MISSING)
    if value is _MISSING:
        obj.size = None
        count += 1
    else:
        try:
            obj.size = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("size") from None
    value = data.get("notional", _MISSING)
    if value is _MISSING:
        obj.notional = None
        count += 1
    else:
        try:
            obj.notional = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("notional") from None
    value = data.get("funds", _MISSING)
    if value is _MISSING:
        obj.funds = None
        count += 1
    else:
        try:
            obj.funds = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("funds") from None
    value = data.get("price_avg", _MISSING)
    if value is _MISSING:
        obj.price_avg = None
        count += 1
    else:
        try:
            obj.price_avg = _decimal(value)
        except DecodeError as error:
            raise error.at("price_avg") from None
    value = data.get("filled_size", _MISSING)
    if value is _MISSING:
        obj.filled_size = None
        count += 1
    else:
        try:
            obj.filled_size = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_size") from None
    value = data.get("filled_notional", _MISSING)
    if value is _MISSING:
        obj.filled_notional = None
        count += 1
    else:
        try:
            obj.filled_notional = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_notional") from None
    value = data.get("state", _MISSING)
    if value.__class__ is str:
        obj.state = value
    elif value is _MISSING:
        obj.state = None
        count += 1
    else:
        raise _expected("a string", value).at("state")
    value = data.get("status", _MISSING)
    if value.__class__ is str:
        obj.status = value
    elif value is _MISSING:
        obj.status = None
        count += 1
    else:
        raise _expected("a string", value).at("status")
    value = data.get("timestamp", _MISSING)
    if value.__class__ is str:
        obj.timestamp = value
    elif value is _MISSING:
        obj.timestamp = None
        count += 1
    else:
        raise _expected("a string", value).at("timestamp")
    value = data.get("created_at", _MISSING)
    if value.__class__ is str:
        obj.created_at = value
    elif value is _MISSING:
        obj.created_at = None
        count += 1
    else:
        raise _expected("a string", value).at("created_at")
    if count == 18:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER}
    return obj


def unstructure_order(obj: m.Order) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id, "instrument_id": obj.instrument_id}
    value: Any
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _encode_any(value)
    value = obj.size
    if value is not None:
        data["size"] = _encode_any(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _encode_any(value)
    value = obj.funds
    if value is not None:
        data["funds"] = _encode_any(value)
    value = obj.price_avg
    if value is not None:
        data["price_avg"] = _decimal_text(value)
    value = obj.filled_size
    if value is not None:
        data["filled_size"] = _decimal_text(value)
    value = obj.filled_notional
    if value is not None:
        data["filled_notional"] = _decimal_text(value)
    value = obj.state
    if value is not None:
        data["state"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_order_result(data: Any) -> m.OrderResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OrderResult)
    count = len(data)
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    value = data.get("client_oid", _MISSING)
    if value.__class__ is str:
        obj.client_oid = value
    elif value is _MISSING:
        obj.client_oid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_oid")
    value = data.get("result", _MISSING)
    if value.__class__ is bool:
        obj.result = value
    elif value is _MISSING:
        obj.result = None
        count += 1
    else:
        raise _expected("a boolean", value).at("result")
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
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER_RESULT}
    return obj


def unstructure_order_result(obj: m.OrderResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id}
    value: Any
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CancelOrdersRequest: structure_cancel_orders_request,
    m.Fill: structure_fill,
    m.LedgerDetails: structure_ledger_details,
    m.LedgerEntry: structure_ledger_entry,
    m.Order: structure_order,
    m.OrderResult: structure_order_result,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CancelOrdersRequest: unstructure_cancel_orders_request,
    m.Fill: unstructure_fill,
    m.LedgerDetails: unstructure_ledger_details,
    m.LedgerEntry: unstructure_ledger_entry,
    m.Order: unstructure_order,
    m.OrderResult: unstructure_order_result,
}
