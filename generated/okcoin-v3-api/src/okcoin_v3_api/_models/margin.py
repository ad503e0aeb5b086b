"""The models of the calls of the margin group.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs

__all__ = [
    "AmendOrderItem",
    "BorrowResult",
    "MarginLoan",
    "MarginOrderRequest",
    "RepaymentResult",
]


@attrs.define(kw_only=True)
class AmendOrderItem:
    """Change of one order of the instrument in the path; name it by order_id or client_oid and give
    new_size and/or new_price.
    """

    order_id: str | None = None
    client_oid: str | None = None
    new_size: Decimal | None = None
    new_price: Decimal | None = None
    cancel_on_fail: Literal["0", "1"] | None = None
    """"1" cancels the order when the change fails."""

    request_id: str | None = None
    """Your own id for this change."""


@attrs.define(kw_only=True)
class BorrowResult:
    """Borrow result."""

    borrow_id: str | None = None
    client_oid: str | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class MarginLoan:
    """Margin loan."""

    borrow_id: str
    instrument_id: str | None = None
    product_id: str | None = None
    currency: str | None = None
    amount: Decimal | None = None
    interest: Decimal | None = None
    repay_amount: Decimal | None = None
    returned_amount: Decimal | None = None
    repay_interest: Decimal | None = None
    paid_interest: Decimal | None = None
    timestamp: str | None = None
    created_at: str | None = None
    last_interest_time: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class MarginOrderRequest:
    """One margin order, as for a single placement."""

    instrument_id: str
    """Market id such as BTC-USD."""

    side: Literal["buy", "sell"]
    """Order side."""

    type: Literal["limit", "market"] | None = None
    """Order kind."""

    client_oid: str | None = None
    """Your own id for the order - up to 32 letters and digits, starting with a letter."""

    order_type: Literal["0", "1", "2", "3"] | None = None
    """0 normal, 1 post-only, 2 fill-or-kill, 3 immediate-or-cancel."""

    price: Decimal | None = None
    """Limit price; needed for limit orders."""

    size: Decimal | None = None
    """Quantity in the base currency; needed for limit orders and market sells."""

    notional: Decimal | None = None
    """Amount of quote currency to spend; needed for market buys."""

    margin_trading: Literal["2"]
    """Always 2 (margin)."""


@attrs.define(kw_only=True)
class RepaymentResult:
    """Repayment result."""

    repayment_id: str | None = None
    client_oid: str | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
