"""The models of the ``contract_update`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ContractUpdateRequest",
    "ContractUpdateRequestLimitOrder",
    "ContractUpdateResponse",
    "ContractUpdateResponseContractUpdate",
    "ContractUpdateResponseContractUpdateStopLoss",
    "ContractUpdateResponseContractUpdateTakeProfit",
]


@attrs.define(kw_only=True)
class ContractUpdateRequest:
    """Contract update request."""

    contract_update: Literal[1]
    contract_id: int
    limit_order: ContractUpdateRequestLimitOrder
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractUpdateRequestLimitOrder:
    """Contract update request limit order."""

    stop_loss: float | Unset | None = UNSET
    take_profit: float | Unset | None = UNSET


@attrs.define(kw_only=True)
class ContractUpdateResponse:
    """Contract update response."""

    contract_update: ContractUpdateResponseContractUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contract_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdate:
    """Contract update response contract update."""

    stop_loss: ContractUpdateResponseContractUpdateStopLoss | None = None
    take_profit: ContractUpdateResponseContractUpdateTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdateStopLoss:
    """Contract update response contract update stop loss."""

    display_name: str | None = None
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateResponseContractUpdateTakeProfit:
    """Contract update response contract update take profit."""

    display_name: str | None = None
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
