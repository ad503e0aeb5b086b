"""The models of the ``economic_calendar`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "EconomicCalendarRequest",
    "EconomicCalendarResponse",
    "EconomicCalendarResponseEconomicCalendar",
    "EconomicCalendarResponseEconomicCalendarEventsItem",
    "EconomicCalendarResponseEconomicCalendarEventsItemActual",
    "EconomicCalendarResponseEconomicCalendarEventsItemForecast",
    "EconomicCalendarResponseEconomicCalendarEventsItemPrevious",
]


@attrs.define(kw_only=True)
class EconomicCalendarRequest:
    """Economic calendar request."""

    economic_calendar: Literal[1]
    currency: str | None = None
    end_date: int | None = None
    start_date: int | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class EconomicCalendarResponse:
    """Economic calendar response."""

    economic_calendar: EconomicCalendarResponseEconomicCalendar | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["economic_calendar"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendar:
    """Economic calendar response economic calendar."""

    events: list[EconomicCalendarResponseEconomicCalendarEventsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItem:
    """Economic calendar response economic calendar events item."""

    actual: EconomicCalendarResponseEconomicCalendarEventsItemActual | None = None
    currency: str | None = None
    event_name: str | None = None
    forecast: EconomicCalendarResponseEconomicCalendarEventsItemForecast | None = None
    impact: int | None = None
    previous: EconomicCalendarResponseEconomicCalendarEventsItemPrevious | None = None
    release_date: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemActual:
    """Economic calendar response economic calendar events item actual."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemForecast:
    """Economic calendar response economic calendar events item forecast."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class EconomicCalendarResponseEconomicCalendarEventsItemPrevious:
    """Economic calendar response economic calendar events item previous."""

    display_value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
