"""The models of the ``proposal_open_contract_audit_details`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractAuditDetails",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem",
    "ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetails:
    """Proposal open contract response proposal open contract audit details."""

    all_ticks: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem] | None
    ) = None
    contract_end: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem] | None
    ) = None
    contract_start: (
        list[ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsAllTicksItem:
    """Proposal open contract response proposal open contract audit details all ticks item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsContractEndItem:
    """Proposal open contract response proposal open contract audit details contract end item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractAuditDetailsContractStartItem:
    """Proposal open contract response proposal open contract audit details contract start item."""

    epoch: int | None = None
    flag: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    tick: float | Unset | None = UNSET
    tick_display_value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
