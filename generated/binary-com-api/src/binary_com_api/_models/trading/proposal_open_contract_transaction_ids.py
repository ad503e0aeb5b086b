"""The models of the ``proposal_open_contract_transaction_ids`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractTransactionIds",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractTransactionIds:
    """Proposal open contract response proposal open contract transaction ids."""

    buy: int | None = None
    sell: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
