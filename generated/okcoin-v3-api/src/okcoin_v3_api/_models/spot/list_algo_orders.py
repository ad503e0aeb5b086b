"""The models of the ``list_algo_orders`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "AlgoOrder",
]


@attrs.define(kw_only=True)
class AlgoOrder:
    """Algo order."""

    algo_id: str
    instrument_id: str | None = None
    order_type: str | None = None
    type: str | None = None
    status: str | None = None
    size: Decimal | None = None
    trigger_price: Decimal | None = None
    algo_price: Decimal | None = None
    real_amount: Decimal | None = None
    callback_rate: Decimal | None = None
    algo_variance: Decimal | None = None
    avg_amount: Decimal | None = None
    limit_price: Decimal | None = None
    deal_value: Decimal | None = None
    sweep_range: Decimal | None = None
    sweep_ratio: Decimal | None = None
    single_limit: Decimal | None = None
    time_interval: str | None = None
    timestamp: str | None = None
    rejected_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
