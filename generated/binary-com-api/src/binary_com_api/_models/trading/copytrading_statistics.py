"""The models of the ``copytrading_statistics`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "CopytradingStatisticsRequest",
    "CopytradingStatisticsResponse",
    "CopytradingStatisticsResponseCopytradingStatistics",
]


@attrs.define(kw_only=True)
class CopytradingStatisticsRequest:
    """Copytrading statistics request."""

    copytrading_statistics: Literal[1]
    trader_id: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopytradingStatisticsResponse:
    """Copytrading statistics response."""

    copytrading_statistics: CopytradingStatisticsResponseCopytradingStatistics | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copytrading_statistics"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingStatisticsResponseCopytradingStatistics:
    """Copytrading statistics response copytrading statistics."""

    active_since: int
    avg_duration: int
    avg_loss: float
    avg_profit: float
    copiers: float
    last_12months_profitable_trades: float
    monthly_profitable_trades: dict[str, float | Any]
    performance_probability: float
    total_trades: int
    trades_breakdown: dict[str, float | Any]
    trades_profitable: float
    yearly_profitable_trades: dict[str, float | Any] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
