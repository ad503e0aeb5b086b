"""Decoders and encoders of the models of the ``proposal`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
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


_ALLOWED_d_h_m_and_2_more = frozenset({"d", "h", "m", "s", "t"})


_ALLOWED_high_low_medium = frozenset({"high", "low", "medium"})


_ALLOWED_middle_tight_wide = frozenset({"middle", "tight", "wide"})


_ALLOWED_payout_stake = frozenset({"payout", "stake"})


_ALLOWED_proposal = frozenset({"proposal"})


_KEYS_PROPOSAL_REQUEST = frozenset(
    (
        "proposal",
        "amount",
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
        "subscribe",
        "symbol",
        "trade_risk_profile",
        "trading_period_start",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PROPOSAL_REQUEST_LIMIT_ORDER = frozenset(
    (
        "stop_loss",
        "take_profit",
    )
)


_KEYS_PROPOSAL_RESPONSE = frozenset(
    (
        "proposal",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL = frozenset(
    (
        "ask_price",
        "barrier_choices",
        "barrier_spot_distance",
        "cancellation",
        "commission",
        "contract_details",
        "date_expiry",
        "date_start",
        "display_number_of_contracts",
        "display_value",
        "id",
        "limit_order",
        "longcode",
        "max_stake",
        "min_stake",
        "multiplier",
        "payout",
        "payout_choices",
        "spot",
        "spot_time",
        "validation_params",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_CANCELLATION = frozenset(
    (
        "ask_price",
        "date_expiry",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_CONTRACT_DETAILS = frozenset(
    (
        "app_markup_amount",
        "barrier",
        "barrier_spot_distance",
        "caution_price",
        "coupon_rate",
        "high_barrier",
        "last_tick_epoch",
        "low_barrier",
        "maximum_payout",
        "maximum_stake",
        "maximum_ticks",
        "minimum_stake",
        "num_of_coupons",
        "profit_price",
        "tick_size_barrier",
        "tick_size_barrier_percentage",
        "ticks_stayed_in",
        "trade_risk_profile",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER = frozenset(
    (
        "stop_loss",
        "stop_out",
        "take_profit",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_STOP_LOSS = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_STOP_OUT = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_TAKE_PROFIT = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS = frozenset(
    (
        "max_payout",
        "max_ticks",
        "payout",
        "stake",
        "stop_loss",
        "take_profit",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_PAYOUT = frozenset(("max",))


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_STAKE = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_STOP_LOSS = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_TAKE_PROFIT = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_PROPOSAL_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_list_of_int(value: Any) -> list[int]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not int:
                raise _expected("an integer", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[int] = value
    return result


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_proposal_request(data: Any) -> m.ProposalRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalRequest)
    count = len(data)
    if count == 26:
        try:
            v_proposal = data["proposal"]
            v_amount = data["amount"]
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
            v_subscribe = data["subscribe"]
            v_symbol = data["symbol"]
            v_trade_risk_profile = data["trade_risk_profile"]
            v_trading_period_start = data["trading_period_start"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_proposal.__class__ is _INT and v_proposal in _ALLOWED_1)
                and ((kind := v_amount.__class__) is float or kind is int)
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
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_symbol.__class__ is str)
                and (
                    v_trade_risk_profile.__class__ is _STR
                    and v_trade_risk_profile in _ALLOWED_high_low_medium
                )
                and (v_trading_period_start.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.proposal = v_proposal
                obj.amount = v_amount
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
                    obj.limit_order = structure_proposal_request_limit_order(v_limit_order)
                except DecodeError as error:
                    raise error.at("limit_order") from None
                obj.multiplier = v_multiplier
                obj.payout_per_point = v_payout_per_point
                obj.product_type = v_product_type
                obj.selected_tick = v_selected_tick
                obj.subscribe = v_subscribe
                obj.symbol = v_symbol
                obj.trade_risk_profile = v_trade_risk_profile
                obj.trading_period_start = v_trading_period_start
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["proposal"]
    except KeyError:
        raise DecodeError("required field is missing", ("proposal",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.proposal = value
    else:
        raise _not_one_of("1", value).at("proposal")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
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
            "'MULTUP', 'MULTDOWN', 'UPORDOWN', 'EXPIRYRANGE', 'ONETOUCH', 'CALLE', 'LBHIGHLOW', 'ASIAND', 'EXPIRYRANGEE', 'DIGITDIFF', 'DIGITMATCH', 'DIGITOVER', 'PUTE', 'DIGITUNDER', 'NOTOUCH', 'CALL', 'RANGE', 'LBFLOATPUT', 'DIGITODD', 'PUT', 'ASIANU', 'LBFLOATCALL', 'EXPIRYMISSE', 'EXPIRYMISS', 'DIGITEVEN', 'TICKHIGH', 'TICKLOW', 'RESETCALL', 'RESETPUT', 'SNOWDOWN', 'SNOWUP', 'CALLSPREAD', 'PUTSPREAD', 'RUNHIGH', 'RUNLOW', 'ACCU', 'VANILLALONGCALL', 'VANILLALONGPUT', 'TURBOSLONG', 'TURBOSSHORT'",
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
            obj.limit_order = structure_proposal_request_limit_order(value)
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
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
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
    if count != 26:
        unknown = sorted(key for key in data if key not in _KEYS_PROPOSAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_proposal_request(obj: m.ProposalRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "proposal": obj.proposal,
        "contract_type": obj.contract_type,
        "currency": obj.currency,
        "symbol": obj.symbol,
    }
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
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
        data["limit_order"] = unstructure_proposal_request_limit_order(value)
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
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.trade_risk_profile
    if value is not None:
        data["trade_risk_profile"] = value
    value = obj.trading_period_start
    if value is not None:
        data["trading_period_start"] = value
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


def structure_proposal_request_limit_order(data: Any) -> m.ProposalRequestLimitOrder:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalRequestLimitOrder)
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
        unknown = sorted(key for key in data if key not in _KEYS_PROPOSAL_REQUEST_LIMIT_ORDER)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_proposal_request_limit_order(obj: m.ProposalRequestLimitOrder) -> dict[str, Any]:
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


def structure_proposal_response(data: Any) -> m.ProposalResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponse)
    count = len(data)
    if count == 5:
        try:
            v_proposal = data["proposal"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_proposal)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.proposal = structure_proposal_response_proposal(v_proposal)
                except DecodeError as error:
                    raise error.at("proposal") from None
                try:
                    obj.subscription = structure_proposal_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "proposal" not in data:
        obj.proposal = None
        count += 1
    else:
        value = data["proposal"]
        try:
            obj.proposal = structure_proposal_response_proposal(value)
        except DecodeError as error:
            raise error.at("proposal") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_proposal_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_proposal:
        obj.msg_type = value
    else:
        raise _not_one_of("'proposal'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_RESPONSE}
    return obj


def unstructure_proposal_response(obj: m.ProposalResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.proposal
    if value is not None:
        data["proposal"] = unstructure_proposal_response_proposal(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_proposal_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal(data: Any) -> m.ProposalResponseProposal:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposal)
    count = len(data)
    if count == 21:
        try:
            v_ask_price = data["ask_price"]
            v_barrier_choices = data["barrier_choices"]
            v_barrier_spot_distance = data["barrier_spot_distance"]
            v_cancellation = data["cancellation"]
            v_commission = data["commission"]
            v_contract_details = data["contract_details"]
            v_date_expiry = data["date_expiry"]
            v_date_start = data["date_start"]
            v_display_number_of_contracts = data["display_number_of_contracts"]
            v_display_value = data["display_value"]
            v_id = data["id"]
            v_limit_order = data["limit_order"]
            v_longcode = data["longcode"]
            v_max_stake = data["max_stake"]
            v_min_stake = data["min_stake"]
            v_multiplier = data["multiplier"]
            v_payout = data["payout"]
            v_payout_choices = data["payout_choices"]
            v_spot = data["spot"]
            v_spot_time = data["spot_time"]
            v_validation_params = data["validation_params"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_ask_price.__class__) is float or kind is int)
                and (v_barrier_choices.__class__ is list)
                and (v_barrier_spot_distance.__class__ is str)
                and (
                    v_commission is None
                    or ((kind := v_commission.__class__) is float or kind is int)
                )
                and (v_date_expiry.__class__ is int)
                and (v_date_start.__class__ is int)
                and (v_display_number_of_contracts.__class__ is str)
                and (v_display_value.__class__ is str)
                and (v_id.__class__ is str)
                and (v_longcode.__class__ is str)
                and ((kind := v_max_stake.__class__) is float or kind is int)
                and ((kind := v_min_stake.__class__) is float or kind is int)
                and ((kind := v_multiplier.__class__) is float or kind is int)
                and ((kind := v_payout.__class__) is float or kind is int)
                and ((kind := v_spot.__class__) is float or kind is int)
                and (v_spot_time.__class__ is int)
            ):
                obj.ask_price = v_ask_price
                obj.barrier_choices = v_barrier_choices
                obj.barrier_spot_distance = v_barrier_spot_distance
                try:
                    obj.cancellation = structure_proposal_response_proposal_cancellation(
                        v_cancellation
                    )
                except DecodeError as error:
                    raise error.at("cancellation") from None
                obj.commission = v_commission
                try:
                    obj.contract_details = structure_proposal_response_proposal_contract_details(
                        v_contract_details
                    )
                except DecodeError as error:
                    raise error.at("contract_details") from None
                obj.date_expiry = v_date_expiry
                obj.date_start = v_date_start
                obj.display_number_of_contracts = v_display_number_of_contracts
                obj.display_value = v_display_value
                obj.id = v_id
                try:
                    obj.limit_order = structure_proposal_response_proposal_limit_order(
                        v_limit_order
                    )
                except DecodeError as error:
                    raise error.at("limit_order") from None
                obj.longcode = v_longcode
                obj.max_stake = v_max_stake
                obj.min_stake = v_min_stake
                obj.multiplier = v_multiplier
                obj.payout = v_payout
                try:
                    obj.payout_choices = _decode_list_of_str(v_payout_choices)
                except DecodeError as error:
                    raise error.at("payout_choices") from None
                obj.spot = v_spot
                obj.spot_time = v_spot_time
                try:
                    obj.validation_params = structure_proposal_response_proposal_validation_params(
                        v_validation_params
                    )
                except DecodeError as error:
                    raise error.at("validation_params") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["ask_price"]
    except KeyError:
        raise DecodeError("required field is missing", ("ask_price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.ask_price = value
    else:
        raise _expected("a number", value).at("ask_price")
    if "barrier_choices" not in data:
        obj.barrier_choices = None
        count += 1
    elif (value := data["barrier_choices"]).__class__ is list:
        obj.barrier_choices = value
    else:
        raise _expected("an array", value).at("barrier_choices")
    if "barrier_spot_distance" not in data:
        obj.barrier_spot_distance = None
        count += 1
    elif (value := data["barrier_spot_distance"]).__class__ is str:
        obj.barrier_spot_distance = value
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    if "cancellation" not in data:
        obj.cancellation = None
        count += 1
    else:
        value = data["cancellation"]
        try:
            obj.cancellation = structure_proposal_response_proposal_cancellation(value)
        except DecodeError as error:
            raise error.at("cancellation") from None
    if "commission" not in data:
        obj.commission = UNSET
        count += 1
    elif (value := data["commission"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.commission = value
    else:
        raise _expected("a number", value).at("commission")
    if "contract_details" not in data:
        obj.contract_details = None
        count += 1
    else:
        value = data["contract_details"]
        try:
            obj.contract_details = structure_proposal_response_proposal_contract_details(value)
        except DecodeError as error:
            raise error.at("contract_details") from None
    if "date_expiry" not in data:
        obj.date_expiry = None
        count += 1
    elif (value := data["date_expiry"]).__class__ is int:
        obj.date_expiry = value
    else:
        raise _expected("an integer", value).at("date_expiry")
    try:
        value = data["date_start"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_start",)) from None
    if value.__class__ is int:
        obj.date_start = value
    else:
        raise _expected("an integer", value).at("date_start")
    if "display_number_of_contracts" not in data:
        obj.display_number_of_contracts = None
        count += 1
    elif (value := data["display_number_of_contracts"]).__class__ is str:
        obj.display_number_of_contracts = value
    else:
        raise _expected("a string", value).at("display_number_of_contracts")
    try:
        value = data["display_value"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_value",)) from None
    if value.__class__ is str:
        obj.display_value = value
    else:
        raise _expected("a string", value).at("display_value")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "limit_order" not in data:
        obj.limit_order = None
        count += 1
    else:
        value = data["limit_order"]
        try:
            obj.limit_order = structure_proposal_response_proposal_limit_order(value)
        except DecodeError as error:
            raise error.at("limit_order") from None
    try:
        value = data["longcode"]
    except KeyError:
        raise DecodeError("required field is missing", ("longcode",)) from None
    if value.__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    if "max_stake" not in data:
        obj.max_stake = None
        count += 1
    elif (kind := (value := data["max_stake"]).__class__) is float or kind is int:
        obj.max_stake = value
    else:
        raise _expected("a number", value).at("max_stake")
    if "min_stake" not in data:
        obj.min_stake = None
        count += 1
    elif (kind := (value := data["min_stake"]).__class__) is float or kind is int:
        obj.min_stake = value
    else:
        raise _expected("a number", value).at("min_stake")
    if "multiplier" not in data:
        obj.multiplier = None
        count += 1
    elif (kind := (value := data["multiplier"]).__class__) is float or kind is int:
        obj.multiplier = value
    else:
        raise _expected("a number", value).at("multiplier")
    try:
        value = data["payout"]
    except KeyError:
        raise DecodeError("required field is missing", ("payout",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    if "payout_choices" not in data:
        obj.payout_choices = None
        count += 1
    else:
        value = data["payout_choices"]
        try:
            obj.payout_choices = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payout_choices") from None
    try:
        value = data["spot"]
    except KeyError:
        raise DecodeError("required field is missing", ("spot",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.spot = value
    else:
        raise _expected("a number", value).at("spot")
    try:
        value = data["spot_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("spot_time",)) from None
    if value.__class__ is int:
        obj.spot_time = value
    else:
        raise _expected("an integer", value).at("spot_time")
    if "validation_params" not in data:
        obj.validation_params = None
        count += 1
    else:
        value = data["validation_params"]
        try:
            obj.validation_params = structure_proposal_response_proposal_validation_params(value)
        except DecodeError as error:
            raise error.at("validation_params") from None
    if count == 21:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL
        }
    return obj


def unstructure_proposal_response_proposal(obj: m.ProposalResponseProposal) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "ask_price": obj.ask_price,
        "date_start": obj.date_start,
        "display_value": obj.display_value,
        "id": obj.id,
        "longcode": obj.longcode,
        "payout": obj.payout,
        "spot": obj.spot,
        "spot_time": obj.spot_time,
    }
    value: Any
    value = obj.barrier_choices
    if value is not None:
        data["barrier_choices"] = value
    value = obj.barrier_spot_distance
    if value is not None:
        data["barrier_spot_distance"] = value
    value = obj.cancellation
    if value is not None:
        data["cancellation"] = unstructure_proposal_response_proposal_cancellation(value)
    value = obj.commission
    if value is not UNSET:
        data["commission"] = value
    value = obj.contract_details
    if value is not None:
        data["contract_details"] = unstructure_proposal_response_proposal_contract_details(value)
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    value = obj.display_number_of_contracts
    if value is not None:
        data["display_number_of_contracts"] = value
    value = obj.limit_order
    if value is not None:
        data["limit_order"] = unstructure_proposal_response_proposal_limit_order(value)
    value = obj.max_stake
    if value is not None:
        data["max_stake"] = value
    value = obj.min_stake
    if value is not None:
        data["min_stake"] = value
    value = obj.multiplier
    if value is not None:
        data["multiplier"] = value
    value = obj.payout_choices
    if value is not None:
        data["payout_choices"] = value
    value = obj.validation_params
    if value is not None:
        data["validation_params"] = unstructure_proposal_response_proposal_validation_params(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_cancellation(
    data: Any,
) -> m.ProposalResponseProposalCancellation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalCancellation)
    count = len(data)
    if count == 2:
        try:
            v_ask_price = data["ask_price"]
            v_date_expiry = data["date_expiry"]
        except KeyError:
            pass
        else:
            if ((kind := v_ask_price.__class__) is float or kind is int) and (
                v_date_expiry.__class__ is int
            ):
                obj.ask_price = v_ask_price
                obj.date_expiry = v_date_expiry
                obj.extra_fields = {}
                return obj
    if "ask_price" not in data:
        obj.ask_price = None
        count += 1
    elif (kind := (value := data["ask_price"]).__class__) is float or kind is int:
        obj.ask_price = value
    else:
        raise _expected("a number", value).at("ask_price")
    if "date_expiry" not in data:
        obj.date_expiry = None
        count += 1
    elif (value := data["date_expiry"]).__class__ is int:
        obj.date_expiry = value
    else:
        raise _expected("an integer", value).at("date_expiry")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_CANCELLATION
        }
    return obj


def unstructure_proposal_response_proposal_cancellation(
    obj: m.ProposalResponseProposalCancellation,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.ask_price
    if value is not None:
        data["ask_price"] = value
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_contract_details(
    data: Any,
) -> m.ProposalResponseProposalContractDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalContractDetails)
    count = len(data)
    if count == 18:
        try:
            v_app_markup_amount = data["app_markup_amount"]
            v_barrier = data["barrier"]
            v_barrier_spot_distance = data["barrier_spot_distance"]
            v_caution_price = data["caution_price"]
            v_coupon_rate = data["coupon_rate"]
            v_high_barrier = data["high_barrier"]
            v_last_tick_epoch = data["last_tick_epoch"]
            v_low_barrier = data["low_barrier"]
            v_maximum_payout = data["maximum_payout"]
            v_maximum_stake = data["maximum_stake"]
            v_maximum_ticks = data["maximum_ticks"]
            v_minimum_stake = data["minimum_stake"]
            v_num_of_coupons = data["num_of_coupons"]
            v_profit_price = data["profit_price"]
            v_tick_size_barrier = data["tick_size_barrier"]
            v_tick_size_barrier_percentage = data["tick_size_barrier_percentage"]
            v_ticks_stayed_in = data["ticks_stayed_in"]
            v_trade_risk_profile = data["trade_risk_profile"]
        except KeyError:
            pass
        else:
            if (
                (v_app_markup_amount.__class__ is str)
                and (v_barrier.__class__ is str)
                and (v_barrier_spot_distance.__class__ is str)
                and (v_caution_price.__class__ is str)
                and (v_coupon_rate.__class__ is str)
                and (v_high_barrier.__class__ is str)
                and (v_last_tick_epoch.__class__ is int)
                and (v_low_barrier.__class__ is str)
                and ((kind := v_maximum_payout.__class__) is float or kind is int)
                and (v_maximum_stake.__class__ is str)
                and (v_maximum_ticks.__class__ is int)
                and (v_minimum_stake.__class__ is str)
                and (v_num_of_coupons.__class__ is int)
                and (v_profit_price.__class__ is str)
                and ((kind := v_tick_size_barrier.__class__) is float or kind is int)
                and (v_tick_size_barrier_percentage.__class__ is str)
                and (
                    v_trade_risk_profile.__class__ is _STR
                    and v_trade_risk_profile in _ALLOWED_high_low_medium
                )
            ):
                obj.app_markup_amount = v_app_markup_amount
                obj.barrier = v_barrier
                obj.barrier_spot_distance = v_barrier_spot_distance
                obj.caution_price = v_caution_price
                obj.coupon_rate = v_coupon_rate
                obj.high_barrier = v_high_barrier
                obj.last_tick_epoch = v_last_tick_epoch
                obj.low_barrier = v_low_barrier
                obj.maximum_payout = v_maximum_payout
                obj.maximum_stake = v_maximum_stake
                obj.maximum_ticks = v_maximum_ticks
                obj.minimum_stake = v_minimum_stake
                obj.num_of_coupons = v_num_of_coupons
                obj.profit_price = v_profit_price
                obj.tick_size_barrier = v_tick_size_barrier
                obj.tick_size_barrier_percentage = v_tick_size_barrier_percentage
                try:
                    obj.ticks_stayed_in = _decode_list_of_int(v_ticks_stayed_in)
                except DecodeError as error:
                    raise error.at("ticks_stayed_in") from None
                obj.trade_risk_profile = v_trade_risk_profile
                obj.extra_fields = {}
                return obj
    if "app_markup_amount" not in data:
        obj.app_markup_amount = None
        count += 1
    elif (value := data["app_markup_amount"]).__class__ is str:
        obj.app_markup_amount = value
    else:
        raise _expected("a string", value).at("app_markup_amount")
    if "barrier" not in data:
        obj.barrier = None
        count += 1
    elif (value := data["barrier"]).__class__ is str:
        obj.barrier = value
    else:
        raise _expected("a string", value).at("barrier")
    if "barrier_spot_distance" not in data:
        obj.barrier_spot_distance = None
        count += 1
    elif (value := data["barrier_spot_distance"]).__class__ is str:
        obj.barrier_spot_distance = value
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    if "caution_price" not in data:
        obj.caution_price = None
        count += 1
    elif (value := data["caution_price"]).__class__ is str:
        obj.caution_price = value
    else:
        raise _expected("a string", value).at("caution_price")
    if "coupon_rate" not in data:
        obj.coupon_rate = None
        count += 1
    elif (value := data["coupon_rate"]).__class__ is str:
        obj.coupon_rate = value
    else:
        raise _expected("a string", value).at("coupon_rate")
    if "high_barrier" not in data:
        obj.high_barrier = None
        count += 1
    elif (value := data["high_barrier"]).__class__ is str:
        obj.high_barrier = value
    else:
        raise _expected("a string", value).at("high_barrier")
    if "last_tick_epoch" not in data:
        obj.last_tick_epoch = None
        count += 1
    elif (value := data["last_tick_epoch"]).__class__ is int:
        obj.last_tick_epoch = value
    else:
        raise _expected("an integer", value).at("last_tick_epoch")
    if "low_barrier" not in data:
        obj.low_barrier = None
        count += 1
    elif (value := data["low_barrier"]).__class__ is str:
        obj.low_barrier = value
    else:
        raise _expected("a string", value).at("low_barrier")
    if "maximum_payout" not in data:
        obj.maximum_payout = None
        count += 1
    elif (kind := (value := data["maximum_payout"]).__class__) is float or kind is int:
        obj.maximum_payout = value
    else:
        raise _expected("a number", value).at("maximum_payout")
    if "maximum_stake" not in data:
        obj.maximum_stake = None
        count += 1
    elif (value := data["maximum_stake"]).__class__ is str:
        obj.maximum_stake = value
    else:
        raise _expected("a string", value).at("maximum_stake")
    if "maximum_ticks" not in data:
        obj.maximum_ticks = None
        count += 1
    elif (value := data["maximum_ticks"]).__class__ is int:
        obj.maximum_ticks = value
    else:
        raise _expected("an integer", value).at("maximum_ticks")
    if "minimum_stake" not in data:
        obj.minimum_stake = None
        count += 1
    elif (value := data["minimum_stake"]).__class__ is str:
        obj.minimum_stake = value
    else:
        raise _expected("a string", value).at("minimum_stake")
    if "num_of_coupons" not in data:
        obj.num_of_coupons = None
        count += 1
    elif (value := data["num_of_coupons"]).__class__ is int:
        obj.num_of_coupons = value
    else:
        raise _expected("an integer", value).at("num_of_coupons")
    if "profit_price" not in data:
        obj.profit_price = None
        count += 1
    elif (value := data["profit_price"]).__class__ is str:
        obj.profit_price = value
    else:
        raise _expected("a string", value).at("profit_price")
    if "tick_size_barrier" not in data:
        obj.tick_size_barrier = None
        count += 1
    elif (kind := (value := data["tick_size_barrier"]).__class__) is float or kind is int:
        obj.tick_size_barrier = value
    else:
        raise _expected("a number", value).at("tick_size_barrier")
    if "tick_size_barrier_percentage" not in data:
        obj.tick_size_barrier_percentage = None
        count += 1
    elif (value := data["tick_size_barrier_percentage"]).__class__ is str:
        obj.tick_size_barrier_percentage = value
    else:
        raise _expected("a string", value).at("tick_size_barrier_percentage")
    if "ticks_stayed_in" not in data:
        obj.ticks_stayed_in = None
        count += 1
    else:
        value = data["ticks_stayed_in"]
        try:
            obj.ticks_stayed_in = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("ticks_stayed_in") from None
    if "trade_risk_profile" not in data:
        obj.trade_risk_profile = None
        count += 1
    elif (
        value := data["trade_risk_profile"]
    ).__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    else:
        raise _not_one_of("'low', 'medium', 'high'", value).at("trade_risk_profile")
    if count == 18:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_CONTRACT_DETAILS
        }
    return obj


def unstructure_proposal_response_proposal_contract_details(
    obj: m.ProposalResponseProposalContractDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.app_markup_amount
    if value is not None:
        data["app_markup_amount"] = value
    value = obj.barrier
    if value is not None:
        data["barrier"] = value
    value = obj.barrier_spot_distance
    if value is not None:
        data["barrier_spot_distance"] = value
    value = obj.caution_price
    if value is not None:
        data["caution_price"] = value
    value = obj.coupon_rate
    if value is not None:
        data["coupon_rate"] = value
    value = obj.high_barrier
    if value is not None:
        data["high_barrier"] = value
    value = obj.last_tick_epoch
    if value is not None:
        data["last_tick_epoch"] = value
    value = obj.low_barrier
    if value is not None:
        data["low_barrier"] = value
    value = obj.maximum_payout
    if value is not None:
        data["maximum_payout"] = value
    value = obj.maximum_stake
    if value is not None:
        data["maximum_stake"] = value
    value = obj.maximum_ticks
    if value is not None:
        data["maximum_ticks"] = value
    value = obj.minimum_stake
    if value is not None:
        data["minimum_stake"] = value
    value = obj.num_of_coupons
    if value is not None:
        data["num_of_coupons"] = value
    value = obj.profit_price
    if value is not None:
        data["profit_price"] = value
    value = obj.tick_size_barrier
    if value is not None:
        data["tick_size_barrier"] = value
    value = obj.tick_size_barrier_percentage
    if value is not None:
        data["tick_size_barrier_percentage"] = value
    value = obj.ticks_stayed_in
    if value is not None:
        data["ticks_stayed_in"] = value
    value = obj.trade_risk_profile
    if value is not None:
        data["trade_risk_profile"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_limit_order(
    data: Any,
) -> m.ProposalResponseProposalLimitOrder:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalLimitOrder)
    count = len(data)
    if count == 3:
        try:
            v_stop_loss = data["stop_loss"]
            v_stop_out = data["stop_out"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            try:
                obj.stop_loss = structure_proposal_response_proposal_limit_order_stop_loss(
                    v_stop_loss
                )
            except DecodeError as error:
                raise error.at("stop_loss") from None
            try:
                obj.stop_out = structure_proposal_response_proposal_limit_order_stop_out(v_stop_out)
            except DecodeError as error:
                raise error.at("stop_out") from None
            try:
                obj.take_profit = structure_proposal_response_proposal_limit_order_take_profit(
                    v_take_profit
                )
            except DecodeError as error:
                raise error.at("take_profit") from None
            obj.extra_fields = {}
            return obj
    if "stop_loss" not in data:
        obj.stop_loss = None
        count += 1
    else:
        value = data["stop_loss"]
        try:
            obj.stop_loss = structure_proposal_response_proposal_limit_order_stop_loss(value)
        except DecodeError as error:
            raise error.at("stop_loss") from None
    if "stop_out" not in data:
        obj.stop_out = None
        count += 1
    else:
        value = data["stop_out"]
        try:
            obj.stop_out = structure_proposal_response_proposal_limit_order_stop_out(value)
        except DecodeError as error:
            raise error.at("stop_out") from None
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    else:
        value = data["take_profit"]
        try:
            obj.take_profit = structure_proposal_response_proposal_limit_order_take_profit(value)
        except DecodeError as error:
            raise error.at("take_profit") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER
        }
    return obj


def unstructure_proposal_response_proposal_limit_order(
    obj: m.ProposalResponseProposalLimitOrder,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = unstructure_proposal_response_proposal_limit_order_stop_loss(value)
    value = obj.stop_out
    if value is not None:
        data["stop_out"] = unstructure_proposal_response_proposal_limit_order_stop_out(value)
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = unstructure_proposal_response_proposal_limit_order_take_profit(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_limit_order_stop_loss(
    data: Any,
) -> m.ProposalResponseProposalLimitOrderStopLoss:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalLimitOrderStopLoss)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_display_order_amount = data["display_order_amount"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_display_order_amount is None or (v_display_order_amount.__class__ is str))
                and (
                    v_order_amount is None
                    or ((kind := v_order_amount.__class__) is float or kind is int)
                )
                and (v_order_date.__class__ is int)
                and (v_value is None or (v_value.__class__ is str))
            ):
                obj.display_name = v_display_name
                obj.display_order_amount = v_display_order_amount
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "display_order_amount" not in data:
        obj.display_order_amount = UNSET
        count += 1
    elif (value := data["display_order_amount"]) is None or (value.__class__ is str):
        obj.display_order_amount = value
    else:
        raise _expected("a string", value).at("display_order_amount")
    if "order_amount" not in data:
        obj.order_amount = UNSET
        count += 1
    elif (value := data["order_amount"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.order_amount = value
    else:
        raise _expected("a number", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "value" not in data:
        obj.value = UNSET
        count += 1
    elif (value := data["value"]) is None or (value.__class__ is str):
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_STOP_LOSS
        }
    return obj


def unstructure_proposal_response_proposal_limit_order_stop_loss(
    obj: m.ProposalResponseProposalLimitOrderStopLoss,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.display_order_amount
    if value is not UNSET:
        data["display_order_amount"] = value
    value = obj.order_amount
    if value is not UNSET:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.value
    if value is not UNSET:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_limit_order_stop_out(
    data: Any,
) -> m.ProposalResponseProposalLimitOrderStopOut:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalLimitOrderStopOut)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_display_order_amount = data["display_order_amount"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_display_order_amount is None or (v_display_order_amount.__class__ is str))
                and (
                    v_order_amount is None
                    or ((kind := v_order_amount.__class__) is float or kind is int)
                )
                and (v_order_date.__class__ is int)
                and (v_value.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.display_order_amount = v_display_order_amount
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "display_order_amount" not in data:
        obj.display_order_amount = UNSET
        count += 1
    elif (value := data["display_order_amount"]) is None or (value.__class__ is str):
        obj.display_order_amount = value
    else:
        raise _expected("a string", value).at("display_order_amount")
    if "order_amount" not in data:
        obj.order_amount = UNSET
        count += 1
    elif (value := data["order_amount"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.order_amount = value
    else:
        raise _expected("a number", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "value" not in data:
        obj.value = None
        count += 1
    elif (value := data["value"]).__class__ is str:
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_STOP_OUT
        }
    return obj


def unstructure_proposal_response_proposal_limit_order_stop_out(
    obj: m.ProposalResponseProposalLimitOrderStopOut,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.display_order_amount
    if value is not UNSET:
        data["display_order_amount"] = value
    value = obj.order_amount
    if value is not UNSET:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.value
    if value is not None:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_limit_order_take_profit(
    data: Any,
) -> m.ProposalResponseProposalLimitOrderTakeProfit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalLimitOrderTakeProfit)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_display_order_amount = data["display_order_amount"]
            v_order_amount = data["order_amount"]
            v_order_date = data["order_date"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_display_order_amount is None or (v_display_order_amount.__class__ is str))
                and (
                    v_order_amount is None
                    or ((kind := v_order_amount.__class__) is float or kind is int)
                )
                and (v_order_date.__class__ is int)
                and (v_value is None or (v_value.__class__ is str))
            ):
                obj.display_name = v_display_name
                obj.display_order_amount = v_display_order_amount
                obj.order_amount = v_order_amount
                obj.order_date = v_order_date
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "display_order_amount" not in data:
        obj.display_order_amount = UNSET
        count += 1
    elif (value := data["display_order_amount"]) is None or (value.__class__ is str):
        obj.display_order_amount = value
    else:
        raise _expected("a string", value).at("display_order_amount")
    if "order_amount" not in data:
        obj.order_amount = UNSET
        count += 1
    elif (value := data["order_amount"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.order_amount = value
    else:
        raise _expected("a number", value).at("order_amount")
    if "order_date" not in data:
        obj.order_date = None
        count += 1
    elif (value := data["order_date"]).__class__ is int:
        obj.order_date = value
    else:
        raise _expected("an integer", value).at("order_date")
    if "value" not in data:
        obj.value = UNSET
        count += 1
    elif (value := data["value"]) is None or (value.__class__ is str):
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_LIMIT_ORDER_TAKE_PROFIT
        }
    return obj


def unstructure_proposal_response_proposal_limit_order_take_profit(
    obj: m.ProposalResponseProposalLimitOrderTakeProfit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.display_order_amount
    if value is not UNSET:
        data["display_order_amount"] = value
    value = obj.order_amount
    if value is not UNSET:
        data["order_amount"] = value
    value = obj.order_date
    if value is not None:
        data["order_date"] = value
    value = obj.value
    if value is not UNSET:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_validation_params(
    data: Any,
) -> m.ProposalResponseProposalValidationParams:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalValidationParams)
    count = len(data)
    if count == 6:
        try:
            v_max_payout = data["max_payout"]
            v_max_ticks = data["max_ticks"]
            v_payout = data["payout"]
            v_stake = data["stake"]
            v_stop_loss = data["stop_loss"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            if (v_max_payout.__class__ is str) and (v_max_ticks.__class__ is int):
                obj.max_payout = v_max_payout
                obj.max_ticks = v_max_ticks
                try:
                    obj.payout = structure_proposal_response_proposal_validation_params_payout(
                        v_payout
                    )
                except DecodeError as error:
                    raise error.at("payout") from None
                try:
                    obj.stake = structure_proposal_response_proposal_validation_params_stake(
                        v_stake
                    )
                except DecodeError as error:
                    raise error.at("stake") from None
                try:
                    obj.stop_loss = (
                        structure_proposal_response_proposal_validation_params_stop_loss(
                            v_stop_loss
                        )
                    )
                except DecodeError as error:
                    raise error.at("stop_loss") from None
                try:
                    obj.take_profit = (
                        structure_proposal_response_proposal_validation_params_take_profit(
                            v_take_profit
                        )
                    )
                except DecodeError as error:
                    raise error.at("take_profit") from None
                obj.extra_fields = {}
                return obj
    if "max_payout" not in data:
        obj.max_payout = None
        count += 1
    elif (value := data["max_payout"]).__class__ is str:
        obj.max_payout = value
    else:
        raise _expected("a string", value).at("max_payout")
    if "max_ticks" not in data:
        obj.max_ticks = None
        count += 1
    elif (value := data["max_ticks"]).__class__ is int:
        obj.max_ticks = value
    else:
        raise _expected("an integer", value).at("max_ticks")
    if "payout" not in data:
        obj.payout = None
        count += 1
    else:
        value = data["payout"]
        try:
            obj.payout = structure_proposal_response_proposal_validation_params_payout(value)
        except DecodeError as error:
            raise error.at("payout") from None
    if "stake" not in data:
        obj.stake = None
        count += 1
    else:
        value = data["stake"]
        try:
            obj.stake = structure_proposal_response_proposal_validation_params_stake(value)
        except DecodeError as error:
            raise error.at("stake") from None
    if "stop_loss" not in data:
        obj.stop_loss = None
        count += 1
    else:
        value = data["stop_loss"]
        try:
            obj.stop_loss = structure_proposal_response_proposal_validation_params_stop_loss(value)
        except DecodeError as error:
            raise error.at("stop_loss") from None
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    else:
        value = data["take_profit"]
        try:
            obj.take_profit = structure_proposal_response_proposal_validation_params_take_profit(
                value
            )
        except DecodeError as error:
            raise error.at("take_profit") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS
        }
    return obj


def unstructure_proposal_response_proposal_validation_params(
    obj: m.ProposalResponseProposalValidationParams,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max_payout
    if value is not None:
        data["max_payout"] = value
    value = obj.max_ticks
    if value is not None:
        data["max_ticks"] = value
    value = obj.payout
    if value is not None:
        data["payout"] = unstructure_proposal_response_proposal_validation_params_payout(value)
    value = obj.stake
    if value is not None:
        data["stake"] = unstructure_proposal_response_proposal_validation_params_stake(value)
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = unstructure_proposal_response_proposal_validation_params_stop_loss(
            value
        )
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = unstructure_proposal_response_proposal_validation_params_take_profit(
            value
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_validation_params_payout(
    data: Any,
) -> m.ProposalResponseProposalValidationParamsPayout:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalValidationParamsPayout)
    count = len(data)
    if count == 1:
        try:
            v_max = data["max"]
        except KeyError:
            pass
        else:
            if v_max.__class__ is str:
                obj.max = v_max
                obj.extra_fields = {}
                return obj
    if "max" not in data:
        obj.max = None
        count += 1
    elif (value := data["max"]).__class__ is str:
        obj.max = value
    else:
        raise _expected("a string", value).at("max")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_PAYOUT
        }
    return obj


def unstructure_proposal_response_proposal_validation_params_payout(
    obj: m.ProposalResponseProposalValidationParamsPayout,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max
    if value is not None:
        data["max"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_validation_params_stake(
    data: Any,
) -> m.ProposalResponseProposalValidationParamsStake:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalValidationParamsStake)
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if (v_max.__class__ is str) and (v_min.__class__ is str):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    if "max" not in data:
        obj.max = None
        count += 1
    elif (value := data["max"]).__class__ is str:
        obj.max = value
    else:
        raise _expected("a string", value).at("max")
    if "min" not in data:
        obj.min = None
        count += 1
    elif (value := data["min"]).__class__ is str:
        obj.min = value
    else:
        raise _expected("a string", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_STAKE
        }
    return obj


def unstructure_proposal_response_proposal_validation_params_stake(
    obj: m.ProposalResponseProposalValidationParamsStake,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max
    if value is not None:
        data["max"] = value
    value = obj.min
    if value is not None:
        data["min"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_validation_params_stop_loss(
    data: Any,
) -> m.ProposalResponseProposalValidationParamsStopLoss:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalValidationParamsStopLoss)
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if (v_max.__class__ is str) and (v_min.__class__ is str):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    if "max" not in data:
        obj.max = None
        count += 1
    elif (value := data["max"]).__class__ is str:
        obj.max = value
    else:
        raise _expected("a string", value).at("max")
    if "min" not in data:
        obj.min = None
        count += 1
    elif (value := data["min"]).__class__ is str:
        obj.min = value
    else:
        raise _expected("a string", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_STOP_LOSS
        }
    return obj


def unstructure_proposal_response_proposal_validation_params_stop_loss(
    obj: m.ProposalResponseProposalValidationParamsStopLoss,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max
    if value is not None:
        data["max"] = value
    value = obj.min
    if value is not None:
        data["min"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_proposal_validation_params_take_profit(
    data: Any,
) -> m.ProposalResponseProposalValidationParamsTakeProfit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseProposalValidationParamsTakeProfit)
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if (v_max.__class__ is str) and (v_min.__class__ is str):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    if "max" not in data:
        obj.max = None
        count += 1
    elif (value := data["max"]).__class__ is str:
        obj.max = value
    else:
        raise _expected("a string", value).at("max")
    if "min" not in data:
        obj.min = None
        count += 1
    elif (value := data["min"]).__class__ is str:
        obj.min = value
    else:
        raise _expected("a string", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_RESPONSE_PROPOSAL_VALIDATION_PARAMS_TAKE_PROFIT
        }
    return obj


def unstructure_proposal_response_proposal_validation_params_take_profit(
    obj: m.ProposalResponseProposalValidationParamsTakeProfit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.max
    if value is not None:
        data["max"] = value
    value = obj.min
    if value is not None:
        data["min"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_response_subscription(data: Any) -> m.ProposalResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_proposal_response_subscription(
    obj: m.ProposalResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalRequest: structure_proposal_request,
    m.ProposalRequestLimitOrder: structure_proposal_request_limit_order,
    m.ProposalResponse: structure_proposal_response,
    m.ProposalResponseProposal: structure_proposal_response_proposal,
    m.ProposalResponseProposalCancellation: structure_proposal_response_proposal_cancellation,
    m.ProposalResponseProposalContractDetails: structure_proposal_response_proposal_contract_details,
    m.ProposalResponseProposalLimitOrder: structure_proposal_response_proposal_limit_order,
    m.ProposalResponseProposalLimitOrderStopLoss: structure_proposal_response_proposal_limit_order_stop_loss,
    m.ProposalResponseProposalLimitOrderStopOut: structure_proposal_response_proposal_limit_order_stop_out,
    m.ProposalResponseProposalLimitOrderTakeProfit: structure_proposal_response_proposal_limit_order_take_profit,
    m.ProposalResponseProposalValidationParams: structure_proposal_response_proposal_validation_params,
    m.ProposalResponseProposalValidationParamsPayout: structure_proposal_response_proposal_validation_params_payout,
    m.ProposalResponseProposalValidationParamsStake: structure_proposal_response_proposal_validation_params_stake,
    m.ProposalResponseProposalValidationParamsStopLoss: structure_proposal_response_proposal_validation_params_stop_loss,
    m.ProposalResponseProposalValidationParamsTakeProfit: structure_proposal_response_proposal_validation_params_take_profit,
    m.ProposalResponseSubscription: structure_proposal_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalRequest: unstructure_proposal_request,
    m.ProposalRequestLimitOrder: unstructure_proposal_request_limit_order,
    m.ProposalResponse: unstructure_proposal_response,
    m.ProposalResponseProposal: unstructure_proposal_response_proposal,
    m.ProposalResponseProposalCancellation: unstructure_proposal_response_proposal_cancellation,
    m.ProposalResponseProposalContractDetails: unstructure_proposal_response_proposal_contract_details,
    m.ProposalResponseProposalLimitOrder: unstructure_proposal_response_proposal_limit_order,
    m.ProposalResponseProposalLimitOrderStopLoss: unstructure_proposal_response_proposal_limit_order_stop_loss,
    m.ProposalResponseProposalLimitOrderStopOut: unstructure_proposal_response_proposal_limit_order_stop_out,
    m.ProposalResponseProposalLimitOrderTakeProfit: unstructure_proposal_response_proposal_limit_order_take_profit,
    m.ProposalResponseProposalValidationParams: unstructure_proposal_response_proposal_validation_params,
    m.ProposalResponseProposalValidationParamsPayout: unstructure_proposal_response_proposal_validation_params_payout,
    m.ProposalResponseProposalValidationParamsStake: unstructure_proposal_response_proposal_validation_params_stake,
    m.ProposalResponseProposalValidationParamsStopLoss: unstructure_proposal_response_proposal_validation_params_stop_loss,
    m.ProposalResponseProposalValidationParamsTakeProfit: unstructure_proposal_response_proposal_validation_params_take_profit,
    m.ProposalResponseSubscription: unstructure_proposal_response_subscription,
}
