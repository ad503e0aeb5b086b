"""Decoders and encoders of the models of the ``portfolio`` call (trading group).

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


_ALLOWED_portfolio = frozenset({"portfolio"})


_KEYS_PORTFOLIO_REQUEST = frozenset(
    (
        "portfolio",
        "contract_type",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PORTFOLIO_RESPONSE = frozenset(
    (
        "portfolio",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PORTFOLIO_RESPONSE_PORTFOLIO = frozenset(("contracts",))


_KEYS_PORTFOLIO_RESPONSE_PORTFOLIO_CONTRACTS_ITEM = frozenset(
    (
        "app_id",
        "buy_price",
        "contract_id",
        "contract_type",
        "currency",
        "date_start",
        "expiry_time",
        "longcode",
        "payout",
        "purchase_time",
        "shortcode",
        "symbol",
        "transaction_id",
    )
)


def _decode_list_of_PortfolioResponsePortfolioContractsItem(
    value: Any,
) -> list[m.PortfolioResponsePortfolioContractsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_portfolio_response_portfolio_contracts_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_portfolio_response_portfolio_contracts_item
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


def structure_portfolio_request(data: Any) -> m.PortfolioRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PortfolioRequest)
    count = len(data)
    if count == 5:
        try:
            v_portfolio = data["portfolio"]
            v_contract_type = data["contract_type"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_portfolio.__class__ is _INT and v_portfolio in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.portfolio = v_portfolio
                try:
                    obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(
                        v_contract_type
                    )
                except DecodeError as error:
                    raise error.at("contract_type") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["portfolio"]
    except KeyError:
        raise DecodeError("required field is missing", ("portfolio",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.portfolio = value
    else:
        raise _not_one_of("1", value).at("portfolio")
    if "contract_type" not in data:
        obj.contract_type = None
        count += 1
    else:
        value = data["contract_type"]
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
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
        unknown = sorted(key for key in data if key not in _KEYS_PORTFOLIO_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_portfolio_request(obj: m.PortfolioRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"portfolio": obj.portfolio}
    value: Any
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
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


def structure_portfolio_response(data: Any) -> m.PortfolioResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PortfolioResponse)
    count = len(data)
    if count == 4:
        try:
            v_portfolio = data["portfolio"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_portfolio)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.portfolio = structure_portfolio_response_portfolio(v_portfolio)
                except DecodeError as error:
                    raise error.at("portfolio") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "portfolio" not in data:
        obj.portfolio = None
        count += 1
    else:
        value = data["portfolio"]
        try:
            obj.portfolio = structure_portfolio_response_portfolio(value)
        except DecodeError as error:
            raise error.at("portfolio") from None
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
    if value.__class__ is _STR and value in _ALLOWED_portfolio:
        obj.msg_type = value
    else:
        raise _not_one_of("'portfolio'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PORTFOLIO_RESPONSE}
    return obj


def unstructure_portfolio_response(obj: m.PortfolioResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.portfolio
    if value is not None:
        data["portfolio"] = unstructure_portfolio_response_portfolio(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_portfolio_response_portfolio(data: Any) -> m.PortfolioResponsePortfolio:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PortfolioResponsePortfolio)
    count = len(data)
    if count == 1:
        try:
            v_contracts = data["contracts"]
        except KeyError:
            pass
        else:
            try:
                obj.contracts = _decode_list_of_PortfolioResponsePortfolioContractsItem(v_contracts)
            except DecodeError as error:
                raise error.at("contracts") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["contracts"]
    except KeyError:
        raise DecodeError("required field is missing", ("contracts",)) from None
    try:
        obj.contracts = _decode_list_of_PortfolioResponsePortfolioContractsItem(value)
    except DecodeError as error:
        raise error.at("contracts") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PORTFOLIO_RESPONSE_PORTFOLIO
        }
    return obj


def unstructure_portfolio_response_portfolio(obj: m.PortfolioResponsePortfolio) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "contracts": [
            unstructure_portfolio_response_portfolio_contracts_item(item) for item in obj.contracts
        ]
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_portfolio_response_portfolio_contracts_item(
    data: Any,
) -> m.PortfolioResponsePortfolioContractsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PortfolioResponsePortfolioContractsItem)
    count = len(data)
    if count == 13:
        try:
            v_app_id = data["app_id"]
            v_buy_price = data["buy_price"]
            v_contract_id = data["contract_id"]
            v_contract_type = data["contract_type"]
            v_currency = data["currency"]
            v_date_start = data["date_start"]
            v_expiry_time = data["expiry_time"]
            v_longcode = data["longcode"]
            v_payout = data["payout"]
            v_purchase_time = data["purchase_time"]
            v_shortcode = data["shortcode"]
            v_symbol = data["symbol"]
            v_transaction_id = data["transaction_id"]
        except KeyError:
            pass
        else:
            if (
                (v_app_id is None or (v_app_id.__class__ is int))
                and ((kind := v_buy_price.__class__) is float or kind is int)
                and (v_contract_id.__class__ is int)
                and (v_contract_type.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_date_start.__class__ is int)
                and (v_expiry_time.__class__ is int)
                and (v_longcode.__class__ is str)
                and ((kind := v_payout.__class__) is float or kind is int)
                and (v_purchase_time.__class__ is int)
                and (v_shortcode.__class__ is str)
                and (v_symbol.__class__ is str)
                and (v_transaction_id.__class__ is int)
            ):
                obj.app_id = v_app_id
                obj.buy_price = v_buy_price
                obj.contract_id = v_contract_id
                obj.contract_type = v_contract_type
                obj.currency = v_currency
                obj.date_start = v_date_start
                obj.expiry_time = v_expiry_time
                obj.longcode = v_longcode
                obj.payout = v_payout
                obj.purchase_time = v_purchase_time
                obj.shortcode = v_shortcode
                obj.symbol = v_symbol
                obj.transaction_id = v_transaction_id
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
        obj.contract_id = None
        count += 1
    elif (value := data["contract_id"]).__class__ is int:
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
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "date_start" not in data:
        obj.date_start = None
        count += 1
    elif (value := data["date_start"]).__class__ is int:
        obj.date_start = value
    else:
        raise _expected("an integer", value).at("date_start")
    if "expiry_time" not in data:
        obj.expiry_time = None
        count += 1
    elif (value := data["expiry_time"]).__class__ is int:
        obj.expiry_time = value
    else:
        raise _expected("an integer", value).at("expiry_time")
    if "longcode" not in data:
        obj.longcode = None
        count += 1
    elif (value := data["longcode"]).__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
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
    if "shortcode" not in data:
        obj.shortcode = None
        count += 1
    elif (value := data["shortcode"]).__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    if "symbol" not in data:
        obj.symbol = None
        count += 1
    elif (value := data["symbol"]).__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PORTFOLIO_RESPONSE_PORTFOLIO_CONTRACTS_ITEM
        }
    return obj


def unstructure_portfolio_response_portfolio_contracts_item(
    obj: m.PortfolioResponsePortfolioContractsItem,
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
    if value is not None:
        data["contract_id"] = value
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.date_start
    if value is not None:
        data["date_start"] = value
    value = obj.expiry_time
    if value is not None:
        data["expiry_time"] = value
    value = obj.longcode
    if value is not None:
        data["longcode"] = value
    value = obj.payout
    if value is not None:
        data["payout"] = value
    value = obj.purchase_time
    if value is not None:
        data["purchase_time"] = value
    value = obj.shortcode
    if value is not None:
        data["shortcode"] = value
    value = obj.symbol
    if value is not None:
        data["symbol"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PortfolioRequest: structure_portfolio_request,
    m.PortfolioResponse: structure_portfolio_response,
    m.PortfolioResponsePortfolio: structure_portfolio_response_portfolio,
    m.PortfolioResponsePortfolioContractsItem: structure_portfolio_response_portfolio_contracts_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PortfolioRequest: unstructure_portfolio_request,
    m.PortfolioResponse: unstructure_portfolio_response,
    m.PortfolioResponsePortfolio: unstructure_portfolio_response_portfolio,
    m.PortfolioResponsePortfolioContractsItem: unstructure_portfolio_response_portfolio_contracts_item,
}
