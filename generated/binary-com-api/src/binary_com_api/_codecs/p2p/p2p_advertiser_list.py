"""Decoders and encoders of the models of the ``p2p_advertiser_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 10:
        try:
            v_p2p_advertiser_list = data["p2p_advertiser_list"]
            v_advertiser_name = data["advertiser_name"]
            v_is_blocked = data["is_blocked"]
            v_limit = data["limit"]
            v_offset = data["offset"]
            v_sort_by = data["sort_by"]
            v_trade_partners = data["trade_partners"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_advertiser_list.__class__ is _INT and v_p2p_advertiser_list in _ALLOWED_1)
                and (v_advertiser_name.__class__ is str)
                and (v_is_blocked.__class__ is _INT and v_is_blocked in _ALLOWED_0_1)
                and (v_limit.__class__ is int)
                and (v_offset.__class__ is int)
                and (
                    v_sort_by.__class__ is _STR
                    and v_sort_by in _ALLOWED_created_time_last_interaction_time_name
                )
                and (v_trade_partners.__class__ is _INT and v_trade_partners in _ALLOWED_0_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advertiser_list = v_p2p_advertiser_list
                obj.advertiser_name = v_advertiser_name
                obj.is_blocked = v_is_blocked
                obj.limit = v_limit
                obj.offset = v_offset
                obj.sort_by = v_sort_by
                obj.trade_partners = v_trade_partners
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advertiser_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_list = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_list")
    if "advertiser_name" not in data:
        obj.advertiser_name = None
        count += 1
    elif (value := data["advertiser_name"]).__class__ is str:
        obj.advertiser_name = value
    else:
        raise _expected("a string", value).at("advertiser_name")
    if "is_blocked" not in data:
        obj.is_blocked = None
        count += 1
    elif (value := data["is_blocked"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_blocked = value
    else:
        raise _not_one_of("0, 1", value).at("is_blocked")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (value := data["limit"]).__class__ is int:
        obj.limit = value
    else:
        raise _expected("an integer", value).at("limit")
    if "offset" not in data:
        obj.offset = None
        count += 1
    elif (value := data["offset"]).__class__ is int:
        obj.offset = value
    else:
        raise _expected("an integer", value).at("offset")
    if "sort_by" not in data:
        obj.sort_by = None
        count += 1
    elif (
        value := data["sort_by"]
    ).__class__ is _STR and value in _ALLOWED_created_time_last_interaction_time_name:
        obj.sort_by = value
    else:
        raise _not_one_of("'name', 'created_time', 'last_interaction_time'", value).at("sort_by")
    if "trade_partners" not in data:
        obj.trade_partners = None
        count += 1
    elif (value := data["trade_partners"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.trade_partners = value
    else:
        raise _not_one_of("0, 1", value).at("trade_partners")
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
    if count == 4:
        try:
            v_p2p_advertiser_list = data["p2p_advertiser_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_advertiser_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advertiser_list = (
                        structure_p2p_advertiser_list_response_p2p_advertiser_list(
                            v_p2p_advertiser_list
                        )
                    )
                except DecodeError as error:
                    raise error.at("p2p_advertiser_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advertiser_list" not in data:
        obj.p2p_advertiser_list = None
        count += 1
    else:
        value = data["p2p_advertiser_list"]
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
    count = len(data)
    if count == 1:
        try:
            v_list = data["list"]
        except KeyError:
            pass
        else:
            try:
                obj.list = _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItem(
                    v_list
                )
            except DecodeError as error:
                raise error.at("list") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if count == 1:
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
    if count == 35:
        try:
            v_advert_rates = data["advert_rates"]
            v_basic_verification = data["basic_verification"]
            v_buy_completion_rate = data["buy_completion_rate"]
            v_buy_orders_amount = data["buy_orders_amount"]
            v_buy_orders_count = data["buy_orders_count"]
            v_buy_time_avg = data["buy_time_avg"]
            v_cancel_time_avg = data["cancel_time_avg"]
            v_created_time = data["created_time"]
            v_default_advert_description = data["default_advert_description"]
            v_first_name = data["first_name"]
            v_full_verification = data["full_verification"]
            v_id = data["id"]
            v_is_approved = data["is_approved"]
            v_is_blocked = data["is_blocked"]
            v_is_favourite = data["is_favourite"]
            v_is_listed = data["is_listed"]
            v_is_online = data["is_online"]
            v_is_recommended = data["is_recommended"]
            v_is_schedule_available = data["is_schedule_available"]
            v_last_name = data["last_name"]
            v_last_online_time = data["last_online_time"]
            v_name = data["name"]
            v_partner_count = data["partner_count"]
            v_rating_average = data["rating_average"]
            v_rating_count = data["rating_count"]
            v_recommended_average = data["recommended_average"]
            v_recommended_count = data["recommended_count"]
            v_release_time_avg = data["release_time_avg"]
            v_schedule = data["schedule"]
            v_sell_completion_rate = data["sell_completion_rate"]
            v_sell_orders_amount = data["sell_orders_amount"]
            v_sell_orders_count = data["sell_orders_count"]
            v_total_completion_rate = data["total_completion_rate"]
            v_total_orders_count = data["total_orders_count"]
            v_total_turnover = data["total_turnover"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_advert_rates is None
                    or ((kind := v_advert_rates.__class__) is float or kind is int)
                )
                and (
                    v_basic_verification.__class__ is _INT and v_basic_verification in _ALLOWED_0_1
                )
                and (
                    v_buy_completion_rate is None
                    or ((kind := v_buy_completion_rate.__class__) is float or kind is int)
                )
                and (v_buy_orders_amount.__class__ is str)
                and (v_buy_orders_count.__class__ is int)
                and (v_buy_time_avg is None or (v_buy_time_avg.__class__ is int))
                and (v_cancel_time_avg is None or (v_cancel_time_avg.__class__ is int))
                and (v_created_time.__class__ is int)
                and (v_default_advert_description.__class__ is str)
                and (v_first_name.__class__ is str)
                and (v_full_verification.__class__ is _INT and v_full_verification in _ALLOWED_0_1)
                and (v_id.__class__ is str)
                and (v_is_approved.__class__ is _INT and v_is_approved in _ALLOWED_0_1)
                and (v_is_blocked.__class__ is _INT and v_is_blocked in _ALLOWED_0_1)
                and (v_is_favourite.__class__ is _INT and v_is_favourite in _ALLOWED_0_1)
                and (v_is_listed.__class__ is _INT and v_is_listed in _ALLOWED_0_1)
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
                and (v_is_recommended.__class__ is _INT and v_is_recommended in _ALLOWED_0_1)
                and (
                    v_is_schedule_available.__class__ is _INT
                    and v_is_schedule_available in _ALLOWED_0_1
                )
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_name.__class__ is str)
                and (v_partner_count.__class__ is int)
                and (
                    v_rating_average is None
                    or ((kind := v_rating_average.__class__) is float or kind is int)
                )
                and (v_rating_count.__class__ is int)
                and (
                    v_recommended_average is None
                    or ((kind := v_recommended_average.__class__) is float or kind is int)
                )
                and (v_recommended_count is None or (v_recommended_count.__class__ is int))
                and (v_release_time_avg is None or (v_release_time_avg.__class__ is int))
                and (
                    v_sell_completion_rate is None
                    or ((kind := v_sell_completion_rate.__class__) is float or kind is int)
                )
                and (v_sell_orders_amount.__class__ is str)
                and (v_sell_orders_count.__class__ is int)
                and (
                    v_total_completion_rate is None
                    or ((kind := v_total_completion_rate.__class__) is float or kind is int)
                )
                and (v_total_orders_count.__class__ is int)
                and (v_total_turnover.__class__ is str)
            ):
                obj.advert_rates = v_advert_rates
                obj.basic_verification = v_basic_verification
                obj.buy_completion_rate = v_buy_completion_rate
                obj.buy_orders_amount = v_buy_orders_amount
                obj.buy_orders_count = v_buy_orders_count
                obj.buy_time_avg = v_buy_time_avg
                obj.cancel_time_avg = v_cancel_time_avg
                obj.created_time = v_created_time
                obj.default_advert_description = v_default_advert_description
                obj.first_name = v_first_name
                obj.full_verification = v_full_verification
                obj.id = v_id
                obj.is_approved = v_is_approved
                obj.is_blocked = v_is_blocked
                obj.is_favourite = v_is_favourite
                obj.is_listed = v_is_listed
                obj.is_online = v_is_online
                obj.is_recommended = v_is_recommended
                obj.is_schedule_available = v_is_schedule_available
                obj.last_name = v_last_name
                obj.last_online_time = v_last_online_time
                obj.name = v_name
                obj.partner_count = v_partner_count
                obj.rating_average = v_rating_average
                obj.rating_count = v_rating_count
                obj.recommended_average = v_recommended_average
                obj.recommended_count = v_recommended_count
                obj.release_time_avg = v_release_time_avg
                try:
                    obj.schedule = (
                        None
                        if v_schedule is None
                        else _decode_list_of_P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem(
                            v_schedule
                        )
                    )
                except DecodeError as error:
                    raise error.at("schedule") from None
                obj.sell_completion_rate = v_sell_completion_rate
                obj.sell_orders_amount = v_sell_orders_amount
                obj.sell_orders_count = v_sell_orders_count
                obj.total_completion_rate = v_total_completion_rate
                obj.total_orders_count = v_total_orders_count
                obj.total_turnover = v_total_turnover
                obj.extra_fields = {}
                return obj
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
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
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
    if "is_favourite" not in data:
        obj.is_favourite = None
        count += 1
    elif (value := data["is_favourite"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_favourite = value
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
    if "is_recommended" not in data:
        obj.is_recommended = None
        count += 1
    elif (value := data["is_recommended"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_recommended = value
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
    if "last_name" not in data:
        obj.last_name = None
        count += 1
    elif (value := data["last_name"]).__class__ is str:
        obj.last_name = value
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
    if "schedule" not in data:
        obj.schedule = UNSET
        count += 1
    else:
        value = data["schedule"]
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
    count = len(data)
    if count == 2:
        try:
            v_end_min = data["end_min"]
            v_start_min = data["start_min"]
        except KeyError:
            pass
        else:
            if (v_end_min is None or (v_end_min.__class__ is int)) and (
                v_start_min is None or (v_start_min.__class__ is int)
            ):
                obj.end_min = v_end_min
                obj.start_min = v_start_min
                obj.extra_fields = {}
                return obj
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
    if count == 2:
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
