"""Decoders and encoders of the models of the ``p2p_advertiser_update`` call (p2p group).

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
    try:
        value = data["p2p_advertiser_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advertiser_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advertiser_update = value
    else:
        raise _not_one_of("1", value).at("p2p_advertiser_update")
    value = data.get("contact_info", _MISSING)
    if value.__class__ is str:
        obj.contact_info = value
    elif value is _MISSING:
        obj.contact_info = None
        count += 1
    else:
        raise _expected("a string", value).at("contact_info")
    value = data.get("default_advert_description", _MISSING)
    if value.__class__ is str:
        obj.default_advert_description = value
    elif value is _MISSING:
        obj.default_advert_description = None
        count += 1
    else:
        raise _expected("a string", value).at("default_advert_description")
    value = data.get("is_listed", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_listed = value
    elif value is _MISSING:
        obj.is_listed = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_listed")
    value = data.get("payment_info", _MISSING)
    if value.__class__ is str:
        obj.payment_info = value
    elif value is _MISSING:
        obj.payment_info = None
        count += 1
    else:
        raise _expected("a string", value).at("payment_info")
    value = data.get("schedule", _MISSING)
    if value is _MISSING:
        obj.schedule = UNSET
        count += 1
    else:
        try:
            obj.schedule = (
                None
                if value is None
                else _decode_list_of_P2pAdvertiserUpdateRequestScheduleItem(value)
            )
        except DecodeError as error:
            raise error.at("schedule") from None
    value = data.get("show_name", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.show_name = value
    elif value is _MISSING:
        obj.show_name = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("show_name")
    value = data.get("upgrade_limits", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.upgrade_limits = value
    elif value is _MISSING:
        obj.upgrade_limits = None
        count += 1
    else:
        raise _not_one_of("1", value).at("upgrade_limits")
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
    if len(data) != 2:
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
    value = data.get("p2p_advertiser_update", _MISSING)
    if value is _MISSING:
        obj.p2p_advertiser_update = None
        count += 1
    else:
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
    value = data.get("active_fixed_ads", _MISSING)
    if value.__class__ is int:
        obj.active_fixed_ads = value
    elif value is _MISSING:
        obj.active_fixed_ads = None
        count += 1
    else:
        raise _expected("an integer", value).at("active_fixed_ads")
    value = data.get("active_float_ads", _MISSING)
    if value.__class__ is int:
        obj.active_float_ads = value
    elif value is _MISSING:
        obj.active_float_ads = None
        count += 1
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
    value = data.get("block_trade", _MISSING)
    if value is _MISSING:
        obj.block_trade = None
        count += 1
    else:
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
    value = data.get("blocked_until", _MISSING)
    if value.__class__ is int:
        obj.blocked_until = value
    elif value is _MISSING:
        obj.blocked_until = None
        count += 1
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
    value = data.get("daily_buy", _MISSING)
    if value.__class__ is str:
        obj.daily_buy = value
    elif value is _MISSING:
        obj.daily_buy = None
        count += 1
    else:
        raise _expected("a string", value).at("daily_buy")
    value = data.get("daily_buy_limit", _MISSING)
    if value.__class__ is str:
        obj.daily_buy_limit = value
    elif value is _MISSING:
        obj.daily_buy_limit = None
        count += 1
    else:
        raise _expected("a string", value).at("daily_buy_limit")
    value = data.get("daily_sell", _MISSING)
    if value.__class__ is str:
        obj.daily_sell = value
    elif value is _MISSING:
        obj.daily_sell = None
        count += 1
    else:
        raise _expected("a string", value).at("daily_sell")
    value = data.get("daily_sell_limit", _MISSING)
    if value.__class__ is str:
        obj.daily_sell_limit = value
    elif value is _MISSING:
        obj.daily_sell_limit = None
        count += 1
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
    value = data.get("max_order_amount", _MISSING)
    if value.__class__ is str:
        obj.max_order_amount = value
    elif value is _MISSING:
        obj.max_order_amount = None
        count += 1
    else:
        raise _expected("a string", value).at("max_order_amount")
    value = data.get("min_balance", _MISSING)
    if value.__class__ is str:
        obj.min_balance = value
    elif value is _MISSING:
        obj.min_balance = None
        count += 1
    else:
        raise _expected("a string", value).at("min_balance")
    value = data.get("min_order_amount", _MISSING)
    if value.__class__ is str:
        obj.min_order_amount = value
    elif value is _MISSING:
        obj.min_order_amount = None
        count += 1
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
    value = data.get("schedule", _MISSING)
    if value is _MISSING:
        obj.schedule = UNSET
        count += 1
    else:
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
    value = data.get("upgradable_daily_limits", _MISSING)
    if value is _MISSING:
        obj.upgradable_daily_limits = None
        count += 1
    else:
        try:
            obj.upgradable_daily_limits = structure_p2p_advertiser_update_response_p2p_advertiser_update_upgradable_daily_limits(
                value
            )
        except DecodeError as error:
            raise error.at("upgradable_daily_limits") from None
    value = data.get("withdrawal_limit", _MISSING)
    if value is None or (value.__class__ is str):
        obj.withdrawal_limit = value
    elif value is _MISSING:
        obj.withdrawal_limit = UNSET
        count += 1
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
    if len(data) == 2:
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
    value = data.get("block_trade", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.block_trade = value
    elif value is _MISSING:
        obj.block_trade = None
        count += 1
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
