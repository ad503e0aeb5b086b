"""The models of the ``ticks_history`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TicksHistoryRequest",
    "TicksHistoryResponse",
    "TicksHistoryResponseCandlesItem",
    "TicksHistoryResponseHistory",
    "TicksHistoryResponseSubscription",
]


@attrs.define(kw_only=True)
class TicksHistoryRequest:
    """Ticks history request."""

    ticks_history: str
    """The symbol (e.g. R_50) whose past prices to get."""

    adjust_start_time: Literal[1] | None = None
    """1 moves start back to the market's opening when the market was closed at start."""

    count: int | None = None
    """How many prices (or candles) at most, counting back from end."""

    end: str
    """The time of the last price to include: an epoch in seconds, or 'latest' for now."""

    granularity: (
        Literal[60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400] | None
    ) = None
    """The length of one candle, in seconds (style 'candles' only)."""

    start: int | None = None
    """The time of the first price to include, an epoch in seconds."""

    style: Literal["candles", "ticks"] | None = None
    """'ticks' for every price, 'candles' for open, high, low and close per granularity period."""

    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksHistoryResponse:
    """Ticks history response."""

    candles: list[TicksHistoryResponseCandlesItem] | None = None
    history: TicksHistoryResponseHistory | None = None
    pip_size: float | None = None
    subscription: TicksHistoryResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["history", "tick", "candles", "ohlc"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseCandlesItem:
    """Ticks history response candles item."""

    close: float | None = None
    epoch: int | None = None
    high: float | None = None
    low: float | None = None
    open: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseHistory:
    """Ticks history response history."""

    prices: list[float] | None = None
    times: list[int] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksHistoryResponseSubscription:
    """Ticks history response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
