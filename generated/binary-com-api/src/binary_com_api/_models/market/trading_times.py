"""The models of the ``trading_times`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TradingTimesRequest",
    "TradingTimesResponse",
    "TradingTimesResponseTradingTimes",
    "TradingTimesResponseTradingTimesMarketsItem",
    "TradingTimesResponseTradingTimesMarketsItemSubmarketsItem",
    "TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem",
]


@attrs.define(kw_only=True)
class TradingTimesRequest:
    """Trading times request."""

    trading_times: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingTimesResponse:
    """Trading times response."""

    trading_times: TradingTimesResponseTradingTimes | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_times"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimes:
    """Trading times response trading times."""

    markets: list[TradingTimesResponseTradingTimesMarketsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItem:
    """Trading times response trading times markets item."""

    name: str = attrs.field(repr=False)
    submarkets: list[TradingTimesResponseTradingTimesMarketsItemSubmarketsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItemSubmarketsItem:
    """Trading times response trading times markets item submarkets item."""

    name: str = attrs.field(repr=False)
    symbols: list[TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingTimesResponseTradingTimesMarketsItemSubmarketsItemSymbolsItem:
    """Trading times response trading times markets item submarkets item symbols item."""

    events: list[Any] | None = None
    name: str = attrs.field(repr=False)
    symbol: str
    times: dict[str, Any] | None = None
    trading_days: list[Literal["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
