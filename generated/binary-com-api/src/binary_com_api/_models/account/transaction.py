"""The models of the ``transaction`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "TransactionRequest",
    "TransactionResponse",
    "TransactionResponseSubscription",
    "TransactionResponseTransaction",
]


@attrs.define(kw_only=True)
class TransactionRequest:
    """Transaction request."""

    transaction: Literal[1]
    subscribe: Literal[1]
    loginid: str | None = None
    """The account whose transactions to follow, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TransactionResponse:
    """Transaction response."""

    transaction: TransactionResponseTransaction | None = None
    subscription: TransactionResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["transaction"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransactionResponseSubscription:
    """Transaction response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransactionResponseTransaction:
    """Transaction response transaction."""

    action: (
        Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "escrow",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None
    ) = None
    amount: float | None = None
    balance: float | None = None
    barrier: float | str | Unset | None = UNSET
    contract_id: int | Unset | None = UNSET
    currency: str | None = None
    date_expiry: int | None = None
    display_name: str | None = None
    high_barrier: float | str | None = None
    id: str | None = None
    longcode: str | None = None
    low_barrier: str | None = None
    purchase_time: int | None = None
    stop_loss: str | Unset | None = UNSET
    stop_out: str | Unset | None = UNSET
    symbol: str | None = None
    take_profit: str | Unset | None = UNSET
    transaction_id: int | None = None
    transaction_time: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
