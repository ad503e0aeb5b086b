"""Decoders and encoders of the models of the ``portfolio`` call (trading group).

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
    try:
        value = data["portfolio"]
    except KeyError:
        raise DecodeError("required field is missing", ("portfolio",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.portfolio = value
    else:
        raise _not_one_of("1", value).at("portfolio")
    value = data.get("contract_type", _MISSING)
    if value is _MISSING:
        obj.contract_type = None
        count += 1
    else:
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
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
    value = data.get("portfolio", _MISSING)
    if value is _MISSING:
        obj.portfolio = None
        count += 1
    else:
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
    try:
        value = data["contracts"]
    except KeyError:
        raise DecodeError("required field is missing", ("contracts",)) from None
    try:
        obj.contracts = _decode_list_of_PortfolioResponsePortfolioContractsItem(value)
    except DecodeError as error:
        raise error.at("contracts") from None
    if len(data) == 1:
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
    if value.__class__ is int:
        obj.contract_id = value
    elif value is _MISSING:
        obj.contract_id = None
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
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("date_start", _MISSING)
    if value.__class__ is int:
        obj.date_start = value
    elif value is _MISSING:
        obj.date_start = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_start")
    value = data.get("expiry_time", _MISSING)
    if value.__class__ is int:
        obj.expiry_time = value
    elif value is _MISSING:
        obj.expiry_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("expiry_time")
    value = data.get("longcode", _MISSING)
    if value.__class__ is str:
        obj.longcode = value
    elif value is _MISSING:
        obj.longcode = None
        count += 1
    else:
        raise _expected("a string", value).at("longcode")
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
    value = data.get("shortcode", _MISSING)
    if value.__class__ is str:
        obj.shortcode = value
    elif value is _MISSING:
        obj.shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("shortcode")
    value = data.get("symbol", _MISSING)
    if value.__class__ is str:
        obj.symbol = value
    elif value is _MISSING:
        obj.symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("symbol")
    value = data.get("transaction_id", _MISSING)
    if value.__class__ is int:
        obj.transaction_id = value
    elif value is _MISSING:
        obj.transaction_id = None
        count += 1
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
