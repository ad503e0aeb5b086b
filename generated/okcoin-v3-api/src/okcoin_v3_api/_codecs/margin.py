"""Decoders and encoders of the models of the calls of the margin group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import (
    _MISSING,
    _STR,
    _decimal,
    _decimal_text,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from .._codecs.shared import (
    structure_fill,
    structure_ledger_entry,
    structure_order,
    structure_order_result,
)
from ..errors import DecodeError

_ALLOWED_0_1 = frozenset({"0", "1"})


_ALLOWED_0_1_2_3 = frozenset({"0", "1", "2", "3"})


_ALLOWED_2 = frozenset({"2"})


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_limit_market = frozenset({"limit", "market"})


_KEYS_AMEND_ORDER_ITEM = frozenset(
    (
        "order_id",
        "client_oid",
        "new_size",
        "new_price",
        "cancel_on_fail",
        "request_id",
    )
)


_KEYS_BORROW_RESULT = frozenset(
    (
        "borrow_id",
        "client_oid",
        "result",
    )
)


_KEYS_MARGIN_LOAN = frozenset(
    (
        "borrow_id",
        "instrument_id",
        "product_id",
        "currency",
        "amount",
        "interest",
        "repay_amount",
        "returned_amount",
        "repay_interest",
        "paid_interest",
        "timestamp",
        "created_at",
        "last_interest_time",
    )
)


_KEYS_MARGIN_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "side",
        "type",
        "client_oid",
        "order_type",
        "price",
        "size",
        "notional",
        "margin_trading",
    )
)


_KEYS_REPAYMENT_RESULT = frozenset(
    (
        "repayment_id",
        "client_oid",
        "result",
    )
)


def _decode_OrderResult_or_dict_of_list_of_OrderResult(
    value: Any,
) -> dict[str, list[m.OrderResult]] | m.OrderResult:
    result: dict[str, list[m.OrderResult]] | m.OrderResult = _first_match(
        value,
        (
            structure_order_result,
            _decode_dict_of_list_of_OrderResult,
        ),
    )
    return result


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result


def _decode_dict_of_list_of_OrderResult(value: Any) -> dict[str, list[m.OrderResult]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_OrderResult(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_Fill(value: Any) -> list[m.Fill]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_fill(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_fill) from None


def _decode_list_of_LedgerEntry(value: Any) -> list[m.LedgerEntry]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ledger_entry(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ledger_entry) from None


def _decode_list_of_MarginLoan(value: Any) -> list[m.MarginLoan]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_margin_loan(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_margin_loan) from None


def _decode_list_of_Order(value: Any) -> list[m.Order]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order) from None


def _decode_list_of_OrderResult(value: Any) -> list[m.OrderResult]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order_result(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order_result) from None


def _decode_list_of_dict_of_any(value: Any) -> list[dict[str, Any]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_dict_of_any(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_dict_of_any) from None


def structure_amend_order_item(data: Any) -> m.AmendOrderItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AmendOrderItem)
    count = len(data)
    value = data.get("order_id", _MISSING)
    if value.__class__ is str:
        obj.order_id = value
    elif value is _MISSING:
        obj.order_id = None
        count += 1
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
    value = data.get("new_size", _MISSING)
    if value is _MISSING:
        obj.new_size = None
        count += 1
    else:
        try:
            obj.new_size = _decimal(value)
        except DecodeError as error:
            raise error.at("new_size") from None
    value = data.get("new_price", _MISSING)
    if value is _MISSING:
        obj.new_price = None
        count += 1
    else:
        try:
            obj.new_price = _decimal(value)
        except DecodeError as error:
            raise error.at("new_price") from None
    value = data.get("cancel_on_fail", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_0_1:
        obj.cancel_on_fail = value
    elif value is _MISSING:
        obj.cancel_on_fail = None
        count += 1
    else:
        raise _not_one_of("'0', '1'", value).at("cancel_on_fail")
    value = data.get("request_id", _MISSING)
    if value.__class__ is str:
        obj.request_id = value
    elif value is _MISSING:
        obj.request_id = None
        count += 1
    else:
        raise _expected("a string", value).at("request_id")
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_AMEND_ORDER_ITEM)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_amend_order_item(obj: m.AmendOrderItem) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.new_size
    if value is not None:
        data["new_size"] = _decimal_text(value)
    value = obj.new_price
    if value is not None:
        data["new_price"] = _decimal_text(value)
    value = obj.cancel_on_fail
    if value is not None:
        data["cancel_on_fail"] = value
    value = obj.request_id
    if value is not None:
        data["request_id"] = value
    return data


def structure_borrow_result(data: Any) -> m.BorrowResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BorrowResult)
    count = len(data)
    value = data.get("borrow_id", _MISSING)
    if value.__class__ is str:
        obj.borrow_id = value
    elif value is _MISSING:
        obj.borrow_id = None
        count += 1
    else:
        raise _expected("a string", value).at("borrow_id")
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
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_BORROW_RESULT}
    return obj


def unstructure_borrow_result(obj: m.BorrowResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.borrow_id
    if value is not None:
        data["borrow_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_margin_loan(data: Any) -> m.MarginLoan:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.MarginLoan)
    count = len(data)
    try:
        value = data["borrow_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("borrow_id",)) from None
    if value.__class__ is str:
        obj.borrow_id = value
    else:
        raise _expected("a string", value).at("borrow_id")
    value = data.get("instrument_id", _MISSING)
    if value.__class__ is str:
        obj.instrument_id = value
    elif value is _MISSING:
        obj.instrument_id = None
        count += 1
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
    value = data.get("amount", _MISSING)
    if value is _MISSING:
        obj.amount = None
        count += 1
    else:
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    value = data.get("interest", _MISSING)
    if value is _MISSING:
        obj.interest = None
        count += 1
    else:
        try:
            obj.interest = _decimal(value)
        except DecodeError as error:
            raise error.at("interest") from None
    value = data.get("repay_amount", _MISSING)
    if value is _MISSING:
        obj.repay_amount = None
        count += 1
    else:
        try:
            obj.repay_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_amount") from None
    value = data.get("returned_amount", _MISSING)
    if value is _MISSING:
        obj.returned_amount = None
        count += 1
    else:
        try:
            obj.returned_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("returned_amount") from None
    value = data.get("repay_interest", _MISSING)
    if value is _MISSING:
        obj.repay_interest = None
        count += 1
    else:
        try:
            obj.repay_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_interest") from None
    value = data.get("paid_interest", _MISSING)
    if value is _MISSING:
        obj.paid_interest = None
        count += 1
    else:
        try:
            obj.paid_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("paid_interest") from None
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
    value = data.get("last_interest_time", _MISSING)
    if value.__class__ is str:
        obj.last_interest_time = value
    elif value is _MISSING:
        obj.last_interest_time = None
        count += 1
    else:
        raise _expected("a string", value).at("last_interest_time")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_MARGIN_LOAN}
    return obj


def unstructure_margin_loan(obj: m.MarginLoan) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"borrow_id": obj.borrow_id}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.interest
    if value is not None:
        data["interest"] = _decimal_text(value)
    value = obj.repay_amount
    if value is not None:
        data["repay_amount"] = _decimal_text(value)
    value = obj.returned_amount
    if value is not None:
        data["returned_amount"] = _decimal_text(value)
    value = obj.repay_interest
    if value is not None:
        data["repay_interest"] = _decimal_text(value)
    value = obj.paid_interest
    if value is not None:
        data["paid_interest"] = _decimal_text(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    value = obj.last_interest_time
    if value is not None:
        data["last_interest_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_margin_order_request(data: Any) -> m.MarginOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.MarginOrderRequest)
    count = len(data)
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    try:
        value = data["side"]
    except KeyError:
        raise DecodeError("required field is missing", ("side",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.side = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("side")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    value = data.get("client_oid", _MISSING)
    if value.__class__ is str:
        obj.client_oid = value
    elif value is _MISSING:
        obj.client_oid = None
        count += 1
    else:
        raise _expected("a string", value).at("client_oid")
    value = data.get("order_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    elif value is _MISSING:
        obj.order_type = None
        count += 1
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
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
    value = data.get("notional", _MISSING)
    if value is _MISSING:
        obj.notional = None
        count += 1
    else:
        try:
            obj.notional = _decimal(value)
        except DecodeError as error:
            raise error.at("notional") from None
    try:
        value = data["margin_trading"]
    except KeyError:
        raise DecodeError("required field is missing", ("margin_trading",)) from None
    if value.__class__ is _STR and value in _ALLOWED_2:
        obj.margin_trading = value
    else:
        raise _not_one_of("'2'", value).at("margin_trading")
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_MARGIN_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_margin_order_request(obj: m.MarginOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "instrument_id": obj.instrument_id,
        "side": obj.side,
        "margin_trading": obj.margin_trading,
    }
    value: Any
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _decimal_text(value)
    return data


def structure_repayment_result(data: Any) -> m.RepaymentResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RepaymentResult)
    count = len(data)
    value = data.get("repayment_id", _MISSING)
    if value.__class__ is str:
        obj.repayment_id = value
    elif value is _MISSING:
        obj.repayment_id = None
        count += 1
    else:
        raise _expected("a string", value).at("repayment_id")
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
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_REPAYMENT_RESULT}
    return obj


def unstructure_repayment_result(obj: m.RepaymentResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.repayment_id
    if value is not None:
        data["repayment_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AmendOrderItem: structure_amend_order_item,
    m.BorrowResult: structure_borrow_result,
    m.MarginLoan: structure_margin_loan,
    m.MarginOrderRequest: structure_margin_order_request,
    m.RepaymentResult: structure_repayment_result,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AmendOrderItem: unstructure_amend_order_item,
    m.BorrowResult: unstructure_borrow_result,
    m.MarginLoan: unstructure_margin_loan,
    m.MarginOrderRequest: unstructure_margin_order_request,
    m.RepaymentResult: unstructure_repayment_result,
}
