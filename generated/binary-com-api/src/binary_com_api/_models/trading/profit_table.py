"""The models of the ``profit_table`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProfitTableRequest",
    "ProfitTableResponse",
    "ProfitTableResponseProfitTable",
    "ProfitTableResponseProfitTableTransactionsItem",
]


@attrs.define(kw_only=True)
class ProfitTableRequest:
    """Profit table request."""

    profit_table: Literal[1]
    contract_type: (
        list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None
    ) = None
    """Only contracts of these types."""

    date_from: str | None = None
    """The earliest sell date to include: a date (YYYY-MM-DD) or an epoch in seconds."""

    date_to: str | None = None
    """The latest sell date to include: a date (YYYY-MM-DD) or an epoch in seconds."""

    description: Literal[0, 1] | None = None
    """1 adds a short description of each contract."""

    limit: float | None = None
    """How many contracts at most."""

    offset: int | None = None
    """How many contracts to skip first, for paging."""

    sort: Literal["ASC", "DESC"] | None = None
    """'DESC' for the newest first (the default) or 'ASC' for the oldest first."""

    loginid: str | None = None
    """The account whose closed contracts to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProfitTableResponse:
    """Profit table response."""

    profit_table: ProfitTableResponseProfitTable | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["profit_table"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProfitTableResponseProfitTable:
    """Profit table response profit table."""

    count: float | None = None
    transactions: list[ProfitTableResponseProfitTableTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProfitTableResponseProfitTableTransactionsItem:
    """Profit table response profit table transactions item."""

    app_id: int | Unset | None = UNSET
    buy_price: float | None = None
    contract_id: int | Unset | None = UNSET
    contract_type: str | None = None
    deal_cancellation_duration: str | None = None
    duration_type: str | Unset | None = UNSET
    growth_rate: str | None = None
    longcode: str | None = None
    multiplier: str | None = None
    payout: float | None = None
    purchase_time: int | None = None
    sell_price: float | None = None
    sell_time: int | Unset | None = UNSET
    shortcode: str | None = None
    transaction_id: int | None = None
    underlying_symbol: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
