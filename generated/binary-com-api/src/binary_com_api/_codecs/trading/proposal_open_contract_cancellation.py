"""Decoders and encoders of the models of the ``proposal_open_contract_cancellation`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new

_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_CANCELLATION = frozenset(
    (
        "ask_price",
        "date_expiry",
    )
)


def structure_proposal_open_contract_response_proposal_open_contract_cancellation(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractCancellation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractCancellation)
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractCancellation: structure_proposal_open_contract_response_proposal_open_contract_cancellation,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractCancellation: unstructure_proposal_open_contract_response_proposal_open_contract_cancellation,
}
