"""Decoders and encoders of the models of the ``profit_table`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_ACCU_ASIAND_ASIANU_and_35_more = frozenset(
    {
        "ACCU",
        "ASIAND",
        "ASIANU",
        "CALL",
        "CALLE",
        "CALLSPREAD",
        "DIGITDIFF",
        "DIGITEVEN",
        "DIGITMATCH",
        "DIGITODD",
        "DIGITOVER",
        "DIGITUNDER",
        "EXPIRYMISS",
        "EXPIRYMISSE",
        "EXPIRYRANGE",
        "EXPIRYRANGEE",
        "LBFLOATCALL",
        "LBFLOATPUT",
        "LBHIGHLOW",
        "MULTDOWN",
        "MULTUP",
        "NOTOUCH",
        "ONETOUCH",
        "PUT",
        "PUTE",
        "PUTSPREAD",
        "RANGE",
        "RESETCALL",
        "RESETPUT",
        "RUNHIGH",
        "RUNLOW",
        "TICKHIGH",
        "TICKLOW",
        "TURBOSLONG",
        "TURBOSSHORT",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
    }
)


_ALLOWED_ASC_DESC = frozenset({"ASC", "DESC"})


_ALLOWED_profit_table = frozenset({"profit_table"})


_KEYS_PROFIT_TABLE_REQUEST = frozenset(
    (
        "profit_table",
        "contract_type",
        "date_from",
        "date_to",
        "description",
        "limit",
        "offset",
        "sort",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PROFIT_TABLE_RESPONSE = frozenset(
    (
        "profit_table",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PROFIT_TABLE_RESPONSE_PROFIT_TABLE = frozenset(
    (
        "count",
        "transactions",
    )
)


_KEYS_PROFIT_TABLE_RESPONSE_PROFIT_TABLE_TRANSACTIONS_ITEM = frozenset(
    (
        "app_id",
        "buy_price",
        "contract_id",
        "contract_type",
        "deal_cancellation_duration",
        "duration_type",
        "growth_rate",
        "longcode",
        "multiplier",
        "payout",
        "purchase_time",
        "sell_price",
        "sell_time",
        "shortcode",
        "transaction_id",
        "underlying_symbol",
    )
)


def _decode_list_of_ProfitTableResponseProfitTableTransactionsItem(
    value: Any,
) -> list[m.ProfitTableResponseProfitTableTransactionsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_profit_table_response_profit_table_transactions_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_profit_table_response_profit_table_transactions_item
        ) from None


def _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(
    value: Any,
) -> list[
    Literal[
        "ACCU",
        "ASIAND",
        "ASIANU",
        "CALL",
        "CALLE",
        "CALLSPREAD",
        "DIGITDIFF",
        "DIGITEVEN",
        "DIGITMATCH",
        "DIGITODD",
        "DIGITOVER",
        "DIGITUNDER",
        "EXPIRYMISSE",
        "EXPIRYMISS",
        "EXPIRYRANGE",
        "EXPIRYRANGEE",
        "LBFLOATCALL",
        "LBFLOATPUT",
        "LBHIGHLOW",
        "MULTDOWN",
        "MULTUP",
        "NOTOUCH",
        "ONETOUCH",
        "PUT",
        "PUTE",
        "PUTSPREAD",
        "RANGE",
        "RESETCALL",
        "RESETPUT",
        "RUNHIGH",
        "RUNLOW",
        "TICKHIGH",
        "TICKLOW",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
        "TURBOSLONG",
        "TURBOSSHORT",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_ACCU_ASIAND_ASIANU_and_35_more:
                raise _not_one_of(
                    "'ACCU', 'ASIAND', 'ASIANU', 'CALL', 'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER', 'DIGITUNDER', 'EXPIRYMISSE', 'EXPIRYMISS', 'EXPIRYRANGE', 'EXPIRYRANGEE', 'LBFLOATCALL', 'LBFLOATPUT', 'LBHIGHLOW', 'MULTDOWN', 'MULTUP', 'NOTOUCH', 'ONETOUCH', 'PUT', 'PUTE', 'PUTSPREAD', 'RANGE', 'RESETCALL', 'RESETPUT', 'RUNHIGH', 'RUNLOW', 'TICKHIGH', 'TICKLOW', 'UPORDOWN', 'VANILLALONGCALL', 'VANILLALONGPUT', 'TURBOSLONG', 'TURBOSSHORT'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "ACCU",
            "ASIAND",
            "ASIANU",
            "CALL",
            "CALLE",
            "CALLSPREAD",
            "DIGITDIFF",
            "DIGITEVEN",
            "DIGITMATCH",
            "DIGITODD",
            "DIGITOVER",
            "DIGITUNDER",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "EXPIRYRANGE",
            "EXPIRYRANGEE",
            "LBFLOATCALL",
            "LBFLOATPUT",
            "LBHIGHLOW",
            "MULTDOWN",
            "MULTUP",
            "NOTOUCH",
            "ONETOUCH",
            "PUT",
            "PUTE",
            "PUTSPREAD",
            "RANGE",
            "RESETCALL",
            "RESETPUT",
            "RUNHIGH",
            "RUNLOW",
            "TICKHIGH",
            "TICKLOW",
            "UPORDOWN",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ]
    ] = value
    return result


def structure_profit_table_request(data: Any) -> m.ProfitTableRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProfitTableRequest)
    count = len(data)
    try:
        value = data["profit_table"]
    except KeyError:
        raise DecodeError("required field is missing", ("profit_table",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.profit_table = value
    else:
        raise _not_one_of("1", value).at("profit_table")
    value = data.get("contract_type", _MISSING)
    if value is _MISSING:
        obj.contract_type = None
        count += 1
    else:
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
    value = data.get("date_from", _MISSING)
    if value.__class__ is str:
        obj.date_from = value
    elif value is _MISSING:
        obj.date_from = None
        count += 1
    else:
        raise _expected("a string", value).at("date_from")
    value = data.get("date_to", _MISSING)
    if value.__class__ is str:
        obj.date_to = value
    elif value is _MISSING:
        obj.date_to = None
        count += 1
    else:
        raise _expected("a string", value).at("date_to")
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
    value = data.get("sort", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_ASC_DESC:
        obj.sort = value
    elif value is _MISSING:
        obj.sort = None
        count += 1
    else:
        raise _not_one_of("'ASC', 'DESC'", value).at("sort")
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
    if count != 11:
        unknown = sorted(key for key in data if key not in _KEYS_PROFIT_TABLE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_profit_table_request(obj: m.ProfitTableRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"profit_table": obj.profit_table}
    value: Any
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
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
    value = obj.sort
    if value is not None:
        data["sort"] = value
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


def structure_profit_table_response(data: Any) -> m.ProfitTableResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProfitTableResponse)
    count = len(data)
    value = data.get("profit_table", _MISSING)
    if value is _MISSING:
        obj.profit_table = None
        count += 1
    else:
        try:
            obj.profit_table = structure_profit_table_response_profit_table(value)
        except DecodeError as error:
            raise error.at("profit_table") from None
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
    if value.__class__ is _STR and value in _ALLOWED_profit_table:
        obj.msg_type = value
    else:
        raise _not_one_of("'profit_table'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PROFIT_TABLE_RESPONSE}
    return obj


def unstructure_profit_table_response(obj: m.ProfitTableResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.profit_table
    if value is not None:
        data["profit_table"] = unstructure_profit_table_response_profit_table(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_profit_table_response_profit_table(data: Any) -> m.ProfitTableResponseProfitTable:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProfitTableResponseProfitTable)
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
            obj.transactions = _decode_list_of_ProfitTableResponseProfitTableTransactionsItem(value)
        except DecodeError as error:
            raise error.at("transactions") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PROFIT_TABLE_RESPONSE_PROFIT_TABLE
        }
    return obj


def unstructure_profit_table_response_profit_table(
    obj: m.ProfitTableResponseProfitTable,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.count
    if value is not None:
        data["count"] = value
    value = obj.transactions
    if value is not None:
        data["transactions"] = [
            unstructure_profit_table_response_profit_table_transactions_item(item) for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_profit_table_response_profit_table_transactions_item(
    data: Any,
) -> m.ProfitTableResponseProfitTableTransactionsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProfitTableResponseProfitTableTransactionsItem)
    count = len(data)
    value = data.get("app_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.app_id = value
    elif value is _MISSING:
        obj.app_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("app_id")
    value = data.get("buy_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.buy_price = value
    elif value is _MISSING:
        obj.buy_price = None
        count += 1
    else:
        raise _expected("a number", value).at("buy_price")
    value = data.get("contract_id", _MISSING)
    if value is None or (value.__class__ is int):
        obj.contract_id = value
    elif value is _MISSING:
        obj.contract_id = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("contract_id")
    value = data.get("contract_type", _MISSING)
    if value.__class__ is str:
        obj.contract_type = value
    elif value is _MISSING:
        obj.contract_type = None
        count += 1
    else:
        raise _expected("a string", value).at("contract_type")
    value = data.get("deal_cancellation_duration", _MISSING)
    if value.__class__ is str:
        obj.deal_cancellation_duration = value
    elif value is _MISSING:
        obj.deal_cancellation_duration = None
        count += 1
    else:
        raise _expected("a string", value).at("deal_cancellation_duration")
    value = data.get("duration_type", _MISSING)
    if value is None or (value.__class__ is str):
        obj.duration_type = value
    elif value is _MISSING:
        obj.duration_type = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("duration_type")
    value = data.get("growth_rate", _MISSING)
    if value.__class__ is str:
        obj.growth_rate = value
    elif value is _MISSING:
        obj.growth_rate = None
        count += 1
    else:
        raise _expected("a string", value).at("growth_rate")
    value = data.get("longcode", _MISSING)
    if value.__class__ is str:
        obj.longcode = value
    elif value is _MISSING:
        obj.longcode = None
        count += 1
    else:
        raise _expected("a string", value).at("longcode")
    value = data.get("multiplier", _MISSING)
    if value.__class__ is str:
        obj.multiplier = value
    elif value is _MISSING:
        obj.multiplier = None
        count += 1
    else:
        raise _expected("a string", value).at("multiplier")
    value = data.get("payout", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    elif value is _MISSING:
        obj.payout = None
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
    value = data.get("sell_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.sell_price = value
    elif value is _MISSING:
        obj.sell_price = None
        count += 1
    else:
        raise _expected("a number", value).at("sell_price")
    value = data.get("sell_time", _MISSING)
    if value is None or (value.__class__ is int):
        obj.sell_time = value
    elif value is _MISSING:
        obj.sell_time = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("sell_time")
    value = data.get("shortcode", _MISSING)
    if value.__class__ is str:
        obj.shortcode = value
    elif value is _MISSING:
        obj.shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("shortcode")
    value = data.get("transaction_id", _MISSING)
    if value.__class__ is int:
        obj.transaction_id = value
    elif value is _MISSING:
        obj.transaction_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("transaction_id")
    value = data.get("underlying_symbol", _MISSING)
    if value.__class__ is str:
        obj.underlying_symbol = value
    elif value is _MISSING:
        obj.underlying_symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("underlying_symbol")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROFIT_TABLE_RESPONSE_PROFIT_TABLE_TRANSACTIONS_ITEM
        }
    return obj


def unstructure_profit_table_response_profit_table_transactions_item(
    obj: m.ProfitTableResponseProfitTableTransactionsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.app_id
    if value is not UNSET:
        data["app_id"] = value
    value = obj.buy_price
    if value is not None:
        data["buy_price"] = value
    value = obj.contract_id
    if value is not UNSET:
        data["contract_id"] = value
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
    value = obj.deal_cancellation_duration
    if value is not None:
        data["deal_cancellation_duration"] = value
    value = obj.duration_type
    if value is not UNSET:
        data["duration_type"] = value
    value = obj.growth_rate
    if value is not None:
        data["growth_rate"] = value
    value = obj.longcode
    if value is not None:
        data["longcode"] = value
    value = obj.multiplier
    if value is not None:
        data["multiplier"] = value
    value = obj.payout
    if value is not None:
        data["payout"] = value
    value = obj.purchase_time
    if value is not None:
        data["purchase_time"] = value
    value = obj.sell_price
    if value is not None:
        data["sell_price"] = value
    value = obj.sell_time
    if value is not UNSET:
        data["sell_time"] = value
    value = obj.shortcode
    if value is not None:
        data["shortcode"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.underlying_symbol
    if value is not None:
        data["underlying_symbol"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProfitTableRequest: structure_profit_table_request,
    m.ProfitTableResponse: structure_profit_table_response,
    m.ProfitTableResponseProfitTable: structure_profit_table_response_profit_table,
    m.ProfitTableResponseProfitTableTransactionsItem: structure_profit_table_response_profit_table_transactions_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProfitTableRequest: unstructure_profit_table_request,
    m.ProfitTableResponse: unstructure_profit_table_response,
    m.ProfitTableResponseProfitTable: unstructure_profit_table_response_profit_table,
    m.ProfitTableResponseProfitTableTransactionsItem: unstructure_profit_table_response_profit_table_transactions_item,
}
