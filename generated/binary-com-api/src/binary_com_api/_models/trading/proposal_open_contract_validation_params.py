"""The models of the ``proposal_open_contract_validation_params`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractValidationParams",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsStake",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss",
    "ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParams:
    """Proposal open contract response proposal open contract validation params."""

    max_payout: str | None = None
    max_ticks: int | None = None
    stake: ProposalOpenContractResponseProposalOpenContractValidationParamsStake | None = None
    stop_loss: ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss | None = (
        None
    )
    take_profit: (
        ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsStake:
    """Proposal open contract response proposal open contract validation params stake."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsStopLoss:
    """Proposal open contract response proposal open contract validation params stop loss."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractValidationParamsTakeProfit:
    """Proposal open contract response proposal open contract validation params take profit."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
