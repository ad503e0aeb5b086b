"""The models of the ``statement`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "StatementRequest",
    "StatementResponse",
    "StatementResponseStatement",
    "StatementResponseStatementTransactionsItem",
    "StatementResponseStatementTransactionsItemFees",
    "StatementResponseStatementTransactionsItemFrom",
    "StatementResponseStatementTransactionsItemTo",
]


@attrs.define(kw_only=True)
class StatementRequest:
    """Statement request."""

    statement: Literal[1]
    action_type: (
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
    """Only transactions of this kind."""

    date_from: int | None = None
    """The earliest transaction time to include, an epoch in seconds."""

    date_to: int | None = None
    """The latest transaction time to include, an epoch in seconds."""

    description: Literal[0, 1] | None = None
    """1 adds a short description of each transaction."""

    limit: float | None = None
    """How many transactions at most."""

    offset: int | None = None
    """How many transactions to skip first, for paging."""

    loginid: str | None = None
    """The account whose transactions to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class StatementResponse:
    """Statement response."""

    statement: StatementResponseStatement | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["statement"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatement:
    """Statement response statement."""

    count: float | None = None
    transactions: list[StatementResponseStatementTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItem:
    """Statement response statement transactions item."""

    action_type: (
        Literal[
            "buy",
            "sell",
            "deposit",
            "withdrawal",
            "hold",
            "release",
            "adjustment",
            "virtual_credit",
            "transfer",
        ]
        | None
    ) = None
    amount: float | None = None
    app_id: int | Unset | None = UNSET
    balance_after: float | None = None
    contract_id: int | Unset | None = UNSET
    fees: StatementResponseStatementTransactionsItemFees | None = None
    from_: StatementResponseStatementTransactionsItemFrom | None = None
    longcode: str | None = None
    payout: float | Unset | None = UNSET
    purchase_time: int | None = None
    reference_id: int | Unset | None = UNSET
    shortcode: str | Unset | None = UNSET
    to: StatementResponseStatementTransactionsItemTo | None = None
    transaction_id: int | None = None
    transaction_time: int | None = None
    withdrawal_details: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemFees:
    """Statement response statement transactions item fees."""

    amount: float | None = None
    currency: str | None = None
    minimum: float | None = None
    percentage: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemFrom:
    """Statement response statement transactions item from."""

    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatementResponseStatementTransactionsItemTo:
    """Statement response statement transactions item to."""

    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
