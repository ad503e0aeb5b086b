"""Decoders and encoders of the models of the ``transaction`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _first_match, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_adjustment_buy_deposit_and_5_more = frozenset(
    {"adjustment", "buy", "deposit", "escrow", "sell", "transfer", "virtual_credit", "withdrawal"}
)


_ALLOWED_transaction = frozenset({"transaction"})


_KEYS_TRANSACTION_REQUEST = frozenset(
    (
        "transaction",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRANSACTION_RESPONSE = frozenset(
    (
        "transaction",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TRANSACTION_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_TRANSACTION_RESPONSE_TRANSACTION = frozenset(
    (
        "action",
        "amount",
        "balance",
        "barrier",
        "contract_id",
        "currency",
        "date_expiry",
        "display_name",
        "high_barrier",
        "id",
        "longcode",
        "low_barrier",
        "purchase_time",
        "stop_loss",
        "stop_out",
        "symbol",
        "take_profit",
        "transaction_id",
        "transaction_time",
    )
)


def _decode_float(value: Any) -> float:
    if value.__class__ is not float and value.__class__ is not int:
        raise _expected("a number", value)
    result: float = value
    return result


def _decode_float_or_str(value: Any) -> float | str:
    result: float | str = _first_match(
        value,
        (
            _decode_float,
            _decode_str,
        ),
    )
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_transaction_request(data: Any) -> m.TransactionRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransactionRequest)
    count = len(data)
    if count == 5:
        try:
            v_transaction = data["transaction"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_transaction.__class__ is _INT and v_transaction in _ALLOWED_1)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.transaction = v_transaction
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["transaction"]
    except KeyError:
        raise DecodeError("required field is missing", ("transaction",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.transaction = value
    else:
        raise _not_one_of("1", value).at("transaction")
    try:
        value = data["subscribe"]
    except KeyError:
        raise DecodeError("required field is missing", ("subscribe",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_TRANSACTION_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_transaction_request(obj: m.TransactionRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"transaction": obj.transaction, "subscribe": obj.subscribe}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_transaction_response(data: Any) -> m.TransactionResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransactionResponse)
    count = len(data)
    if count == 5:
        try:
            v_transaction = data["transaction"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_transaction)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.transaction = structure_transaction_response_transaction(v_transaction)
                except DecodeError as error:
                    raise error.at("transaction") from None
                try:
                    obj.subscription = structure_transaction_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "transaction" not in data:
        obj.transaction = None
        count += 1
    else:
        value = data["transaction"]
        try:
            obj.transaction = structure_transaction_response_transaction(value)
        except DecodeError as error:
            raise error.at("transaction") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_transaction_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_transaction:
        obj.msg_type = value
    else:
        raise _not_one_of("'transaction'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TRANSACTION_RESPONSE}
    return obj


def unstructure_transaction_response(obj: m.TransactionResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.transaction
    if value is not None:
        data["transaction"] = unstructure_transaction_response_transaction(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_transaction_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_transaction_response_subscription(data: Any) -> m.TransactionResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransactionResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_TRANSACTION_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_transaction_response_subscription(
    obj: m.TransactionResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_transaction_response_transaction(data: Any) -> m.TransactionResponseTransaction:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransactionResponseTransaction)
    count = len(data)
    if count == 19:
        try:
            v_action = data["action"]
            v_amount = data["amount"]
            v_balance = data["balance"]
            v_barrier = data["barrier"]
            v_contract_id = data["contract_id"]
            v_currency = data["currency"]
            v_date_expiry = data["date_expiry"]
            v_display_name = data["display_name"]
            v_high_barrier = data["high_barrier"]
            v_id = data["id"]
            v_longcode = data["longcode"]
            v_low_barrier = data["low_barrier"]
            v_purchase_time = data["purchase_time"]
            v_stop_loss = data["stop_loss"]
            v_stop_out = data["stop_out"]
            v_symbol = data["symbol"]
            v_take_profit = data["take_profit"]
            v_transaction_id = data["transaction_id"]
            v_transaction_time = data["transaction_time"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_action.__class__ is _STR
                    and v_action in _ALLOWED_adjustment_buy_deposit_and_5_more
                )
                and ((kind := v_amount.__class__) is float or kind is int)
                and ((kind := v_balance.__class__) is float or kind is int)
                and (v_contract_id is None or (v_contract_id.__class__ is int))
                and (v_currency.__class__ is str)
                and (v_date_expiry.__class__ is int)
                and (v_display_name.__class__ is str)
                and (v_id.__class__ is str)
                and (v_longcode.__class__ is str)
                and (v_low_barrier.__class__ is str)
                and (v_purchase_time.__class__ is int)
                and (v_stop_loss is None or (v_stop_loss.__class__ is str))
                and (v_stop_out is None or (v_stop_out.__class__ is str))
                and (v_symbol.__class__ is str)
                and (v_take_profit is None or (v_take_profit.__class__ is str))
                and (v_transaction_id.__class__ is int)
                and (v_transaction_time.__class__ is int)
            ):
                obj.action = v_action
                obj.amount = v_amount
                obj.balance = v_balance
                try:
                    obj.barrier = None if v_barrier is None else _decode_float_or_str(v_barrier)
                except DecodeError as error:
                    raise error.at("barrier") from None
                obj.contract_id = v_contract_id
                obj.currency = v_currency
                obj.date_expiry = v_date_expiry
                obj.display_name = v_display_name
                try:
                    obj.high_barrier = _decode_float_or_str(v_high_barrier)
                except DecodeError as error:
                    raise error.at("high_barrier") from None
                obj.id = v_id
                obj.longcode = v_longcode
                obj.low_barrier = v_low_barrier
                obj.purchase_time = v_purchase_time
                obj.stop_loss = v_stop_loss
                obj.stop_out = v_stop_out
                obj.symbol = v_symbol
                obj.take_profit = v_take_profit
                obj.transaction_id = v_transaction_id
                obj.transaction_time = v_transaction_time
                obj.extra_fields = {}
                return obj
    if "action" not in data:
        obj.action = None
        count += 1
    elif (
        value := data["action"]
    ).__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_5_more:
        obj.action = value
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (kind := (value := data["balance"]).__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    if "barrier" not in data:
        obj.barrier = UNSET
        count += 1
    else:
        value = data["barrier"]
        try:
            obj.barrier = None if value is None else _decode_float_or_str(value)
        except DecodeError as error:
            raise error.at("barrier") from None
    if "contract_id" not in data:
        obj.contract_id = UNSET
        count += 1
    elif (value := data["contract_id"]) is None or (value.__class__ is int):
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "date_expiry" not in data:
        obj.date_expiry = None
        count += 1
    elif (value := data["date_expiry"]).__class__ is int:
        obj.date_expiry = value
    else:
        raise _expected("an integer", value).at("date_expiry")
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "high_barrier" not in data:
        obj.high_barrier = None
        count += 1
    else:
        value = data["high_barrier"]
        try:
            obj.high_barrier = _decode_float_or_str(value)
        except DecodeError as error:
            raise error.at("high_barrier") from None
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "longcode" not in data:
        obj.longcode = None
        count += 1
    elif (value := data["longcode"]).__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    if "low_barrier" not in data:
        obj.low_barrier = None
        count += 1
    elif (value := data["low_barrier"]).__class__ is str:
        obj.low_barrier = value
    else:
        raise _expected("a string", value).at("low_barrier")
    if "purchase_time" not in data:
        obj.purchase_time = None
        count += 1
    elif (value := data["purchase_time"]).__class__ is int:
        obj.purchase_time = value
    else:
        raise _expected("an integer", value).at("purchase_time")
    if "stop_loss" not in data:
        obj.stop_loss = UNSET
        count += 1
    elif (value := data["stop_loss"]) is None or (value.__class__ is str):
        obj.stop_loss = value
    else:
        raise _expected("a string", value).at("stop_loss")
    if "stop_out" not in data:
        obj.stop_out = UNSET
        count += 1
    elif (value := data["stop_out"]) is None or (value.__class__ is str):
        obj.stop_out = value
    else:
        raise _expected("a string", value).at("stop_out")
    if "symbol" not in data:
        obj.symbol = None
        count += 1
    elif (value := data["symbol"]).__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if "take_profit" not in data:
        obj.take_profit = UNSET
        count += 1
    elif (value := data["take_profit"]) is None or (value.__class__ is str):
        obj.take_profit = value
    else:
        raise _expected("a string", value).at("take_profit")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if "transaction_time" not in data:
        obj.transaction_time = None
        count += 1
    elif (value := data["transaction_time"]).__class__ is int:
        obj.transaction_time = value
    else:
        raise _expected("an integer", value).at("transaction_time")
    if count == 19:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TRANSACTION_RESPONSE_TRANSACTION
        }
    return obj


def unstructure_transaction_response_transaction(
    obj: m.TransactionResponseTransaction,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.action
    if value is not None:
        data["action"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.barrier
    if value is not UNSET:
        data["barrier"] = value
    value = obj.contract_id
    if value is not UNSET:
        data["contract_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.high_barrier
    if value is not None:
        data["high_barrier"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.longcode
    if value is not None:
        data["longcode"] = value
    value = obj.low_barrier
    if value is not None:
        data["low_barrier"] = value
    value = obj.purchase_time
    if value is not None:
        data["purchase_time"] = value
    value = obj.stop_loss
    if value is not UNSET:
        data["stop_loss"] = value
    value = obj.stop_out
    if value is not UNSET:
        data["stop_out"] = value
    value = obj.symbol
    if value is not None:
        data["symbol"] = value
    value = obj.take_profit
    if value is not UNSET:
        data["take_profit"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.transaction_time
    if value is not None:
        data["transaction_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TransactionRequest: structure_transaction_request,
    m.TransactionResponse: structure_transaction_response,
    m.TransactionResponseSubscription: structure_transaction_response_subscription,
    m.TransactionResponseTransaction: structure_transaction_response_transaction,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TransactionRequest: unstructure_transaction_request,
    m.TransactionResponse: unstructure_transaction_response,
    m.TransactionResponseSubscription: unstructure_transaction_response_subscription,
    m.TransactionResponseTransaction: unstructure_transaction_response_transaction,
}
