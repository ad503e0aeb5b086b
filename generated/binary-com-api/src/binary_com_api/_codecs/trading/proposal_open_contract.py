"""Decoders and encoders of the models of the ``proposal_open_contract`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
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


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS = frozenset(
    (
        "all_ticks",
        "contract_end",
        "contract_start",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_ALL_TICKS_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_END_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_START_ITEM = (
    frozenset(
        (
            "epoch",
            "flag",
            "name",
            "tick",
            "tick_display_value",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_CANCELLATION = frozenset(
    (
        "ask_price",
        "date_expiry",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_IS_VALID_TO_UPDATE = frozenset(
    (
        "stop_loss",
        "stop_out",
        "take_profit",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER = frozenset(
    (
        "stop_loss",
        "stop_out",
        "take_profit",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_STOP_LOSS = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_STOP_OUT = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_TAKE_PROFIT = frozenset(
    (
        "display_name",
        "display_order_amount",
        "order_amount",
        "order_date",
        "value",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TICK_STREAM_ITEM = frozenset(
    (
        "epoch",
        "tick",
        "tick_display_value",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TRANSACTION_IDS = frozenset(
    (
        "buy",
        "sell",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS = frozenset(
    (
        "max_payout",
        "max_ticks",
        "stake",
        "stop_loss",
        "take_profit",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_STAKE = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_STOP_LOSS = (
    frozenset(
        (
            "max",
            "min",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_TAKE_PROFIT = (
    frozenset(
        (
            "max",
            "min",
        )
    )
)


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
        ) from None


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
        ) from None


def _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem(
    value: Any,
) -> list[m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
        ) from None


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
    try:
        value = data["proposal_open_contract"]
    except KeyError:
        raise DecodeError("required field is missing", ("proposal_open_contract",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.proposal_open_contract = value
    else:
        raise _not_one_of("1", value).at("proposal_open_contract")
    value = data.get("contract_id", _MISSING)
    if value.__class__ is int:
        obj.contract_id = value
    elif value is _MISSING:
        obj.contract_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("contract_id")
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
    value = data.get("proposal_open_contract", _MISSING)
    if value is _MISSING:
        obj.proposal_open_contract = None
        count += 1
    else:
        try:
            obj.proposal_open_contract = (
                structure_proposal_open_contract_response_proposal_open_contract(value)
            )
        except DecodeError as error:
            raise error.at("proposal_open_contract") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    value = data.get("msg_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_proposal_open_contract:
        obj.msg_type = value
    elif value is _MISSING:
        obj.msg_type = None
        count += 1
    else:
        raise _not_one_of("'proposal_open_contract'", value).at("msg_type")
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
    value = data.get("account_id", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.account_id = value
    elif value is _MISSING:
        obj.account_id = None
        count += 1
    else:
        raise _expected("a number", value).at("account_id")
    value = data.get("app_markup_amount", _MISSING)
    if value.__class__ is str:
        obj.app_markup_amount = value
    elif value is _MISSING:
        obj.app_markup_amount = None
        count += 1
    else:
        raise _expected("a string", value).at("app_markup_amount")
    value = data.get("audit_details", _MISSING)
    if value is _MISSING:
        obj.audit_details = UNSET
        count += 1
    else:
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
    value = data.get("barrier", _MISSING)
    if value is None or (value.__class__ is str):
        obj.barrier = value
    elif value is _MISSING:
        obj.barrier = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("barrier")
    value = data.get("barrier_count", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.barrier_count = value
    elif value is _MISSING:
        obj.barrier_count = None
        count += 1
    else:
        raise _expected("a number", value).at("barrier_count")
    value = data.get("barrier_spot_distance", _MISSING)
    if value.__class__ is str:
        obj.barrier_spot_distance = value
    elif value is _MISSING:
        obj.barrier_spot_distance = None
        count += 1
    else:
        raise _expected("a string", value).at("barrier_spot_distance")
    value = data.get("bid_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.bid_price = value
    elif value is _MISSING:
        obj.bid_price = None
        count += 1
    else:
        raise _expected("a number", value).at("bid_price")
    value = data.get("buy_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.buy_price = value
    elif value is _MISSING:
        obj.buy_price = None
        count += 1
    else:
        raise _expected("a number", value).at("buy_price")
    value = data.get("cancellation", _MISSING)
    if value is _MISSING:
        obj.cancellation = None
        count += 1
    else:
        try:
            obj.cancellation = (
                structure_proposal_open_contract_response_proposal_open_contract_cancellation(value)
            )
        except DecodeError as error:
            raise error.at("cancellation") from None
    value = data.get("caution_price", _MISSING)
    if value.__class__ is str:
        obj.caution_price = value
    elif value is _MISSING:
        obj.caution_price = None
        count += 1
    else:
        raise _expected("a string", value).at("caution_price")
    value = data.get("commision", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.commision = value
    elif value is _MISSING:
        obj.commision = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("commision")
    value = data.get("commission", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.commission = value
    elif value is _MISSING:
        obj.commission = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("commission")
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
    value = data.get("coupon_collection_epochs", _MISSING)
    if value is _MISSING:
        obj.coupon_collection_epochs = None
        count += 1
    else:
        try:
            obj.coupon_collection_epochs = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("coupon_collection_epochs") from None
    value = data.get("coupon_rate", _MISSING)
    if value.__class__ is str:
        obj.coupon_rate = value
    elif value is _MISSING:
        obj.coupon_rate = None
        count += 1
    else:
        raise _expected("a string", value).at("coupon_rate")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("current_spot", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.current_spot = value
    elif value is _MISSING:
        obj.current_spot = None
        count += 1
    else:
        raise _expected("a number", value).at("current_spot")
    value = data.get("current_spot_display_value", _MISSING)
    if value.__class__ is str:
        obj.current_spot_display_value = value
    elif value is _MISSING:
        obj.current_spot_display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("current_spot_display_value")
    value = data.get("current_spot_high_barrier", _MISSING)
    if value.__class__ is str:
        obj.current_spot_high_barrier = value
    elif value is _MISSING:
        obj.current_spot_high_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("current_spot_high_barrier")
    value = data.get("current_spot_low_barrier", _MISSING)
    if value.__class__ is str:
        obj.current_spot_low_barrier = value
    elif value is _MISSING:
        obj.current_spot_low_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("current_spot_low_barrier")
    value = data.get("current_spot_time", _MISSING)
    if value.__class__ is int:
        obj.current_spot_time = value
    elif value is _MISSING:
        obj.current_spot_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("current_spot_time")
    value = data.get("date_expiry", _MISSING)
    if value.__class__ is int:
        obj.date_expiry = value
    elif value is _MISSING:
        obj.date_expiry = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_expiry")
    value = data.get("date_settlement", _MISSING)
    if value.__class__ is int:
        obj.date_settlement = value
    elif value is _MISSING:
        obj.date_settlement = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_settlement")
    value = data.get("date_start", _MISSING)
    if value.__class__ is int:
        obj.date_start = value
    elif value is _MISSING:
        obj.date_start = None
        count += 1
    else:
        raise _expected("an integer", value).at("date_start")
    value = data.get("display_name", _MISSING)
    if value.__class__ is str:
        obj.display_name = value
    elif value is _MISSING:
        obj.display_name = None
        count += 1
    else:
        raise _expected("a string", value).at("display_name")
    value = data.get("display_number_of_contracts", _MISSING)
    if value.__class__ is str:
        obj.display_number_of_contracts = value
    elif value is _MISSING:
        obj.display_number_of_contracts = None
        count += 1
    else:
        raise _expected("a string", value).at("display_number_of_contracts")
    value = data.get("display_value", _MISSING)
    if value.__class__ is str:
        obj.display_value = value
    elif value is _MISSING:
        obj.display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("display_value")
    value = data.get("entry_spot", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.entry_spot = value
    elif value is _MISSING:
        obj.entry_spot = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("entry_spot")
    value = data.get("entry_spot_display_value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.entry_spot_display_value = value
    elif value is _MISSING:
        obj.entry_spot_display_value = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("entry_spot_display_value")
    value = data.get("entry_tick", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.entry_tick = value
    elif value is _MISSING:
        obj.entry_tick = None
        count += 1
    else:
        raise _expected("a number", value).at("entry_tick")
    value = data.get("entry_tick_display_value", _MISSING)
    if value.__class__ is str:
        obj.entry_tick_display_value = value
    elif value is _MISSING:
        obj.entry_tick_display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("entry_tick_display_value")
    value = data.get("entry_tick_time", _MISSING)
    if value.__class__ is int:
        obj.entry_tick_time = value
    elif value is _MISSING:
        obj.entry_tick_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("entry_tick_time")
    value = data.get("exit_tick", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.exit_tick = value
    elif value is _MISSING:
        obj.exit_tick = None
        count += 1
    else:
        raise _expected("a number", value).at("exit_tick")
    value = data.get("exit_tick_display_value", _MISSING)
    if value.__class__ is str:
        obj.exit_tick_display_value = value
    elif value is _MISSING:
        obj.exit_tick_display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("exit_tick_display_value")
    value = data.get("exit_tick_time", _MISSING)
    if value.__class__ is int:
        obj.exit_tick_time = value
    elif value is _MISSING:
        obj.exit_tick_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("exit_tick_time")
    value = data.get("expiry_time", _MISSING)
    if value.__class__ is int:
        obj.expiry_time = value
    elif value is _MISSING:
        obj.expiry_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("expiry_time")
    value = data.get("growth_rate", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.growth_rate = value
    elif value is _MISSING:
        obj.growth_rate = None
        count += 1
    else:
        raise _expected("a number", value).at("growth_rate")
    value = data.get("high_barrier", _MISSING)
    if value.__class__ is str:
        obj.high_barrier = value
    elif value is _MISSING:
        obj.high_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("high_barrier")
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    value = data.get("is_expired", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_expired = value
    elif value is _MISSING:
        obj.is_expired = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_expired")
    value = data.get("is_forward_starting", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_forward_starting = value
    elif value is _MISSING:
        obj.is_forward_starting = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_forward_starting")
    value = data.get("is_intraday", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_intraday = value
    elif value is _MISSING:
        obj.is_intraday = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_intraday")
    value = data.get("is_path_dependent", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_path_dependent = value
    elif value is _MISSING:
        obj.is_path_dependent = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_path_dependent")
    value = data.get("is_settleable", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_settleable = value
    elif value is _MISSING:
        obj.is_settleable = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_settleable")
    value = data.get("is_sold", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_sold = value
    elif value is _MISSING:
        obj.is_sold = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_sold")
    value = data.get("is_valid_to_cancel", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_valid_to_cancel = value
    elif value is _MISSING:
        obj.is_valid_to_cancel = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_valid_to_cancel")
    value = data.get("is_valid_to_sell", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_valid_to_sell = value
    elif value is _MISSING:
        obj.is_valid_to_sell = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_valid_to_sell")
    value = data.get("is_valid_to_update", _MISSING)
    if value is _MISSING:
        obj.is_valid_to_update = UNSET
        count += 1
    else:
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
    value = data.get("limit_order", _MISSING)
    if value is _MISSING:
        obj.limit_order = None
        count += 1
    else:
        try:
            obj.limit_order = (
                structure_proposal_open_contract_response_proposal_open_contract_limit_order(value)
            )
        except DecodeError as error:
            raise error.at("limit_order") from None
    value = data.get("longcode", _MISSING)
    if value.__class__ is str:
        obj.longcode = value
    elif value is _MISSING:
        obj.longcode = None
        count += 1
    else:
        raise _expected("a string", value).at("longcode")
    value = data.get("low_barrier", _MISSING)
    if value.__class__ is str:
        obj.low_barrier = value
    elif value is _MISSING:
        obj.low_barrier = None
        count += 1
    else:
        raise _expected("a string", value).at("low_barrier")
    value = data.get("multiplier", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.multiplier = value
    elif value is _MISSING:
        obj.multiplier = None
        count += 1
    else:
        raise _expected("a number", value).at("multiplier")
    value = data.get("num_of_coupons", _MISSING)
    if value.__class__ is int:
        obj.num_of_coupons = value
    elif value is _MISSING:
        obj.num_of_coupons = None
        count += 1
    else:
        raise _expected("an integer", value).at("num_of_coupons")
    value = data.get("payout", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.payout = value
    elif value is _MISSING:
        obj.payout = None
        count += 1
    else:
        raise _expected("a number", value).at("payout")
    value = data.get("profit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.profit = value
    elif value is _MISSING:
        obj.profit = None
        count += 1
    else:
        raise _expected("a number", value).at("profit")
    value = data.get("profit_percentage", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.profit_percentage = value
    elif value is _MISSING:
        obj.profit_percentage = None
        count += 1
    else:
        raise _expected("a number", value).at("profit_percentage")
    value = data.get("profit_price", _MISSING)
    if value.__class__ is str:
        obj.profit_price = value
    elif value is _MISSING:
        obj.profit_price = None
        count += 1
    else:
        raise _expected("a string", value).at("profit_price")
    value = data.get("purchase_time", _MISSING)
    if value.__class__ is int:
        obj.purchase_time = value
    elif value is _MISSING:
        obj.purchase_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("purchase_time")
    value = data.get("reset_barrier", _MISSING)
    if value is None or (value.__class__ is str):
        obj.reset_barrier = value
    elif value is _MISSING:
        obj.reset_barrier = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("reset_barrier")
    value = data.get("reset_time", _MISSING)
    if value.__class__ is int:
        obj.reset_time = value
    elif value is _MISSING:
        obj.reset_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("reset_time")
    value = data.get("selected_spot", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.selected_spot = value
    elif value is _MISSING:
        obj.selected_spot = None
        count += 1
    else:
        raise _expected("a number", value).at("selected_spot")
    value = data.get("selected_tick", _MISSING)
    if value.__class__ is int:
        obj.selected_tick = value
    elif value is _MISSING:
        obj.selected_tick = None
        count += 1
    else:
        raise _expected("an integer", value).at("selected_tick")
    value = data.get("sell_price", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.sell_price = value
    elif value is _MISSING:
        obj.sell_price = None
        count += 1
    else:
        raise _expected("a number", value).at("sell_price")
    value = data.get("sell_spot", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.sell_spot = value
    elif value is _MISSING:
        obj.sell_spot = None
        count += 1
    else:
        raise _expected("a number", value).at("sell_spot")
    value = data.get("sell_spot_display_value", _MISSING)
    if value.__class__ is str:
        obj.sell_spot_display_value = value
    elif value is _MISSING:
        obj.sell_spot_display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("sell_spot_display_value")
    value = data.get("sell_spot_time", _MISSING)
    if value.__class__ is int:
        obj.sell_spot_time = value
    elif value is _MISSING:
        obj.sell_spot_time = None
        count += 1
    else:
        raise _expected("an integer", value).at("sell_spot_time")
    value = data.get("sell_time", _MISSING)
    if value is None or (value.__class__ is int):
        obj.sell_time = value
    elif value is _MISSING:
        obj.sell_time = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("sell_time")
    value = data.get("shortcode", _MISSING)
    if value.__class__ is str:
        obj.shortcode = value
    elif value is _MISSING:
        obj.shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("shortcode")
    value = data.get("status", _MISSING)
    if value is None or (
        value.__class__ is _STR and value in _ALLOWED_cancelled_lost_open_and_2_more
    ):
        obj.status = value
    elif value is _MISSING:
        obj.status = UNSET
        count += 1
    else:
        raise _not_one_of("'open', 'sold', 'won', 'lost', 'cancelled'", value).at("status")
    value = data.get("tick_count", _MISSING)
    if value.__class__ is int:
        obj.tick_count = value
    elif value is _MISSING:
        obj.tick_count = None
        count += 1
    else:
        raise _expected("an integer", value).at("tick_count")
    value = data.get("tick_passed", _MISSING)
    if value.__class__ is int:
        obj.tick_passed = value
    elif value is _MISSING:
        obj.tick_passed = None
        count += 1
    else:
        raise _expected("an integer", value).at("tick_passed")
    value = data.get("tick_stream", _MISSING)
    if value is _MISSING:
        obj.tick_stream = None
        count += 1
    else:
        try:
            obj.tick_stream = (
                _decode_list_of_ProposalOpenContractResponseProposalOpenContractTickStreamItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("tick_stream") from None
    value = data.get("trade_risk_profile", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_high_low_medium:
        obj.trade_risk_profile = value
    elif value is _MISSING:
        obj.trade_risk_profile = None
        count += 1
    else:
        raise _not_one_of("'low', 'medium', 'high'", value).at("trade_risk_profile")
    value = data.get("transaction_ids", _MISSING)
    if value is _MISSING:
        obj.transaction_ids = None
        count += 1
    else:
        try:
            obj.transaction_ids = (
                structure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("transaction_ids") from None
    value = data.get("underlying", _MISSING)
    if value.__class__ is str:
        obj.underlying = value
    elif value is _MISSING:
        obj.underlying = None
        count += 1
    else:
        raise _expected("a string", value).at("underlying")
    value = data.get("validation_error", _MISSING)
    if value.__class__ is str:
        obj.validation_error = value
    elif value is _MISSING:
        obj.validation_error = None
        count += 1
    else:
        raise _expected("a string", value).at("validation_error")
    value = data.get("validation_error_code", _MISSING)
    if value.__class__ is str:
        obj.validation_error_code = value
    elif value is _MISSING:
        obj.validation_error_code = None
        count += 1
    else:
        raise _expected("a string", value).at("validation_error_code")
    value = data.get("validation_params", _MISSING)
    if value is _MISSING:
        obj.validation_params = None
        count += 1
    else:
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


def structure_proposal_open_contract_response_proposal_open_contract_audit_details(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetails)
    count = len(data)
    value = data.get("all_ticks", _MISSING)
    if value is _MISSING:
        obj.all_ticks = None
        count += 1
    else:
        try:
            obj.all_ticks = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem(
                value
            )
        except DecodeError as error:
            raise error.at("all_ticks") from None
    value = data.get("contract_end", _MISSING)
    if value is _MISSING:
        obj.contract_end = None
        count += 1
    else:
        try:
            obj.contract_end = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem(
                value
            )
        except DecodeError as error:
            raise error.at("contract_end") from None
    value = data.get("contract_start", _MISSING)
    if value is _MISSING:
        obj.contract_start = None
        count += 1
    else:
        try:
            obj.contract_start = _decode_list_of_ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem(
                value
            )
        except DecodeError as error:
            raise error.at("contract_start") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.all_ticks
    if value is not None:
        data["all_ticks"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
                item
            )
            for item in value
        ]
    value = obj.contract_end
    if value is not None:
        data["contract_end"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
                item
            )
            for item in value
        ]
    value = obj.contract_start
    if value is not None:
        data["contract_start"] = [
            unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
                item
            )
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem)
    count = len(data)
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("flag", _MISSING)
    if value is None or (value.__class__ is str):
        obj.flag = value
    elif value is _MISSING:
        obj.flag = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("flag")
    value = data.get("name", _MISSING)
    if value is None or (value.__class__ is str):
        obj.name = value
    elif value is _MISSING:
        obj.name = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("tick", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    elif value is _MISSING:
        obj.tick = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("tick")
    value = data.get("tick_display_value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tick_display_value = value
    elif value is _MISSING:
        obj.tick_display_value = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_ALL_TICKS_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem)
    count = len(data)
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("flag", _MISSING)
    if value is None or (value.__class__ is str):
        obj.flag = value
    elif value is _MISSING:
        obj.flag = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("flag")
    value = data.get("name", _MISSING)
    if value is None or (value.__class__ is str):
        obj.name = value
    elif value is _MISSING:
        obj.name = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("tick", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    elif value is _MISSING:
        obj.tick = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("tick")
    value = data.get("tick_display_value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tick_display_value = value
    elif value is _MISSING:
        obj.tick_display_value = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_END_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem)
    count = len(data)
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("flag", _MISSING)
    if value is None or (value.__class__ is str):
        obj.flag = value
    elif value is _MISSING:
        obj.flag = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("flag")
    value = data.get("name", _MISSING)
    if value is None or (value.__class__ is str):
        obj.name = value
    elif value is _MISSING:
        obj.name = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("tick", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    elif value is _MISSING:
        obj.tick = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("tick")
    value = data.get("tick_display_value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tick_display_value = value
    elif value is _MISSING:
        obj.tick_display_value = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_AUDIT_DETAILS_CONTRACT_START_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.flag
    if value is not UNSET:
        data["flag"] = value
    value = obj.name
    if value is not UNSET:
        data["name"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_cancellation(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractCancellation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractCancellation)
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
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_CANCELLATION
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_cancellation(
    obj: m.ProposalOpenContractResponseProposalOpenContractCancellation,
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


def structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate)
    count = len(data)
    value = data.get("stop_loss", _MISSING)
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.stop_loss = value
    elif value is _MISSING:
        obj.stop_loss = UNSET
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("stop_loss")
    value = data.get("stop_out", _MISSING)
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.stop_out = value
    elif value is _MISSING:
        obj.stop_out = UNSET
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("stop_out")
    value = data.get("take_profit", _MISSING)
    if value is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.take_profit = value
    elif value is _MISSING:
        obj.take_profit = UNSET
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("take_profit")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_IS_VALID_TO_UPDATE
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
    obj: m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not UNSET:
        data["stop_loss"] = value
    value = obj.stop_out
    if value is not UNSET:
        data["stop_out"] = value
    value = obj.take_profit
    if value is not UNSET:
        data["take_profit"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_limit_order(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractLimitOrder:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractLimitOrder)
    count = len(data)
    value = data.get("stop_loss", _MISSING)
    if value is _MISSING:
        obj.stop_loss = None
        count += 1
    else:
        try:
            obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
                value
            )
        except DecodeError as error:
            raise error.at("stop_loss") from None
    value = data.get("stop_out", _MISSING)
    if value is _MISSING:
        obj.stop_out = None
        count += 1
    else:
        try:
            obj.stop_out = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
                value
            )
        except DecodeError as error:
            raise error.at("stop_out") from None
    value = data.get("take_profit", _MISSING)
    if value is _MISSING:
        obj.take_profit = None
        count += 1
    else:
        try:
            obj.take_profit = structure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit(
                value
            )
        except DecodeError as error:
            raise error.at("take_profit") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_limit_order(
    obj: m.ProposalOpenContractResponseProposalOpenContractLimitOrder,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
                value
            )
        )
    value = obj.stop_out
    if value is not None:
        data["stop_out"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
                value
            )
        )
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_STOP_LOSS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
    obj: m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss,
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


def structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_STOP_OUT
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
    obj: m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut,
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


def structure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_LIMIT_ORDER_TAKE_PROFIT
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit(
    obj: m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit,
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


def structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractTickStreamItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractTickStreamItem)
    count = len(data)
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("tick", _MISSING)
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    elif value is _MISSING:
        obj.tick = UNSET
        count += 1
    else:
        raise _expected("a number", value).at("tick")
    value = data.get("tick_display_value", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tick_display_value = value
    elif value is _MISSING:
        obj.tick_display_value = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tick_display_value")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TICK_STREAM_ITEM
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_tick_stream_item(
    obj: m.ProposalOpenContractResponseProposalOpenContractTickStreamItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.tick
    if value is not UNSET:
        data["tick"] = value
    value = obj.tick_display_value
    if value is not UNSET:
        data["tick_display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractTransactionIds:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractTransactionIds)
    count = len(data)
    value = data.get("buy", _MISSING)
    if value.__class__ is int:
        obj.buy = value
    elif value is _MISSING:
        obj.buy = None
        count += 1
    else:
        raise _expected("an integer", value).at("buy")
    value = data.get("sell", _MISSING)
    if value.__class__ is int:
        obj.sell = value
    elif value is _MISSING:
        obj.sell = None
        count += 1
    else:
        raise _expected("an integer", value).at("sell")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TRANSACTION_IDS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
    obj: m.ProposalOpenContractResponseProposalOpenContractTransactionIds,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.buy
    if value is not None:
        data["buy"] = value
    value = obj.sell
    if value is not None:
        data["sell"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_validation_params(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractValidationParams:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractValidationParams)
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
    value = data.get("stake", _MISSING)
    if value is _MISSING:
        obj.stake = None
        count += 1
    else:
        try:
            obj.stake = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
                value
            )
        except DecodeError as error:
            raise error.at("stake") from None
    value = data.get("stop_loss", _MISSING)
    if value is _MISSING:
        obj.stop_loss = None
        count += 1
    else:
        try:
            obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
                value
            )
        except DecodeError as error:
            raise error.at("stop_loss") from None
    value = data.get("take_profit", _MISSING)
    if value is _MISSING:
        obj.take_profit = None
        count += 1
    else:
        try:
            obj.take_profit = structure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit(
                value
            )
        except DecodeError as error:
            raise error.at("take_profit") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_validation_params(
    obj: m.ProposalOpenContractResponseProposalOpenContractValidationParams,
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
    value = obj.stake
    if value is not None:
        data["stake"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
                value
            )
        )
    value = obj.stop_loss
    if value is not None:
        data["stop_loss"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
                value
            )
        )
    value = obj.take_profit
    if value is not None:
        data["take_profit"] = (
            unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_STAKE
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
    obj: m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake,
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


def structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_STOP_LOSS
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
    obj: m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss,
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


def structure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit)
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
            if k
            not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_VALIDATION_PARAMS_TAKE_PROFIT
        }
    return obj


def unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit(
    obj: m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit,
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


def structure_proposal_open_contract_response_subscription(
    data: Any,
) -> m.ProposalOpenContractResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseSubscription)
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
            k: v
            for k, v in data.items()
            if k not in _KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_proposal_open_contract_response_subscription(
    obj: m.ProposalOpenContractResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractRequest: structure_proposal_open_contract_request,
    m.ProposalOpenContractResponse: structure_proposal_open_contract_response,
    m.ProposalOpenContractResponseProposalOpenContract: structure_proposal_open_contract_response_proposal_open_contract,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetails: structure_proposal_open_contract_response_proposal_open_contract_audit_details,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem: structure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
    m.ProposalOpenContractResponseProposalOpenContractCancellation: structure_proposal_open_contract_response_proposal_open_contract_cancellation,
    m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate: structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrder: structure_proposal_open_contract_response_proposal_open_contract_limit_order,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss: structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut: structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit: structure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit,
    m.ProposalOpenContractResponseProposalOpenContractTickStreamItem: structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
    m.ProposalOpenContractResponseProposalOpenContractTransactionIds: structure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
    m.ProposalOpenContractResponseProposalOpenContractValidationParams: structure_proposal_open_contract_response_proposal_open_contract_validation_params,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake: structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss: structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit: structure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit,
    m.ProposalOpenContractResponseSubscription: structure_proposal_open_contract_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractRequest: unstructure_proposal_open_contract_request,
    m.ProposalOpenContractResponse: unstructure_proposal_open_contract_response,
    m.ProposalOpenContractResponseProposalOpenContract: unstructure_proposal_open_contract_response_proposal_open_contract,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetails: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_all_ticks_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_end_item,
    m.ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem: unstructure_proposal_open_contract_response_proposal_open_contract_audit_details_contract_start_item,
    m.ProposalOpenContractResponseProposalOpenContractCancellation: unstructure_proposal_open_contract_response_proposal_open_contract_cancellation,
    m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate: unstructure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrder: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit,
    m.ProposalOpenContractResponseProposalOpenContractTickStreamItem: unstructure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
    m.ProposalOpenContractResponseProposalOpenContractTransactionIds: unstructure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
    m.ProposalOpenContractResponseProposalOpenContractValidationParams: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stake,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit,
    m.ProposalOpenContractResponseSubscription: unstructure_proposal_open_contract_response_subscription,
}
