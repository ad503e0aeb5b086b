"""Decoders and encoders of the models of the ``p2p_advertiser_update`` call (p2p group).

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


_ALLOWED_p2p_advertiser_update = frozenset({"p2p_advertiser_update"})


_KEYS_P2P_ADVERTISER_UPDATE_REQUEST = frozenset(
    (
        "p2p_advertiser_update",
        "contact_info",
        "default_advert_description",
        "is_listed",
        "payment_info",
        "schedule",
        "show_name",
        "upgrade_limits",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_REQUEST_SCHEDULE_ITEM = frozenset(
    (
        "end_min",
        "start_min",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_RESPONSE = frozenset(
    (
        "p2p_advertiser_update",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE = frozenset(
    (
        "active_fixed_ads",
        "active_float_ads",
        "advert_rates",
        "balance_available",
        "basic_verification",
        "block_trade",
        "blocked_by_count",
        "blocked_until",
        "buy_completion_rate",
        "buy_orders_amount",
        "buy_orders_count",
        "buy_time_avg",
        "cancel_time_avg",
        "cancels_remaining",
        "chat_token",
        "chat_user_id",
        "contact_info",
        "created_time",
        "daily_buy",
        "daily_buy_limit",
        "daily_sell",
        "daily_sell_limit",
        "default_advert_description",
        "first_name",
        "full_verification",
        "id",
        "is_approved",
        "is_listed",
        "is_online",
        "is_schedule_available",
        "last_name",
        "last_online_time",
        "max_order_amount",
        "min_balance",
        "min_order_amount",
        "name",
        "partner_count",
        "payment_info",
        "rating_average",
        "rating_count",
        "recommended_average",
        "recommended_count",
        "release_time_avg",
        "schedule",
        "sell_completion_rate",
        "sell_orders_amount",
        "sell_orders_count",
        "show_name",
        "total_completion_rate",
        "total_orders_count",
        "total_turnover",
        "upgradable_daily_limits",
        "withdrawal_limit",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_BLOCK_TRADE = frozenset(
    (
        "max_order_amount",
        "min_order_amount",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_SCHEDULE_ITEM = frozenset(
    (
        "end_min",
        "start_min",
    )
)


_KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_UPGRADABLE_DAILY_LIMITS = frozenset(
    (
        "block_trade",
        "max_daily_buy",
        "max_daily_sell",
    )
)


def _decode_list_of_P2pAdvertiserUpdateRequestScheduleItem(
    value: Any,
) -> list[m.P2pAdvertiserUpdateRequestScheduleItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_p2p_advertiser_update_request_schedule_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_advertiser_update_request_schedule_item
        ) from None


def _decode_list_of_P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem(
    value: Any,
) -> list[m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item
        ) from None


def structure_p2p_advertiser_update_request(data: Any) -> m.P2pAdvertiserUpdateRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateRequest)
    count = len(data)
    if count == 11:
        try:
            v_p2p_advertiser_update = data["p2p_advertiser_update"]
            v_contact_info = data["contact_info"]
            v_default_advert_description = data["default_advert_description"]
            v_is_listed = data["is_listed"]
            v_payment_info = data["payment_info"]
            v_schedule = data["schedule"]
            v_show_name = data["show_name"]
            v_upgrade_limits = data["upgrade_limits"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_p2p_advertiser_update.__class__ is _INT
                    and v_p2p_advertiser_update in _ALLOWED_1
                )
                and (v_contact_info.__class__ is str)
                and (v_default_advert_description.__class__ is str)
                and (v_is_listed.__class__ is _INT and v_is_listed in _ALLOWED_0_1)
                and (v_payment_info.__class__ is str)
                and (v_show_name.__class__ is _INT and v_show_name in _ALLOWED_0_1)
                and (v_upgrade_limits.__class__ is _INT and v_upgrade_limits in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advertiser_update = v_p2p_advertiser_update
                obj.contact_info = v_contact_info
                obj.default_advert_description = v_default_advert_description
                obj.is_listed = v_is_listed
                obj.payment_info = v_payment_info
                try:
                    obj.schedule = (
                        None
                        if v_schedule is None
                        else _decode_list_of_P2pAdvertiserUpdateRequestScheduleItem(v_schedule)
                    )
                except DecodeError as error:
                    raise error.at("schedule") from None
                obj.show_name = v_show_name
                obj.upgrade_limits = v_upgrade_limits
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advertiser_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_update = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_update")
    if "contact_info" not in data:
        obj.contact_info = None
        count += 1
    elif (value := data["contact_info"]).__class__ is str:
        obj.contact_info = value
    else:
        raise _expected("a string", value).at("contact_info")
    if "default_advert_description" not in data:
        obj.default_advert_description = None
        count += 1
    elif (value := data["default_advert_description"]).__class__ is str:
        obj.default_advert_description = value
    else:
        raise _expected("a string", value).at("default_advert_description")
    if "is_listed" not in data:
        obj.is_listed = None
        count += 1
    elif (value := data["is_listed"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_listed = value
    else:
        raise _not_one_of("0, 1", value).at("is_listed")
    if "payment_info" not in data:
        obj.payment_info = None
        count += 1
    elif (value := data["payment_info"]).__class__ is str:
        obj.payment_info = value
    else:
        raise _expected("a string", value).at("payment_info")
    if "schedule" not in data:
        obj.schedule = UNSET
        count += 1
    else:
        value = data["schedule"]
        try:
            obj.schedule = (
                None
                if value is None
                else _decode_list_of_P2pAdvertiserUpdateRequestScheduleItem(value)
            )
        except DecodeError as error:
            raise error.at("schedule") from None
    if "show_name" not in data:
        obj.show_name = None
        count += 1
    elif (value := data["show_name"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.show_name = value
    else:
        raise _not_one_of("0, 1", value).at("show_name")
    if "upgrade_limits" not in data:
        obj.upgrade_limits = None
        count += 1
    elif (value := data["upgrade_limits"]).__class__ is _INT and value in _ALLOWED_1:
        obj.upgrade_limits = value
    else:
        raise _not_one_of("1", value).at("upgrade_limits")
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
    if count != 11:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ADVERTISER_UPDATE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advertiser_update_request(obj: m.P2pAdvertiserUpdateRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advertiser_update": obj.p2p_advertiser_update}
    value: Any
    value = obj.contact_info
    if value is not None:
        data["contact_info"] = value
    value = obj.default_advert_description
    if value is not None:
        data["default_advert_description"] = value
    value = obj.is_listed
    if value is not None:
        data["is_listed"] = value
    value = obj.payment_info
    if value is not None:
        data["payment_info"] = value
    value = obj.schedule
    if value is not UNSET:
        data["schedule"] = (
            None
            if value is None
            else [unstructure_p2p_advertiser_update_request_schedule_item(item) for item in value]
        )
    value = obj.show_name
    if value is not None:
        data["show_name"] = value
    value = obj.upgrade_limits
    if value is not None:
        data["upgrade_limits"] = value
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


def structure_p2p_advertiser_update_request_schedule_item(
    data: Any,
) -> m.P2pAdvertiserUpdateRequestScheduleItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateRequestScheduleItem)
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
    if count != 2:
        unknown = sorted(
            key for key in data if key not in _KEYS_P2P_ADVERTISER_UPDATE_REQUEST_SCHEDULE_ITEM
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advertiser_update_request_schedule_item(
    obj: m.P2pAdvertiserUpdateRequestScheduleItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"end_min": obj.end_min, "start_min": obj.start_min}
    return data


def structure_p2p_advertiser_update_response(data: Any) -> m.P2pAdvertiserUpdateResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_advertiser_update = data["p2p_advertiser_update"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_advertiser_update)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advertiser_update = (
                        structure_p2p_advertiser_update_response_p2p_advertiser_update(
                            v_p2p_advertiser_update
                        )
                    )
                except DecodeError as error:
                    raise error.at("p2p_advertiser_update") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advertiser_update" not in data:
        obj.p2p_advertiser_update = None
        count += 1
    else:
        value = data["p2p_advertiser_update"]
        try:
            obj.p2p_advertiser_update = (
                structure_p2p_advertiser_update_response_p2p_advertiser_update(value)
            )
        except DecodeError as error:
            raise error.at("p2p_advertiser_update") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advertiser_update:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advertiser_update'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERTISER_UPDATE_RESPONSE
        }
    return obj


def unstructure_p2p_advertiser_update_response(
    obj: m.P2pAdvertiserUpdateResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advertiser_update
    if value is not None:
        data["p2p_advertiser_update"] = (
            unstructure_p2p_advertiser_update_response_p2p_advertiser_update(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_update_response_p2p_advertiser_update(
    data: Any,
) -> m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdate)
    count = len(data)
    if count == 53:
        try:
            v_active_fixed_ads = data["active_fixed_ads"]
            v_active_float_ads = data["active_float_ads"]
            v_advert_rates = data["advert_rates"]
            v_balance_available = data["balance_available"]
            v_basic_verification = data["basic_verification"]
            v_block_trade = data["block_trade"]
            v_blocked_by_count = data["blocked_by_count"]
            v_blocked_until = data["blocked_until"]
            v_buy_completion_rate = data["buy_completion_rate"]
            v_buy_orders_amount = data["buy_orders_amount"]
            v_buy_orders_count = data["buy_orders_count"]
            v_buy_time_avg = data["buy_time_avg"]
            v_cancel_time_avg = data["cancel_time_avg"]
            v_cancels_remaining = data["cancels_remaining"]
            v_chat_token = data["chat_token"]
            v_chat_user_id = data["chat_user_id"]
            v_contact_info = data["contact_info"]
            v_created_time = data["created_time"]
            v_daily_buy = data["daily_buy"]
            v_daily_buy_limit = data["daily_buy_limit"]
            v_daily_sell = data["daily_sell"]
            v_daily_sell_limit = data["daily_sell_limit"]
            v_default_advert_description = data["default_advert_description"]
            v_first_name = data["first_name"]
            v_full_verification = data["full_verification"]
            v_id = data["id"]
            v_is_approved = data["is_approved"]
            v_is_listed = data["is_listed"]
            v_is_online = data["is_online"]
            v_is_schedule_available = data["is_schedule_available"]
            v_last_name = data["last_name"]
            v_last_online_time = data["last_online_time"]
            v_max_order_amount = data["max_order_amount"]
            v_min_balance = data["min_balance"]
            v_min_order_amount = data["min_order_amount"]
            v_name = data["name"]
            v_partner_count = data["partner_count"]
            v_payment_info = data["payment_info"]
            v_rating_average = data["rating_average"]
            v_rating_count = data["rating_count"]
            v_recommended_average = data["recommended_average"]
            v_recommended_count = data["recommended_count"]
            v_release_time_avg = data["release_time_avg"]
            v_schedule = data["schedule"]
            v_sell_completion_rate = data["sell_completion_rate"]
            v_sell_orders_amount = data["sell_orders_amount"]
            v_sell_orders_count = data["sell_orders_count"]
            v_show_name = data["show_name"]
            v_total_completion_rate = data["total_completion_rate"]
            v_total_orders_count = data["total_orders_count"]
            v_total_turnover = data["total_turnover"]
            v_upgradable_daily_limits = data["upgradable_daily_limits"]
            v_withdrawal_limit = data["withdrawal_limit"]
        except KeyError:
            pass
        else:
            if (
                (v_active_fixed_ads.__class__ is int)
                and (v_active_float_ads.__class__ is int)
                and (
                    v_advert_rates is None
                    or ((kind := v_advert_rates.__class__) is float or kind is int)
                )
                and ((kind := v_balance_available.__class__) is float or kind is int)
                and (
                    v_basic_verification.__class__ is _INT and v_basic_verification in _ALLOWED_0_1
                )
                and (v_blocked_by_count.__class__ is int)
                and (v_blocked_until.__class__ is int)
                and (
                    v_buy_completion_rate is None
                    or ((kind := v_buy_completion_rate.__class__) is float or kind is int)
                )
                and (v_buy_orders_amount.__class__ is str)
                and (v_buy_orders_count.__class__ is int)
                and (v_buy_time_avg is None or (v_buy_time_avg.__class__ is int))
                and (v_cancel_time_avg is None or (v_cancel_time_avg.__class__ is int))
                and (v_cancels_remaining.__class__ is int)
                and (v_chat_token is None or (v_chat_token.__class__ is str))
                and (v_chat_user_id is None or (v_chat_user_id.__class__ is str))
                and (v_contact_info.__class__ is str)
                and (v_created_time.__class__ is int)
                and (v_daily_buy.__class__ is str)
                and (v_daily_buy_limit.__class__ is str)
                and (v_daily_sell.__class__ is str)
                and (v_daily_sell_limit.__class__ is str)
                and (v_default_advert_description.__class__ is str)
                and (v_first_name.__class__ is str)
                and (v_full_verification.__class__ is _INT and v_full_verification in _ALLOWED_0_1)
                and (v_id.__class__ is str)
                and (v_is_approved.__class__ is _INT and v_is_approved in _ALLOWED_0_1)
                and (v_is_listed.__class__ is _INT and v_is_listed in _ALLOWED_0_1)
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
                and (
                    v_is_schedule_available.__class__ is _INT
                    and v_is_schedule_available in _ALLOWED_0_1
                )
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_max_order_amount.__class__ is str)
                and (v_min_balance.__class__ is str)
                and (v_min_order_amount.__class__ is str)
                and (v_name.__class__ is str)
                and (v_partner_count.__class__ is int)
                and (v_payment_info.__class__ is str)
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
                and (v_show_name.__class__ is _INT and v_show_name in _ALLOWED_0_1)
                and (
                    v_total_completion_rate is None
                    or ((kind := v_total_completion_rate.__class__) is float or kind is int)
                )
                and (v_total_orders_count.__class__ is int)
                and (v_total_turnover.__class__ is str)
                and (v_withdrawal_limit is None or (v_withdrawal_limit.__class__ is str))
            ):
                obj.active_fixed_ads = v_active_fixed_ads
                obj.active_float_ads = v_active_float_ads
                obj.advert_rates = v_advert_rates
                obj.balance_available = v_balance_available
                obj.basic_verification = v_basic_verification
                try:
                    obj.block_trade = (
                        structure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade(
                            v_block_trade
                        )
                    )
                except DecodeError as error:
                    raise error.at("block_trade") from None
                obj.blocked_by_count = v_blocked_by_count
                obj.blocked_until = v_blocked_until
                obj.buy_completion_rate = v_buy_completion_rate
                obj.buy_orders_amount = v_buy_orders_amount
                obj.buy_orders_count = v_buy_orders_count
                obj.buy_time_avg = v_buy_time_avg
                obj.cancel_time_avg = v_cancel_time_avg
                obj.cancels_remaining = v_cancels_remaining
                obj.chat_token = v_chat_token
                obj.chat_user_id = v_chat_user_id
                obj.contact_info = v_contact_info
                obj.created_time = v_created_time
                obj.daily_buy = v_daily_buy
                obj.daily_buy_limit = v_daily_buy_limit
                obj.daily_sell = v_daily_sell
                obj.daily_sell_limit = v_daily_sell_limit
                obj.default_advert_description = v_default_advert_description
                obj.first_name = v_first_name
                obj.full_verification = v_full_verification
                obj.id = v_id
                obj.is_approved = v_is_approved
                obj.is_listed = v_is_listed
                obj.is_online = v_is_online
                obj.is_schedule_available = v_is_schedule_available
                obj.last_name = v_last_name
                obj.last_online_time = v_last_online_time
                obj.max_order_amount = v_max_order_amount
                obj.min_balance = v_min_balance
                obj.min_order_amount = v_min_order_amount
                obj.name = v_name
                obj.partner_count = v_partner_count
                obj.payment_info = v_payment_info
                obj.rating_average = v_rating_average
                obj.rating_count = v_rating_count
                obj.recommended_average = v_recommended_average
                obj.recommended_count = v_recommended_count
                obj.release_time_avg = v_release_time_avg
                try:
                    obj.schedule = (
                        None
                        if v_schedule is None
                        else _decode_list_of_P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem(
                            v_schedule
                        )
                    )
                except DecodeError as error:
                    raise error.at("schedule") from None
                obj.sell_completion_rate = v_sell_completion_rate
                obj.sell_orders_amount = v_sell_orders_amount
                obj.sell_orders_count = v_sell_orders_count
                obj.show_name = v_show_name
                obj.total_completion_rate = v_total_completion_rate
                obj.total_orders_count = v_total_orders_count
                obj.total_turnover = v_total_turnover
                try:
                    obj.upgradable_daily_limits = structure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
                        v_upgradable_daily_limits
                    )
                except DecodeError as error:
                    raise error.at("upgradable_daily_limits") from None
                obj.withdrawal_limit = v_withdrawal_limit
                obj.extra_fields = {}
                return obj
    if "active_fixed_ads" not in data:
        obj.active_fixed_ads = None
        count += 1
    elif (value := data["active_fixed_ads"]).__class__ is int:
        obj.active_fixed_ads = value
    else:
        raise _expected("an integer", value).at("active_fixed_ads")
    if "active_float_ads" not in data:
        obj.active_float_ads = None
        count += 1
    elif (value := data["active_float_ads"]).__class__ is int:
        obj.active_float_ads = value
    else:
        raise _expected("an integer", value).at("active_float_ads")
    try:
        value = data["advert_rates"]
    except KeyError:
        raise DecodeError("required field is missing", ("advert_rates",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.advert_rates = value
    else:
        raise _expected("a number", value).at("advert_rates")
    try:
        value = data["balance_available"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance_available",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance_available = value
    else:
        raise _expected("a number", value).at("balance_available")
    try:
        value = data["basic_verification"]
    except KeyError:
        raise DecodeError("required field is missing", ("basic_verification",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.basic_verification = value
    else:
        raise _not_one_of("1, 0", value).at("basic_verification")
    if "block_trade" not in data:
        obj.block_trade = None
        count += 1
    else:
        value = data["block_trade"]
        try:
            obj.block_trade = (
                structure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade(value)
            )
        except DecodeError as error:
            raise error.at("block_trade") from None
    try:
        value = data["blocked_by_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("blocked_by_count",)) from None
    if value.__class__ is int:
        obj.blocked_by_count = value
    else:
        raise _expected("an integer", value).at("blocked_by_count")
    if "blocked_until" not in data:
        obj.blocked_until = None
        count += 1
    elif (value := data["blocked_until"]).__class__ is int:
        obj.blocked_until = value
    else:
        raise _expected("an integer", value).at("blocked_until")
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
        value = data["cancels_remaining"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancels_remaining",)) from None
    if value.__class__ is int:
        obj.cancels_remaining = value
    else:
        raise _expected("an integer", value).at("cancels_remaining")
    try:
        value = data["chat_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("chat_token",)) from None
    if value is None or (value.__class__ is str):
        obj.chat_token = value
    else:
        raise _expected("a string", value).at("chat_token")
    try:
        value = data["chat_user_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("chat_user_id",)) from None
    if value is None or (value.__class__ is str):
        obj.chat_user_id = value
    else:
        raise _expected("a string", value).at("chat_user_id")
    try:
        value = data["contact_info"]
    except KeyError:
        raise DecodeError("required field is missing", ("contact_info",)) from None
    if value.__class__ is str:
        obj.contact_info = value
    else:
        raise _expected("a string", value).at("contact_info")
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    if "daily_buy" not in data:
        obj.daily_buy = None
        count += 1
    elif (value := data["daily_buy"]).__class__ is str:
        obj.daily_buy = value
    else:
        raise _expected("a string", value).at("daily_buy")
    if "daily_buy_limit" not in data:
        obj.daily_buy_limit = None
        count += 1
    elif (value := data["daily_buy_limit"]).__class__ is str:
        obj.daily_buy_limit = value
    else:
        raise _expected("a string", value).at("daily_buy_limit")
    if "daily_sell" not in data:
        obj.daily_sell = None
        count += 1
    elif (value := data["daily_sell"]).__class__ is str:
        obj.daily_sell = value
    else:
        raise _expected("a string", value).at("daily_sell")
    if "daily_sell_limit" not in data:
        obj.daily_sell_limit = None
        count += 1
    elif (value := data["daily_sell_limit"]).__class__ is str:
        obj.daily_sell_limit = value
    else:
        raise _expected("a string", value).at("daily_sell_limit")
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
    if "max_order_amount" not in data:
        obj.max_order_amount = None
        count += 1
    elif (value := data["max_order_amount"]).__class__ is str:
        obj.max_order_amount = value
    else:
        raise _expected("a string", value).at("max_order_amount")
    if "min_balance" not in data:
        obj.min_balance = None
        count += 1
    elif (value := data["min_balance"]).__class__ is str:
        obj.min_balance = value
    else:
        raise _expected("a string", value).at("min_balance")
    if "min_order_amount" not in data:
        obj.min_order_amount = None
        count += 1
    elif (value := data["min_order_amount"]).__class__ is str:
        obj.min_order_amount = value
    else:
        raise _expected("a string", value).at("min_order_amount")
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
        value = data["payment_info"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_info",)) from None
    if value.__class__ is str:
        obj.payment_info = value
    else:
        raise _expected("a string", value).at("payment_info")
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
                else _decode_list_of_P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem(
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
        value = data["show_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("show_name",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.show_name = value
    else:
        raise _not_one_of("0, 1", value).at("show_name")
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
    if "upgradable_daily_limits" not in data:
        obj.upgradable_daily_limits = None
        count += 1
    else:
        value = data["upgradable_daily_limits"]
        try:
            obj.upgradable_daily_limits = structure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
                value
            )
        except DecodeError as error:
            raise error.at("upgradable_daily_limits") from None
    if "withdrawal_limit" not in data:
        obj.withdrawal_limit = UNSET
        count += 1
    elif (value := data["withdrawal_limit"]) is None or (value.__class__ is str):
        obj.withdrawal_limit = value
    else:
        raise _expected("a string", value).at("withdrawal_limit")
    if count == 53:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE
        }
    return obj


def unstructure_p2p_advertiser_update_response_p2p_advertiser_update(
    obj: m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdate,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "advert_rates": obj.advert_rates,
        "balance_available": obj.balance_available,
        "basic_verification": obj.basic_verification,
        "blocked_by_count": obj.blocked_by_count,
        "buy_completion_rate": obj.buy_completion_rate,
        "buy_orders_amount": obj.buy_orders_amount,
        "buy_orders_count": obj.buy_orders_count,
        "buy_time_avg": obj.buy_time_avg,
        "cancel_time_avg": obj.cancel_time_avg,
        "cancels_remaining": obj.cancels_remaining,
        "chat_token": obj.chat_token,
        "chat_user_id": obj.chat_user_id,
        "contact_info": obj.contact_info,
        "created_time": obj.created_time,
        "default_advert_description": obj.default_advert_description,
        "full_verification": obj.full_verification,
        "id": obj.id,
        "is_approved": obj.is_approved,
        "is_listed": obj.is_listed,
        "is_online": obj.is_online,
        "is_schedule_available": obj.is_schedule_available,
        "last_online_time": obj.last_online_time,
        "name": obj.name,
        "partner_count": obj.partner_count,
        "payment_info": obj.payment_info,
        "rating_average": obj.rating_average,
        "rating_count": obj.rating_count,
        "recommended_average": obj.recommended_average,
        "recommended_count": obj.recommended_count,
        "release_time_avg": obj.release_time_avg,
        "sell_completion_rate": obj.sell_completion_rate,
        "sell_orders_amount": obj.sell_orders_amount,
        "sell_orders_count": obj.sell_orders_count,
        "show_name": obj.show_name,
        "total_completion_rate": obj.total_completion_rate,
        "total_orders_count": obj.total_orders_count,
        "total_turnover": obj.total_turnover,
    }
    value: Any
    value = obj.active_fixed_ads
    if value is not None:
        data["active_fixed_ads"] = value
    value = obj.active_float_ads
    if value is not None:
        data["active_float_ads"] = value
    value = obj.block_trade
    if value is not None:
        data["block_trade"] = (
            unstructure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade(value)
        )
    value = obj.blocked_until
    if value is not None:
        data["blocked_until"] = value
    value = obj.daily_buy
    if value is not None:
        data["daily_buy"] = value
    value = obj.daily_buy_limit
    if value is not None:
        data["daily_buy_limit"] = value
    value = obj.daily_sell
    if value is not None:
        data["daily_sell"] = value
    value = obj.daily_sell_limit
    if value is not None:
        data["daily_sell_limit"] = value
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    value = obj.max_order_amount
    if value is not None:
        data["max_order_amount"] = value
    value = obj.min_balance
    if value is not None:
        data["min_balance"] = value
    value = obj.min_order_amount
    if value is not None:
        data["min_order_amount"] = value
    value = obj.schedule
    if value is not UNSET:
        data["schedule"] = (
            None
            if value is None
            else [
                unstructure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item(item)
                for item in value
            ]
        )
    value = obj.upgradable_daily_limits
    if value is not None:
        data["upgradable_daily_limits"] = (
            unstructure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
                value
            )
        )
    value = obj.withdrawal_limit
    if value is not UNSET:
        data["withdrawal_limit"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade(
    data: Any,
) -> m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade)
    count = len(data)
    if count == 2:
        try:
            v_max_order_amount = data["max_order_amount"]
            v_min_order_amount = data["min_order_amount"]
        except KeyError:
            pass
        else:
            if (v_max_order_amount.__class__ is str) and (v_min_order_amount.__class__ is str):
                obj.max_order_amount = v_max_order_amount
                obj.min_order_amount = v_min_order_amount
                obj.extra_fields = {}
                return obj
    try:
        value = data["max_order_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_order_amount",)) from None
    if value.__class__ is str:
        obj.max_order_amount = value
    else:
        raise _expected("a string", value).at("max_order_amount")
    try:
        value = data["min_order_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("min_order_amount",)) from None
    if value.__class__ is str:
        obj.min_order_amount = value
    else:
        raise _expected("a string", value).at("min_order_amount")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_BLOCK_TRADE
        }
    return obj


def unstructure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade(
    obj: m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "max_order_amount": obj.max_order_amount,
        "min_order_amount": obj.min_order_amount,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item(
    data: Any,
) -> m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem)
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
            if k not in _KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_SCHEDULE_ITEM
        }
    return obj


def unstructure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item(
    obj: m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"end_min": obj.end_min, "start_min": obj.start_min}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
    data: Any,
) -> m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits)
    count = len(data)
    if count == 3:
        try:
            v_block_trade = data["block_trade"]
            v_max_daily_buy = data["max_daily_buy"]
            v_max_daily_sell = data["max_daily_sell"]
        except KeyError:
            pass
        else:
            if (
                (v_block_trade.__class__ is _INT and v_block_trade in _ALLOWED_0_1)
                and (v_max_daily_buy.__class__ is str)
                and (v_max_daily_sell.__class__ is str)
            ):
                obj.block_trade = v_block_trade
                obj.max_daily_buy = v_max_daily_buy
                obj.max_daily_sell = v_max_daily_sell
                obj.extra_fields = {}
                return obj
    if "block_trade" not in data:
        obj.block_trade = None
        count += 1
    elif (value := data["block_trade"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.block_trade = value
    else:
        raise _not_one_of("0, 1", value).at("block_trade")
    try:
        value = data["max_daily_buy"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_daily_buy",)) from None
    if value.__class__ is str:
        obj.max_daily_buy = value
    else:
        raise _expected("a string", value).at("max_daily_buy")
    try:
        value = data["max_daily_sell"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_daily_sell",)) from None
    if value.__class__ is str:
        obj.max_daily_sell = value
    else:
        raise _expected("a string", value).at("max_daily_sell")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERTISER_UPDATE_RESPONSE_P2P_ADVERTISER_UPDATE_UPGRADABLE_DAILY_LIMITS
        }
    return obj


def unstructure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
    obj: m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "max_daily_buy": obj.max_daily_buy,
        "max_daily_sell": obj.max_daily_sell,
    }
    value: Any
    value = obj.block_trade
    if value is not None:
        data["block_trade"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertiserUpdateRequest: structure_p2p_advertiser_update_request,
    m.P2pAdvertiserUpdateRequestScheduleItem: structure_p2p_advertiser_update_request_schedule_item,
    m.P2pAdvertiserUpdateResponse: structure_p2p_advertiser_update_response,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdate: structure_p2p_advertiser_update_response_p2p_advertiser_update,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade: structure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem: structure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits: structure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertiserUpdateRequest: unstructure_p2p_advertiser_update_request,
    m.P2pAdvertiserUpdateRequestScheduleItem: unstructure_p2p_advertiser_update_request_schedule_item,
    m.P2pAdvertiserUpdateResponse: unstructure_p2p_advertiser_update_response,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdate: unstructure_p2p_advertiser_update_response_p2p_advertiser_update,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateBlockTrade: unstructure_p2p_advertiser_update_response_p2p_advertiser_update_block_trade,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateScheduleItem: unstructure_p2p_advertiser_update_response_p2p_advertiser_update_schedule_item,
    m.P2pAdvertiserUpdateResponseP2pAdvertiserUpdateUpgradableDailyLimits: unstructure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits,
}
