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
    if count == 3:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_ids = data["order_ids"]
            v_client_oids = data["client_oids"]
        except KeyError:
            pass
        else:
            if v_instrument_id.__class__ is str:
                obj.instrument_id = v_instrument_id
                try:
                    obj.order_ids = _decode_list_of_str(v_order_ids)
                except DecodeError as error:
                    raise error.at("order_ids") from None
                try:
                    obj.client_oids = _decode_list_of_str(v_client_oids)
                except DecodeError as error:
                    raise error.at("client_oids") from None
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_ids" not in data:
        obj.order_ids = None
        count += 1
    else:
        value = data["order_ids"]
        try:
            obj.order_ids = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("order_ids") from None
    if "client_oids" not in data:
        obj.client_oids = None
        count += 1
    else:
        value = data["client_oids"]
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
    if count == 14:
        try:
            v_ledger_id = data["ledger_id"]
            v_trade_id = data["trade_id"]
            v_order_id = data["order_id"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_currency = data["currency"]
            v_side = data["side"]
            v_price = data["price"]
            v_size = data["size"]
            v_fee = data["fee"]
            v_liquidity = data["liquidity"]
            v_exec_type = data["exec_type"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_ledger_id.__class__ is str)
                and (v_trade_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_side.__class__ is str)
                and (v_liquidity.__class__ is str)
                and (v_exec_type.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.ledger_id = v_ledger_id
                obj.trade_id = v_trade_id
                obj.order_id = v_order_id
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.currency = v_currency
                obj.side = v_side
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.fee = _decimal(v_fee)
                except DecodeError as error:
                    raise error.at("fee") from None
                obj.liquidity = v_liquidity
                obj.exec_type = v_exec_type
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    if "ledger_id" not in data:
        obj.ledger_id = None
        count += 1
    elif (value := data["ledger_id"]).__class__ is str:
        obj.ledger_id = value
    else:
        raise _expected("a string", value).at("ledger_id")
    if "trade_id" not in data:
        obj.trade_id = None
        count += 1
    elif (value := data["trade_id"]).__class__ is str:
        obj.trade_id = value
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
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    else:
        value = data["fee"]
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    if "liquidity" not in data:
        obj.liquidity = None
        count += 1
    elif (value := data["liquidity"]).__class__ is str:
        obj.liquidity = value
    else:
        raise _expected("a string", value).at("liquidity")
    if "exec_type" not in data:
        obj.exec_type = None
        count += 1
    elif (value := data["exec_type"]).__class__ is str:
        obj.exec_type = value
    else:
        raise _expected("a string", value).at("exec_type")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
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
    if count == 3:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_product_id = data["product_id"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_product_id.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                obj.product_id = v_product_id
                obj.extra_fields = {}
                return obj
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
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
    if count == 11:
        try:
            v_ledger_id = data["ledger_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_balance = data["balance"]
            v_fee = data["fee"]
            v_type = data["type"]
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_details = data["details"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_ledger_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_type.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.ledger_id = v_ledger_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                try:
                    obj.balance = _decimal(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.fee = _decimal(v_fee)
                except DecodeError as error:
                    raise error.at("fee") from None
                obj.type = v_type
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                try:
                    obj.details = structure_ledger_details(v_details)
                except DecodeError as error:
                    raise error.at("details") from None
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["ledger_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("ledger_id",)) from None
    if value.__class__ is str:
        obj.ledger_id = value
    else:
        raise _expected("a string", value).at("ledger_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    else:
        value = data["fee"]
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "details" not in data:
        obj.details = None
        count += 1
    else:
        value = data["details"]
        try:
            obj.details = structure_ledger_details(value)
        except DecodeError as error:
            raise error.at("details") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
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
    if count == 18:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_funds = data["funds"]
            v_price_avg = data["price_avg"]
            v_filled_size = data["filled_size"]
            v_filled_notional = data["filled_notional"]
            v_state = data["state"]
            v_status = data["status"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_side.__class__ is str)
                and (v_type.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_state.__class__ is str)
                and (v_status.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.side = v_side
                obj.type = v_type
                obj.order_type = v_order_type
                try:
                    obj.price = _decode_decimal_or_one_of_empty(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decode_decimal_or_one_of_empty(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decode_decimal_or_one_of_empty(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                try:
                    obj.funds = _decode_decimal_or_one_of_empty(v_funds)
                except DecodeError as error:
                    raise error.at("funds") from None
                try:
                    obj.price_avg = _decimal(v_price_avg)
                except DecodeError as error:
                    raise error.at("price_avg") from None
                try:
                    obj.filled_size = _decimal(v_filled_size)
                except DecodeError as error:
                    raise error.at("filled_size") from None
                try:
                    obj.filled_notional = _decimal(v_filled_notional)
                except DecodeError as error:
                    raise error.at("filled_notional") from None
                obj.state = v_state
                obj.status = v_status
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
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
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
        try:
            obj.notional = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("notional") from None
    if "funds" not in data:
        obj.funds = None
        count += 1
    else:
        value = data["funds"]
        try:
            obj.funds = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("funds") from None
    if "price_avg" not in data:
        obj.price_avg = None
        count += 1
    else:
        value = data["price_avg"]
        try:
            obj.price_avg = _decimal(value)
        except DecodeError as error:
            raise error.at("price_avg") from None
    if "filled_size" not in data:
        obj.filled_size = None
        count += 1
    else:
        value = data["filled_size"]
        try:
            obj.filled_size = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_size") from None
    if "filled_notional" not in data:
        obj.filled_notional = None
        count += 1
    else:
        value = data["filled_notional"]
        try:
            obj.filled_notional = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_notional") from None
    if "state" not in data:
        obj.state = None
        count += 1
    elif (value := data["state"]).__class__ is str:
        obj.state = value
    else:
        raise _expected("a string", value).at("state")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
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
    if count == 5:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
            v_error_code = data["error_code"]
            v_error_message = data["error_message"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
                and (v_error_code.__class__ is str)
                and (v_error_message.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.error_code = v_error_code
                obj.error_message = v_error_message
                obj.extra_fields = {}
                return obj
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
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
