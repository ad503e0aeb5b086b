"""Decoders and encoders of the models of the ``active_symbols`` call (market group).

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
    if count == 9:
        try:
            v_active_symbols = data["active_symbols"]
            v_barrier_category = data["barrier_category"]
            v_contract_type = data["contract_type"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
            v_product_type = data["product_type"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_active_symbols.__class__ is _STR and v_active_symbols in _ALLOWED_brief_full)
                and (
                    v_landing_company.__class__ is _STR
                    and v_landing_company in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (
                    v_landing_company_short.__class__ is _STR
                    and v_landing_company_short in _ALLOWED_iom_malta_maltainvest_and_3_more
                )
                and (v_product_type.__class__ is _STR and v_product_type in _ALLOWED_basic)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.active_symbols = v_active_symbols
                try:
                    obj.barrier_category = (
                        _decode_list_of_one_of_american_asian_euro_atm_and_4_more(
                            v_barrier_category
                        )
                    )
                except DecodeError as error:
                    raise error.at("barrier_category") from None
                try:
                    obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(
                        v_contract_type
                    )
                except DecodeError as error:
                    raise error.at("contract_type") from None
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
                obj.product_type = v_product_type
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["active_symbols"]
    except KeyError:
        raise DecodeError("required field is missing", ("active_symbols",)) from None
    if value.__class__ is _STR and value in _ALLOWED_brief_full:
        obj.active_symbols = value
    else:
        raise _not_one_of("'brief', 'full'", value).at("active_symbols")
    if "barrier_category" not in data:
        obj.barrier_category = None
        count += 1
    else:
        value = data["barrier_category"]
        try:
            obj.barrier_category = _decode_list_of_one_of_american_asian_euro_atm_and_4_more(value)
        except DecodeError as error:
            raise error.at("barrier_category") from None
    if "contract_type" not in data:
        obj.contract_type = None
        count += 1
    else:
        value = data["contract_type"]
        try:
            obj.contract_type = _decode_list_of_one_of_ACCU_ASIAND_ASIANU_and_35_more(value)
        except DecodeError as error:
            raise error.at("contract_type") from None
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    elif (
        value := data["landing_company"]
    ).__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company = value
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company"
        )
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (
        value := data["landing_company_short"]
    ).__class__ is _STR and value in _ALLOWED_iom_malta_maltainvest_and_3_more:
        obj.landing_company_short = value
    else:
        raise _not_one_of("'iom', 'malta', 'maltainvest', 'svg', 'virtual', 'vanuatu'", value).at(
            "landing_company_short"
        )
    if "product_type" not in data:
        obj.product_type = None
        count += 1
    elif (value := data["product_type"]).__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    else:
        raise _not_one_of("'basic'", value).at("product_type")
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
    if count == 4:
        try:
            v_active_symbols = data["active_symbols"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_active_symbols)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.active_symbols = _decode_list_of_ActiveSymbolsResponseActiveSymbolsItem(
                        v_active_symbols
                    )
                except DecodeError as error:
                    raise error.at("active_symbols") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "active_symbols" not in data:
        obj.active_symbols = None
        count += 1
    else:
        value = data["active_symbols"]
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
    if count == 22:
        try:
            v_allow_forward_starting = data["allow_forward_starting"]
            v_delay_amount = data["delay_amount"]
            v_display_name = data["display_name"]
            v_display_order = data["display_order"]
            v_exchange_is_open = data["exchange_is_open"]
            v_exchange_name = data["exchange_name"]
            v_intraday_interval_minutes = data["intraday_interval_minutes"]
            v_is_trading_suspended = data["is_trading_suspended"]
            v_market = data["market"]
            v_market_display_name = data["market_display_name"]
            v_pip = data["pip"]
            v_quoted_currency_symbol = data["quoted_currency_symbol"]
            v_spot = data["spot"]
            v_spot_age = data["spot_age"]
            v_spot_percentage_change = data["spot_percentage_change"]
            v_spot_time = data["spot_time"]
            v_subgroup = data["subgroup"]
            v_subgroup_display_name = data["subgroup_display_name"]
            v_submarket = data["submarket"]
            v_submarket_display_name = data["submarket_display_name"]
            v_symbol = data["symbol"]
            v_symbol_type = data["symbol_type"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_allow_forward_starting.__class__ is _INT
                    and v_allow_forward_starting in _ALLOWED_0_1
                )
                and (v_delay_amount.__class__ is int)
                and (v_display_name.__class__ is str)
                and (v_display_order.__class__ is int)
                and (v_exchange_is_open.__class__ is _INT and v_exchange_is_open in _ALLOWED_0_1)
                and (v_exchange_name.__class__ is str)
                and (v_intraday_interval_minutes.__class__ is int)
                and (
                    v_is_trading_suspended.__class__ is _INT
                    and v_is_trading_suspended in _ALLOWED_0_1
                )
                and (v_market.__class__ is str)
                and (v_market_display_name.__class__ is str)
                and ((kind := v_pip.__class__) is float or kind is int)
                and (v_quoted_currency_symbol.__class__ is str)
                and (v_spot is None or ((kind := v_spot.__class__) is float or kind is int))
                and (v_spot_age.__class__ is str)
                and (v_spot_percentage_change.__class__ is str)
                and (v_spot_time.__class__ is str)
                and (v_subgroup.__class__ is str)
                and (v_subgroup_display_name.__class__ is str)
                and (v_submarket.__class__ is str)
                and (v_submarket_display_name.__class__ is str)
                and (v_symbol.__class__ is str)
                and (v_symbol_type.__class__ is str)
            ):
                obj.allow_forward_starting = v_allow_forward_starting
                obj.delay_amount = v_delay_amount
                obj.display_name = v_display_name
                obj.display_order = v_display_order
                obj.exchange_is_open = v_exchange_is_open
                obj.exchange_name = v_exchange_name
                obj.intraday_interval_minutes = v_intraday_interval_minutes
                obj.is_trading_suspended = v_is_trading_suspended
                obj.market = v_market
                obj.market_display_name = v_market_display_name
                obj.pip = v_pip
                obj.quoted_currency_symbol = v_quoted_currency_symbol
                obj.spot = v_spot
                obj.spot_age = v_spot_age
                obj.spot_percentage_change = v_spot_percentage_change
                obj.spot_time = v_spot_time
                obj.subgroup = v_subgroup
                obj.subgroup_display_name = v_subgroup_display_name
                obj.submarket = v_submarket
                obj.submarket_display_name = v_submarket_display_name
                obj.symbol = v_symbol
                obj.symbol_type = v_symbol_type
                obj.extra_fields = {}
                return obj
    if "allow_forward_starting" not in data:
        obj.allow_forward_starting = None
        count += 1
    elif (value := data["allow_forward_starting"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.allow_forward_starting = value
    else:
        raise _not_one_of("0, 1", value).at("allow_forward_starting")
    if "delay_amount" not in data:
        obj.delay_amount = None
        count += 1
    elif (value := data["delay_amount"]).__class__ is int:
        obj.delay_amount = value
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
    if "exchange_name" not in data:
        obj.exchange_name = None
        count += 1
    elif (value := data["exchange_name"]).__class__ is str:
        obj.exchange_name = value
    else:
        raise _expected("a string", value).at("exchange_name")
    if "intraday_interval_minutes" not in data:
        obj.intraday_interval_minutes = None
        count += 1
    elif (value := data["intraday_interval_minutes"]).__class__ is int:
        obj.intraday_interval_minutes = value
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
    if "quoted_currency_symbol" not in data:
        obj.quoted_currency_symbol = None
        count += 1
    elif (value := data["quoted_currency_symbol"]).__class__ is str:
        obj.quoted_currency_symbol = value
    else:
        raise _expected("a string", value).at("quoted_currency_symbol")
    if "spot" not in data:
        obj.spot = UNSET
        count += 1
    elif (value := data["spot"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.spot = value
    else:
        raise _expected("a number", value).at("spot")
    if "spot_age" not in data:
        obj.spot_age = None
        count += 1
    elif (value := data["spot_age"]).__class__ is str:
        obj.spot_age = value
    else:
        raise _expected("a string", value).at("spot_age")
    if "spot_percentage_change" not in data:
        obj.spot_percentage_change = None
        count += 1
    elif (value := data["spot_percentage_change"]).__class__ is str:
        obj.spot_percentage_change = value
    else:
        raise _expected("a string", value).at("spot_percentage_change")
    if "spot_time" not in data:
        obj.spot_time = None
        count += 1
    elif (value := data["spot_time"]).__class__ is str:
        obj.spot_time = value
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
