"""The models of calls of several groups of the Okcoin REST API v3.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs

__all__ = [
    "CancelOrdersRequest",
    "Fill",
    "LedgerDetails",
    "LedgerEntry",
    "Order",
    "OrderResult",
]


@attrs.define(kw_only=True)
class CancelOrdersRequest:
    """Orders of one instrument to cancel; give order_ids or client_oids."""

    instrument_id: str
    order_ids: list[str] | None = None
    client_oids: list[str] | None = None


@attrs.define(kw_only=True)
class Fill:
    """One side of a trade. Each trade yields two rows, one per currency, with the same trade_id."""

    ledger_id: str | None = None
    trade_id: str | None = None
    order_id: str
    instrument_id: str
    product_id: str | None = None
    currency: str | None = None
    side: str | None = None
    price: Decimal | None = None
    size: Decimal | None = None
    fee: Decimal | None = None
    """Negative for a charge, positive for a rebate."""

    liquidity: str | None = None
    """T taker, M maker."""

    exec_type: str | None = None
    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LedgerDetails:
    """Ledger details."""

    instrument_id: str | None = None
    order_id: str | None = None
    product_id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LedgerEntry:
    """One spot or margin account bill."""

    ledger_id: str
    currency: str | None = None
    amount: Decimal | None = None
    balance: Decimal | None = None
    fee: Decimal | None = None
    type: str | None = None
    instrument_id: str | None = None
    order_id: str | None = None
    details: LedgerDetails | None = None
    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Order:
    """Order."""

    order_id: str
    client_oid: str | None = None
    instrument_id: str
    product_id: str | None = None
    side: str | None = None
    type: str | None = None
    """limit or market."""

    order_type: str | None = None
    """0 normal, 1 post-only, 2 fill-or-kill, 3 immediate-or-cancel."""

    price: Decimal | Literal[""] | None = None
    size: Decimal | Literal[""] | None = None
    notional: Decimal | Literal[""] | None = None
    funds: Decimal | Literal[""] | None = None
    price_avg: Decimal | None = None
    filled_size: Decimal | None = None
    filled_notional: Decimal | None = None
    state: str | None = None
    """-2 failed, -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being
    cancelled.
    """

    status: str | None = None
    """Older text form of the state."""

    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OrderResult:
    """Outcome of one order request. A rejected order has order_id "-1", result false and an
    error_code.
    """

    order_id: str
    client_oid: str | None = None
    result: bool | None = None
    error_code: str | None = None
    error_message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
