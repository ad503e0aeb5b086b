"""Decoders and encoders of the models of the ``proposal`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    try:
        value = data["proposal"]
    except KeyError:
        raise DecodeError("required field is missing", ("proposal",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.proposal = value
    else:
        raise _not_one_of("1", value).at("proposal")
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
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
            obj.limit_order = structure_proposal_request_limit_order(value)
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
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
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
    value = data.get("proposal", _MISSING)
    if value is _MISSING:
        obj.proposal = None
        count += 1
    else:
        try:
            obj.proposal = structure_proposal_response_proposal(value)
        except DecodeError as error:
            raise error.at("proposal") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    try:
        value = data["ask_price"]
    except KeyError:
        raise DecodeError("required field is missing", ("ask_price",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.ask_price = value
    else:
        raise _expected("a number", value).at("ask_price")
    value = data.get("barrier_choices", _MISSING)
    if value.__class__ is list:
        obj.barrier_choices = value
    elif value is _MISSING:
        obj.barrier_choices = None
        count += 1
    else:
        raise _expected("an array", value).at("barrier_choices")
    value = data.get("barrier_spot_distance", _MISSING)
    if value.__class__ is str:
        obj.barrier_spot_distance = value
    elif value is _MISSING:
        obj.barrier_spot_distance = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    value = data.get("cancellation", _MISSING)
    if value is _MISSING:
        obj.cancellation = None
        count += 1
    else:
        try:
            obj.cancellation = structure_proposal_response_proposal_cancellation(value)
        except DecodeError as error:
            raise error.at("cancellation") from None
    value = data.get("commission", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.commission = value
    elif value is _MISSING:
        obj.commission = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("commission")
    value = data.get("contract_details", _MISSING)
    if value is _MISSING:
        obj.contract_details = None
        count += 1
    else:
        try:
            obj.contract_details = structure_proposal_response_proposal_contract_details(value)
        except DecodeError as error:
            raise error.at("contract_details") from None
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
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
    value = data.get("display_number_of_contracts", _MISSING)
    if value.__class__ is str:
        obj.display_number_of_contracts = value
    elif value is _MISSING:
        obj.display_number_of_contracts = None
        count += 1
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
    value = data.get("limit_order", _MISSING)
    if value is _MISSING:
        obj.limit_order = None
        count += 1
    else:
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
    value = data.get("max_stake", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.max_stake = value
    elif value is _MISSING:
        obj.max_stake = None
        count += 1
    else:
        raise _expected("a number", value).at("max_stake")
    value = data.get("min_stake", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.min_stake = value
    elif value is _MISSING:
        obj.min_stake = None
        count += 1
    else:
        raise _expected("a number", value).at("min_stake")
    value = data.get("multiplier", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.multiplier = value
    elif value is _MISSING:
        obj.multiplier = None
        count += 1
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
    value = data.get("payout_choices", _MISSING)
    if value is _MISSING:
        obj.payout_choices = None
        count += 1
    else:
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
    value = data.get("validation_params", _MISSING)
    if value is _MISSING:
        obj.validation_params = None
        count += 1
    else:
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
    value = data.get("ask_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.ask_price = value
    elif value is _MISSING:
        obj.ask_price = None
        count += 1
    else:
        raise _expected("a number", value).at("ask_price")
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
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
    value = data.get("app_markup_amount", _MISSING)
    if value.__class__ is str:
        obj.app_markup_amount = value
    elif value is _MISSING:
        obj.app_markup_amount = None
        count += 1
    else:
        raise _expected("a string", value).at("app_markup_amount")
    value = data.get("barrier", _MISSING)
    if value.__class__ is str:
        obj.barrier = value
    elif value is _MISSING:
        obj.barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier")
    value = data.get("barrier_spot_distance", _MISSING)
    if value.__class__ is str:
        obj.barrier_spot_distance = value
    elif value is _MISSING:
        obj.barrier_spot_distance = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    value = data.get("caution_price", _MISSING)
    if value.__class__ is str:
        obj.caution_price = value
    elif value is _MISSING:
        obj.caution_price = None
        count += 1
    else:
        raise _expected("a string", value).at("caution_price")
    value = data.get("coupon_rate", _MISSING)
    if value.__class__ is str:
        obj.coupon_rate = value
    elif value is _MISSING:
        obj.coupon_rate = None
        count += 1
    else:
        raise _expected("a string", value).at("coupon_rate")
    value = data.get("high_barrier", _MISSING)
    if value.__class__ is str:
        obj.high_barrier = value
    elif value is _MISSING:
        obj.high_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("high_barrier")
    value = data.get("last_tick_epoch", _MISSING)
    if value.__class__ is int:
        obj.last_tick_epoch = value
    elif value is _MISSING:
        obj.last_tick_epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("last_tick_epoch")
    value = data.get("low_barrier", _MISSING)
    if value.__class__ is str:
        obj.low_barrier = value
    elif value is _MISSING:
        obj.low_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("low_barrier")
    value = data.get("maximum_payout", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.maximum_payout = value
    elif value is _MISSING:
        obj.maximum_payout = None
        count += 1
    else:
        raise _expected("a number", value).at("maximum_payout")
    value = data.get("maximum_stake", _MISSING)
    if value.__class__ is str:
        obj.maximum_stake = value
    elif value is _MISSING:
        obj.maximum_stake = None
        count += 1
    else:
        raise _expected("a string", value).at("maximum_stake")
    value = data.get("maximum_ticks", _MISSING)
    if value.__class__ is int:
        obj.maximum_ticks = value
    elif value is _MISSING:
        obj.maximum_ticks = None
        count += 1
    else:
        raise _expected("an integer", value).at("maximum_ticks")
    value = data.get("minimum_stake", _MISSING)
    if value.__class__ is str:
        obj.minimum_stake = value
    elif value is _MISSING:
        obj.minimum_stake = None
        count += 1
    else:
        raise _expected("a string", value).at("minimum_stake")
    value = data.get("num_of_coupons", _MISSING)
    if value.__class__ is int:
        obj.num_of_coupons = value
    elif value is _MISSING:
        obj.num_of_coupons = None
        count += 1
    else:
        raise _expected("an integer", value).at("num_of_coupons")
    value = data.get("profit_price", _MISSING)
    if value.__class__ is str:
        obj.profit_price = value
    elif value is _MISSING:
        obj.profit_price = None
        count += 1
    else:
        raise _expected("a string", value).at("profit_price")
    value = data.get("tick_size_barrier", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.tick_size_barrier = value
    elif value is _MISSING:
        obj.tick_size_barrier = None
        count += 1
    else:
        raise _expected("a number", value).at("tick_size_barrier")
    value = data.get("tick_size_barrier_percentage", _MISSING)
    if value.__class__ is str:
        obj.tick_size_barrier_percentage = value
    elif value is _MISSING:
        obj.tick_size_barrier_percentage = None
        count += 1
    else:
        raise _expected("a string", value).at("tick_size_barrier_percentage")
    value = data.get("ticks_stayed_in", _MISSING)
    if value is _MISSING:
        obj.ticks_stayed_in = None
        count += 1
    else:
        try:
            obj.ticks_stayed_in = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("ticks_stayed_in") from None
    value = data.get("trade_risk_profile", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    elif value is _MISSING:
        obj.trade_risk_profile = None
        count += 1
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
    value = data.get("stop_loss", _MISSING)
    if value is _MISSING:
        obj.stop_loss = None
        count += 1
    else:
        try:
            obj.stop_loss = structure_proposal_response_proposal_limit_order_stop_loss(value)
        except DecodeError as error:
            raise error.at("stop_loss") from None
    value = data.get("stop_out", _MISSING)
    if value is _MISSING:
        obj.stop_out = None
        count += 1
    else:
        try:
            obj.stop_out = structure_proposal_response_proposal_limit_order_stop_out(value)
        except DecodeError as error:
            raise error.at("stop_out") from None
    value = data.get("take_profit", _MISSING)
    if value is _MISSING:
        obj.take_profit = None
        count += 1
    else:
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
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("display_order_amount", _MISSING)
    if value is None or (value.__class__ is str):
        obj.display_order_amount = value
    elif value is _MISSING:
        obj.display_order_amount = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("display_order_amount")
    value = data.get("order_amount", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.order_amount = value
    elif value is _MISSING:
        obj.order_amount = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("order_amount")
    value = data.get("order_date", _MISSING)
    if value.__class__ is int:
        obj.order_date = value
    elif value is _MISSING:
        obj.order_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("order_date")
    value = data.get("value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.value = value
    elif value is _MISSING:
        obj.value = UNSET
        count += 1
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
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("display_order_amount", _MISSING)
    if value is None or (value.__class__ is str):
        obj.display_order_amount = value
    elif value is _MISSING:
        obj.display_order_amount = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("display_order_amount")
    value = data.get("order_amount", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.order_amount = value
    elif value is _MISSING:
        obj.order_amount = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("order_amount")
    value = data.get("order_date", _MISSING)
    if value.__class__ is int:
        obj.order_date = value
    elif value is _MISSING:
        obj.order_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("order_date")
    value = data.get("value", _MISSING)
    if value.__class__ is str:
        obj.value = value
    elif value is _MISSING:
        obj.value = None
        count += 1
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
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("display_order_amount", _MISSING)
    if value is None or (value.__class__ is str):
        obj.display_order_amount = value
    elif value is _MISSING:
        obj.display_order_amount = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("display_order_amount")
    value = data.get("order_amount", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.order_amount = value
    elif value is _MISSING:
        obj.order_amount = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("order_amount")
    value = data.get("order_date", _MISSING)
    if value.__class__ is int:
        obj.order_date = value
    elif value is _MISSING:
        obj.order_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("order_date")
    value = data.get("value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.value = value
    elif value is _MISSING:
        obj.value = UNSET
        count += 1
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
    value = data.get("max_payout", _MISSING)
    if value.__class__ is str:
        obj.max_payout = value
    elif value is _MISSING:
        obj.max_payout = None
        count += 1
    else:
        raise _expected("a string", value).at("max_payout")
    value = data.get("max_ticks", _MISSING)
    if value.__class__ is int:
        obj.max_ticks = value
    elif value is _MISSING:
        obj.max_ticks = None
        count += 1
    else:
        raise _expected("an integer", value).at("max_ticks")
    value = data.get("payout", _MISSING)
    if value is _MISSING:
        obj.payout = None
        count += 1
    else:
        try:
            obj.payout = structure_proposal_response_proposal_validation_params_payout(value)
        except DecodeError as error:
            raise error.at("payout") from None
    value = data.get("stake", _MISSING)
    if value is _MISSING:
        obj.stake = None
        count += 1
    else:
        try:
            obj.stake = structure_proposal_response_proposal_validation_params_stake(value)
        except DecodeError as error:
            raise error.at("stake") from None
    value = data.get("stop_loss", _MISSING)
    if value is _MISSING:
        obj.stop_loss = None
        count += 1
    else:
        try:
            obj.stop_loss = structure_proposal_response_proposal_validation_params_stop_loss(value)
        except DecodeError as error:
            raise error.at("stop_loss") from None
    value = data.get("take_profit", _MISSING)
    if value is _MISSING:
        obj.take_profit = None
        count += 1
    else:
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
    value = data.get("max", _MISSING)
    if value.__class__ is str:
        obj.max = value
    elif value is _MISSING:
        obj.max = None
        count += 1
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
    value = data.get("max", _MISSING)
    if value.__class__ is str:
        obj.max = value
    elif value is _MISSING:
        obj.max = None
        count += 1
    else:
        raise _expected("a string", value).at("max")
    value = data.get("min", _MISSING)
    if value.__class__ is str:
        obj.min = value
    elif value is _MISSING:
        obj.min = None
        count += 1
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
    value = data.get("max", _MISSING)
    if value.__class__ is str:
        obj.max = value
    elif value is _MISSING:
        obj.max = None
        count += 1
    else:
        raise _expected("a string", value).at("max")
    value = data.get("min", _MISSING)
    if value.__class__ is str:
        obj.min = value
    elif value is _MISSING:
        obj.min = None
        count += 1
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
    value = data.get("max", _MISSING)
    if value.__class__ is str:
        obj.max = value
    elif value is _MISSING:
        obj.max = None
        count += 1
    else:
        raise _expected("a string", value).at("max")
    value = data.get("min", _MISSING)
    if value.__class__ is str:
        obj.min = value
    elif value is _MISSING:
        obj.min = None
        count += 1
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
