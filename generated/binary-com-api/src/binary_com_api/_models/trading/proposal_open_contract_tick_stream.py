"""The models of the ``proposal_open_contract_tick_stream`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractTickStreamItem",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractTickStreamItem:
    """Proposal open contract response proposal open contract tick stream item."""

    epoch: int | None = None
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
