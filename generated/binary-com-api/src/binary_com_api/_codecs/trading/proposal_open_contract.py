"""Decoders and encoders of the models of the ``proposal_open_contract`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._codecs.trading.proposal_open_contract_audit_details import (
    structure_proposal_open_contract_response_proposal_open_contract_audit_details,
    unstructure_proposal_open_contract_response_proposal_open_contract_audit_details,
)
from ..._codecs.trading.proposal_open_contract_cancellation import (
    structure_proposal_open_contract_response_proposal_open_contract_cancellation,
    unstructure_proposal_open_contract_response_proposal_open_contract_cancellation,
)
from ..._codecs.trading.proposal_open_contract_is_valid_to_update import (
    structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
    unstructure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
)
from ..._codecs.trading.proposal_open_contract_limit_order import (
    structure_proposal_open_contract_response_proposal_open_contract_limit_order,
    unstructure_proposal_open_contract_response_proposal_open_contract_limit_order,
)
from ..._codecs.trading.proposal_open_contract_subscription import (
    structure_proposal_open_contract_response_subscription,
    unstructure_proposal_open_contract_response_subscription,
)
from ..._codecs.trading.proposal_open_contract_tick_stream import (
    structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
    unstructure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
)
from ..._codecs.trading.proposal_open_contract_transaction_ids import (
    structure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
    unstructure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
)
from ..._codecs.trading.proposal_open_contract_validation_params import (
    structure_proposal_open_contract_response_proposal_open_contract_validation_params,
    unstructure_proposal_open_contract_response_proposal_open_contract_validation_params,
)
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_cancelled_lost_open_and_2_more = frozenset({"cancelled", "lost", "open", "sold", "won"})


_ALLOWED_high_low_medium = frozenset({"high", "low", "medium"})


_ALLOWED_proposal_open_contract = frozenset({"proposal_open_contract"})


_KEYS_PROPOSAL_OPEN_CONTRACT_REQUEST = frozenset(
    (
        "proposal_open_contract",
        "contract_id",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE = frozenset(
    (
        "proposal_open_contract",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT = frozenset(
    (
        "account_id",
        "app_markup_amount",
        "audit_details",
        "barrier",
        "barrier_count",
        "barrier_spot_distance",
        "bid_price",
        "buy_price",
        "cancellation",
        "caution_price",
        "commision",
        "commission",
        "contract_id",
        "contract_type",
        "coupon_collection_epochs",
        "coupon_rate",
        "currency",
        "current_spot",
        "current_spot_display_value",
        "current_spot_high_barrier",
        "current_spot_low_barrier",
        "current_spot_time",
        "date_expiry",
        "date_settlement",
        "date_start",
        "display_name",
        "display_number_of_contracts",
        "display_value",
        "entry_spot",
        "entry_spot_display_value",
        "entry_tick",
        "entry_tick_display_value",
        "entry_tick_time",
        "exit_tick",
        "exit_tick_display_value",
        "exit_tick_time",
        "expiry_time",
        "growth_rate",
        "high_barrier",
        "id",
        "is_expired",
        "is_forward_starting",
        "is_intraday",
        "is_path_dependent",
        "is_settleable",
        "is_sold",
        "is_valid_to_cancel",
        "is_valid_to_sell",
        "is_valid_to_update",
        "limit_order",
        "longcode",
        "low_barrier",
        "multiplier",
        "num_of_coupons",
        "payout",
        "profit",
        "profit_percentage",
        "profit_price",
        "purchase_time",
        "reset_barrier",
        "reset_time",
        "selected_spot",
        "selected_tick",
        "sell_price",
        "sell_spot",
        "sell_spot_display_value",
        "sell_spot_time",
        "sell_time",
        "shortcode",
        "status",
        "tick_count",
        "tick_passed",
        "tick_stream",
        "trade_risk_profile",
        "transaction_ids",
        "underlying",
        "validation_error",
        "validation_error_code",
        "validation_params",
    )
)


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractTickStreamItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractTickStreamItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item
        ) from None


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


def structure_proposal_open_contract_request(data: Any) -> m.ProposalOpenContractRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractRequest)
    count = len(data)
    if count == 6:
        try:
            v_proposal_open_contract = data["proposal_open_contract"]
            v_contract_id = data["contract_id"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_proposal_open_contract.__class__ is _INT
                    and v_proposal_open_contract in _ALLOWED_1
                )
                and (v_contract_id.__class__ is int)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.proposal_open_contract = v_proposal_open_contract
                obj.contract_id = v_contract_id
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["proposal_open_contract"]
    except KeyError:
        raise DecodeError("required field is missing", ("proposal_open_contract",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.proposal_open_contract = value
    else:
        raise _not_one_of("1", value).at("proposal_open_contract")
    if "contract_id" not in data:
        obj.contract_id = None
        count += 1
    elif (value := data["contract_id"]).__class__ is int:
        obj.contract_id = value
    else:
        raise _expected("an integer", value).at("contract_id")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_PROPOSAL_OPEN_CONTRACT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_proposal_open_contract_request(
    obj: m.ProposalOpenContractRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"proposal_open_contract": obj.proposal_open_contract}
    value: Any
    value = obj.contract_id
    if value is not None:
        data["contract_id"] = value
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


def structure_proposal_open_contract_response(data: Any) -> m.ProposalOpenContractResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponse)
    count = len(data)
    if count == 5:
        try:
            v_proposal_open_contract = data["proposal_open_contract"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_proposal_open_contract)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.proposal_open_contract = (
                        structure_proposal_open_contract_response_proposal_open_contract(
                            v_proposal_open_contract
                        )
                    )
                except DecodeError as error:
                    raise error.at("proposal_open_contract") from None
                try:
                    obj.subscription = structure_proposal_open_contract_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "proposal_open_contract" not in data:
        obj.proposal_open_contract = None
        count += 1
    else:
        value = data["proposal_open_contract"]
        try:
            obj.proposal_open_contract = (
                structure_proposal_open_contract_response_proposal_open_contract(value)
            )
        except DecodeError as error:
            raise error.at("proposal_open_contract") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_proposal_open_contract_response_subscription(value)
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
    if "msg_type" not in data:
        obj.msg_type = None
        count += 1
    elif (value := data["msg_type"]).__class__ is _STR and value in _ALLOWED_proposal_open_contract:
        obj.msg_type = value
    else:
        raise _not_one_of("'proposal_open_contract'", value).at("msg_type")
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
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE
        }
    return obj


def unstructure_proposal_open_contract_response(
    obj: m.ProposalOpenContractResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req}
    value: Any
    value = obj.proposal_open_contract
    if value is not None:
        data["proposal_open_contract"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract(value)
        )
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_proposal_open_contract_response_subscription(value)
    value = obj.msg_type
    if value is not None:
        data["msg_type"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContract:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContract)
    count = len(data)
    if count == 79:
        try:
            v_account_id = data["account_id"]
            v_app_markup_amount = data["app_markup_amount"]
            v_audit_details = data["audit_details"]
            v_barrier = data["barrier"]
            v_barrier_count = data["barrier_count"]
            v_barrier_spot_distance = data["barrier_spot_distance"]
            v_bid_price = data["bid_price"]
            v_buy_price = data["buy_price"]
            v_cancellation = data["cancellation"]
            v_caution_price = data["caution_price"]
            v_commision = data["commision"]
            v_commission = data["commission"]
            v_contract_id = data["contract_id"]
            v_contract_type = data["contract_type"]
            v_coupon_collection_epochs = data["coupon_collection_epochs"]
            v_coupon_rate = data["coupon_rate"]
            v_currency = data["currency"]
            v_current_spot = data["current_spot"]
            v_current_spot_display_value = data["current_spot_display_value"]
            v_current_spot_high_barrier = data["current_spot_high_barrier"]
            v_current_spot_low_barrier = data["current_spot_low_barrier"]
            v_current_spot_time = data["current_spot_time"]
            v_date_expiry = data["date_expiry"]
            v_date_settlement = data["date_settlement"]
            v_date_start = data["date_start"]
            v_display_name = data["display_name"]
            v_display_number_of_contracts = data["display_number_of_contracts"]
            v_display_value = data["display_value"]
            v_entry_spot = data["entry_spot"]
            v_entry_spot_display_value = data["entry_spot_display_value"]
            v_entry_tick = data["entry_tick"]
            v_entry_tick_display_value = data["entry_tick_display_value"]
            v_entry_tick_time = data["entry_tick_time"]
            v_exit_tick = data["exit_tick"]
            v_exit_tick_display_value = data["exit_tick_display_value"]
            v_exit_tick_time = data["exit_tick_time"]
            v_expiry_time = data["expiry_time"]
            v_growth_rate = data["growth_rate"]
            v_high_barrier = data["high_barrier"]
            v_id = data["id"]
            v_is_expired = data["is_expired"]
            v_is_forward_starting = data["is_forward_starting"]
            v_is_intraday = data["is_intraday"]
            v_is_path_dependent = data["is_path_dependent"]
            v_is_settleable = data["is_settleable"]
            v_is_sold = data["is_sold"]
            v_is_valid_to_cancel = data["is_valid_to_cancel"]
            v_is_valid_to_sell = data["is_valid_to_sell"]
            v_is_valid_to_update = data["is_valid_to_update"]
            v_limit_order = data["limit_order"]
            v_longcode = data["longcode"]
            v_low_barrier = data["low_barrier"]
            v_multiplier = data["multiplier"]
            v_num_of_coupons = data["num_of_coupons"]
            v_payout = data["payout"]
            v_profit = data["profit"]
            v_profit_percentage = data["profit_percentage"]
            v_profit_price = data["profit_price"]
            v_purchase_time = data["purchase_time"]
            v_reset_barrier = data["reset_barrier"]
            v_reset_time = data["reset_time"]
            v_selected_spot = data["selected_spot"]
            v_selected_tick = data["selected_tick"]
            v_sell_price = data["sell_price"]
            v_sell_spot = data["sell_spot"]
            v_sell_spot_display_value = data["sell_spot_display_value"]
            v_sell_spot_time = data["sell_spot_time"]
            v_sell_time = data["sell_time"]
            v_shortcode = data["shortcode"]
            v_status = data["status"]
            v_tick_count = data["tick_count"]
            v_tick_passed = data["tick_passed"]
            v_tick_stream = data["tick_stream"]
            v_trade_risk_profile = data["trade_risk_profile"]
            v_transaction_ids = data["transaction_ids"]
            v_underlying = data["underlying"]
            v_validation_error = data["validation_error"]
            v_validation_error_code = data["validation_error_code"]
            v_validation_params = data["validation_params"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_account_id.__class__) is float or kind is int)
                and (v_app_markup_amount.__class__ is str)
                and (v_barrier is None or (v_barrier.__class__ is str))
                and ((kind := v_barrier_count.__class__) is float or kind is int)
                and (v_barrier_spot_distance.__class__ is str)
                and ((kind := v_bid_price.__class__) is float or kind is int)
                and ((kind := v_buy_price.__class__) is float or kind is int)
                and (v_caution_price.__class__ is str)
                and (
                    v_commision is None or ((kind := v_commision.__class__) is float or kind is int)
                )
                and (
                    v_commission is None
                    or ((kind := v_commission.__class__) is float or kind is int)
                )
                and (v_contract_id.__class__ is int)
                and (v_contract_type.__class__ is str)
                and (v_coupon_rate.__class__ is str)
                and (v_currency.__class__ is str)
                and ((kind := v_current_spot.__class__) is float or kind is int)
                and (v_current_spot_display_value.__class__ is str)
                and (v_current_spot_high_barrier.__class__ is str)
                and (v_current_spot_low_barrier.__class__ is str)
                and (v_current_spot_time.__class__ is int)
                and (v_date_expiry.__class__ is int)
                and (v_date_settlement.__class__ is int)
                and (v_date_start.__class__ is int)
                and (v_display_name.__class__ is str)
                and (v_display_number_of_contracts.__class__ is str)
                and (v_display_value.__class__ is str)
                and (
                    v_entry_spot is None
                    or ((kind := v_entry_spot.__class__) is float or kind is int)
                )
                and (
                    v_entry_spot_display_value is None
                    or (v_entry_spot_display_value.__class__ is str)
                )
                and ((kind := v_entry_tick.__class__) is float or kind is int)
                and (v_entry_tick_display_value.__class__ is str)
                and (v_entry_tick_time.__class__ is int)
                and ((kind := v_exit_tick.__class__) is float or kind is int)
                and (v_exit_tick_display_value.__class__ is str)
                and (v_exit_tick_time.__class__ is int)
                and (v_expiry_time.__class__ is int)
                and ((kind := v_growth_rate.__class__) is float or kind is int)
                and (v_high_barrier.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_expired.__class__ is _INT and v_is_expired in _ALLOWED_0_1)
                and (
                    v_is_forward_starting.__class__ is _INT
                    and v_is_forward_starting in _ALLOWED_0_1
                )
                and (v_is_intraday.__class__ is _INT and v_is_intraday in _ALLOWED_0_1)
                and (v_is_path_dependent.__class__ is _INT and v_is_path_dependent in _ALLOWED_0_1)
                and (v_is_settleable.__class__ is _INT and v_is_settleable in _ALLOWED_0_1)
                and (v_is_sold.__class__ is _INT and v_is_sold in _ALLOWED_0_1)
                and (
                    v_is_valid_to_cancel.__class__ is _INT and v_is_valid_to_cancel in _ALLOWED_0_1
                )
                and (v_is_valid_to_sell.__class__ is _INT and v_is_valid_to_sell in _ALLOWED_0_1)
                and (v_longcode.__class__ is str)
                and (v_low_barrier.__class__ is str)
                and ((kind := v_multiplier.__class__) is float or kind is int)
                and (v_num_of_coupons.__class__ is int)
                and ((kind := v_payout.__class__) is float or kind is int)
                and ((kind := v_profit.__class__) is float or kind is int)
                and ((kind := v_profit_percentage.__class__) is float or kind is int)
                and (v_profit_price.__class__ is str)
                and (v_purchase_time.__class__ is int)
                and (v_reset_barrier is None or (v_reset_barrier.__class__ is str))
                and (v_reset_time.__class__ is int)
                and ((kind := v_selected_spot.__class__) is float or kind is int)
                and (v_selected_tick.__class__ is int)
                and ((kind := v_sell_price.__class__) is float or kind is int)
                and ((kind := v_sell_spot.__class__) is float or kind is int)
                and (v_sell_spot_display_value.__class__ is str)
                and (v_sell_spot_time.__class__ is int)
                and (v_sell_time is None or (v_sell_time.__class__ is int))
                and (v_shortcode.__class__ is str)
                and (
                    v_status is None
                    or (
                        v_status.__class__ is _STR
                        and v_status in _ALLOWED_cancelled_lost_open_and_2_more
                    )
                )
                and (v_tick_count.__class__ is int)
                and (v_tick_passed.__class__ is int)
                and (
                    v_trade_risk_profile.__class__ is _STR
                    and v_trade_risk_profile in _ALLOWED_high_low_medium
                )
                and (v_underlying.__class__ is str)
                and (v_validation_error.__class__ is str)
                and (v_validation_error_code.__class__ is str)
            ):
                obj.account_id = v_account_id
                obj.app_markup_amount = v_app_markup_amount
                try:
                    obj.audit_details = (
                        None
                        if v_audit_details is None
                        else structure_proposal_open_contract_response_proposal_open_contract_audit_details(
                            v_audit_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("audit_details") from None
                obj.barrier = v_barrier
                obj.barrier_count = v_barrier_count
                obj.barrier_spot_distance = v_barrier_spot_distance
                obj.bid_price = v_bid_price
                obj.buy_price = v_buy_price
                try:
                    obj.cancellation = structure_proposal_open_contract_response_proposal_open_contract_cancellation(
                        v_cancellation
                    )
                except DecodeError as error:
                    raise error.at("cancellation") from None
                obj.caution_price = v_caution_price
                obj.commision = v_commision
                obj.commission = v_commission
                obj.contract_id = v_contract_id
                obj.contract_type = v_contract_type
                try:
                    obj.coupon_collection_epochs = _decode_list_of_int(v_coupon_collection_epochs)
                except DecodeError as error:
                    raise error.at("coupon_collection_epochs") from None
                obj.coupon_rate = v_coupon_rate
                obj.currency = v_currency
                obj.current_spot = v_current_spot
                obj.current_spot_display_value = v_current_spot_display_value
                obj.current_spot_high_barrier = v_current_spot_high_barrier
                obj.current_spot_low_barrier = v_current_spot_low_barrier
                obj.current_spot_time = v_current_spot_time
                obj.date_expiry = v_date_expiry
                obj.date_settlement = v_date_settlement
                obj.date_start = v_date_start
                obj.display_name = v_display_name
                obj.display_number_of_contracts = v_display_number_of_contracts
                obj.display_value = v_display_value
                obj.entry_spot = v_entry_spot
                obj.entry_spot_display_value = v_entry_spot_display_value
                obj.entry_tick = v_entry_tick
                obj.entry_tick_display_value = v_entry_tick_display_value
                obj.entry_tick_time = v_entry_tick_time
                obj.exit_tick = v_exit_tick
                obj.exit_tick_display_value = v_exit_tick_display_value
                obj.exit_tick_time = v_exit_tick_time
                obj.expiry_time = v_expiry_time
                obj.growth_rate = v_growth_rate
                obj.high_barrier = v_high_barrier
                obj.id = v_id
                obj.is_expired = v_is_expired
                obj.is_forward_starting = v_is_forward_starting
                obj.is_intraday = v_is_intraday
                obj.is_path_dependent = v_is_path_dependent
                obj.is_settleable = v_is_settleable
                obj.is_sold = v_is_sold
                obj.is_valid_to_cancel = v_is_valid_to_cancel
                obj.is_valid_to_sell = v_is_valid_to_sell
                try:
                    obj.is_valid_to_update = (
                        None
                        if v_is_valid_to_update is None
                        else structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
                            v_is_valid_to_update
                        )
                    )
                except DecodeError as error:
                    raise error.at("is_valid_to_update") from None
                try:
                    obj.limit_order = structure_proposal_open_contract_response_proposal_open_contract_limit_order(
                        v_limit_order
                    )
                except DecodeError as error:
                    raise error.at("limit_order") from None
                obj.longcode = v_longcode
                obj.low_barrier = v_low_barrier
                obj.multiplier = v_multiplier
                obj.num_of_coupons = v_num_of_coupons
                obj.payout = v_payout
                obj.profit = v_profit
                obj.profit_percentage = v_profit_percentage
                obj.profit_price = v_profit_price
                obj.purchase_time = v_purchase_time
                obj.reset_barrier = v_reset_barrier
                obj.reset_time = v_reset_time
                obj.selected_spot = v_selected_spot
                obj.selected_tick = v_selected_tick
                obj.sell_price = v_sell_price
                obj.sell_spot = v_sell_spot
                obj.sell_spot_display_value = v_sell_spot_display_value
                obj.sell_spot_time = v_sell_spot_time
                obj.sell_time = v_sell_time
                obj.shortcode = v_shortcode
                obj.status = v_status
                obj.tick_count = v_tick_count
                obj.tick_passed = v_tick_passed
                try:
                    obj.tick_stream = _decode_list_of_ProposalOpenContractResponseProposalOpenContractTickStreamItem(
                        v_tick_stream
                    )
                except DecodeError as error:
                    raise error.at("tick_stream") from None
                obj.trade_risk_profile = v_trade_risk_profile
                try:
                    obj.transaction_ids = structure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
                        v_transaction_ids
                    )
                except DecodeError as error:
                    raise error.at("transaction_ids") from None
                obj.underlying = v_underlying
                obj.validation_error = v_validation_error
                obj.validation_error_code = v_validation_error_code
                try:
                    obj.validation_params = structure_proposal_open_contract_response_proposal_open_contract_validation_params(
                        v_validation_params
                    )
                except DecodeError as error:
                    raise error.at("validation_params") from None
                obj.extra_fields = {}
                return obj
    if "account_id" not in data:
        obj.account_id = None
        count += 1
    elif (kind := (value := data["account_id"]).__class__) is float or kind is int:
        obj.account_id = value
    else:
        raise _expected("a number", value).at("account_id")
    if "app_markup_amount" not in data:
        obj.app_markup_amount = None
        count += 1
    elif (value := data["app_markup_amount"]).__class__ is str:
        obj.app_markup_amount = value
    else:
        raise _expected("a string", value).at("app_markup_amount")
    if "audit_details" not in data:
        obj.audit_details = UNSET
        count += 1
    else:
        value = data["audit_details"]
        try:
            obj.audit_details = (
                None
                if value is None
                else structure_proposal_open_contract_response_proposal_open_contract_audit_details(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("audit_details") from None
    if "barrier" not in data:
        obj.barrier = UNSET
        count += 1
    elif (value := data["barrier"]) is None or (value.__class__ is str):
        obj.barrier = value
    else:
        raise _expected("a string", value).at("barrier")
    if "barrier_count" not in data:
        obj.barrier_count = None
        count += 1
    elif (kind := (value := data["barrier_count"]).__class__) is float or kind is int:
        obj.barrier_count = value
    else:
        raise _expected("a number", value).at("barrier_count")
    if "barrier_spot_distance" not in data:
        obj.barrier_spot_distance = None
        count += 1
    elif (value := data["barrier_spot_distance"]).__class__ is str:
        obj.barrier_spot_distance = value
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    if "bid_price" not in data:
        obj.bid_price = None
        count += 1
    elif (kind := (value := data["bid_price"]).__class__) is float or kind is int:
        obj.bid_price = value
    else:
        raise _expected("a number", value).at("bid_price")
    if "buy_price" not in data:
        obj.buy_price = None
        count += 1
    elif (kind := (value := data["buy_price"]).__class__) is float or kind is int:
        obj.buy_price = value
    else:
        raise _expected("a number", value).at("buy_price")
    if "cancellation" not in data:
        obj.cancellation = None
        count += 1
    else:
        value = data["cancellation"]
        try:
            obj.cancellation = (
                structure_proposal_open_contract_response_proposal_open_contract_cancellation(value)
            )
        except DecodeError as error:
            raise error.at("cancellation") from None
    if "caution_price" not in data:
        obj.caution_price = None
        count += 1
    elif (value := data["caution_price"]).__class__ is str:
        obj.caution_price = value
    else:
        raise _expected("a string", value).at("caution_price")
    if "commision" not in data:
        obj.commision = UNSET
        count += 1
    elif (value := data["commision"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.commision = value
    else:
        raise _expected("a number", value).at("commision")
    if "commission" not in data:
        obj.commission = UNSET
        count += 1
    elif (value := data["commission"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.commission = value
    else:
        raise _expected("a number", value).at("commission")
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
    if "coupon_collection_epochs" not in data:
        obj.coupon_collection_epochs = None
        count += 1
    else:
        value = data["coupon_collection_epochs"]
        try:
            obj.coupon_collection_epochs = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("coupon_collection_epochs") from None
    if "coupon_rate" not in data:
        obj.coupon_rate = None
        count += 1
    elif (value := data["coupon_rate"]).__class__ is str:
        obj.coupon_rate = value
    else:
        raise _expected("a string", value).at("coupon_rate")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "current_spot" not in data:
        obj.current_spot = None
        count += 1
    elif (kind := (value := data["current_spot"]).__class__) is float or kind is int:
        obj.current_spot = value
    else:
        raise _expected("a number", value).at("current_spot")
    if "current_spot_display_value" not in data:
        obj.current_spot_display_value = None
        count += 1
    elif (value := data["current_spot_display_value"]).__class__ is str:
        obj.current_spot_display_value = value
    else:
        raise _expected("a string", value).at("current_spot_display_value")
    if "current_spot_high_barrier" not in data:
        obj.current_spot_high_barrier = None
        count += 1
    elif (value := data["current_spot_high_barrier"]).__class__ is str:
        obj.current_spot_high_barrier = value
    else:
        raise _expected("a string", value).at("current_spot_high_barrier")
    if "current_spot_low_barrier" not in data:
        obj.current_spot_low_barrier = None
        count += 1
    elif (value := data["current_spot_low_barrier"]).__class__ is str:
        obj.current_spot_low_barrier = value
    else:
        raise _expected("a string", value).at("current_spot_low_barrier")
    if "current_spot_time" not in data:
        obj.current_spot_time = None
        count += 1
    elif (value := data["current_spot_time"]).__class__ is int:
        obj.current_spot_time = value
    else:
        raise _expected("an integer", value).at("current_spot_time")
    if "date_expiry" not in data:
        obj.date_expiry = None
        count += 1
    elif (value := data["date_expiry"]).__class__ is int:
        obj.date_expiry = value
    else:
        raise _expected("an integer", value).at("date_expiry")
    if "date_settlement" not in data:
        obj.date_settlement = None
        count += 1
    elif (value := data["date_settlement"]).__class__ is int:
        obj.date_settlement = value
    else:
        raise _expected("an integer", value).at("date_settlement")
    if "date_start" not in data:
        obj.date_start = None
        count += 1
    elif (value := data["date_start"]).__class__ is int:
        obj.date_start = value
    else:
        raise _expected("an integer", value).at("date_start")
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "display_number_of_contracts" not in data:
        obj.display_number_of_contracts = None
        count += 1
    elif (value := data["display_number_of_contracts"]).__class__ is str:
        obj.display_number_of_contracts = value
    else:
        raise _expected("a string", value).at("display_number_of_contracts")
    if "display_value" not in data:
        obj.display_value = None
        count += 1
    elif (value := data["display_value"]).__class__ is str:
        obj.display_value = value
    else:
        raise _expected("a string", value).at("display_value")
    if "entry_spot" not in data:
        obj.entry_spot = UNSET
        count += 1
    elif (value := data["entry_spot"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.entry_spot = value
    else:
        raise _expected("a number", value).at("entry_spot")
    if "entry_spot_display_value" not in data:
        obj.entry_spot_display_value = UNSET
        count += 1
    elif (value := data["entry_spot_display_value"]) is None or (value.__class__ is str):
        obj.entry_spot_display_value = value
    else:
        raise _expected("a string", value).at("entry_spot_display_value")
    if "entry_tick" not in data:
        obj.entry_tick = None
        count += 1
    elif (kind := (value := data["entry_tick"]).__class__) is float or kind is int:
        obj.entry_tick = value
    else:
        raise _expected("a number", value).at("entry_tick")
    if "entry_tick_display_value" not in data:
        obj.entry_tick_display_value = None
        count += 1
    elif (value := data["entry_tick_display_value"]).__class__ is str:
        obj.entry_tick_display_value = value
    else:
        raise _expected("a string", value).at("entry_tick_display_value")
    if "entry_tick_time" not in data:
        obj.entry_tick_time = None
        count += 1
    elif (value := data["entry_tick_time"]).__class__ is int:
        obj.entry_tick_time = value
    else:
        raise _expected("an integer", value).at("entry_tick_time")
    if "exit_tick" not in data:
        obj.exit_tick = None
        count += 1
    elif (kind := (value := data["exit_tick"]).__class__) is float or kind is int:
        obj.exit_tick = value
    else:
        raise _expected("a number", value).at("exit_tick")
    if "exit_tick_display_value" not in data:
        obj.exit_tick_display_value = None
        count += 1
    elif (value := data["exit_tick_display_value"]).__class__ is str:
        obj.exit_tick_display_value = value
    else:
        raise _expected("a string", value).at("exit_tick_display_value")
    if "exit_tick_time" not in data:
        obj.exit_tick_time = None
        count += 1
    elif (value := data["exit_tick_time"]).__class__ is int:
        obj.exit_tick_time = value
    else:
        raise _expected("an integer", value).at("exit_tick_time")
    if "expiry_time" not in data:
        obj.expiry_time = None
        count += 1
    elif (value := data["expiry_time"]).__class__ is int:
        obj.expiry_time = value
    else:
        raise _expected("an integer", value).at("expiry_time")
    if "growth_rate" not in data:
        obj.growth_rate = None
        count += 1
    elif (kind := (value := data["growth_rate"]).__class__) is float or kind is int:
        obj.growth_rate = value
    else:
        raise _expected("a number", value).at("growth_rate")
    if "high_barrier" not in data:
        obj.high_barrier = None
        count += 1
    elif (value := data["high_barrier"]).__class__ is str:
        obj.high_barrier = value
    else:
        raise _expected("a string", value).at("high_barrier")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "is_expired" not in data:
        obj.is_expired = None
        count += 1
    elif (value := data["is_expired"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_expired = value
    else:
        raise _not_one_of("0, 1", value).at("is_expired")
    if "is_forward_starting" not in data:
        obj.is_forward_starting = None
        count += 1
    elif (value := data["is_forward_starting"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_forward_starting = value
    else:
        raise _not_one_of("0, 1", value).at("is_forward_starting")
    if "is_intraday" not in data:
        obj.is_intraday = None
        count += 1
    elif (value := data["is_intraday"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_intraday = value
    else:
        raise _not_one_of("0, 1", value).at("is_intraday")
    if "is_path_dependent" not in data:
        obj.is_path_dependent = None
        count += 1
    elif (value := data["is_path_dependent"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_path_dependent = value
    else:
        raise _not_one_of("0, 1", value).at("is_path_dependent")
    if "is_settleable" not in data:
        obj.is_settleable = None
        count += 1
    elif (value := data["is_settleable"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_settleable = value
    else:
        raise _not_one_of("0, 1", value).at("is_settleable")
    if "is_sold" not in data:
        obj.is_sold = None
        count += 1
    elif (value := data["is_sold"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_sold = value
    else:
        raise _not_one_of("0, 1", value).at("is_sold")
    if "is_valid_to_cancel" not in data:
        obj.is_valid_to_cancel = None
        count += 1
    elif (value := data["is_valid_to_cancel"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_valid_to_cancel = value
    else:
        raise _not_one_of("0, 1", value).at("is_valid_to_cancel")
    if "is_valid_to_sell" not in data:
        obj.is_valid_to_sell = None
        count += 1
    elif (value := data["is_valid_to_sell"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_valid_to_sell = value
    else:
        raise _not_one_of("0, 1", value).at("is_valid_to_sell")
    if "is_valid_to_update" not in data:
        obj.is_valid_to_update = UNSET
        count += 1
    else:
        value = data["is_valid_to_update"]
        try:
            obj.is_valid_to_update = (
                None
                if value is None
                else structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("is_valid_to_update") from None
    if "limit_order" not in data:
        obj.limit_order = None
        count += 1
    else:
        value = data["limit_order"]
        try:
            obj.limit_order = (
                structure_proposal_open_contract_response_proposal_open_contract_limit_order(value)
            )
        except DecodeError as error:
            raise error.at("limit_order") from None
    if "longcode" not in data:
        obj.longcode = None
        count += 1
    elif (value := data["longcode"]).__class__ is str:
        obj.longcode = value
    else:
        raise _expected("a string", value).at("longcode")
    if "low_barrier" not in data:
        obj.low_barrier = None
        count += 1
    elif (value := data["low_barrier"]).__class__ is str:
        obj.low_barrier = value
    else:
        raise _expected("a string", value).at("low_barrier")
    if "multiplier" not in data:
        obj.multiplier = None
        count += 1
    elif (kind := (value := data["multiplier"]).__class__) is float or kind is int:
        obj.multiplier = value
    else:
        raise _expected("a number", value).at("multiplier")
    if "num_of_coupons" not in data:
        obj.num_of_coupons = None
        count += 1
    elif (value := data["num_of_coupons"]).__class__ is int:
        obj.num_of_coupons = value
    else:
        raise _expected("an integer", value).at("num_of_coupons")
    if "payout" not in data:
        obj.payout = None
        count += 1
    elif (kind := (value := data["payout"]).__class__) is float or kind is int:
        obj.payout = value
    else:
        raise _expected("a number", value).at("payout")
    if "profit" not in data:
        obj.profit = None
        count += 1
    elif (kind := (value := data["profit"]).__class__) is float or kind is int:
        obj.profit = value
    else:
        raise _expected("a number", value).at("profit")
    if "profit_percentage" not in data:
        obj.profit_percentage = None
        count += 1
    elif (kind := (value := data["profit_percentage"]).__class__) is float or kind is int:
        obj.profit_percentage = value
    else:
        raise _expected("a number", value).at("profit_percentage")
    if "profit_price" not in data:
        obj.profit_price = None
        count += 1
    elif (value := data["profit_price"]).__class__ is str:
        obj.profit_price = value
    else:
        raise _expected("a string", value).at("profit_price")
    if "purchase_time" not in data:
        obj.purchase_time = None
        count += 1
    elif (value := data["purchase_time"]).__class__ is int:
        obj.purchase_time = value
    else:
        raise _expected("an integer", value).at("purchase_time")
    if "reset_barrier" not in data:
        obj.reset_barrier = UNSET
        count += 1
    elif (value := data["reset_barrier"]) is None or (value.__class__ is str):
        obj.reset_barrier = value
    else:
        raise _expected("a string", value).at("reset_barrier")
    if "reset_time" not in data:
        obj.reset_time = None
        count += 1
    elif (value := data["reset_time"]).__class__ is int:
        obj.reset_time = value
    else:
        raise _expected("an integer", value).at("reset_time")
    if "selected_spot" not in data:
        obj.selected_spot = None
        count += 1
    elif (kind := (value := data["selected_spot"]).__class__) is float or kind is int:
        obj.selected_spot = value
    else:
        raise _expected("a number", value).at("selected_spot")
    if "selected_tick" not in data:
        obj.selected_tick = None
        count += 1
    elif (value := data["selected_tick"]).__class__ is int:
        obj.selected_tick = value
    else:
        raise _expected("an integer", value).at("selected_tick")
    if "sell_price" not in data:
        obj.sell_price = None
        count += 1
    elif (kind := (value := data["sell_price"]).__class__) is float or kind is int:
        obj.sell_price = value
    else:
        raise _expected("a number", value).at("sell_price")
    if "sell_spot" not in data:
        obj.sell_spot = None
        count += 1
    elif (kind := (value := data["sell_spot"]).__class__) is float or kind is int:
        obj.sell_spot = value
    else:
        raise _expected("a number", value).at("sell_spot")
    if "sell_spot_display_value" not in data:
        obj.sell_spot_display_value = None
        count += 1
    elif (value := data["sell_spot_display_value"]).__class__ is str:
        obj.sell_spot_display_value = value
    else:
        raise _expected("a string", value).at("sell_spot_display_value")
    if "sell_spot_time" not in data:
        obj.sell_spot_time = None
        count += 1
    elif (value := data["sell_spot_time"]).__class__ is int:
        obj.sell_spot_time = value
    else:
        raise _expected("an integer", value).at("sell_spot_time")
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
    if "status" not in data:
        obj.status = UNSET
        count += 1
    elif (value := data["status"]) is None or (
        value.__class__ is _STR and value in _ALLOWED_cancelled_lost_open_and_2_more
    ):
        obj.status = value
    else:
        raise _not_one_of("'open', 'sold', 'won', 'lost', 'cancelled'", value).at("status")
    if "tick_count" not in data:
        obj.tick_count = None
        count += 1
    elif (value := data["tick_count"]).__class__ is int:
        obj.tick_count = value
    else:
        raise _expected("an integer", value).at("tick_count")
    if "tick_passed" not in data:
        obj.tick_passed = None
        count += 1
    elif (value := data["tick_passed"]).__class__ is int:
        obj.tick_passed = value
    else:
        raise _expected("an integer", value).at("tick_passed")
    if "tick_stream" not in data:
        obj.tick_stream = None
        count += 1
    else:
        value = data["tick_stream"]
        try:
            obj.tick_stream = (
                _decode_list_of_ProposalOpenContractResponseProposalOpenContractTickStreamItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("tick_stream") from None
    if "trade_risk_profile" not in data:
        obj.trade_risk_profile = None
        count += 1
    elif (
        value := data["trade_risk_profile"]
    ).__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    else:
        raise _not_one_of("'low', 'medium', 'high'", value).at("trade_risk_profile")
    if "transaction_ids" not in data:
        obj.transaction_ids = None
        count += 1
    else:
        value = data["transaction_ids"]
        try:
            obj.transaction_ids = (
                structure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("transaction_ids") from None
    if "underlying" not in data:
        obj.underlying = None
        count += 1
    elif (value := data["underlying"]).__class__ is str:
        obj.underlying = value
    else:
        raise _expected("a string", value).at("underlying")
    if "validation_error" not in data:
        obj.validation_error = None
        count += 1
    elif (value := data["validation_error"]).__class__ is str:
        obj.validation_error = value
    else:
        raise _expected("a string", value).at("validation_error")
    if "validation_error_code" not in data:
        obj.validation_error_code = None
        count += 1
    elif (value := data["validation_error_code"]).__class__ is str:
        obj.validation_error_code = value
    else:
        raise _expected("a string", value).at("validation_error_code")
    if "validation_params" not in data:
        obj.validation_params = None
        count += 1
    else:
        value = data["validation_params"]
        try:
            obj.validation_params = (
                structure_proposal_open_contract_response_proposal_open_contract_validation_params(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("validation_params") from None
    if count == 79:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract(
    obj: m.ProposalOpenContractResponseProposalOpenContract,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_id
    if value is not None:
        data["account_id"] = value
    value = obj.app_markup_amount
    if value is not None:
        data["app_markup_amount"] = value
    value = obj.audit_details
    if value is not UNSET:
        data["audit_details"] = (
            None
            if value is None
            else unstructure_proposal_open_contract_response_proposal_open_contract_audit_details(
                value
            )
        )
    value = obj.barrier
    if value is not UNSET:
        data["barrier"] = value
    value = obj.barrier_count
    if value is not None:
        data["barrier_count"] = value
    value = obj.barrier_spot_distance
    if value is not None:
        data["barrier_spot_distance"] = value
    value = obj.bid_price
    if value is not None:
        data["bid_price"] = value
    value = obj.buy_price
    if value is not None:
        data["buy_price"] = value
    value = obj.cancellation
    if value is not None:
        data["cancellation"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_cancellation(value)
        )
    value = obj.caution_price
    if value is not None:
        data["caution_price"] = value
    value = obj.commision
    if value is not UNSET:
        data["commision"] = value
    value = obj.commission
    if value is not UNSET:
        data["commission"] = value
    value = obj.contract_id
    if value is not None:
        data["contract_id"] = value
    value = obj.contract_type
    if value is not None:
        data["contract_type"] = value
    value = obj.coupon_collection_epochs
    if value is not None:
        data["coupon_collection_epochs"] = value
    value = obj.coupon_rate
    if value is not None:
        data["coupon_rate"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.current_spot
    if value is not None:
        data["current_spot"] = value
    value = obj.current_spot_display_value
    if value is not None:
        data["current_spot_display_value"] = value
    value = obj.current_spot_high_barrier
    if value is not None:
        data["current_spot_high_barrier"] = value
    value = obj.current_spot_low_barrier
    if value is not None:
        data["current_spot_low_barrier"] = value
    value = obj.current_spot_time
    if value is not None:
        data["current_spot_time"] = value
    value = obj.date_expiry
    if value is not None:
        data["date_expiry"] = value
    value = obj.date_settlement
    if value is not None:
        data["date_settlement"] = value
    value = obj.date_start
    if value is not None:
        data["date_start"] = value
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.display_number_of_contracts
    if value is not None:
        data["display_number_of_contracts"] = value
    value = obj.display_value
    if value is not None:
        data["display_value"] = value
    value = obj.entry_spot
    if value is not UNSET:
        data["entry_spot"] = value
    value = obj.entry_spot_display_value
    if value is not UNSET:
        data["entry_spot_display_value"] = value
    value = obj.entry_tick
    if value is not None:
        data["entry_tick"] = value
    value = obj.entry_tick_display_value
    if value is not None:
        data["entry_tick_display_value"] = value
    value = obj.entry_tick_time
    if value is not None:
        data["entry_tick_time"] = value
    value = obj.exit_tick
    if value is not None:
        data["exit_tick"] = value
    value = obj.exit_tick_display_value
    if value is not None:
        data["exit_tick_display_value"] = value
    value = obj.exit_tick_time
    if value is not None:
        data["exit_tick_time"] = value
    value = obj.expiry_time
    if value is not None:
        data["expiry_time"] = value
    value = obj.growth_rate
    if value is not None:
        data["growth_rate"] = value
    value = obj.high_barrier
    if value is not None:
        data["high_barrier"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.is_expired
    if value is not None:
        data["is_expired"] = value
    value = obj.is_forward_starting
    if value is not None:
        data["is_forward_starting"] = value
    value = obj.is_intraday
    if value is not None:
        data["is_intraday"] = value
    value = obj.is_path_dependent
    if value is not None:
        data["is_path_dependent"] = value
    value = obj.is_settleable
    if value is not None:
        data["is_settleable"] = value
    value = obj.is_sold
    if value is not None:
        data["is_sold"] = value
    value = obj.is_valid_to_cancel
    if value is not None:
        data["is_valid_to_cancel"] = value
    value = obj.is_valid_to_sell
    if value is not None:
        data["is_valid_to_sell"] = value
    value = obj.is_valid_to_update
    if value is not UNSET:
        data["is_valid_to_update"] = (
            None
            if value is None
            else unstructure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
                value
            )
        )
    value = obj.limit_order
    if value is not None:
        data["limit_order"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_limit_order(value)
        )
    value = obj.longcode
    if value is not None:
        data["longcode"] = value
    value = obj.low_barrier
    if value is not None:
        data["low_barrier"] = value
    value = obj.multiplier
    if value is not None:
        data["multiplier"] = value
    value = obj.num_of_coupons
    if value is not None:
        data["num_of_coupons"] = value
    value = obj.payout
    if value is not None:
        data["payout"] = value
    value = obj.profit
    if value is not None:
        data["profit"] = value
    value = obj.profit_percentage
    if value is not None:
        data["profit_percentage"] = value
    value = obj.profit_price
    if value is not None:
        data["profit_price"] = value
    value = obj.purchase_time
    if value is not None:
        data["purchase_time"] = value
    value = obj.reset_barrier
    if value is not UNSET:
        data["reset_barrier"] = value
    value = obj.reset_time
    if value is not None:
        data["reset_time"] = value
    value = obj.selected_spot
    if value is not None:
        data["selected_spot"] = value
    value = obj.selected_tick
    if value is not None:
        data["selected_tick"] = value
    value = obj.sell_price
    if value is not None:
        data["sell_price"] = value
    value = obj.sell_spot
    if value is not None:
        data["sell_spot"] = value
    value = obj.sell_spot_display_value
    if value is not None:
        data["sell_spot_display_value"] = value
    value = obj.sell_spot_time
    if value is not None:
        data["sell_spot_time"] = value
    value = obj.sell_time
    if value is not UNSET:
        data["sell_time"] = value
    value = obj.shortcode
    if value is not None:
        data["shortcode"] = value
    value = obj.status
    if value is not UNSET:
        data["status"] = value
    value = obj.tick_count
    if value is not None:
        data["tick_count"] = value
    value = obj.tick_passed
    if value is not None:
        data["tick_passed"] = value
    value = obj.tick_stream
    if value is not None:
        data["tick_stream"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_tick_stream_item(
                item
            )
            for item in value
        ]
    value = obj.trade_risk_profile
    if value is not None:
        data["trade_risk_profile"] = value
    value = obj.transaction_ids
    if value is not None:
        data["transaction_ids"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
                value
            )
        )
    value = obj.underlying
    if value is not None:
        data["underlying"] = value
    value = obj.validation_error
    if value is not None:
        data["validation_error"] = value
    value = obj.validation_error_code
    if value is not None:
        data["validation_error_code"] = value
    value = obj.validation_params
    if value is not None:
        data["validation_params"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_validation_params(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractRequest: structure_proposal_open_contract_request,
    m.ProposalOpenContractResponse: structure_proposal_open_contract_response,
    m.ProposalOpenContractResponseProposalOpenContract: structure_proposal_open_contract_response_proposal_open_contract,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractRequest: unstructure_proposal_open_contract_request,
    m.ProposalOpenContractResponse: unstructure_proposal_open_contract_response,
    m.ProposalOpenContractResponseProposalOpenContract: unstructure_proposal_open_contract_response_proposal_open_contract,
}
