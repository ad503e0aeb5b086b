"""The models of the ``trading_durations`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TradingDurationsRequest",
    "TradingDurationsResponse",
    "TradingDurationsResponseTradingDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItem",
    "TradingDurationsResponseTradingDurationsItemDataItemMarket",
    "TradingDurationsResponseTradingDurationsItemDataItemSubmarket",
    "TradingDurationsResponseTradingDurationsItemDataItemSymbolItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem",
    "TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType",
    "TradingDurationsResponseTradingDurationsItemMarket",
    "TradingDurationsResponseTradingDurationsItemSubmarket",
]


@attrs.define(kw_only=True)
class TradingDurationsRequest:
    """Trading durations request."""

    trading_durations: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingDurationsResponse:
    """Trading durations response."""

    trading_durations: list[TradingDurationsResponseTradingDurationsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_durations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItem:
    """Trading durations response trading durations item."""

    data: list[TradingDurationsResponseTradingDurationsItemDataItem] | None = None
    market: TradingDurationsResponseTradingDurationsItemMarket | None = None
    submarket: TradingDurationsResponseTradingDurationsItemSubmarket | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItem:
    """Trading durations response trading durations item data item."""

    market: TradingDurationsResponseTradingDurationsItemDataItemMarket | None = None
    submarket: TradingDurationsResponseTradingDurationsItemDataItemSubmarket | None = None
    symbol: list[TradingDurationsResponseTradingDurationsItemDataItemSymbolItem] | None = None
    trade_durations: (
        list[TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemMarket:
    """Trading durations response trading durations item data item market."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemSubmarket:
    """Trading durations response trading durations item data item submarket."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemSymbolItem:
    """Trading durations response trading durations item data item symbol item."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItem:
    """Trading durations response trading durations item data item trade durations item."""

    durations: (
        list[TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem]
        | None
    ) = None
    trade_type: (
        TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemDurationsItem:
    """Trading durations response trading durations item data item trade durations item durations
    item.
    """

    display_name: str | None = None
    max: int | None = None
    min: int | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemDataItemTradeDurationsItemTradeType:
    """Trading durations response trading durations item data item trade durations item trade
    type.
    """

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemMarket:
    """Trading durations response trading durations item market."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingDurationsResponseTradingDurationsItemSubmarket:
    """Trading durations response trading durations item submarket."""

    display_name: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
