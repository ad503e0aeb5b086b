"""The models of the ``contract_update_history`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ContractUpdateHistoryRequest",
    "ContractUpdateHistoryResponse",
    "ContractUpdateHistoryResponseContractUpdateHistoryItem",
]


@attrs.define(kw_only=True)
class ContractUpdateHistoryRequest:
    """Contract update history request."""

    contract_update_history: Literal[1]
    contract_id: int
    limit: float | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractUpdateHistoryResponse:
    """Contract update history response."""

    contract_update_history: list[ContractUpdateHistoryResponseContractUpdateHistoryItem] | None = (
        None
    )
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contract_update_history"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractUpdateHistoryResponseContractUpdateHistoryItem:
    """Contract update history response contract update history item."""

    display_name: str | None = None
    order_amount: str | None = None
    order_date: int | None = None
    order_type: str | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
