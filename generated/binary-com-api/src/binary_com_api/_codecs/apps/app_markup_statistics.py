"""Decoders and encoders of the models of the ``app_markup_statistics`` call (apps group).

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


_ALLOWED_app_markup_statistics = frozenset({"app_markup_statistics"})


_KEYS_APP_MARKUP_STATISTICS_REQUEST = frozenset(
    (
        "app_markup_statistics",
        "date_from",
        "date_to",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_APP_MARKUP_STATISTICS_RESPONSE = frozenset(
    (
        "app_markup_statistics",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_APP_MARKUP_STATISTICS_RESPONSE_APP_MARKUP_STATISTICS = frozenset(
    (
        "breakdown",
        "total_app_markup_usd",
        "total_transactions_count",
    )
)


_KEYS_APP_MARKUP_STATISTICS_RESPONSE_APP_MARKUP_STATISTICS_BREAKDOWN_ITEM = frozenset(
    (
        "app_id",
        "app_markup_usd",
        "app_markup_value",
        "dev_currcode",
        "transactions_count",
    )
)


def _decode_list_of_AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem(
    value: Any,
) -> list[m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_app_markup_statistics_response_app_markup_statistics_breakdown_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_app_markup_statistics_response_app_markup_statistics_breakdown_item
        ) from None


def structure_app_markup_statistics_request(data: Any) -> m.AppMarkupStatisticsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupStatisticsRequest)
    count = len(data)
    if count == 6:
        try:
            v_app_markup_statistics = data["app_markup_statistics"]
            v_date_from = data["date_from"]
            v_date_to = data["date_to"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_app_markup_statistics.__class__ is _INT
                    and v_app_markup_statistics in _ALLOWED_1
                )
                and (v_date_from.__class__ is str)
                and (v_date_to.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.app_markup_statistics = v_app_markup_statistics
                obj.date_from = v_date_from
                obj.date_to = v_date_to
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["app_markup_statistics"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_markup_statistics",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.app_markup_statistics = value
    else:
        raise _not_one_of("1", value).at("app_markup_statistics")
    try:
        value = data["date_from"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_from",)) from None
    if value.__class__ is str:
        obj.date_from = value
    else:
        raise _expected("a string", value).at("date_from")
    try:
        value = data["date_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("date_to",)) from None
    if value.__class__ is str:
        obj.date_to = value
    else:
        raise _expected("a string", value).at("date_to")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
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
        unknown = sorted(key for key in data if key not in _KEYS_APP_MARKUP_STATISTICS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_app_markup_statistics_request(obj: m.AppMarkupStatisticsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "app_markup_statistics": obj.app_markup_statistics,
        "date_from": obj.date_from,
        "date_to": obj.date_to,
    }
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_app_markup_statistics_response(data: Any) -> m.AppMarkupStatisticsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupStatisticsResponse)
    count = len(data)
    if count == 4:
        try:
            v_app_markup_statistics = data["app_markup_statistics"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_app_markup_statistics)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.app_markup_statistics = (
                        structure_app_markup_statistics_response_app_markup_statistics(
                            v_app_markup_statistics
                        )
                    )
                except DecodeError as error:
                    raise error.at("app_markup_statistics") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "app_markup_statistics" not in data:
        obj.app_markup_statistics = None
        count += 1
    else:
        value = data["app_markup_statistics"]
        try:
            obj.app_markup_statistics = (
                structure_app_markup_statistics_response_app_markup_statistics(value)
            )
        except DecodeError as error:
            raise error.at("app_markup_statistics") from None
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
    if value.__class__ is _STR and value in _ALLOWED_app_markup_statistics:
        obj.msg_type = value
    else:
        raise _not_one_of("'app_markup_statistics'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_APP_MARKUP_STATISTICS_RESPONSE
        }
    return obj


def unstructure_app_markup_statistics_response(
    obj: m.AppMarkupStatisticsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.app_markup_statistics
    if value is not None:
        data["app_markup_statistics"] = (
            unstructure_app_markup_statistics_response_app_markup_statistics(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_app_markup_statistics_response_app_markup_statistics(
    data: Any,
) -> m.AppMarkupStatisticsResponseAppMarkupStatistics:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupStatisticsResponseAppMarkupStatistics)
    count = len(data)
    if count == 3:
        try:
            v_breakdown = data["breakdown"]
            v_total_app_markup_usd = data["total_app_markup_usd"]
            v_total_transactions_count = data["total_transactions_count"]
        except KeyError:
            pass
        else:
            if ((kind := v_total_app_markup_usd.__class__) is float or kind is int) and (
                (kind := v_total_transactions_count.__class__) is float or kind is int
            ):
                try:
                    obj.breakdown = (
                        _decode_list_of_AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem(
                            v_breakdown
                        )
                    )
                except DecodeError as error:
                    raise error.at("breakdown") from None
                obj.total_app_markup_usd = v_total_app_markup_usd
                obj.total_transactions_count = v_total_transactions_count
                obj.extra_fields = {}
                return obj
    if "breakdown" not in data:
        obj.breakdown = None
        count += 1
    else:
        value = data["breakdown"]
        try:
            obj.breakdown = (
                _decode_list_of_AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem(value)
            )
        except DecodeError as error:
            raise error.at("breakdown") from None
    if "total_app_markup_usd" not in data:
        obj.total_app_markup_usd = None
        count += 1
    elif (kind := (value := data["total_app_markup_usd"]).__class__) is float or kind is int:
        obj.total_app_markup_usd = value
    else:
        raise _expected("a number", value).at("total_app_markup_usd")
    if "total_transactions_count" not in data:
        obj.total_transactions_count = None
        count += 1
    elif (kind := (value := data["total_transactions_count"]).__class__) is float or kind is int:
        obj.total_transactions_count = value
    else:
        raise _expected("a number", value).at("total_transactions_count")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_APP_MARKUP_STATISTICS_RESPONSE_APP_MARKUP_STATISTICS
        }
    return obj


def unstructure_app_markup_statistics_response_app_markup_statistics(
    obj: m.AppMarkupStatisticsResponseAppMarkupStatistics,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.breakdown
    if value is not None:
        data["breakdown"] = [
            unstructure_app_markup_statistics_response_app_markup_statistics_breakdown_item(item)
            for item in value
        ]
    value = obj.total_app_markup_usd
    if value is not None:
        data["total_app_markup_usd"] = value
    value = obj.total_transactions_count
    if value is not None:
        data["total_transactions_count"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_app_markup_statistics_response_app_markup_statistics_breakdown_item(
    data: Any,
) -> m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem)
    count = len(data)
    if count == 5:
        try:
            v_app_id = data["app_id"]
            v_app_markup_usd = data["app_markup_usd"]
            v_app_markup_value = data["app_markup_value"]
            v_dev_currcode = data["dev_currcode"]
            v_transactions_count = data["transactions_count"]
        except KeyError:
            pass
        else:
            if (
                (v_app_id.__class__ is int)
                and ((kind := v_app_markup_usd.__class__) is float or kind is int)
                and ((kind := v_app_markup_value.__class__) is float or kind is int)
                and (v_dev_currcode.__class__ is str)
                and ((kind := v_transactions_count.__class__) is float or kind is int)
            ):
                obj.app_id = v_app_id
                obj.app_markup_usd = v_app_markup_usd
                obj.app_markup_value = v_app_markup_value
                obj.dev_currcode = v_dev_currcode
                obj.transactions_count = v_transactions_count
                obj.extra_fields = {}
                return obj
    if "app_id" not in data:
        obj.app_id = None
        count += 1
    elif (value := data["app_id"]).__class__ is int:
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    if "app_markup_usd" not in data:
        obj.app_markup_usd = None
        count += 1
    elif (kind := (value := data["app_markup_usd"]).__class__) is float or kind is int:
        obj.app_markup_usd = value
    else:
        raise _expected("a number", value).at("app_markup_usd")
    if "app_markup_value" not in data:
        obj.app_markup_value = None
        count += 1
    elif (kind := (value := data["app_markup_value"]).__class__) is float or kind is int:
        obj.app_markup_value = value
    else:
        raise _expected("a number", value).at("app_markup_value")
    if "dev_currcode" not in data:
        obj.dev_currcode = None
        count += 1
    elif (value := data["dev_currcode"]).__class__ is str:
        obj.dev_currcode = value
    else:
        raise _expected("a string", value).at("dev_currcode")
    if "transactions_count" not in data:
        obj.transactions_count = None
        count += 1
    elif (kind := (value := data["transactions_count"]).__class__) is float or kind is int:
        obj.transactions_count = value
    else:
        raise _expected("a number", value).at("transactions_count")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_APP_MARKUP_STATISTICS_RESPONSE_APP_MARKUP_STATISTICS_BREAKDOWN_ITEM
        }
    return obj


def unstructure_app_markup_statistics_response_app_markup_statistics_breakdown_item(
    obj: m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.app_id
    if value is not None:
        data["app_id"] = value
    value = obj.app_markup_usd
    if value is not None:
        data["app_markup_usd"] = value
    value = obj.app_markup_value
    if value is not None:
        data["app_markup_value"] = value
    value = obj.dev_currcode
    if value is not None:
        data["dev_currcode"] = value
    value = obj.transactions_count
    if value is not None:
        data["transactions_count"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AppMarkupStatisticsRequest: structure_app_markup_statistics_request,
    m.AppMarkupStatisticsResponse: structure_app_markup_statistics_response,
    m.AppMarkupStatisticsResponseAppMarkupStatistics: structure_app_markup_statistics_response_app_markup_statistics,
    m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem: structure_app_markup_statistics_response_app_markup_statistics_breakdown_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AppMarkupStatisticsRequest: unstructure_app_markup_statistics_request,
    m.AppMarkupStatisticsResponse: unstructure_app_markup_statistics_response,
    m.AppMarkupStatisticsResponseAppMarkupStatistics: unstructure_app_markup_statistics_response_app_markup_statistics,
    m.AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem: unstructure_app_markup_statistics_response_app_markup_statistics_breakdown_item,
}
