"""Decoders and encoders of the models of the ``proposal_open_contract_tick_stream`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new
from ..._runtime.core.types import UNSET

_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TICK_STREAM_ITEM = frozenset(
    (
        "epoch",
        "tick",
        "tick_display_value",
    )
)


def structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractTickStreamItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractTickStreamItem)
    count = len(data)
    if count == 3:
        try:
            v_epoch = data["epoch"]
            v_tick = data["tick"]
            v_tick_display_value = data["tick_display_value"]
        except KeyError:
            pass
        else:
            if (
                (v_epoch.__class__ is int)
                and (v_tick is None or ((kind := v_tick.__class__) is float or kind is int))
                and (v_tick_display_value is None or (v_tick_display_value.__class__ is str))
            ):
                obj.epoch = v_epoch
                obj.tick = v_tick
                obj.tick_display_value = v_tick_display_value
                obj.extra_fields = {}
                return obj
    if "epoch" not in data:
        obj.epoch = None
        count += 1
    elif (value := data["epoch"]).__class__ is int:
        obj.epoch = value
    else:
        raise _expected("an integer", value).at("epoch")
    if "tick" not in data:
        obj.tick = UNSET
        count += 1
    elif (value := data["tick"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.tick = value
    else:
        raise _expected("a number", value).at("tick")
    if "tick_display_value" not in data:
        obj.tick_display_value = UNSET
        count += 1
    elif (value := data["tick_display_value"]) is None or (value.__class__ is str):
        obj.tick_display_value = value
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractTickStreamItem: structure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractTickStreamItem: unstructure_proposal_open_contract_response_proposal_open_contract_tick_stream_item,
}
