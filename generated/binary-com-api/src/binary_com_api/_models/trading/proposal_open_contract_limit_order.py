"""The models of the ``proposal_open_contract_limit_order`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProposalOpenContractResponseProposalOpenContractLimitOrder",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut",
    "ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit",
]


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrder:
    """Proposal open contract response proposal open contract limit order."""

    stop_loss: ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss | None = None
    stop_out: ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut | None = None
    take_profit: ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderStopLoss:
    """Proposal open contract response proposal open contract limit order stop loss."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderStopOut:
    """Proposal open contract response proposal open contract limit order stop out."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalOpenContractResponseProposalOpenContractLimitOrderTakeProfit:
    """Proposal open contract response proposal open contract limit order take profit."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
