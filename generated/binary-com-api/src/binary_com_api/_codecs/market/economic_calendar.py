"""Decoders and encoders of the models of the ``economic_calendar`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 6:
        try:
            v_economic_calendar = data["economic_calendar"]
            v_currency = data["currency"]
            v_end_date = data["end_date"]
            v_start_date = data["start_date"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_economic_calendar.__class__ is _INT and v_economic_calendar in _ALLOWED_1)
                and (v_currency.__class__ is str)
                and (v_end_date.__class__ is int)
                and (v_start_date.__class__ is int)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.economic_calendar = v_economic_calendar
                obj.currency = v_currency
                obj.end_date = v_end_date
                obj.start_date = v_start_date
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["economic_calendar"]
    except KeyError:
        raise DecodeError("required field is missing", ("economic_calendar",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.economic_calendar = value
    else:
        raise _not_one_of("1", value).at("economic_calendar")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "end_date" not in data:
        obj.end_date = None
        count += 1
    elif (value := data["end_date"]).__class__ is int:
        obj.end_date = value
    else:
        raise _expected("an integer", value).at("end_date")
    if "start_date" not in data:
        obj.start_date = None
        count += 1
    elif (value := data["start_date"]).__class__ is int:
        obj.start_date = value
    else:
        raise _expected("an integer", value).at("start_date")
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
    else:
        raise _expected("an object", value).at("passthrough")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 4:
        try:
            v_economic_calendar = data["economic_calendar"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_economic_calendar)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.economic_calendar = structure_economic_calendar_response_economic_calendar(
                        v_economic_calendar
                    )
                except DecodeError as error:
                    raise error.at("economic_calendar") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "economic_calendar" not in data:
        obj.economic_calendar = None
        count += 1
    else:
        value = data["economic_calendar"]
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
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
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
    if count == 1:
        try:
            v_events = data["events"]
        except KeyError:
            pass
        else:
            try:
                obj.events = _decode_list_of_EconomicCalendarResponseEconomicCalendarEventsItem(
                    v_events
                )
            except DecodeError as error:
                raise error.at("events") from None
            obj.extra_fields = {}
            return obj
    if "events" not in data:
        obj.events = None
        count += 1
    else:
        value = data["events"]
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
    if count == 7:
        try:
            v_actual = data["actual"]
            v_currency = data["currency"]
            v_event_name = data["event_name"]
            v_forecast = data["forecast"]
            v_impact = data["impact"]
            v_previous = data["previous"]
            v_release_date = data["release_date"]
        except KeyError:
            pass
        else:
            if (
                (v_currency.__class__ is str)
                and (v_event_name.__class__ is str)
                and (v_impact.__class__ is int)
                and (v_release_date.__class__ is int)
            ):
                try:
                    obj.actual = (
                        structure_economic_calendar_response_economic_calendar_events_item_actual(
                            v_actual
                        )
                    )
                except DecodeError as error:
                    raise error.at("actual") from None
                obj.currency = v_currency
                obj.event_name = v_event_name
                try:
                    obj.forecast = (
                        structure_economic_calendar_response_economic_calendar_events_item_forecast(
                            v_forecast
                        )
                    )
                except DecodeError as error:
                    raise error.at("forecast") from None
                obj.impact = v_impact
                try:
                    obj.previous = (
                        structure_economic_calendar_response_economic_calendar_events_item_previous(
                            v_previous
                        )
                    )
                except DecodeError as error:
                    raise error.at("previous") from None
                obj.release_date = v_release_date
                obj.extra_fields = {}
                return obj
    if "actual" not in data:
        obj.actual = None
        count += 1
    else:
        value = data["actual"]
        try:
            obj.actual = structure_economic_calendar_response_economic_calendar_events_item_actual(
                value
            )
        except DecodeError as error:
            raise error.at("actual") from None
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "event_name" not in data:
        obj.event_name = None
        count += 1
    elif (value := data["event_name"]).__class__ is str:
        obj.event_name = value
    else:
        raise _expected("a string", value).at("event_name")
    if "forecast" not in data:
        obj.forecast = None
        count += 1
    else:
        value = data["forecast"]
        try:
            obj.forecast = (
                structure_economic_calendar_response_economic_calendar_events_item_forecast(value)
            )
        except DecodeError as error:
            raise error.at("forecast") from None
    if "impact" not in data:
        obj.impact = None
        count += 1
    elif (value := data["impact"]).__class__ is int:
        obj.impact = value
    else:
        raise _expected("an integer", value).at("impact")
    if "previous" not in data:
        obj.previous = None
        count += 1
    else:
        value = data["previous"]
        try:
            obj.previous = (
                structure_economic_calendar_response_economic_calendar_events_item_previous(value)
            )
        except DecodeError as error:
            raise error.at("previous") from None
    if "release_date" not in data:
        obj.release_date = None
        count += 1
    elif (value := data["release_date"]).__class__ is int:
        obj.release_date = value
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
    if count == 1:
        try:
            v_display_value = data["display_value"]
        except KeyError:
            pass
        else:
            if v_display_value.__class__ is str:
                obj.display_value = v_display_value
                obj.extra_fields = {}
                return obj
    if "display_value" not in data:
        obj.display_value = None
        count += 1
    elif (value := data["display_value"]).__class__ is str:
        obj.display_value = value
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
    if count == 1:
        try:
            v_display_value = data["display_value"]
        except KeyError:
            pass
        else:
            if v_display_value.__class__ is str:
                obj.display_value = v_display_value
                obj.extra_fields = {}
                return obj
    if "display_value" not in data:
        obj.display_value = None
        count += 1
    elif (value := data["display_value"]).__class__ is str:
        obj.display_value = value
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
    if count == 1:
        try:
            v_display_value = data["display_value"]
        except KeyError:
            pass
        else:
            if v_display_value.__class__ is str:
                obj.display_value = v_display_value
                obj.extra_fields = {}
                return obj
    if "display_value" not in data:
        obj.display_value = None
        count += 1
    elif (value := data["display_value"]).__class__ is str:
        obj.display_value = value
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
