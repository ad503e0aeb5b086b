"""Decoders and encoders of the models of the ``proposal_open_contract_transaction_ids`` call (trading group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _expected, _new

_KEYS_PROPOSAL_OPEN_CONTRACT_RESPONSE_PROPOSAL_OPEN_CONTRACT_TRANSACTION_IDS = frozenset(
    (
        "buy",
        "sell",
    )
)


def structure_proposal_open_contract_response_proposal_open_contract_transaction_ids(
    data: Any,
) -> m.ProposalOpenContractResponseProposalOpenContractTransactionIds:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ProposalOpenContractResponseProposalOpenContractTransactionIds)
    count = len(data)
    if count == 2:
        try:
            v_buy = data["buy"]
            v_sell = data["sell"]
        except KeyError:
            pass
        else:
            if (v_buy.__class__ is int) and (v_sell.__class__ is int):
                obj.buy = v_buy
                obj.sell = v_sell
                obj.extra_fields = {}
                return obj
    if "buy" not in data:
        obj.buy = None
        count += 1
    elif (value := data["buy"]).__class__ is int:
        obj.buy = value
    else:
        raise _expected("an integer", value).at("buy")
    if "sell" not in data:
        obj.sell = None
        count += 1
    elif (value := data["sell"]).__class__ is int:
        obj.sell = value
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


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ProposalOpenContractResponseProposalOpenContractTransactionIds: structure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ProposalOpenContractResponseProposalOpenContractTransactionIds: unstructure_proposal_open_contract_response_proposal_open_contract_transaction_ids,
}
