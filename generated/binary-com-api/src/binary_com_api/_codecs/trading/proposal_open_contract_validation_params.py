"""Decoders and encoders of the models of the ``proposal_open_contract_validation_params`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new
from ...errors import DecodeError

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


def structure_proposal_open_contract_response_proposal_open_contract_validation_params(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractValidationParams:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractValidationParams)
    count = len(data)
    if count == 5:
        try:
            v_max_payout = data["max_payout"]
            v_max_ticks = data["max_ticks"]
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
                    obj.stake = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
                        v_stake
                    )
                except DecodeError as error:
                    raise error.at("stake") from None
                try:
                    obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
                        v_stop_loss
                    )
                except DecodeError as error:
                    raise error.at("stop_loss") from None
                try:
                    obj.take_profit = structure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit(
                        v_take_profit
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
    if "stake" not in data:
        obj.stake = None
        count += 1
    else:
        value = data["stake"]
        try:
            obj.stake = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake(
                value
            )
        except DecodeError as error:
            raise error.at("stake") from None
    if "stop_loss" not in data:
        obj.stop_loss = None
        count += 1
    else:
        value = data["stop_loss"]
        try:
            obj.stop_loss = structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss(
                value
            )
        except DecodeError as error:
            raise error.at("stop_loss") from None
    if "take_profit" not in data:
        obj.take_profit = None
        count += 1
    else:
        value = data["take_profit"]
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractValidationParams: structure_proposal_open_contract_response_proposal_open_contract_validation_params,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake: structure_proposal_open_contract_response_proposal_open_contract_validation_params_stake,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss: structure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit: structure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractValidationParams: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStake: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stake,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_stop_loss,
    m.ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit: unstructure_proposal_open_contract_response_proposal_open_contract_validation_params_take_profit,
}
