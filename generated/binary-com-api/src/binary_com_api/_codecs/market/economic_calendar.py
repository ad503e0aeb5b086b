"""Decoders and encoders of the models of the ``economic_calendar`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_economic_calendar = frozenset({"economic_calendar"})


_KEYS_ECONOMIC_CALENDAR_REQUEST = frozenset(
    (
        "economic_calendar",
        "currency",
        "end_date",
        "start_date",
        "passthrough",
        "req_id",
    )
)


_KEYS_ECONOMIC_CALENDAR_RESPONSE = frozenset(
    (
        "economic_calendar",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR = frozenset(("events",))


_KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM = frozenset(
    (
        "actual",
        "currency",
        "event_name",
        "forecast",
        "impact",
        "previous",
        "release_date",
    )
)


_KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_ACTUAL = frozenset(
    ("display_value",)
)


_KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_FORECAST = frozenset(
    ("display_value",)
)


_KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_PREVIOUS = frozenset(
    ("display_value",)
)


def _decode_list_of_EconomicCalendarResponseEconomicCalendarEventsItem(
    value: Any,
) -> list[m.EconomicCalendarResponseEconomicCalendarEventsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_economic_calendar_response_economic_calendar_events_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_economic_calendar_response_economic_calendar_events_item
        ) from None


def structure_economic_calendar_request(data: Any) -> m.EconomicCalendarRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarRequest)
    count = len(data)
    try:
        value = data["economic_calendar"]
    except KeyError:
        raise DecodeError("required field is missing", ("economic_calendar",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.economic_calendar = value
    else:
        raise _not_one_of("1", value).at("economic_calendar")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("end_date", _MISSING)
    if value.__class__ is int:
        obj.end_date = value
    elif value is _MISSING:
        obj.end_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("end_date")
    value = data.get("start_date", _MISSING)
    if value.__class__ is int:
        obj.start_date = value
    elif value is _MISSING:
        obj.start_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("start_date")
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_ECONOMIC_CALENDAR_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_economic_calendar_request(obj: m.EconomicCalendarRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"economic_calendar": obj.economic_calendar}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.end_date
    if value is not None:
        data["end_date"] = value
    value = obj.start_date
    if value is not None:
        data["start_date"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_economic_calendar_response(data: Any) -> m.EconomicCalendarResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponse)
    count = len(data)
    value = data.get("economic_calendar", _MISSING)
    if value is _MISSING:
        obj.economic_calendar = None
        count += 1
    else:
        try:
            obj.economic_calendar = structure_economic_calendar_response_economic_calendar(value)
        except DecodeError as error:
            raise error.at("economic_calendar") from None
    try:
        value = data["echo_req"]
    except KeyError:
        raise DecodeError("required field is missing", ("echo_req",)) from None
    if value.__class__ is dict:
        obj.echo_req = value
    else:
        raise _expected("an object", value).at("echo_req")
    try:
        value = data["msg_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("msg_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_economic_calendar:
        obj.msg_type = value
    else:
        raise _not_one_of("'economic_calendar'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE
        }
    return obj


def unstructure_economic_calendar_response(obj: m.EconomicCalendarResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.economic_calendar
    if value is not None:
        data["economic_calendar"] = unstructure_economic_calendar_response_economic_calendar(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_economic_calendar_response_economic_calendar(
    data: Any,
) -> m.EconomicCalendarResponseEconomicCalendar:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponseEconomicCalendar)
    count = len(data)
    value = data.get("events", _MISSING)
    if value is _MISSING:
        obj.events = None
        count += 1
    else:
        try:
            obj.events = _decode_list_of_EconomicCalendarResponseEconomicCalendarEventsItem(value)
        except DecodeError as error:
            raise error.at("events") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR
        }
    return obj


def unstructure_economic_calendar_response_economic_calendar(
    obj: m.EconomicCalendarResponseEconomicCalendar,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.events
    if value is not None:
        data["events"] = [
            unstructure_economic_calendar_response_economic_calendar_events_item(item)
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_economic_calendar_response_economic_calendar_events_item(
    data: Any,
) -> m.EconomicCalendarResponseEconomicCalendarEventsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponseEconomicCalendarEventsItem)
    count = len(data)
    value = data.get("actual", _MISSING)
    if value is _MISSING:
        obj.actual = None
        count += 1
    else:
        try:
            obj.actual = structure_economic_calendar_response_economic_calendar_events_item_actual(
                value
            )
        except DecodeError as error:
            raise error.at("actual") from None
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("event_name", _MISSING)
    if value.__class__ is str:
        obj.event_name = value
    elif value is _MISSING:
        obj.event_name = None
        count += 1
    else:
        raise _expected("a string", value).at("event_name")
    value = data.get("forecast", _MISSING)
    if value is _MISSING:
        obj.forecast = None
        count += 1
    else:
        try:
            obj.forecast = (
                structure_economic_calendar_response_economic_calendar_events_item_forecast(value)
            )
        except DecodeError as error:
            raise error.at("forecast") from None
    value = data.get("impact", _MISSING)
    if value.__class__ is int:
        obj.impact = value
    elif value is _MISSING:
        obj.impact = None
        count += 1
    else:
        raise _expected("an integer", value).at("impact")
    value = data.get("previous", _MISSING)
    if value is _MISSING:
        obj.previous = None
        count += 1
    else:
        try:
            obj.previous = (
                structure_economic_calendar_response_economic_calendar_events_item_previous(value)
            )
        except DecodeError as error:
            raise error.at("previous") from None
    value = data.get("release_date", _MISSING)
    if value.__class__ is int:
        obj.release_date = value
    elif value is _MISSING:
        obj.release_date = None
        count += 1
    else:
        raise _expected("an integer", value).at("release_date")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM
        }
    return obj


def unstructure_economic_calendar_response_economic_calendar_events_item(
    obj: m.EconomicCalendarResponseEconomicCalendarEventsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.actual
    if value is not None:
        data["actual"] = (
            unstructure_economic_calendar_response_economic_calendar_events_item_actual(value)
        )
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.event_name
    if value is not None:
        data["event_name"] = value
    value = obj.forecast
    if value is not None:
        data["forecast"] = (
            unstructure_economic_calendar_response_economic_calendar_events_item_forecast(value)
        )
    value = obj.impact
    if value is not None:
        data["impact"] = value
    value = obj.previous
    if value is not None:
        data["previous"] = (
            unstructure_economic_calendar_response_economic_calendar_events_item_previous(value)
        )
    value = obj.release_date
    if value is not None:
        data["release_date"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_economic_calendar_response_economic_calendar_events_item_actual(
    data: Any,
) -> m.EconomicCalendarResponseEconomicCalendarEventsItemActual:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponseEconomicCalendarEventsItemActual)
    count = len(data)
    value = data.get("display_value", _MISSING)
    if value.__class__ is str:
        obj.display_value = value
    elif value is _MISSING:
        obj.display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("display_value")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_ACTUAL
        }
    return obj


def unstructure_economic_calendar_response_economic_calendar_events_item_actual(
    obj: m.EconomicCalendarResponseEconomicCalendarEventsItemActual,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_value
    if value is not None:
        data["display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_economic_calendar_response_economic_calendar_events_item_forecast(
    data: Any,
) -> m.EconomicCalendarResponseEconomicCalendarEventsItemForecast:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponseEconomicCalendarEventsItemForecast)
    count = len(data)
    value = data.get("display_value", _MISSING)
    if value.__class__ is str:
        obj.display_value = value
    elif value is _MISSING:
        obj.display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("display_value")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_FORECAST
        }
    return obj


def unstructure_economic_calendar_response_economic_calendar_events_item_forecast(
    obj: m.EconomicCalendarResponseEconomicCalendarEventsItemForecast,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_value
    if value is not None:
        data["display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_economic_calendar_response_economic_calendar_events_item_previous(
    data: Any,
) -> m.EconomicCalendarResponseEconomicCalendarEventsItemPrevious:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.EconomicCalendarResponseEconomicCalendarEventsItemPrevious)
    count = len(data)
    value = data.get("display_value", _MISSING)
    if value.__class__ is str:
        obj.display_value = value
    elif value is _MISSING:
        obj.display_value = None
        count += 1
    else:
        raise _expected("a string", value).at("display_value")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_ECONOMIC_CALENDAR_RESPONSE_ECONOMIC_CALENDAR_EVENTS_ITEM_PREVIOUS
        }
    return obj


def unstructure_economic_calendar_response_economic_calendar_events_item_previous(
    obj: m.EconomicCalendarResponseEconomicCalendarEventsItemPrevious,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_value
    if value is not None:
        data["display_value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.EconomicCalendarRequest: structure_economic_calendar_request,
    m.EconomicCalendarResponse: structure_economic_calendar_response,
    m.EconomicCalendarResponseEconomicCalendar: structure_economic_calendar_response_economic_calendar,
    m.EconomicCalendarResponseEconomicCalendarEventsItem: structure_economic_calendar_response_economic_calendar_events_item,
    m.EconomicCalendarResponseEconomicCalendarEventsItemActual: structure_economic_calendar_response_economic_calendar_events_item_actual,
    m.EconomicCalendarResponseEconomicCalendarEventsItemForecast: structure_economic_calendar_response_economic_calendar_events_item_forecast,
    m.EconomicCalendarResponseEconomicCalendarEventsItemPrevious: structure_economic_calendar_response_economic_calendar_events_item_previous,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.EconomicCalendarRequest: unstructure_economic_calendar_request,
    m.EconomicCalendarResponse: unstructure_economic_calendar_response,
    m.EconomicCalendarResponseEconomicCalendar: unstructure_economic_calendar_response_economic_calendar,
    m.EconomicCalendarResponseEconomicCalendarEventsItem: unstructure_economic_calendar_response_economic_calendar_events_item,
    m.EconomicCalendarResponseEconomicCalendarEventsItemActual: unstructure_economic_calendar_response_economic_calendar_events_item_actual,
    m.EconomicCalendarResponseEconomicCalendarEventsItemForecast: unstructure_economic_calendar_response_economic_calendar_events_item_forecast,
    m.EconomicCalendarResponseEconomicCalendarEventsItemPrevious: unstructure_economic_calendar_response_economic_calendar_events_item_previous,
}
