"""The models of the ``proposal_open_contract_is_valid_to_update`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractIsValidToUpdate",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractIsValidToUpdate:
    """Proposal open contract response proposal open contract is valid to update."""

    stop_loss: Literal[0, 1] | Unset | None = UNSET
    stop_out: Literal[0, 1] | Unset | None = UNSET
    take_profit: Literal[0, 1] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
