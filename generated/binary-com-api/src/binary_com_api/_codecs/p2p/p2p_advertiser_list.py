"""Decoders and encoders of the models of the ``p2p_advertiser_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_created_time_last_interaction_time_name = frozenset(
    {"created_time", "last_interaction_time", "name"}
)


_ALLOWED_p2p_advertiser_list = frozenset({"p2p_advertiser_list"})


_KEYS_P2P_ADVERTISER_LIST_REQUEST = frozenset(
    (
        "p2p_advertiser_list",
        "advertiser_name",
        "is_blocked",
        "limit",
        "offset",
        "sort_by",
        "trade_partners",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_LIST_RESPONSE = frozenset(
    (
        "p2p_advertiser_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST = frozenset(("list",))


_KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST_LIST_ITEM = frozenset(
    (
        "advert_rates",
        "basic_verification",
        "buy_completion_rate",
        "buy_orders_amount",
        "buy_orders_count",
        "buy_time_avg",
        "cancel_time_avg",
        "created_time",
        "default_advert_description",
        "first_name",
        "full_verification",
        "id",
        "is_approved",
        "is_blocked",
        "is_favourite",
        "is_listed",
        "is_online",
        "is_recommended",
        "is_schedule_available",
        "last_name",
        "last_online_time",
        "name",
        "partner_count",
        "rating_average",
        "rating_count",
        "recommended_average",
        "recommended_count",
        "release_time_avg",
        "schedule",
        "sell_completion_rate",
        "sell_orders_amount",
        "sell_orders_count",
        "total_completion_rate",
        "total_orders_count",
        "total_turnover",
    )
)


_KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST_LIST_ITEM_SCHEDULE_ITEM = frozenset(
    (
        "end_min",
        "start_min",
    )
)


def _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItem(
    value: Any,
) -> list[m.P2pAdvertiserListResponseP2pAdvertiserListListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item
        ) from None


def _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem(
    value: Any,
) -> list[m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item,
        ) from None


def structure_p2p_advertiser_list_request(data: Any) -> m.P2pAdvertiserListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserListRequest)
    count = len(data)
    try:
        value = data["p2p_advertiser_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_list = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_list")
    value = data.get("advertiser_name", _MISSING)
    if value.__class__ is str:
        obj.advertiser_name = value
    elif value is _MISSING:
        obj.advertiser_name = None
        count += 1
    else:
        raise _expected("a string", value).at("advertiser_name")
    value = data.get("is_blocked", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_blocked = value
    elif value is _MISSING:
        obj.is_blocked = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_blocked")
    value = data.get("limit", _MISSING)
    if value.__class__ is int:
        obj.limit = value
    elif value is _MISSING:
        obj.limit = None
        count += 1
    else:
        raise _expected("an integer", value).at("limit")
    value = data.get("offset", _MISSING)
    if value.__class__ is int:
        obj.offset = value
    elif value is _MISSING:
        obj.offset = None
        count += 1
    else:
        raise _expected("an integer", value).at("offset")
    value = data.get("sort_by", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_created_time_last_interaction_time_name:
        obj.sort_by = value
    elif value is _MISSING:
        obj.sort_by = None
        count += 1
    else:
        raise _not_one_of("'name', 'created_time', 'last_interaction_time'", value).at("sort_by")
    value = data.get("trade_partners", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.trade_partners = value
    elif value is _MISSING:
        obj.trade_partners = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("trade_partners")
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
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
    if count != 10:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ADVERTISER_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advertiser_list_request(obj: m.P2pAdvertiserListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advertiser_list": obj.p2p_advertiser_list}
    value: Any
    value = obj.advertiser_name
    if value is not None:
        data["advertiser_name"] = value
    value = obj.is_blocked
    if value is not None:
        data["is_blocked"] = value
    value = obj.limit
    if value is not None:
        data["limit"] = value
    value = obj.offset
    if value is not None:
        data["offset"] = value
    value = obj.sort_by
    if value is not None:
        data["sort_by"] = value
    value = obj.trade_partners
    if value is not None:
        data["trade_partners"] = value
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


def structure_p2p_advertiser_list_response(data: Any) -> m.P2pAdvertiserListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserListResponse)
    count = len(data)
    value = data.get("p2p_advertiser_list", _MISSING)
    if value is _MISSING:
        obj.p2p_advertiser_list = None
        count += 1
    else:
        try:
            obj.p2p_advertiser_list = structure_p2p_advertiser_list_response_p2p_advertiser_list(
                value
            )
        except DecodeError as error:
            raise error.at("p2p_advertiser_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advertiser_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advertiser_list'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERTISER_LIST_RESPONSE
        }
    return obj


def unstructure_p2p_advertiser_list_response(obj: m.P2pAdvertiserListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advertiser_list
    if value is not None:
        data["p2p_advertiser_list"] = unstructure_p2p_advertiser_list_response_p2p_advertiser_list(
            value
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_list_response_p2p_advertiser_list(
    data: Any,
) -> m.P2pAdvertiserListResponseP2pAdvertiserList:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserListResponseP2pAdvertiserList)
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST
        }
    return obj


def unstructure_p2p_advertiser_list_response_p2p_advertiser_list(
    obj: m.P2pAdvertiserListResponseP2pAdvertiserList,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "list": [
            unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item(item)
            for item in obj.list
        ]
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item(
    data: Any,
) -> m.P2pAdvertiserListResponseP2pAdvertiserListListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserListResponseP2pAdvertiserListListItem)
    count = len(data)
    try:
        value = data["advert_rates"]
    except KeyError:
        raise DecodeError("required field is missing", ("advert_rates",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.advert_rates = value
    else:
        raise _expected("a number", value).at("advert_rates")
    try:
        value = data["basic_verification"]
    except KeyError:
        raise DecodeError("required field is missing", ("basic_verification",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.basic_verification = value
    else:
        raise _not_one_of("1, 0", value).at("basic_verification")
    try:
        value = data["buy_completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_completion_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.buy_completion_rate = value
    else:
        raise _expected("a number", value).at("buy_completion_rate")
    try:
        value = data["buy_orders_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_orders_amount",)) from None
    if value.__class__ is str:
        obj.buy_orders_amount = value
    else:
        raise _expected("a string", value).at("buy_orders_amount")
    try:
        value = data["buy_orders_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_orders_count",)) from None
    if value.__class__ is int:
        obj.buy_orders_count = value
    else:
        raise _expected("an integer", value).at("buy_orders_count")
    try:
        value = data["buy_time_avg"]
    except KeyError:
        raise DecodeError("required field is missing", ("buy_time_avg",)) from None
    if value is None or (value.__class__ is int):
        obj.buy_time_avg = value
    else:
        raise _expected("an integer", value).at("buy_time_avg")
    try:
        value = data["cancel_time_avg"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancel_time_avg",)) from None
    if value is None or (value.__class__ is int):
        obj.cancel_time_avg = value
    else:
        raise _expected("an integer", value).at("cancel_time_avg")
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    try:
        value = data["default_advert_description"]
    except KeyError:
        raise DecodeError("required field is missing", ("default_advert_description",)) from None
    if value.__class__ is str:
        obj.default_advert_description = value
    else:
        raise _expected("a string", value).at("default_advert_description")
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    try:
        value = data["full_verification"]
    except KeyError:
        raise DecodeError("required field is missing", ("full_verification",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.full_verification = value
    else:
        raise _not_one_of("1, 0", value).at("full_verification")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["is_approved"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_approved",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_approved = value
    else:
        raise _not_one_of("0, 1", value).at("is_approved")
    try:
        value = data["is_blocked"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_blocked",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_blocked = value
    else:
        raise _not_one_of("0, 1", value).at("is_blocked")
    value = data.get("is_favourite", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_favourite = value
    elif value is _MISSING:
        obj.is_favourite = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_favourite")
    try:
        value = data["is_listed"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_listed",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_listed = value
    else:
        raise _not_one_of("0, 1", value).at("is_listed")
    try:
        value = data["is_online"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_online",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_online = value
    else:
        raise _not_one_of("0, 1", value).at("is_online")
    value = data.get("is_recommended", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_recommended = value
    elif value is _MISSING:
        obj.is_recommended = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_recommended")
    try:
        value = data["is_schedule_available"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_schedule_available",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_schedule_available = value
    else:
        raise _not_one_of("0, 1", value).at("is_schedule_available")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    try:
        value = data["last_online_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("last_online_time",)) from None
    if value is None or (value.__class__ is int):
        obj.last_online_time = value
    else:
        raise _expected("an integer", value).at("last_online_time")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["partner_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_count",)) from None
    if value.__class__ is int:
        obj.partner_count = value
    else:
        raise _expected("an integer", value).at("partner_count")
    try:
        value = data["rating_average"]
    except KeyError:
        raise DecodeError("required field is missing", ("rating_average",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.rating_average = value
    else:
        raise _expected("a number", value).at("rating_average")
    try:
        value = data["rating_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("rating_count",)) from None
    if value.__class__ is int:
        obj.rating_count = value
    else:
        raise _expected("an integer", value).at("rating_count")
    try:
        value = data["recommended_average"]
    except KeyError:
        raise DecodeError("required field is missing", ("recommended_average",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.recommended_average = value
    else:
        raise _expected("a number", value).at("recommended_average")
    try:
        value = data["recommended_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("recommended_count",)) from None
    if value is None or (value.__class__ is int):
        obj.recommended_count = value
    else:
        raise _expected("an integer", value).at("recommended_count")
    try:
        value = data["release_time_avg"]
    except KeyError:
        raise DecodeError("required field is missing", ("release_time_avg",)) from None
    if value is None or (value.__class__ is int):
        obj.release_time_avg = value
    else:
        raise _expected("an integer", value).at("release_time_avg")
    value = data.get("schedule", _MISSING)
    if value is _MISSING:
        obj.schedule = UNSET
        count += 1
    else:
        try:
            obj.schedule = (
                None
                if value is None
                else _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("schedule") from None
    try:
        value = data["sell_completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_completion_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.sell_completion_rate = value
    else:
        raise _expected("a number", value).at("sell_completion_rate")
    try:
        value = data["sell_orders_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_orders_amount",)) from None
    if value.__class__ is str:
        obj.sell_orders_amount = value
    else:
        raise _expected("a string", value).at("sell_orders_amount")
    try:
        value = data["sell_orders_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("sell_orders_count",)) from None
    if value.__class__ is int:
        obj.sell_orders_count = value
    else:
        raise _expected("an integer", value).at("sell_orders_count")
    try:
        value = data["total_completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_completion_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.total_completion_rate = value
    else:
        raise _expected("a number", value).at("total_completion_rate")
    try:
        value = data["total_orders_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_orders_count",)) from None
    if value.__class__ is int:
        obj.total_orders_count = value
    else:
        raise _expected("an integer", value).at("total_orders_count")
    try:
        value = data["total_turnover"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_turnover",)) from None
    if value.__class__ is str:
        obj.total_turnover = value
    else:
        raise _expected("a string", value).at("total_turnover")
    if count == 35:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST_LIST_ITEM
        }
    return obj


def unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item(
    obj: m.P2pAdvertiserListResponseP2pAdvertiserListListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "advert_rates": obj.advert_rates,
        "basic_verification": obj.basic_verification,
        "buy_completion_rate": obj.buy_completion_rate,
        "buy_orders_amount": obj.buy_orders_amount,
        "buy_orders_count": obj.buy_orders_count,
        "buy_time_avg": obj.buy_time_avg,
        "cancel_time_avg": obj.cancel_time_avg,
        "created_time": obj.created_time,
        "default_advert_description": obj.default_advert_description,
        "full_verification": obj.full_verification,
        "id": obj.id,
        "is_approved": obj.is_approved,
        "is_blocked": obj.is_blocked,
        "is_listed": obj.is_listed,
        "is_online": obj.is_online,
        "is_schedule_available": obj.is_schedule_available,
        "last_online_time": obj.last_online_time,
        "name": obj.name,
        "partner_count": obj.partner_count,
        "rating_average": obj.rating_average,
        "rating_count": obj.rating_count,
        "recommended_average": obj.recommended_average,
        "recommended_count": obj.recommended_count,
        "release_time_avg": obj.release_time_avg,
        "sell_completion_rate": obj.sell_completion_rate,
        "sell_orders_amount": obj.sell_orders_amount,
        "sell_orders_count": obj.sell_orders_count,
        "total_completion_rate": obj.total_completion_rate,
        "total_orders_count": obj.total_orders_count,
        "total_turnover": obj.total_turnover,
    }
    value: Any
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.is_favourite
    if value is not None:
        data["is_favourite"] = value
    value = obj.is_recommended
    if value is not None:
        data["is_recommended"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    value = obj.schedule
    if value is not UNSET:
        data["schedule"] = (
            None
            if value is None
            else [
                unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item(
                    item
                )
                for item in value
            ]
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item(
    data: Any,
) -> m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem)
    try:
        value = data["end_min"]
    except KeyError:
        raise DecodeError("required field is missing", ("end_min",)) from None
    if value is None or (value.__class__ is int):
        obj.end_min = value
    else:
        raise _expected("an integer", value).at("end_min")
    try:
        value = data["start_min"]
    except KeyError:
        raise DecodeError("required field is missing", ("start_min",)) from None
    if value is None or (value.__class__ is int):
        obj.start_min = value
    else:
        raise _expected("an integer", value).at("start_min")
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_LIST_RESPONSE_P2P_ADVERTISER_LIST_LIST_ITEM_SCHEDULE_ITEM
        }
    return obj


def unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item(
    obj: m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"end_min": obj.end_min, "start_min": obj.start_min}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertiserListRequest: structure_p2p_advertiser_list_request,
    m.P2pAdvertiserListResponse: structure_p2p_advertiser_list_response,
    m.P2pAdvertiserListResponseP2pAdvertiserList: structure_p2p_advertiser_list_response_p2p_advertiser_list,
    m.P2pAdvertiserListResponseP2pAdvertiserListListItem: structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item,
    m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem: structure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertiserListRequest: unstructure_p2p_advertiser_list_request,
    m.P2pAdvertiserListResponse: unstructure_p2p_advertiser_list_response,
    m.P2pAdvertiserListResponseP2pAdvertiserList: unstructure_p2p_advertiser_list_response_p2p_advertiser_list,
    m.P2pAdvertiserListResponseP2pAdvertiserListListItem: unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item,
    m.P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem: unstructure_p2p_advertiser_list_response_p2p_advertiser_list_list_item_schedule_item,
}
