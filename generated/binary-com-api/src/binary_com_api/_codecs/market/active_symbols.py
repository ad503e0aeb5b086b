"""Decoders and encoders of the models of the ``active_symbols`` call (market group).

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


_ALLOWED_active_symbols = frozenset({"active_symbols"})


_ALLOWED_american_asian_euro_atm_and_4_more = frozenset(
    {"american", "asian", "euro_atm", "euro_non_atm", "lookback", "non_financial", "reset"}
)


_ALLOWED_basic = frozenset({"basic"})


_ALLOWED_brief_full = frozenset({"brief", "full"})


_ALLOWED_iom_malta_maltainvest_and_3_more = frozenset(
    {"iom", "malta", "maltainvest", "svg", "vanuatu", "virtual"}
)


_KEYS_ACTIVE_SYMBOLS_REQUEST = frozenset(
    (
        "active_symbols",
        "barrier_category",
        "contract_type",
        "landing_company",
        "landing_company_short",
        "product_type",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_ACTIVE_SYMBOLS_RESPONSE = frozenset(
    (
        "active_symbols",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_ACTIVE_SYMBOLS_RESPONSE_ACTIVE_SYMBOLS_ITEM = frozenset(
    (
        "allow_forward_starting",
        "delay_amount",
        "display_name",
        "display_order",
        "exchange_is_open",
        "exchange_name",
        "intraday_interval_minutes",
        "is_trading_suspended",
        "market",
        "market_display_name",
        "pip",
        "quoted_currency_symbol",
        "spot",
        "spot_age",
        "spot_percentage_change",
        "spot_time",
        "subgroup",
        "subgroup_display_name",
        "submarket",
        "submarket_display_name",
        "symbol",
        "symbol_type",
    )
)


def _decode_list_of_ActiveSymbolsResponseActiveSymbolsItem(
    value: Any,
) -> list[m.ActiveSymbolsResponseActiveSymbolsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_active_symbols_response_active_symbols_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_active_symbols_response_active_symbols_item
        ) from None


def _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(
    value: Any,
) -> list[
    Literal[
        "MULTUP",
        "MULTDOWN",
        "UPORDOWN",
        "EXPIRYRANGE",
        "ONETOUCH",
        "CALLE",
        "LBHIGHLOW",
        "ASIAND",
        "EXPIRYRANGEE",
        "DIGITDIFF",
        "DIGITMATCH",
        "DIGITOVER",
        "PUTE",
        "DIGITUNDER",
        "NOTOUCH",
        "CALL",
        "RANGE",
        "LBFLOATPUT",
        "DIGITODD",
        "PUT",
        "ASIANU",
        "LBFLOATCALL",
        "EXPIRYMISSE",
        "EXPIRYMISS",
        "DIGITEVEN",
        "TICKHIGH",
        "TICKLOW",
        "RESETCALL",
        "RESETPUT",
        "CALLSPREAD",
        "PUTSPREAD",
        "RUNHIGH",
        "RUNLOW",
        "ACCU",
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
                    "'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE', 'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH', 'DIGITOVER', 'PUTE', 'DIGITUNDER', 'NOTOUCH', 'CALL', 'RANGE', 'LBFLOATPUT', 'DIGITODD', 'PUT', 'ASIANU', 'LBFLOATCALL', 'EXPIRYMISSE', 'EXPIRYMISS', 'DIGITEVEN', 'TICKHIGH', 'TICKLOW', 'RESETCALL', 'RESETPUT', 'CALLSPREAD', 'PUTSPREAD', 'RUNHIGH', 'RUNLOW', 'ACCU', 'VANILLALONGCALL', 'VANILLALONGPUT', 'TURBOSLONG', 'TURBOSSHORT'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "MULTUP",
            "MULTDOWN",
            "UPORDOWN",
            "EXPIRYRANGE",
            "ONETOUCH",
            "CALLE",
            "LBHIGHLOW",
            "ASIAND",
            "EXPIRYRANGEE",
            "DIGITDIFF",
            "DIGITMATCH",
            "DIGITOVER",
            "PUTE",
            "DIGITUNDER",
            "NOTOUCH",
            "CALL",
            "RANGE",
            "LBFLOATPUT",
            "DIGITODD",
            "PUT",
            "ASIANU",
            "LBFLOATCALL",
            "EXPIRYMISSE",
            "EXPIRYMISS",
            "DIGITEVEN",
            "TICKHIGH",
            "TICKLOW",
            "RESETCALL",
            "RESETPUT",
            "CALLSPREAD",
            "PUTSPREAD",
            "RUNHIGH",
            "RUNLOW",
            "ACCU",
            "VANILLALONGCALL",
            "VANILLALONGPUT",
            "TURBOSLONG",
            "TURBOSSHORT",
        ]
    ] = value
    return result


def _decode_list_of_one_of_american_asian_euro_atm_and_4_more(
    value: Any,
) -> list[
    Literal["american", "asian", "euro_atm", "euro_non_atm", "non_financial", "lookback", "reset"]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_american_asian_euro_atm_and_4_more:
                raise _not_one_of(
                    "'american', 'asian', 'euro_atm', 'euro_non_atm', 'non_financial', 'lookback', 'reset'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "american", "asian", "euro_atm", "euro_non_atm", "non_financial", "lookback", "reset"
        ]
    ] = value
    return result


def structure_active_symbols_request(data: Any) -> m.ActiveSymbolsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ActiveSymbolsRequest)
    count = len(data)
    try:
        value = data["active_symbols"]
    except KeyError:
        raise DecodeError("required field is missing", ("active_symbols",)) from None
    if value.__class__ is _STR and value in _ALLOWED_brief_full:
        obj.active_symbols = value
    else:
        raise _not_one_of("'brief', 'full'", value).at("active_symbols")
    value = data.get("barrier_category", _MISSING)
    if value is _MISSING:
        obj.barrier_category = None
        count += 1
    else:
        try:
            obj.barrier_category = _decode_list_of_one_of_american_asian_euro_atm_and_4_more(value)
        except DecodeError as error:
            raise error.at("barrier_category") from None
    value = data.get("contract_type", _MISSING)
    if value is _MISSING:
        obj.contract_type = None
        count += 1
    else:
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
    value = data.get("landing_company", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company = value
    elif value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company"
        )
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company_short"
        )
    value = data.get("product_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    elif value is _MISSING:
        obj.product_type = None
        count += 1
    else:
        raise _not_one_of("'basic'", value).at("product_type")
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
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_ACTIVE_SYMBOLS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_active_symbols_request(obj: m.ActiveSymbolsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"active_symbols": obj.active_symbols}
    value: Any
    value = obj.barrier_category
    if value is not None:
        data["barrier_category"] = value
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.product_type
    if value is not None:
        data["product_type"] = value
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


def structure_active_symbols_response(data: Any) -> m.ActiveSymbolsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ActiveSymbolsResponse)
    count = len(data)
    value = data.get("active_symbols", _MISSING)
    if value is _MISSING:
        obj.active_symbols = None
        count += 1
    else:
        try:
            obj.active_symbols = _decode_list_of_ActiveSymbolsResponseActiveSymbolsItem(value)
        except DecodeError as error:
            raise error.at("active_symbols") from None
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
    if value.__class__ is _STR and value in _ALLOWED_active_symbols:
        obj.msg_type = value
    else:
        raise _not_one_of("'active_symbols'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ACTIVE_SYMBOLS_RESPONSE}
    return obj


def unstructure_active_symbols_response(obj: m.ActiveSymbolsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.active_symbols
    if value is not None:
        data["active_symbols"] = [
            unstructure_active_symbols_response_active_symbols_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_active_symbols_response_active_symbols_item(
    data: Any,
) -> m.ActiveSymbolsResponseActiveSymbolsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ActiveSymbolsResponseActiveSymbolsItem)
    count = len(data)
    value = data.get("allow_forward_starting", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.allow_forward_starting = value
    elif value is _MISSING:
        obj.allow_forward_starting = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("allow_forward_starting")
    value = data.get("delay_amount", _MISSING)
    if value.__class__ is int:
        obj.delay_amount = value
    elif value is _MISSING:
        obj.delay_amount = None
        count += 1
    else:
        raise _expected("an integer", value).at("delay_amount")
    try:
        value = data["display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_name",)) from None
    if value.__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["display_order"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_order",)) from None
    if value.__class__ is int:
        obj.display_order = value
    else:
        raise _expected("an integer", value).at("display_order")
    try:
        value = data["exchange_is_open"]
    except KeyError:
        raise DecodeError("required field is missing", ("exchange_is_open",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.exchange_is_open = value
    else:
        raise _not_one_of("0, 1", value).at("exchange_is_open")
    value = data.get("exchange_name", _MISSING)
    if value.__class__ is str:
        obj.exchange_name = value
    elif value is _MISSING:
        obj.exchange_name = None
        count += 1
    else:
        raise _expected("a string", value).at("exchange_name")
    value = data.get("intraday_interval_minutes", _MISSING)
    if value.__class__ is int:
        obj.intraday_interval_minutes = value
    elif value is _MISSING:
        obj.intraday_interval_minutes = None
        count += 1
    else:
        raise _expected("an integer", value).at("intraday_interval_minutes")
    try:
        value = data["is_trading_suspended"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_trading_suspended",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_trading_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_trading_suspended")
    try:
        value = data["market"]
    except KeyError:
        raise DecodeError("required field is missing", ("market",)) from None
    if value.__class__ is str:
        obj.market = value
    else:
        raise _expected("a string", value).at("market")
    try:
        value = data["market_display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("market_display_name",)) from None
    if value.__class__ is str:
        obj.market_display_name = value
    else:
        raise _expected("a string", value).at("market_display_name")
    try:
        value = data["pip"]
    except KeyError:
        raise DecodeError("required field is missing", ("pip",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.pip = value
    else:
        raise _expected("a number", value).at("pip")
    value = data.get("quoted_currency_symbol", _MISSING)
    if value.__class__ is str:
        obj.quoted_currency_symbol = value
    elif value is _MISSING:
        obj.quoted_currency_symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("quoted_currency_symbol")
    value = data.get("spot", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.spot = value
    elif value is _MISSING:
        obj.spot = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("spot")
    value = data.get("spot_age", _MISSING)
    if value.__class__ is str:
        obj.spot_age = value
    elif value is _MISSING:
        obj.spot_age = None
        count += 1
    else:
        raise _expected("a string", value).at("spot_age")
    value = data.get("spot_percentage_change", _MISSING)
    if value.__class__ is str:
        obj.spot_percentage_change = value
    elif value is _MISSING:
        obj.spot_percentage_change = None
        count += 1
    else:
        raise _expected("a string", value).at("spot_percentage_change")
    value = data.get("spot_time", _MISSING)
    if value.__class__ is str:
        obj.spot_time = value
    elif value is _MISSING:
        obj.spot_time = None
        count += 1
    else:
        raise _expected("a string", value).at("spot_time")
    try:
        value = data["subgroup"]
    except KeyError:
        raise DecodeError("required field is missing", ("subgroup",)) from None
    if value.__class__ is str:
        obj.subgroup = value
    else:
        raise _expected("a string", value).at("subgroup")
    try:
        value = data["subgroup_display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("subgroup_display_name",)) from None
    if value.__class__ is str:
        obj.subgroup_display_name = value
    else:
        raise _expected("a string", value).at("subgroup_display_name")
    try:
        value = data["submarket"]
    except KeyError:
        raise DecodeError("required field is missing", ("submarket",)) from None
    if value.__class__ is str:
        obj.submarket = value
    else:
        raise _expected("a string", value).at("submarket")
    try:
        value = data["submarket_display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("submarket_display_name",)) from None
    if value.__class__ is str:
        obj.submarket_display_name = value
    else:
        raise _expected("a string", value).at("submarket_display_name")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    try:
        value = data["symbol_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol_type",)) from None
    if value.__class__ is str:
        obj.symbol_type = value
    else:
        raise _expected("a string", value).at("symbol_type")
    if count == 22:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ACTIVE_SYMBOLS_RESPONSE_ACTIVE_SYMBOLS_ITEM
        }
    return obj


def unstructure_active_symbols_response_active_symbols_item(
    obj: m.ActiveSymbolsResponseActiveSymbolsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "display_order": obj.display_order,
        "exchange_is_open": obj.exchange_is_open,
        "is_trading_suspended": obj.is_trading_suspended,
        "market": obj.market,
        "market_display_name": obj.market_display_name,
        "pip": obj.pip,
        "subgroup": obj.subgroup,
        "subgroup_display_name": obj.subgroup_display_name,
        "submarket": obj.submarket,
        "submarket_display_name": obj.submarket_display_name,
        "symbol": obj.symbol,
        "symbol_type": obj.symbol_type,
    }
    value: Any
    value = obj.allow_forward_starting
    if value is not None:
        data["allow_forward_starting"] = value
    value = obj.delay_amount
    if value is not None:
        data["delay_amount"] = value
    value = obj.exchange_name
    if value is not None:
        data["exchange_name"] = value
    value = obj.intraday_interval_minutes
    if value is not None:
        data["intraday_interval_minutes"] = value
    value = obj.quoted_currency_symbol
    if value is not None:
        data["quoted_currency_symbol"] = value
    value = obj.spot
    if value is not UNSET:
        data["spot"] = value
    value = obj.spot_age
    if value is not None:
        data["spot_age"] = value
    value = obj.spot_percentage_change
    if value is not None:
        data["spot_percentage_change"] = value
    value = obj.spot_time
    if value is not None:
        data["spot_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ActiveSymbolsRequest: structure_active_symbols_request,
    m.ActiveSymbolsResponse: structure_active_symbols_response,
    m.ActiveSymbolsResponseActiveSymbolsItem: structure_active_symbols_response_active_symbols_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ActiveSymbolsRequest: unstructure_active_symbols_request,
    m.ActiveSymbolsResponse: unstructure_active_symbols_response,
    m.ActiveSymbolsResponseActiveSymbolsItem: unstructure_active_symbols_response_active_symbols_item,
}
