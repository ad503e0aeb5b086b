"""The models of the ``list_trades`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "Trade",
]


@attrs.define(kw_only=True)
class Trade:
    """Trade."""

    trade_id: str
    price: Decimal | None = None
    size: Decimal | None = None
    side: str | None = None
    time: str | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
