"""Decoders and encoders of the models of the ``transaction`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _first_match, _new, _not_one_of
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
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
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
    value = data.get("transaction", _MISSING)
    if value is _MISSING:
        obj.transaction = None
        count += 1
    else:
        try:
            obj.transaction = structure_transaction_response_transaction(value)
        except DecodeError as error:
            raise error.at("transaction") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
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
    value = data.get("action", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_5_more:
        obj.action = value
    elif value is _MISSING:
        obj.action = None
        count += 1
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action")
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("balance", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    elif value is _MISSING:
        obj.balance = None
        count += 1
    else:
        raise _expected("a number", value).at("balance")
    value = data.get("barrier", _MISSING)
    if value is _MISSING:
        obj.barrier = UNSET
        count += 1
    else:
        try:
            obj.barrier = None if value is None else _decode_float_or_str(value)
        except DecodeError as error:
            raise error.at("barrier") from None
    value = data.get("contract_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.contract_id = value
    elif value is _MISSING:
        obj.contract_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("contract_id")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_expiry")
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("high_barrier", _MISSING)
    if value is _MISSING:
        obj.high_barrier = None
        count += 1
    else:
        try:
            obj.high_barrier = _decode_float_or_str(value)
        except DecodeError as error:
            raise error.at("high_barrier") from None
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    value = data.get("longcode", _MISSING)
    if value.__class__ is str:
        obj.longcode = value
    elif value is _MISSING:
        obj.longcode = None
        count += 1
    else:
        raise _expected("a string", value).at("longcode")
    value = data.get("low_barrier", _MISSING)
    if value.__class__ is str:
        obj.low_barrier = value
    elif value is _MISSING:
        obj.low_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("low_barrier")
    value = data.get("purchase_time", _MISSING)
    if value.__class__ is int:
        obj.purchase_time = value
    elif value is _MISSING:
        obj.purchase_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("purchase_time")
    value = data.get("stop_loss", _MISSING)
    if value is None or (value.__class__ is str):
        obj.stop_loss = value
    elif value is _MISSING:
        obj.stop_loss = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("stop_loss")
    value = data.get("stop_out", _MISSING)
    if value is None or (value.__class__ is str):
        obj.stop_out = value
    elif value is _MISSING:
        obj.stop_out = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("stop_out")
    value = data.get("symbol", _MISSING)
    if value.__class__ is str:
        obj.symbol = value
    elif value is _MISSING:
        obj.symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("symbol")
    value = data.get("take_profit", _MISSING)
    if value is None or (value.__class__ is str):
        obj.take_profit = value
    elif value is _MISSING:
        obj.take_profit = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("take_profit")
    value = data.get("transaction_id", _MISSING)
    if value.__class__ is int:
        obj.transaction_id = value
    elif value is _MISSING:
        obj.transaction_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("transaction_id")
    value = data.get("transaction_time", _MISSING)
    if value.__class__ is int:
        obj.transaction_time = value
    elif value is _MISSING:
        obj.transaction_time = None
        count += 1
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
