"""The models of the ``get_order_book`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "OrderBook",
]


@attrs.define(kw_only=True)
class OrderBook:
    """Order book."""

    asks: list[tuple[Decimal, Decimal, Decimal]]
    bids: list[tuple[Decimal, Decimal, Decimal]]
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
