"""Decoders and encoders of the models of the ``buy`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_ACCU_ASIAND_ASIANU_and_37_more = frozenset(
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
        "SNOWDOWN",
        "SNOWUP",
        "TICKHIGH",
        "TICKLOW",
        "TURBOSLONG",
        "TURBOSSHORT",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
    }
)


_ALLOWED_basic = frozenset({"basic"})


_ALLOWED_buy = frozenset({"buy"})


_ALLOWED_d_h_m_and_2_more = frozenset({"d", "h", "m", "s", "t"})


_ALLOWED_high_low_medium = frozenset({"high", "low", "medium"})


_ALLOWED_middle_tight_wide = frozenset({"middle", "tight", "wide"})


_ALLOWED_payout_stake = frozenset({"payout", "stake"})


_KEYS_BUY_REQUEST = frozenset(
    (
        "buy",
        "parameters",
        "price",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_BUY_REQUEST_PARAMETERS = frozenset(
    (
        "amount",
        "app_markup_percentage",
        "barrier",
        "barrier2",
        "barrier_range",
        "basis",
        "cancellation",
        "contract_type",
        "currency",
        "date_expiry",
        "date_start",
        "duration",
        "duration_unit",
        "growth_rate",
        "limit_order",
        "multiplier",
        "payout_per_point",
        "product_type",
        "selected_tick",
        "symbol",
        "trade_risk_profile",
        "trading_period_start",
    )
)


_KEYS_BUY_REQUEST_PARAMETERS_LIMIT_ORDER = frozenset(
    (
        "stop_loss",
        "take_profit",
    )
)


_KEYS_BUY_RESPONSE = frozenset(
    (
        "buy",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_BUY_RESPONSE_BUY = frozenset(
    (
        "balance_after",
        "buy_price",
        "contract_id",
        "longcode",
        "payout",
        "purchase_time",
        "shortcode",
        "start_time",
        "transaction_id",
    )
)


_KEYS_BUY_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def structure_buy_request(data: Any) -> m.BuyRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyRequest)
    count = len(data)
    if count == 7:
        try:
            v_buy = data["buy"]
            v_parameters = data["parameters"]
            v_price = data["price"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_buy.__class__ is str)
                and ((kind := v_price.__class__) is float or kind is int)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.buy = v_buy
                try:
                    obj.parameters = structure_buy_request_parameters(v_parameters)
                except DecodeError as error:
                    raise error.at("parameters") from None
                obj.price = v_price
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["buy"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy",)) from None
    if value.__class__ is str:
        obj.buy = value
    else:
        raise _expected("a string", value).at("buy")
    if "parameters" not in data:
        obj.parameters = None
        count += 1
    else:
        value = data["parameters"]
        try:
            obj.parameters = structure_buy_request_parameters(value)
        except DecodeError as error:
            raise error.at("parameters") from None
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_BUY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_buy_request(obj: m.BuyRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"buy": obj.buy, "price": obj.price}
    value: Any
    value = obj.parameters
    if value is not None:
        data["parameters"] = unstructure_buy_request_parameters(value)
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
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


def structure_buy_request_parameters(data: Any) -> m.BuyRequestParameters:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyRequestParameters)
    count = len(data)
    if count == 22:
        try:
            v_amount = data["amount"]
            v_app_markup_percentage = data["app_markup_percentage"]
            v_barrier = data["barrier"]
            v_barrier2 = data["barrier2"]
            v_barrier_range = data["barrier_range"]
            v_basis = data["basis"]
            v_cancellation = data["cancellation"]
            v_contract_type = data["contract_type"]
            v_currency = data["currency"]
            v_date_expiry = data["date_expiry"]
            v_date_start = data["date_start"]
            v_duration = data["duration"]
            v_duration_unit = data["duration_unit"]
            v_growth_rate = data["growth_rate"]
            v_limit_order = data["limit_order"]
            v_multiplier = data["multiplier"]
            v_payout_per_point = data["payout_per_point"]
            v_product_type = data["product_type"]
            v_selected_tick = data["selected_tick"]
            v_symbol = data["symbol"]
            v_trade_risk_profile = data["trade_risk_profile"]
            v_trading_period_start = data["trading_period_start"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_amount.__class__) is float or kind is int)
                and ((kind := v_app_markup_percentage.__class__) is float or kind is int)
                and (v_barrier.__class__ is str)
                and (v_barrier2.__class__ is str)
                and (
                    v_barrier_range.__class__ is _STR
                    and v_barrier_range in _ALLOWED_middle_tight_wide
                )
                and (v_basis.__class__ is _STR and v_basis in _ALLOWED_payout_stake)
                and (v_cancellation.__class__ is str)
                and (
                    v_contract_type.__class__ is _STR
                    and v_contract_type in _ALLOWED_ACCU_ASIAND_ASIANU_and_37_more
                )
                and (v_currency.__class__ is str)
                and (v_date_expiry.__class__ is int)
                and (v_date_start.__class__ is int)
                and (v_duration.__class__ is int)
                and (
                    v_duration_unit.__class__ is _STR
                    and v_duration_unit in _ALLOWED_d_h_m_and_2_more
                )
                and ((kind := v_growth_rate.__class__) is float or kind is int)
                and ((kind := v_multiplier.__class__) is float or kind is int)
                and ((kind := v_payout_per_point.__class__) is float or kind is int)
                and (v_product_type.__class__ is _STR and v_product_type in _ALLOWED_basic)
                and (v_selected_tick.__class__ is int)
                and (v_symbol.__class__ is str)
                and (
                    v_trade_risk_profile.__class__ is _STR
                    and v_trade_risk_profile in _ALLOWED_high_low_medium
                )
                and (v_trading_period_start.__class__ is int)
            ):
                obj.amount = v_amount
                obj.app_markup_percentage = v_app_markup_percentage
                obj.barrier = v_barrier
                obj.barrier2 = v_barrier2
                obj.barrier_range = v_barrier_range
                obj.basis = v_basis
                obj.cancellation = v_cancellation
                obj.contract_type = v_contract_type
                obj.currency = v_currency
                obj.date_expiry = v_date_expiry
                obj.date_start = v_date_start
                obj.duration = v_duration
                obj.duration_unit = v_duration_unit
                obj.growth_rate = v_growth_rate
                try:
                    obj.limit_order = structure_buy_request_parameters_limit_order(v_limit_order)
                except DecodeError as error:
                    raise error.at("limit_order") from None
                obj.multiplier = v_multiplier
                obj.payout_per_point = v_payout_per_point
                obj.product_type = v_product_type
                obj.selected_tick = v_selected_tick
                obj.symbol = v_symbol
                obj.trade_risk_profile = v_trade_risk_profile
                obj.trading_period_start = v_trading_period_start
                return obj
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "app_markup_percentage" not in data:
        obj.app_markup_percentage = None
        count += 1
    elif (kind := (value := data["app_markup_percentage"]).__class__) is float or kind is int:
        obj.app_markup_percentage = value
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    if "barrier" not in data:
        obj.barrier = None
        count += 1
    elif (value := data["barrier"]).__class__ is str:
        obj.barrier = value
    else:
        raise _expected("a string", value).at("barrier")
    if "barrier2" not in data:
        obj.barrier2 = None
        count += 1
    elif (value := data["barrier2"]).__class__ is str:
        obj.barrier2 = value
    else:
        raise _expected("a string", value).at("barrier2")
    if "barrier_range" not in data:
        obj.barrier_range = None
        count += 1
    elif (value := data["barrier_range"]).__class__ is _STR and value in _ALLOWED_middle_tight_wide:
        obj.barrier_range = value
    else:
        raise _not_one_of("'tight', 'middle', 'wide'", value).at("barrier_range")
    if "basis" not in data:
        obj.basis = None
        count += 1
    elif (value := data["basis"]).__class__ is _STR and value in _ALLOWED_payout_stake:
        obj.basis = value
    else:
        raise _not_one_of("'payout', 'stake'", value).at("basis")
    if "cancellation" not in data:
        obj.cancellation = None
        count += 1
    elif (value := data["cancellation"]).__class__ is str:
        obj.cancellation = value
    else:
        raise _expected("a string", value).at("cancellation")
    try:
        value = data["contract_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_ACCU_ASIAND_ASIANU_and_37_more:
        obj.contract_type = value
    else:
        raise _not_one_of(
            "'ACCU', 'ASIAND', 'ASIANU', 'CALL', 'CALLE', 'CALLSPREAD', 'DIGITDIFF', 'DIGITEVEN', 'DIGITMATCH', 'DIGITODD', 'DIGITOVER', 'DIGITUNDER', 'EXPIRYMISS', 'EXPIRYMISSE', 'EXPIRYRANGE', 'EXPIRYRANGEE', 'LBFLOATCALL', 'LBFLOATPUT', 'LBHIGHLOW', 'MULTDOWN', 'MULTUP', 'NOTOUCH', 'ONETOUCH', 'PUT', 'PUTE', 'PUTSPREAD', 'RANGE', 'RESETCALL', 'RESETPUT', 'RUNHIGH', 'RUNLOW', 'SNOWDOWN', 'SNOWUP', 'TICKHIGH', 'TICKLOW', 'TURBOSLONG', 'TURBOSSHORT', 'UPORDOWN', 'VANILLALONGCALL', 'VANILLALONGPUT'",
            value,
        ).at("contract_type")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
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
    if "date_start" not in data:
        obj.date_start = None
        count += 1
    elif (value := data["date_start"]).__class__ is int:
        obj.date_start = value
    else:
        raise _expected("an integer", value).at("date_start")
    if "duration" not in data:
        obj.duration = None
        count += 1
    elif (value := data["duration"]).__class__ is int:
        obj.duration = value
    else:
        raise _expected("an integer", value).at("duration")
    if "duration_unit" not in data:
        obj.duration_unit = None
        count += 1
    elif (value := data["duration_unit"]).__class__ is _STR and value in _ALLOWED_d_h_m_and_2_more:
        obj.duration_unit = value
    else:
        raise _not_one_of("'d', 'm', 's', 'h', 't'", value).at("duration_unit")
    if "growth_rate" not in data:
        obj.growth_rate = None
        count += 1
    elif (kind := (value := data["growth_rate"]).__class__) is float or kind is int:
        obj.growth_rate = value
    else:
        raise _expected("a number", value).at("growth_rate")
    if "limit_order" not in data:
        obj.limit_order = None
        count += 1
    else:
        value = data["limit_order"]
        try:
            obj.limit_order = structure_buy_request_parameters_limit_order(value)
        except DecodeError as error:
            raise error.at("limit_order") from None
    if "multiplier" not in data:
        obj.multiplier = None
        count += 1
    elif (kind := (value := data["multiplier"]).__class__) is float or kind is int:
        obj.multiplier = value
    else:
        raise _expected("a number", value).at("multiplier")
    if "payout_per_point" not in data:
        obj.payout_per_point = None
        count += 1
    elif (kind := (value := data["payout_per_point"]).__class__) is float or kind is int:
        obj.payout_per_point = value
    else:
        raise _expected("a number", value).at("payout_per_point")
    if "product_type" not in data:
        obj.product_type = None
        count += 1
    elif (value := data["product_type"]).__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    else:
        raise _not_one_of("'basic'", value).at("product_type")
    if "selected_tick" not in data:
        obj.selected_tick = None
        count += 1
    elif (value := data["selected_tick"]).__class__ is int:
        obj.selected_tick = value
    else:
        raise _expected("an integer", value).at("selected_tick")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if "trade_risk_profile" not in data:
        obj.trade_risk_profile = None
        count += 1
    elif (
        value := data["trade_risk_profile"]
    ).__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    else:
        raise _not_one_of("'low', 'medium', 'high'", value).at("trade_risk_profile")
    if "trading_period_start" not in data:
        obj.trading_period_start = None
        count += 1
    elif (value := data["trading_period_start"]).__class__ is int:
        obj.trading_period_start = value
    else:
        raise _expected("an integer", value).at("trading_period_start")
    if count != 22:
        unknown = sorted(key for key in data if key not in _KEYS_BUY_REQUEST_PARAMETERS)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_buy_request_parameters(obj: m.BuyRequestParameters) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "contract_type": obj.contract_type,
        "currency": obj.currency,
        "symbol": obj.symbol,
    }
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.app_markup_percentage
    if value is not None:
        data["app_markup_percentage"] = value
    value = obj.barrier
    if value is not None:
        data["barrier"] = value
    value = obj.barrier2
    if value is not None:
        data["barrier2"] = value
    value = obj.barrier_range
    if value is not None:
        data["barrier_range"] = value
    value = obj.basis
    if value is not None:
        data["basis"] = value
    value = obj.cancellation
    if value is not None:
        data["cancellation"] = value
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    value = obj.date_start
    if value is not None:
        data["date_start"] = value
    value = obj.duration
    if value is not None:
        data["duration"] = value
    value = obj.duration_unit
    if value is not None:
        data["duration_unit"] = value
    value = obj.growth_rate
    if value is not None:
        data["growth_rate"] = value
    value = obj.limit_order
    if value is not None:
        data["limit_order"] = unstructure_buy_request_parameters_limit_order(value)
    value = obj.multiplier
    if value is not None:
        data["multiplier"] = value
    value = obj.payout_per_point
    if value is not None:
        data["payout_per_point"] = value
    value = obj.product_type
    if value is not None:
        data["product_type"] = value
    value = obj.selected_tick
    if value is not None:
        data["selected_tick"] = value
    value = obj.trade_risk_profile
    if value is not None:
        data["trade_risk_profile"] = value
    value = obj.trading_period_start
    if value is not None:
        data["trading_period_start"] = value
    return data


def structure_buy_request_parameters_limit_order(data: Any) -> m.BuyRequestParametersLimitOrder:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyRequestParametersLimitOrder)
    count = len(data)
    if count == 2:
        try:
            v_stop_loss = data["stop_loss"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            if ((kind := v_stop_loss.__class__) is float or kind is int) and (
                (kind := v_take_profit.__class__) is float or kind is int
            ):
                obj.stop_loss = v_stop_loss
                obj.take_profit = v_take_profit
                return obj
    if "stop_loss" not in data:
        obj.stop_loss = None
        count += 1
    elif (kind := (value := data["stop_loss"]).__class__) is float or kind is int:
        obj.stop_loss = value
    else:
        raise _expected("a number", value).at("stop_loss")
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    elif (kind := (value := data["take_profit"]).__class__) is float or kind is int:
        obj.take_profit = value
    else:
        raise _expected("a number", value).at("take_profit")
    if count != 2:
        unknown = sorted(key for key in data if key not in _KEYS_BUY_REQUEST_PARAMETERS_LIMIT_ORDER)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_buy_request_parameters_limit_order(
    obj: m.BuyRequestParametersLimitOrder,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = value
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = value
    return data


def structure_buy_response(data: Any) -> m.BuyResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyResponse)
    count = len(data)
    if count == 5:
        try:
            v_buy = data["buy"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_buy)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.buy = structure_buy_response_buy(v_buy)
                except DecodeError as error:
                    raise error.at("buy") from None
                try:
                    obj.subscription = structure_buy_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "buy" not in data:
        obj.buy = None
        count += 1
    else:
        value = data["buy"]
        try:
            obj.buy = structure_buy_response_buy(value)
        except DecodeError as error:
            raise error.at("buy") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_buy_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_buy:
        obj.msg_type = value
    else:
        raise _not_one_of("'buy'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_BUY_RESPONSE}
    return obj


def unstructure_buy_response(obj: m.BuyResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.buy
    if value is not None:
        data["buy"] = unstructure_buy_response_buy(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_buy_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_buy_response_buy(data: Any) -> m.BuyResponseBuy:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyResponseBuy)
    count = len(data)
    if count == 9:
        try:
            v_balance_after = data["balance_after"]
            v_buy_price = data["buy_price"]
            v_contract_id = data["contract_id"]
            v_longcode = data["longcode"]
            v_payout = data["payout"]
            v_purchase_time = data["purchase_time"]
            v_shortcode = data["shortcode"]
            v_start_time = data["start_time"]
            v_transaction_id = data["transaction_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance_after.__class__) is float or kind is int)
                and ((kind := v_buy_price.__class__) is float or kind is int)
                and (v_contract_id.__class__ is int)
                and (v_longcode.__class__ is str)
                and ((kind := v_payout.__class__) is float or kind is int)
                and (v_purchase_time.__class__ is int)
                and (v_shortcode.__class__ is str)
                and (v_start_time.__class__ is int)
                and (v_transaction_id.__class__ is int)
            ):
                obj.balance_after = v_balance_after
                obj.buy_price = v_buy_price
                obj.contract_id = v_contract_id
                obj.longcode = v_longcode
                obj.payout = v_payout
                obj.purchase_time = v_purchase_time
                obj.shortcode = v_shortcode
                obj.start_time = v_start_time
                obj.transaction_id = v_transaction_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["balance_after"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance_after",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance_after = value
    else:
        raise _expected("a number", value).at("balance_after")
    try:
        value = data["buy_price"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.buy_price = value
    else:
        raise _expected("a number", value).at("buy_price")
    try:
        value = data["contract_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("contract_id",)) from None
    if value.__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
    try:
        value = data["longcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("longcode",)) from None
    if value.__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    try:
        value = data["payout"]
    except KeyError:
        raise DecodeError("required field is missing", ("payout",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    try:
        value = data["purchase_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("purchase_time",)) from None
    if value.__class__ is int:
        obj.purchase_time = value
    else:
        raise _expected("an integer", value).at("purchase_time")
    try:
        value = data["shortcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("shortcode",)) from None
    if value.__class__ is str:
        obj.shortcode = value
    else:
        raise _expected("a string", value).at("shortcode")
    try:
        value = data["start_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("start_time",)) from None
    if value.__class__ is int:
        obj.start_time = value
    else:
        raise _expected("an integer", value).at("start_time")
    try:
        value = data["transaction_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("transaction_id",)) from None
    if value.__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_BUY_RESPONSE_BUY}
    return obj


def unstructure_buy_response_buy(obj: m.BuyResponseBuy) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "balance_after": obj.balance_after,
        "buy_price": obj.buy_price,
        "contract_id": obj.contract_id,
        "longcode": obj.longcode,
        "payout": obj.payout,
        "purchase_time": obj.purchase_time,
        "shortcode": obj.shortcode,
        "start_time": obj.start_time,
        "transaction_id": obj.transaction_id,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_buy_response_subscription(data: Any) -> m.BuyResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BuyResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_BUY_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_buy_response_subscription(obj: m.BuyResponseSubscription) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.BuyRequest: structure_buy_request,
    m.BuyRequestParameters: structure_buy_request_parameters,
    m.BuyRequestParametersLimitOrder: structure_buy_request_parameters_limit_order,
    m.BuyResponse: structure_buy_response,
    m.BuyResponseBuy: structure_buy_response_buy,
    m.BuyResponseSubscription: structure_buy_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.BuyRequest: unstructure_buy_request,
    m.BuyRequestParameters: unstructure_buy_request_parameters,
    m.BuyRequestParametersLimitOrder: unstructure_buy_request_parameters_limit_order,
    m.BuyResponse: unstructure_buy_response,
    m.BuyResponseBuy: unstructure_buy_response_buy,
    m.BuyResponseSubscription: unstructure_buy_response_subscription,
}
