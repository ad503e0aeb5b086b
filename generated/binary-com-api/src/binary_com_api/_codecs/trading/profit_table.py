"""Decoders and encoders of the models of the ``profit_table`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 11:
        try:
            v_profit_table = data["profit_table"]
            v_contract_type = data["contract_type"]
            v_date_from = data["date_from"]
            v_date_to = data["date_to"]
            v_description = data["description"]
            v_limit = data["limit"]
            v_offset = data["offset"]
            v_sort = data["sort"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_profit_table.__class__ is _INT and v_profit_table in _ALLOWED_1)
                and (v_date_from.__class__ is str)
                and (v_date_to.__class__ is str)
                and (v_description.__class__ is _INT and v_description in _ALLOWED_0_1)
                and ((kind := v_limit.__class__) is float or kind is int)
                and (v_offset.__class__ is int)
                and (v_sort.__class__ is _STR and v_sort in _ALLOWED_ASC_DESC)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.profit_table = v_profit_table
                try:
                    obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(
                        v_contract_type
                    )
                except DecodeError as error:
                    raise error.at("contract_type") from None
                obj.date_from = v_date_from
                obj.date_to = v_date_to
                obj.description = v_description
                obj.limit = v_limit
                obj.offset = v_offset
                obj.sort = v_sort
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["profit_table"]
    except KeyError:
        raise DecodeError("required field is missing", ("profit_table",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.profit_table = value
    else:
        raise _not_one_of("1", value).at("profit_table")
    if "contract_type" not in data:
        obj.contract_type = None
        count += 1
    else:
        value = data["contract_type"]
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
    if "date_from" not in data:
        obj.date_from = None
        count += 1
    elif (value := data["date_from"]).__class__ is str:
        obj.date_from = value
    else:
        raise _expected("a string", value).at("date_from")
    if "date_to" not in data:
        obj.date_to = None
        count += 1
    elif (value := data["date_to"]).__class__ is str:
        obj.date_to = value
    else:
        raise _expected("a string", value).at("date_to")
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
    if "sort" not in data:
        obj.sort = None
        count += 1
    elif (value := data["sort"]).__class__ is _STR and value in _ALLOWED_ASC_DESC:
        obj.sort = value
    else:
        raise _not_one_of("'ASC', 'DESC'", value).at("sort")
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
    if count == 4:
        try:
            v_profit_table = data["profit_table"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_profit_table)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.profit_table = structure_profit_table_response_profit_table(v_profit_table)
                except DecodeError as error:
                    raise error.at("profit_table") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "profit_table" not in data:
        obj.profit_table = None
        count += 1
    else:
        value = data["profit_table"]
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
                    obj.transactions = (
                        _decode_list_of_ProfitTableResponseProfitTableTransactionsItem(
                            v_transactions
                        )
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
    if count == 16:
        try:
            v_app_id = data["app_id"]
            v_buy_price = data["buy_price"]
            v_contract_id = data["contract_id"]
            v_contract_type = data["contract_type"]
            v_deal_cancellation_duration = data["deal_cancellation_duration"]
            v_duration_type = data["duration_type"]
            v_growth_rate = data["growth_rate"]
            v_longcode = data["longcode"]
            v_multiplier = data["multiplier"]
            v_payout = data["payout"]
            v_purchase_time = data["purchase_time"]
            v_sell_price = data["sell_price"]
            v_sell_time = data["sell_time"]
            v_shortcode = data["shortcode"]
            v_transaction_id = data["transaction_id"]
            v_underlying_symbol = data["underlying_symbol"]
        except KeyError:
            pass
        else:
            if (
                (v_app_id is None or (v_app_id.__class__ is int))
                and ((kind := v_buy_price.__class__) is float or kind is int)
                and (v_contract_id is None or (v_contract_id.__class__ is int))
                and (v_contract_type.__class__ is str)
                and (v_deal_cancellation_duration.__class__ is str)
                and (v_duration_type is None or (v_duration_type.__class__ is str))
                and (v_growth_rate.__class__ is str)
                and (v_longcode.__class__ is str)
                and (v_multiplier.__class__ is str)
                and ((kind := v_payout.__class__) is float or kind is int)
                and (v_purchase_time.__class__ is int)
                and ((kind := v_sell_price.__class__) is float or kind is int)
                and (v_sell_time is None or (v_sell_time.__class__ is int))
                and (v_shortcode.__class__ is str)
                and (v_transaction_id.__class__ is int)
                and (v_underlying_symbol.__class__ is str)
            ):
                obj.app_id = v_app_id
                obj.buy_price = v_buy_price
                obj.contract_id = v_contract_id
                obj.contract_type = v_contract_type
                obj.deal_cancellation_duration = v_deal_cancellation_duration
                obj.duration_type = v_duration_type
                obj.growth_rate = v_growth_rate
                obj.longcode = v_longcode
                obj.multiplier = v_multiplier
                obj.payout = v_payout
                obj.purchase_time = v_purchase_time
                obj.sell_price = v_sell_price
                obj.sell_time = v_sell_time
                obj.shortcode = v_shortcode
                obj.transaction_id = v_transaction_id
                obj.underlying_symbol = v_underlying_symbol
                obj.extra_fields = {}
                return obj
    if "app_id" not in data:
        obj.app_id = UNSET
        count += 1
    elif (value := data["app_id"]) is None or (value.__class__ is int):
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    if "buy_price" not in data:
        obj.buy_price = None
        count += 1
    elif (kind := (value := data["buy_price"]).__class__) is float or kind is int:
        obj.buy_price = value
    else:
        raise _expected("a number", value).at("buy_price")
    if "contract_id" not in data:
        obj.contract_id = UNSET
        count += 1
    elif (value := data["contract_id"]) is None or (value.__class__ is int):
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    if "contract_type" not in data:
        obj.contract_type = None
        count += 1
    elif (value := data["contract_type"]).__class__ is str:
        obj.contract_type = value
    else:
        raise _expected("a string", value).at("contract_type")
    if "deal_cancellation_duration" not in data:
        obj.deal_cancellation_duration = None
        count += 1
    elif (value := data["deal_cancellation_duration"]).__class__ is str:
        obj.deal_cancellation_duration = value
    else:
        raise _expected("a string", value).at("deal_cancellation_duration")
    if "duration_type" not in data:
        obj.duration_type = UNSET
        count += 1
    elif (value := data["duration_type"]) is None or (value.__class__ is str):
        obj.duration_type = value
    else:
        raise _expected("a string", value).at("duration_type")
    if "growth_rate" not in data:
        obj.growth_rate = None
        count += 1
    elif (value := data["growth_rate"]).__class__ is str:
        obj.growth_rate = value
    else:
        raise _expected("a string", value).at("growth_rate")
    if "longcode" not in data:
        obj.longcode = None
        count += 1
    elif (value := data["longcode"]).__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    if "multiplier" not in data:
        obj.multiplier = None
        count += 1
    elif (value := data["multiplier"]).__class__ is str:
        obj.multiplier = value
    else:
        raise _expected("a string", value).at("multiplier")
    if "payout" not in data:
        obj.payout = None
        count += 1
    elif (kind := (value := data["payout"]).__class__) is float or kind is int:
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
    if "sell_price" not in data:
        obj.sell_price = None
        count += 1
    elif (kind := (value := data["sell_price"]).__class__) is float or kind is int:
        obj.sell_price = value
    else:
        raise _expected("a number", value).at("sell_price")
    if "sell_time" not in data:
        obj.sell_time = UNSET
        count += 1
    elif (value := data["sell_time"]) is None or (value.__class__ is int):
        obj.sell_time = value
    else:
        raise _expected("an integer", value).at("sell_time")
    if "shortcode" not in data:
        obj.shortcode = None
        count += 1
    elif (value := data["shortcode"]).__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if "underlying_symbol" not in data:
        obj.underlying_symbol = None
        count += 1
    elif (value := data["underlying_symbol"]).__class__ is str:
        obj.underlying_symbol = value
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
