"""Decoders and encoders of the models of the ``buy`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    try:
        value = data["buy"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy",)) from None
    if value.__class__ is str:
        obj.buy = value
    else:
        raise _expected("a string", value).at("buy")
    value = data.get("parameters", _MISSING)
    if value is _MISSING:
        obj.parameters = None
        count += 1
    else:
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
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
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
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("app_markup_percentage", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup_percentage = value
    elif value is _MISSING:
        obj.app_markup_percentage = None
        count += 1
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    value = data.get("barrier", _MISSING)
    if value.__class__ is str:
        obj.barrier = value
    elif value is _MISSING:
        obj.barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier")
    value = data.get("barrier2", _MISSING)
    if value.__class__ is str:
        obj.barrier2 = value
    elif value is _MISSING:
        obj.barrier2 = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier2")
    value = data.get("barrier_range", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_middle_tight_wide:
        obj.barrier_range = value
    elif value is _MISSING:
        obj.barrier_range = None
        count += 1
    else:
        raise _not_one_of("'tight', 'middle', 'wide'", value).at("barrier_range")
    value = data.get("basis", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_payout_stake:
        obj.basis = value
    elif value is _MISSING:
        obj.basis = None
        count += 1
    else:
        raise _not_one_of("'payout', 'stake'", value).at("basis")
    value = data.get("cancellation", _MISSING)
    if value.__class__ is str:
        obj.cancellation = value
    elif value is _MISSING:
        obj.cancellation = None
        count += 1
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
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_expiry")
    value = data.get("date_start", _MISSING)
    if value.__class__ is int:
        obj.date_start = value
    elif value is _MISSING:
        obj.date_start = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_start")
    value = data.get("duration", _MISSING)
    if value.__class__ is int:
        obj.duration = value
    elif value is _MISSING:
        obj.duration = None
        count += 1
    else:
        raise _expected("an integer", value).at("duration")
    value = data.get("duration_unit", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_d_h_m_and_2_more:
        obj.duration_unit = value
    elif value is _MISSING:
        obj.duration_unit = None
        count += 1
    else:
        raise _not_one_of("'d', 'm', 's', 'h', 't'", value).at("duration_unit")
    value = data.get("growth_rate", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.growth_rate = value
    elif value is _MISSING:
        obj.growth_rate = None
        count += 1
    else:
        raise _expected("a number", value).at("growth_rate")
    value = data.get("limit_order", _MISSING)
    if value is _MISSING:
        obj.limit_order = None
        count += 1
    else:
        try:
            obj.limit_order = structure_buy_request_parameters_limit_order(value)
        except DecodeError as error:
            raise error.at("limit_order") from None
    value = data.get("multiplier", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.multiplier = value
    elif value is _MISSING:
        obj.multiplier = None
        count += 1
    else:
        raise _expected("a number", value).at("multiplier")
    value = data.get("payout_per_point", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout_per_point = value
    elif value is _MISSING:
        obj.payout_per_point = None
        count += 1
    else:
        raise _expected("a number", value).at("payout_per_point")
    value = data.get("product_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_basic:
        obj.product_type = value
    elif value is _MISSING:
        obj.product_type = None
        count += 1
    else:
        raise _not_one_of("'basic'", value).at("product_type")
    value = data.get("selected_tick", _MISSING)
    if value.__class__ is int:
        obj.selected_tick = value
    elif value is _MISSING:
        obj.selected_tick = None
        count += 1
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
    value = data.get("trade_risk_profile", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    elif value is _MISSING:
        obj.trade_risk_profile = None
        count += 1
    else:
        raise _not_one_of("'low', 'medium', 'high'", value).at("trade_risk_profile")
    value = data.get("trading_period_start", _MISSING)
    if value.__class__ is int:
        obj.trading_period_start = value
    elif value is _MISSING:
        obj.trading_period_start = None
        count += 1
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
    value = data.get("stop_loss", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.stop_loss = value
    elif value is _MISSING:
        obj.stop_loss = None
        count += 1
    else:
        raise _expected("a number", value).at("stop_loss")
    value = data.get("take_profit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.take_profit = value
    elif value is _MISSING:
        obj.take_profit = None
        count += 1
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
    value = data.get("buy", _MISSING)
    if value is _MISSING:
        obj.buy = None
        count += 1
    else:
        try:
            obj.buy = structure_buy_response_buy(value)
        except DecodeError as error:
            raise error.at("buy") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    if len(data) == 9:
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
