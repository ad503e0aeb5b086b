"""The models of the ``list_instruments`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "Instrument",
]


@attrs.define(kw_only=True)
class Instrument:
    """Instrument."""

    instrument_id: str
    product_id: str | None = None
    base_currency: str | None = None
    quote_currency: str | None = None
    min_size: Decimal | None = None
    size_increment: Decimal | None = None
    tick_size: Decimal | None = None
    base_min_size: Decimal | None = None
    base_increment: Decimal | None = None
    quote_increment: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
