"""Decoders and encoders of the models of the ``proposal_open_contract_subscription`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new
from ...errors import DecodeError

_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def structure_proposal_open_contract_response_subscription(
    data: Any,
) -> m.ProposalOpenContractResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseSubscription)
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
    m.ProposalOpenContractResponseSubscription: structure_proposal_open_contract_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseSubscription: unstructure_proposal_open_contract_response_subscription,
}
