"""The models of the ``place_orders`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

__all__ = [
    "SpotOrderRequest",
]


@attrs.define(kw_only=True)
class SpotOrderRequest:
    """One spot order, as for a single placement."""

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

    margin_trading: Literal["1", "2"] | None = None
    """1 spot, 2 margin; not on okcoin.jp."""
