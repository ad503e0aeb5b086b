"""Decoders and encoders of the models of the calls of the margin group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import (
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
    if count == 6:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_new_size = data["new_size"]
            v_new_price = data["new_price"]
            v_cancel_on_fail = data["cancel_on_fail"]
            v_request_id = data["request_id"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_cancel_on_fail.__class__ is _STR and v_cancel_on_fail in _ALLOWED_0_1)
                and (v_request_id.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                try:
                    obj.new_size = _decimal(v_new_size)
                except DecodeError as error:
                    raise error.at("new_size") from None
                try:
                    obj.new_price = _decimal(v_new_price)
                except DecodeError as error:
                    raise error.at("new_price") from None
                obj.cancel_on_fail = v_cancel_on_fail
                obj.request_id = v_request_id
                return obj
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
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
    if "new_size" not in data:
        obj.new_size = None
        count += 1
    else:
        value = data["new_size"]
        try:
            obj.new_size = _decimal(value)
        except DecodeError as error:
            raise error.at("new_size") from None
    if "new_price" not in data:
        obj.new_price = None
        count += 1
    else:
        value = data["new_price"]
        try:
            obj.new_price = _decimal(value)
        except DecodeError as error:
            raise error.at("new_price") from None
    if "cancel_on_fail" not in data:
        obj.cancel_on_fail = None
        count += 1
    elif (value := data["cancel_on_fail"]).__class__ is _STR and value in _ALLOWED_0_1:
        obj.cancel_on_fail = value
    else:
        raise _not_one_of("'0', '1'", value).at("cancel_on_fail")
    if "request_id" not in data:
        obj.request_id = None
        count += 1
    elif (value := data["request_id"]).__class__ is str:
        obj.request_id = value
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
    if count == 3:
        try:
            v_borrow_id = data["borrow_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_borrow_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.borrow_id = v_borrow_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "borrow_id" not in data:
        obj.borrow_id = None
        count += 1
    elif (value := data["borrow_id"]).__class__ is str:
        obj.borrow_id = value
    else:
        raise _expected("a string", value).at("borrow_id")
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
    if count == 13:
        try:
            v_borrow_id = data["borrow_id"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_interest = data["interest"]
            v_repay_amount = data["repay_amount"]
            v_returned_amount = data["returned_amount"]
            v_repay_interest = data["repay_interest"]
            v_paid_interest = data["paid_interest"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
            v_last_interest_time = data["last_interest_time"]
        except KeyError:
            pass
        else:
            if (
                (v_borrow_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
                and (v_last_interest_time.__class__ is str)
            ):
                obj.borrow_id = v_borrow_id
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                try:
                    obj.interest = _decimal(v_interest)
                except DecodeError as error:
                    raise error.at("interest") from None
                try:
                    obj.repay_amount = _decimal(v_repay_amount)
                except DecodeError as error:
                    raise error.at("repay_amount") from None
                try:
                    obj.returned_amount = _decimal(v_returned_amount)
                except DecodeError as error:
                    raise error.at("returned_amount") from None
                try:
                    obj.repay_interest = _decimal(v_repay_interest)
                except DecodeError as error:
                    raise error.at("repay_interest") from None
                try:
                    obj.paid_interest = _decimal(v_paid_interest)
                except DecodeError as error:
                    raise error.at("paid_interest") from None
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.last_interest_time = v_last_interest_time
                obj.extra_fields = {}
                return obj
    try:
        value = data["borrow_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("borrow_id",)) from None
    if value.__class__ is str:
        obj.borrow_id = value
    else:
        raise _expected("a string", value).at("borrow_id")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
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
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "interest" not in data:
        obj.interest = None
        count += 1
    else:
        value = data["interest"]
        try:
            obj.interest = _decimal(value)
        except DecodeError as error:
            raise error.at("interest") from None
    if "repay_amount" not in data:
        obj.repay_amount = None
        count += 1
    else:
        value = data["repay_amount"]
        try:
            obj.repay_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_amount") from None
    if "returned_amount" not in data:
        obj.returned_amount = None
        count += 1
    else:
        value = data["returned_amount"]
        try:
            obj.returned_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("returned_amount") from None
    if "repay_interest" not in data:
        obj.repay_interest = None
        count += 1
    else:
        value = data["repay_interest"]
        try:
            obj.repay_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_interest") from None
    if "paid_interest" not in data:
        obj.paid_interest = None
        count += 1
    else:
        value = data["paid_interest"]
        try:
            obj.paid_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("paid_interest") from None
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
    if "last_interest_time" not in data:
        obj.last_interest_time = None
        count += 1
    elif (value := data["last_interest_time"]).__class__ is str:
        obj.last_interest_time = value
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
    if count == 9:
        try:
            v_instrument_id = data["instrument_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_client_oid = data["client_oid"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_margin_trading = data["margin_trading"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_side.__class__ is _STR and v_side in _ALLOWED_buy_sell)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_limit_market)
                and (v_client_oid.__class__ is str)
                and (v_order_type.__class__ is _STR and v_order_type in _ALLOWED_0_1_2_3)
                and (v_margin_trading.__class__ is _STR and v_margin_trading in _ALLOWED_2)
            ):
                obj.instrument_id = v_instrument_id
                obj.side = v_side
                obj.type = v_type
                obj.client_oid = v_client_oid
                obj.order_type = v_order_type
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decimal(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                obj.margin_trading = v_margin_trading
                return obj
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
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
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
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
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
    if count == 3:
        try:
            v_repayment_id = data["repayment_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_repayment_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.repayment_id = v_repayment_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "repayment_id" not in data:
        obj.repayment_id = None
        count += 1
    elif (value := data["repayment_id"]).__class__ is str:
        obj.repayment_id = value
    else:
        raise _expected("a string", value).at("repayment_id")
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
