"""Decoders and encoders of the models of the ``statement`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 10:
        try:
            v_statement = data["statement"]
            v_action_type = data["action_type"]
            v_date_from = data["date_from"]
            v_date_to = data["date_to"]
            v_description = data["description"]
            v_limit = data["limit"]
            v_offset = data["offset"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_statement.__class__ is _INT and v_statement in _ALLOWED_1)
                and (
                    v_action_type.__class__ is _STR
                    and v_action_type in _ALLOWED_adjustment_buy_deposit_and_5_more
                )
                and (v_date_from.__class__ is int)
                and (v_date_to.__class__ is int)
                and (v_description.__class__ is _INT and v_description in _ALLOWED_0_1)
                and ((kind := v_limit.__class__) is float or kind is int)
                and (v_offset.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.statement = v_statement
                obj.action_type = v_action_type
                obj.date_from = v_date_from
                obj.date_to = v_date_to
                obj.description = v_description
                obj.limit = v_limit
                obj.offset = v_offset
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["statement"]
    except KeyError:
        raise DecodeError("required field is missing", ("statement",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.statement = value
    else:
        raise _not_one_of("1", value).at("statement")
    if "action_type" not in data:
        obj.action_type = None
        count += 1
    elif (
        value := data["action_type"]
    ).__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_5_more:
        obj.action_type = value
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'escrow', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action_type")
    if "date_from" not in data:
        obj.date_from = None
        count += 1
    elif (value := data["date_from"]).__class__ is int:
        obj.date_from = value
    else:
        raise _expected("an integer", value).at("date_from")
    if "date_to" not in data:
        obj.date_to = None
        count += 1
    elif (value := data["date_to"]).__class__ is int:
        obj.date_to = value
    else:
        raise _expected("an integer", value).at("date_to")
    if "description" not in data:
        obj.description = None
        count += 1
    elif (value := data["description"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.description = value
    else:
        raise _not_one_of("0, 1", value).at("description")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (kind := (value := data["limit"]).__class__) is float or kind is int:
        obj.limit = value
    else:
        raise _expected("a number", value).at("limit")
    if "offset" not in data:
        obj.offset = None
        count += 1
    elif (value := data["offset"]).__class__ is int:
        obj.offset = value
    else:
        raise _expected("an integer", value).at("offset")
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
    if count == 4:
        try:
            v_statement = data["statement"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_statement)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.statement = structure_statement_response_statement(v_statement)
                except DecodeError as error:
                    raise error.at("statement") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "statement" not in data:
        obj.statement = None
        count += 1
    else:
        value = data["statement"]
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
    if count == 2:
        try:
            v_count = data["count"]
            v_transactions = data["transactions"]
        except KeyError:
            pass
        else:
            if (kind := v_count.__class__) is float or kind is int:
                obj.count = v_count
                try:
                    obj.transactions = _decode_list_of_StatementResponseStatementTransactionsItem(
                        v_transactions
                    )
                except DecodeError as error:
                    raise error.at("transactions") from None
                obj.extra_fields = {}
                return obj
    if "count" not in data:
        obj.count = None
        count += 1
    elif (kind := (value := data["count"]).__class__) is float or kind is int:
        obj.count = value
    else:
        raise _expected("a number", value).at("count")
    if "transactions" not in data:
        obj.transactions = None
        count += 1
    else:
        value = data["transactions"]
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
    if count == 16:
        try:
            v_action_type = data["action_type"]
            v_amount = data["amount"]
            v_app_id = data["app_id"]
            v_balance_after = data["balance_after"]
            v_contract_id = data["contract_id"]
            v_fees = data["fees"]
            v_from_ = data["from"]
            v_longcode = data["longcode"]
            v_payout = data["payout"]
            v_purchase_time = data["purchase_time"]
            v_reference_id = data["reference_id"]
            v_shortcode = data["shortcode"]
            v_to = data["to"]
            v_transaction_id = data["transaction_id"]
            v_transaction_time = data["transaction_time"]
            v_withdrawal_details = data["withdrawal_details"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_action_type.__class__ is _STR
                    and v_action_type in _ALLOWED_adjustment_buy_deposit_and_6_more
                )
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_app_id is None or (v_app_id.__class__ is int))
                and ((kind := v_balance_after.__class__) is float or kind is int)
                and (v_contract_id is None or (v_contract_id.__class__ is int))
                and (v_longcode.__class__ is str)
                and (v_payout is None or ((kind := v_payout.__class__) is float or kind is int))
                and (v_purchase_time.__class__ is int)
                and (v_reference_id is None or (v_reference_id.__class__ is int))
                and (v_shortcode is None or (v_shortcode.__class__ is str))
                and (v_transaction_id.__class__ is int)
                and (v_transaction_time.__class__ is int)
                and (v_withdrawal_details.__class__ is str)
            ):
                obj.action_type = v_action_type
                obj.amount = v_amount
                obj.app_id = v_app_id
                obj.balance_after = v_balance_after
                obj.contract_id = v_contract_id
                try:
                    obj.fees = structure_statement_response_statement_transactions_item_fees(v_fees)
                except DecodeError as error:
                    raise error.at("fees") from None
                try:
                    obj.from_ = structure_statement_response_statement_transactions_item_from(
                        v_from_
                    )
                except DecodeError as error:
                    raise error.at("from") from None
                obj.longcode = v_longcode
                obj.payout = v_payout
                obj.purchase_time = v_purchase_time
                obj.reference_id = v_reference_id
                obj.shortcode = v_shortcode
                try:
                    obj.to = structure_statement_response_statement_transactions_item_to(v_to)
                except DecodeError as error:
                    raise error.at("to") from None
                obj.transaction_id = v_transaction_id
                obj.transaction_time = v_transaction_time
                obj.withdrawal_details = v_withdrawal_details
                obj.extra_fields = {}
                return obj
    if "action_type" not in data:
        obj.action_type = None
        count += 1
    elif (
        value := data["action_type"]
    ).__class__ is _STR and value in _ALLOWED_adjustment_buy_deposit_and_6_more:
        obj.action_type = value
    else:
        raise _not_one_of(
            "'buy', 'sell', 'deposit', 'withdrawal', 'hold', 'release', 'adjustment', 'virtual_credit', 'transfer'",
            value,
        ).at("action_type")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "app_id" not in data:
        obj.app_id = UNSET
        count += 1
    elif (value := data["app_id"]) is None or (value.__class__ is int):
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    if "balance_after" not in data:
        obj.balance_after = None
        count += 1
    elif (kind := (value := data["balance_after"]).__class__) is float or kind is int:
        obj.balance_after = value
    else:
        raise _expected("a number", value).at("balance_after")
    if "contract_id" not in data:
        obj.contract_id = UNSET
        count += 1
    elif (value := data["contract_id"]) is None or (value.__class__ is int):
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    if "fees" not in data:
        obj.fees = None
        count += 1
    else:
        value = data["fees"]
        try:
            obj.fees = structure_statement_response_statement_transactions_item_fees(value)
        except DecodeError as error:
            raise error.at("fees") from None
    if "from" not in data:
        obj.from_ = None
        count += 1
    else:
        value = data["from"]
        try:
            obj.from_ = structure_statement_response_statement_transactions_item_from(value)
        except DecodeError as error:
            raise error.at("from") from None
    if "longcode" not in data:
        obj.longcode = None
        count += 1
    elif (value := data["longcode"]).__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    if "payout" not in data:
        obj.payout = UNSET
        count += 1
    elif (value := data["payout"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    if "purchase_time" not in data:
        obj.purchase_time = None
        count += 1
    elif (value := data["purchase_time"]).__class__ is int:
        obj.purchase_time = value
    else:
        raise _expected("an integer", value).at("purchase_time")
    if "reference_id" not in data:
        obj.reference_id = UNSET
        count += 1
    elif (value := data["reference_id"]) is None or (value.__class__ is int):
        obj.reference_id = value
    else:
        raise _expected("an integer", value).at("reference_id")
    if "shortcode" not in data:
        obj.shortcode = UNSET
        count += 1
    elif (value := data["shortcode"]) is None or (value.__class__ is str):
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    if "to" not in data:
        obj.to = None
        count += 1
    else:
        value = data["to"]
        try:
            obj.to = structure_statement_response_statement_transactions_item_to(value)
        except DecodeError as error:
            raise error.at("to") from None
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
    if "withdrawal_details" not in data:
        obj.withdrawal_details = None
        count += 1
    elif (value := data["withdrawal_details"]).__class__ is str:
        obj.withdrawal_details = value
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
    if count == 4:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
            v_minimum = data["minimum"]
            v_percentage = data["percentage"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_amount.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and ((kind := v_minimum.__class__) is float or kind is int)
                and ((kind := v_percentage.__class__) is float or kind is int)
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.minimum = v_minimum
                obj.percentage = v_percentage
                obj.extra_fields = {}
                return obj
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "minimum" not in data:
        obj.minimum = None
        count += 1
    elif (kind := (value := data["minimum"]).__class__) is float or kind is int:
        obj.minimum = value
    else:
        raise _expected("a number", value).at("minimum")
    if "percentage" not in data:
        obj.percentage = None
        count += 1
    elif (kind := (value := data["percentage"]).__class__) is float or kind is int:
        obj.percentage = value
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
    if count == 1:
        try:
            v_loginid = data["loginid"]
        except KeyError:
            pass
        else:
            if v_loginid.__class__ is str:
                obj.loginid = v_loginid
                obj.extra_fields = {}
                return obj
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
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
    if count == 1:
        try:
            v_loginid = data["loginid"]
        except KeyError:
            pass
        else:
            if v_loginid.__class__ is str:
                obj.loginid = v_loginid
                obj.extra_fields = {}
                return obj
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
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
