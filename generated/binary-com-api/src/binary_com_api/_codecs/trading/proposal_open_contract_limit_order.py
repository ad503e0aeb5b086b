"""Decoders and encoders of the models of the ``proposal_open_contract_limit_order`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

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


def structure_proposal_open_contract_response_proposal_open_contract_limit_order(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractLimitOrder:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractLimitOrder)
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
                obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
                    v_stop_loss
                )
            except DecodeError as error:
                raise error.at("stop_loss") from None
            try:
                obj.stop_out = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
                    v_stop_out
                )
            except DecodeError as error:
                raise error.at("stop_out") from None
            try:
                obj.take_profit = structure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit(
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
            obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss(
                value
            )
        except DecodeError as error:
            raise error.at("stop_loss") from None
    if "stop_out" not in data:
        obj.stop_out = None
        count += 1
    else:
        value = data["stop_out"]
        try:
            obj.stop_out = structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out(
                value
            )
        except DecodeError as error:
            raise error.at("stop_out") from None
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    else:
        value = data["take_profit"]
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractLimitOrder: structure_proposal_open_contract_response_proposal_open_contract_limit_order,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss: structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut: structure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit: structure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractLimitOrder: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_stop_out,
    m.ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit: unstructure_proposal_open_contract_response_proposal_open_contract_limit_order_take_profit,
}
