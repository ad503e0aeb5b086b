"""The models of several calls of the spot group.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "AlgoOrderResult",
    "SpotAccount",
    "Ticker",
]


@attrs.define(kw_only=True)
class AlgoOrderResult:
    """Algo order result."""

    algo_id: str | None = None
    instrument_id: str | None = None
    order_type: str | None = None
    result: bool | str | None = None
    error_code: str | None = None
    error_message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SpotAccount:
    """Spot account."""

    id: str | None = None
    currency: str
    balance: Decimal | None = None
    available: Decimal | None = None
    hold: Decimal | None = None
    holds: Decimal | None = None
    frozen: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Ticker:
    """Ticker."""

    instrument_id: str
    product_id: str | None = None
    last: Decimal | None = None
    last_qty: Decimal | None = None
    best_bid: Decimal | None = None
    best_bid_size: Decimal | None = None
    best_ask: Decimal | None = None
    best_ask_size: Decimal | None = None
    bid: Decimal | None = None
    ask: Decimal | None = None
    open_24h: Decimal | None = None
    high_24h: Decimal | None = None
    low_24h: Decimal | None = None
    base_volume_24h: Decimal | None = None
    quote_volume_24h: Decimal | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
