"""Decoders and encoders of the models of the ``statement`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_adjustment_buy_deposit_and_5_more = frozenset(
    {"adjustment", "buy", "deposit", "escrow", "sell", "transfer", "virtual_credit", "withdrawal"}
)


_ALLOWED_adjustment_buy_deposit_and_6_more = frozenset(
    {
        "adjustment",
        "buy",
        "deposit",
        "hold",
        "release",
        "sell",
        "transfer",
        "virtual_credit",
        "withdrawal",
    }
)


_ALLOWED_statement = frozenset({"statement"})


_KEYS_STATEMENT_REQUEST = frozenset(
    (
        "statement",
        "action_type",
        "date_from",
        "date_to",
        "description",
        "limit",
        "offset",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_STATEMENT_RESPONSE = frozenset(
    (
        "statement",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_STATEMENT_RESPONSE_STATEMENT = frozenset(
    (
        "count",
        "transactions",
    )
)


_KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM = frozenset(
    (
        "action_type",
        "amount",
        "app_id",
        "balance_after",
        "contract_id",
        "fees",
        "from",
        "longcode",
        "payout",
        "purchase_time",
        "reference_id",
        "shortcode",
        "to",
        "transaction_id",
        "transaction_time",
        "withdrawal_details",
    )
)


_KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_FEES = frozenset(
    (
        "amount",
        "currency",
        "minimum",
        "percentage",
    )
)


_KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_FROM = frozenset(("loginid",))


_KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_TO = frozenset(("loginid",))


def _decode_list_of_StatementResponseStatementTransactionsItem(
    value: Any,
) -> list[m.StatementResponseStatementTransactionsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_statement_response_statement_transactions_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_statement_response_statement_transactions_item
        ) from None


def structure_statement_request(data: Any) -> m.StatementRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementRequest)
    count = len(data)
    try:
        value = data["statement"]
    except KeyError:
        raise DecodeError("required field is missing", ("statement",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.statement = value
    else:
        raise _not_one_of("1", value).at("statement")
    value = data.get("action_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_5_more:
        obj.action_type = value
    elif value is _MISSING:
        obj.action_type = None
        count += 1
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action_type")
    value = data.get("date_from", _MISSING)
    if value.__class__ is int:
        obj.date_from = value
    elif value is _MISSING:
        obj.date_from = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_from")
    value = data.get("date_to", _MISSING)
    if value.__class__ is int:
        obj.date_to = value
    elif value is _MISSING:
        obj.date_to = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_to")
    value = data.get("description", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.description = value
    elif value is _MISSING:
        obj.description = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("description")
    value = data.get("limit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.limit = value
    elif value is _MISSING:
        obj.limit = None
        count += 1
    else:
        raise _expected("a number", value).at("limit")
    value = data.get("offset", _MISSING)
    if value.__class__ is int:
        obj.offset = value
    elif value is _MISSING:
        obj.offset = None
        count += 1
    else:
        raise _expected("an integer", value).at("offset")
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
    if count != 10:
        unknown = sorted(key for key in data if key not in _KEYS_STATEMENT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_statement_request(obj: m.StatementRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"statement": obj.statement}
    value: Any
    value = obj.action_type
    if value is not None:
        data["action_type"] = value
    value = obj.date_from
    if value is not None:
        data["date_from"] = value
    value = obj.date_to
    if value is not None:
        data["date_to"] = value
    value = obj.description
    if value is not None:
        data["description"] = value
    value = obj.limit
    if value is not None:
        data["limit"] = value
    value = obj.offset
    if value is not None:
        data["offset"] = value
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


def structure_statement_response(data: Any) -> m.StatementResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponse)
    count = len(data)
    value = data.get("statement", _MISSING)
    if value is _MISSING:
        obj.statement = None
        count += 1
    else:
        try:
            obj.statement = structure_statement_response_statement(value)
        except DecodeError as error:
            raise error.at("statement") from None
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
    if value.__class__ is _STR and value in _ALLOWED_statement:
        obj.msg_type = value
    else:
        raise _not_one_of("'statement'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_STATEMENT_RESPONSE}
    return obj


def unstructure_statement_response(obj: m.StatementResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.statement
    if value is not None:
        data["statement"] = unstructure_statement_response_statement(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_statement_response_statement(data: Any) -> m.StatementResponseStatement:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponseStatement)
    count = len(data)
    value = data.get("count", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.count = value
    elif value is _MISSING:
        obj.count = None
        count += 1
    else:
        raise _expected("a number", value).at("count")
    value = data.get("transactions", _MISSING)
    if value is _MISSING:
        obj.transactions = None
        count += 1
    else:
        try:
            obj.transactions = _decode_list_of_StatementResponseStatementTransactionsItem(value)
        except DecodeError as error:
            raise error.at("transactions") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_STATEMENT_RESPONSE_STATEMENT
        }
    return obj


def unstructure_statement_response_statement(obj: m.StatementResponseStatement) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.count
    if value is not None:
        data["count"] = value
    value = obj.transactions
    if value is not None:
        data["transactions"] = [
            unstructure_statement_response_statement_transactions_item(item) for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_statement_response_statement_transactions_item(
    data: Any,
) -> m.StatementResponseStatementTransactionsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponseStatementTransactionsItem)
    count = len(data)
    value = data.get("action_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_6_more:
        obj.action_type = value
    elif value is _MISSING:
        obj.action_type = None
        count += 1
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'hold', 'release', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action_type")
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("app_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.app_id = value
    elif value is _MISSING:
        obj.app_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("app_id")
    value = data.get("balance_after", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance_after = value
    elif value is _MISSING:
        obj.balance_after = None
        count += 1
    else:
        raise _expected("a number", value).at("balance_after")
    value = data.get("contract_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.contract_id = value
    elif value is _MISSING:
        obj.contract_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("contract_id")
    value = data.get("fees", _MISSING)
    if value is _MISSING:
        obj.fees = None
        count += 1
    else:
        try:
            obj.fees = structure_statement_response_statement_transactions_item_fees(value)
        except DecodeError as error:
            raise error.at("fees") from None
    value = data.get("from", _MISSING)
    if value is _MISSING:
        obj.from_ = None
        count += 1
    else:
        try:
            obj.from_ = structure_statement_response_statement_transactions_item_from(value)
        except DecodeError as error:
            raise error.at("from") from None
    value = data.get("longcode", _MISSING)
    if value.__class__ is str:
        obj.longcode = value
    elif value is _MISSING:
        obj.longcode = None
        count += 1
    else:
        raise _expected("a string", value).at("longcode")
    value = data.get("payout", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.payout = value
    elif value is _MISSING:
        obj.payout = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("payout")
    value = data.get("purchase_time", _MISSING)
    if value.__class__ is int:
        obj.purchase_time = value
    elif value is _MISSING:
        obj.purchase_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("purchase_time")
    value = data.get("reference_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.reference_id = value
    elif value is _MISSING:
        obj.reference_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("reference_id")
    value = data.get("shortcode", _MISSING)
    if value is None or (value.__class__ is str):
        obj.shortcode = value
    elif value is _MISSING:
        obj.shortcode = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("shortcode")
    value = data.get("to", _MISSING)
    if value is _MISSING:
        obj.to = None
        count += 1
    else:
        try:
            obj.to = structure_statement_response_statement_transactions_item_to(value)
        except DecodeError as error:
            raise error.at("to") from None
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
    value = data.get("withdrawal_details", _MISSING)
    if value.__class__ is str:
        obj.withdrawal_details = value
    elif value is _MISSING:
        obj.withdrawal_details = None
        count += 1
    else:
        raise _expected("a string", value).at("withdrawal_details")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM
        }
    return obj


def unstructure_statement_response_statement_transactions_item(
    obj: m.StatementResponseStatementTransactionsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.action_type
    if value is not None:
        data["action_type"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.app_id
    if value is not UNSET:
        data["app_id"] = value
    value = obj.balance_after
    if value is not None:
        data["balance_after"] = value
    value = obj.contract_id
    if value is not UNSET:
        data["contract_id"] = value
    value = obj.fees
    if value is not None:
        data["fees"] = unstructure_statement_response_statement_transactions_item_fees(value)
    value = obj.from_
    if value is not None:
        data["from"] = unstructure_statement_response_statement_transactions_item_from(value)
    value = obj.longcode
    if value is not None:
        data["longcode"] = value
    value = obj.payout
    if value is not UNSET:
        data["payout"] = value
    value = obj.purchase_time
    if value is not None:
        data["purchase_time"] = value
    value = obj.reference_id
    if value is not UNSET:
        data["reference_id"] = value
    value = obj.shortcode
    if value is not UNSET:
        data["shortcode"] = value
    value = obj.to
    if value is not None:
        data["to"] = unstructure_statement_response_statement_transactions_item_to(value)
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.transaction_time
    if value is not None:
        data["transaction_time"] = value
    value = obj.withdrawal_details
    if value is not None:
        data["withdrawal_details"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_statement_response_statement_transactions_item_fees(
    data: Any,
) -> m.StatementResponseStatementTransactionsItemFees:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponseStatementTransactionsItemFees)
    count = len(data)
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("minimum", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.minimum = value
    elif value is _MISSING:
        obj.minimum = None
        count += 1
    else:
        raise _expected("a number", value).at("minimum")
    value = data.get("percentage", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.percentage = value
    elif value is _MISSING:
        obj.percentage = None
        count += 1
    else:
        raise _expected("a number", value).at("percentage")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_FEES
        }
    return obj


def unstructure_statement_response_statement_transactions_item_fees(
    obj: m.StatementResponseStatementTransactionsItemFees,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.minimum
    if value is not None:
        data["minimum"] = value
    value = obj.percentage
    if value is not None:
        data["percentage"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_statement_response_statement_transactions_item_from(
    data: Any,
) -> m.StatementResponseStatementTransactionsItemFrom:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponseStatementTransactionsItemFrom)
    count = len(data)
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_FROM
        }
    return obj


def unstructure_statement_response_statement_transactions_item_from(
    obj: m.StatementResponseStatementTransactionsItemFrom,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_statement_response_statement_transactions_item_to(
    data: Any,
) -> m.StatementResponseStatementTransactionsItemTo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.StatementResponseStatementTransactionsItemTo)
    count = len(data)
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_STATEMENT_RESPONSE_STATEMENT_TRANSACTIONS_ITEM_TO
        }
    return obj


def unstructure_statement_response_statement_transactions_item_to(
    obj: m.StatementResponseStatementTransactionsItemTo,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.StatementRequest: structure_statement_request,
    m.StatementResponse: structure_statement_response,
    m.StatementResponseStatement: structure_statement_response_statement,
    m.StatementResponseStatementTransactionsItem: structure_statement_response_statement_transactions_item,
    m.StatementResponseStatementTransactionsItemFees: structure_statement_response_statement_transactions_item_fees,
    m.StatementResponseStatementTransactionsItemFrom: structure_statement_response_statement_transactions_item_from,
    m.StatementResponseStatementTransactionsItemTo: structure_statement_response_statement_transactions_item_to,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.StatementRequest: unstructure_statement_request,
    m.StatementResponse: unstructure_statement_response,
    m.StatementResponseStatement: unstructure_statement_response_statement,
    m.StatementResponseStatementTransactionsItem: unstructure_statement_response_statement_transactions_item,
    m.StatementResponseStatementTransactionsItemFees: unstructure_statement_response_statement_transactions_item_fees,
    m.StatementResponseStatementTransactionsItemFrom: unstructure_statement_response_statement_transactions_item_from,
    m.StatementResponseStatementTransactionsItemTo: unstructure_statement_response_statement_transactions_item_to,
}
