"""Decoders and encoders of the models of the ``proposal_open_contract_is_valid_to_update`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET

_ALLOWED_0_1 = frozenset({0, 1})


_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_IS_VALID_TO_UPDATE = frozenset(
    (
        "stop_loss",
        "stop_out",
        "take_profit",
    )
)


def structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate)
    count = len(data)
    if count == 3:
        try:
            v_stop_loss = data["stop_loss"]
            v_stop_out = data["stop_out"]
            v_take_profit = data["take_profit"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_stop_loss is None
                    or (v_stop_loss.__class__ is _INT and v_stop_loss in _ALLOWED_0_1)
                )
                and (
                    v_stop_out is None
                    or (v_stop_out.__class__ is _INT and v_stop_out in _ALLOWED_0_1)
                )
                and (
                    v_take_profit is None
                    or (v_take_profit.__class__ is _INT and v_take_profit in _ALLOWED_0_1)
                )
            ):
                obj.stop_loss = v_stop_loss
                obj.stop_out = v_stop_out
                obj.take_profit = v_take_profit
                obj.extra_fields = {}
                return obj
    if "stop_loss" not in data:
        obj.stop_loss = UNSET
        count += 1
    elif (value := data["stop_loss"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
        obj.stop_loss = value
    else:
        raise _not_one_of("0, 1", value).at("stop_loss")
    if "stop_out" not in data:
        obj.stop_out = UNSET
        count += 1
    elif (value := data["stop_out"]) is None or (value.__class__ is _INT and value in _ALLOWED_0_1):
        obj.stop_out = value
    else:
        raise _not_one_of("0, 1", value).at("stop_out")
    if "take_profit" not in data:
        obj.take_profit = UNSET
        count += 1
    elif (value := data["take_profit"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
        obj.take_profit = value
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate: structure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractIsValidToUpdate: unstructure_proposal_open_contract_response_proposal_open_contract_is_valid_to_update,
}
