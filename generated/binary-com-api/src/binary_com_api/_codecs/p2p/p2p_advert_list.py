"""Decoders and encoders of the models of the ``p2p_advert_list`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0 = frozenset({0})


_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_advert_fixed_rate_disabled_advert_float_rate_disabled_advert_inactive_and_11_more = (
    frozenset(
        {
            "advert_fixed_rate_disabled",
            "advert_float_rate_disabled",
            "advert_inactive",
            "advert_max_limit",
            "advert_min_limit",
            "advert_no_payment_methods",
            "advert_remaining",
            "advertiser_ads_paused",
            "advertiser_approval",
            "advertiser_balance",
            "advertiser_block_trade_ineligible",
            "advertiser_daily_limit",
            "advertiser_schedule",
            "advertiser_temp_ban",
        }
    )
)


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_completion_rate_country_join_date_rating_average = frozenset(
    {"completion_rate", "country", "join_date", "rating_average"}
)


_ALLOWED_completion_rate_rating_recommended = frozenset(
    {"completion", "rate", "rating", "recommended"}
)


_ALLOWED_fixed_float = frozenset({"fixed", "float"})


_ALLOWED_p2p_advert_list = frozenset({"p2p_advert_list"})


_KEYS_P2P_ADVERT_LIST_REQUEST = frozenset(
    (
        "p2p_advert_list",
        "advertiser_id",
        "advertiser_name",
        "amount",
        "block_trade",
        "counterparty_type",
        "favourites_only",
        "hide_client_schedule_unavailable",
        "hide_ineligible",
        "limit",
        "local_currency",
        "offset",
        "payment_method",
        "sort_by",
        "use_client_limits",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERT_LIST_RESPONSE = frozenset(
    (
        "p2p_advert_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST = frozenset(("list",))


_KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST_LIST_ITEM = frozenset(
    (
        "account_currency",
        "active_orders",
        "advertiser_details",
        "amount",
        "amount_display",
        "block_trade",
        "contact_info",
        "counterparty_type",
        "country",
        "created_time",
        "days_until_archive",
        "description",
        "effective_rate",
        "effective_rate_display",
        "eligibility_status",
        "eligible_countries",
        "id",
        "is_active",
        "is_client_schedule_available",
        "is_eligible",
        "is_visible",
        "local_currency",
        "max_order_amount",
        "max_order_amount_display",
        "max_order_amount_limit",
        "max_order_amount_limit_display",
        "min_completion_rate",
        "min_join_days",
        "min_order_amount",
        "min_order_amount_display",
        "min_order_amount_limit",
        "min_order_amount_limit_display",
        "min_rating",
        "order_expiry_period",
        "payment_info",
        "payment_method",
        "payment_method_names",
        "price",
        "price_display",
        "rate",
        "rate_display",
        "rate_type",
        "remaining_amount",
        "remaining_amount_display",
        "type",
        "visibility_status",
    )
)


_KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST_LIST_ITEM_ADVERTISER_DETAILS = frozenset(
    (
        "completed_orders_count",
        "first_name",
        "id",
        "is_blocked",
        "is_favourite",
        "is_online",
        "is_recommended",
        "is_schedule_available",
        "last_name",
        "last_online_time",
        "name",
        "rating_average",
        "rating_count",
        "recommended_average",
        "recommended_count",
        "total_completion_rate",
    )
)


def _decode_list_of_P2pAdvertListResponseP2pAdvertListListItem(
    value: Any,
) -> list[m.P2pAdvertListResponseP2pAdvertListListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_advert_list_response_p2p_advert_list_list_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_advert_list_response_p2p_advert_list_list_item
        ) from None


def _decode_list_of_one_of_advert_fixed_rate_disabled_advert_float_rate_disabled_advert_inactive_and_11_more(
    value: Any,
) -> list[
    Literal[
        "advert_fixed_rate_disabled",
        "advert_float_rate_disabled",
        "advert_inactive",
        "advert_max_limit",
        "advert_min_limit",
        "advert_remaining",
        "advert_no_payment_methods",
        "advertiser_ads_paused",
        "advertiser_approval",
        "advertiser_balance",
        "advertiser_block_trade_ineligible",
        "advertiser_daily_limit",
        "advertiser_schedule",
        "advertiser_temp_ban",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if (
                kind is not str
                or item
                not in _ALLOWED_advert_fixed_rate_disabled_advert_float_rate_disabled_advert_inactive_and_11_more
            ):
                raise _not_one_of(
                    "'advert_fixed_rate_disabled', 'advert_float_rate_disabled', 'advert_inactive', 'advert_max_limit', 'advert_min_limit', 'advert_remaining', 'advert_no_payment_methods', 'advertiser_ads_paused', 'advertiser_approval', 'advertiser_balance', 'advertiser_block_trade_ineligible', 'advertiser_daily_limit', 'advertiser_schedule', 'advertiser_temp_ban'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "advert_fixed_rate_disabled",
            "advert_float_rate_disabled",
            "advert_inactive",
            "advert_max_limit",
            "advert_min_limit",
            "advert_remaining",
            "advert_no_payment_methods",
            "advertiser_ads_paused",
            "advertiser_approval",
            "advertiser_balance",
            "advertiser_block_trade_ineligible",
            "advertiser_daily_limit",
            "advertiser_schedule",
            "advertiser_temp_ban",
        ]
    ] = value
    return result


def _decode_list_of_one_of_completion_rate_country_join_date_rating_average(
    value: Any,
) -> list[Literal["completion_rate", "country", "join_date", "rating_average"]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if (
                kind is not str
                or item not in _ALLOWED_completion_rate_country_join_date_rating_average
            ):
                raise _not_one_of(
                    "'completion_rate', 'country', 'join_date', 'rating_average'", item
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[Literal["completion_rate", "country", "join_date", "rating_average"]] = value
    return result


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_p2p_advert_list_request(data: Any) -> m.P2pAdvertListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertListRequest)
    count = len(data)
    if count == 18:
        try:
            v_p2p_advert_list = data["p2p_advert_list"]
            v_advertiser_id = data["advertiser_id"]
            v_advertiser_name = data["advertiser_name"]
            v_amount = data["amount"]
            v_block_trade = data["block_trade"]
            v_counterparty_type = data["counterparty_type"]
            v_favourites_only = data["favourites_only"]
            v_hide_client_schedule_unavailable = data["hide_client_schedule_unavailable"]
            v_hide_ineligible = data["hide_ineligible"]
            v_limit = data["limit"]
            v_local_currency = data["local_currency"]
            v_offset = data["offset"]
            v_payment_method = data["payment_method"]
            v_sort_by = data["sort_by"]
            v_use_client_limits = data["use_client_limits"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_advert_list.__class__ is _INT and v_p2p_advert_list in _ALLOWED_1)
                and (v_advertiser_id.__class__ is str)
                and (v_advertiser_name.__class__ is str)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_block_trade.__class__ is _INT and v_block_trade in _ALLOWED_0_1)
                and (
                    v_counterparty_type.__class__ is _STR
                    and v_counterparty_type in _ALLOWED_buy_sell
                )
                and (v_favourites_only.__class__ is _INT and v_favourites_only in _ALLOWED_0_1)
                and (
                    v_hide_client_schedule_unavailable.__class__ is _INT
                    and v_hide_client_schedule_unavailable in _ALLOWED_0_1
                )
                and (v_hide_ineligible.__class__ is _INT and v_hide_ineligible in _ALLOWED_0_1)
                and (v_limit.__class__ is int)
                and (v_local_currency.__class__ is str)
                and (v_offset.__class__ is int)
                and (
                    v_sort_by.__class__ is _STR
                    and v_sort_by in _ALLOWED_completion_rate_rating_recommended
                )
                and (v_use_client_limits.__class__ is _INT and v_use_client_limits in _ALLOWED_0_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advert_list = v_p2p_advert_list
                obj.advertiser_id = v_advertiser_id
                obj.advertiser_name = v_advertiser_name
                obj.amount = v_amount
                obj.block_trade = v_block_trade
                obj.counterparty_type = v_counterparty_type
                obj.favourites_only = v_favourites_only
                obj.hide_client_schedule_unavailable = v_hide_client_schedule_unavailable
                obj.hide_ineligible = v_hide_ineligible
                obj.limit = v_limit
                obj.local_currency = v_local_currency
                obj.offset = v_offset
                try:
                    obj.payment_method = _decode_list_of_str(v_payment_method)
                except DecodeError as error:
                    raise error.at("payment_method") from None
                obj.sort_by = v_sort_by
                obj.use_client_limits = v_use_client_limits
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advert_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advert_list",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advert_list = value
    else:
        raise _not_one_of("1", value).at("p2p_advert_list")
    if "advertiser_id" not in data:
        obj.advertiser_id = None
        count += 1
    elif (value := data["advertiser_id"]).__class__ is str:
        obj.advertiser_id = value
    else:
        raise _expected("a string", value).at("advertiser_id")
    if "advertiser_name" not in data:
        obj.advertiser_name = None
        count += 1
    elif (value := data["advertiser_name"]).__class__ is str:
        obj.advertiser_name = value
    else:
        raise _expected("a string", value).at("advertiser_name")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "block_trade" not in data:
        obj.block_trade = None
        count += 1
    elif (value := data["block_trade"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.block_trade = value
    else:
        raise _not_one_of("0, 1", value).at("block_trade")
    if "counterparty_type" not in data:
        obj.counterparty_type = None
        count += 1
    elif (value := data["counterparty_type"]).__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.counterparty_type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("counterparty_type")
    if "favourites_only" not in data:
        obj.favourites_only = None
        count += 1
    elif (value := data["favourites_only"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.favourites_only = value
    else:
        raise _not_one_of("0, 1", value).at("favourites_only")
    if "hide_client_schedule_unavailable" not in data:
        obj.hide_client_schedule_unavailable = None
        count += 1
    elif (
        value := data["hide_client_schedule_unavailable"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.hide_client_schedule_unavailable = value
    else:
        raise _not_one_of("0, 1", value).at("hide_client_schedule_unavailable")
    if "hide_ineligible" not in data:
        obj.hide_ineligible = None
        count += 1
    elif (value := data["hide_ineligible"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.hide_ineligible = value
    else:
        raise _not_one_of("0, 1", value).at("hide_ineligible")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (value := data["limit"]).__class__ is int:
        obj.limit = value
    else:
        raise _expected("an integer", value).at("limit")
    if "local_currency" not in data:
        obj.local_currency = None
        count += 1
    elif (value := data["local_currency"]).__class__ is str:
        obj.local_currency = value
    else:
        raise _expected("a string", value).at("local_currency")
    if "offset" not in data:
        obj.offset = None
        count += 1
    elif (value := data["offset"]).__class__ is int:
        obj.offset = value
    else:
        raise _expected("an integer", value).at("offset")
    if "payment_method" not in data:
        obj.payment_method = None
        count += 1
    else:
        value = data["payment_method"]
        try:
            obj.payment_method = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payment_method") from None
    if "sort_by" not in data:
        obj.sort_by = None
        count += 1
    elif (
        value := data["sort_by"]
    ).__class__ is _STR and value in _ALLOWED_completion_rate_rating_recommended:
        obj.sort_by = value
    else:
        raise _not_one_of("'completion', 'rate', 'rating', 'recommended'", value).at("sort_by")
    if "use_client_limits" not in data:
        obj.use_client_limits = None
        count += 1
    elif (value := data["use_client_limits"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.use_client_limits = value
    else:
        raise _not_one_of("0, 1", value).at("use_client_limits")
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
    if count != 18:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ADVERT_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advert_list_request(obj: m.P2pAdvertListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advert_list": obj.p2p_advert_list}
    value: Any
    value = obj.advertiser_id
    if value is not None:
        data["advertiser_id"] = value
    value = obj.advertiser_name
    if value is not None:
        data["advertiser_name"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.block_trade
    if value is not None:
        data["block_trade"] = value
    value = obj.counterparty_type
    if value is not None:
        data["counterparty_type"] = value
    value = obj.favourites_only
    if value is not None:
        data["favourites_only"] = value
    value = obj.hide_client_schedule_unavailable
    if value is not None:
        data["hide_client_schedule_unavailable"] = value
    value = obj.hide_ineligible
    if value is not None:
        data["hide_ineligible"] = value
    value = obj.limit
    if value is not None:
        data["limit"] = value
    value = obj.local_currency
    if value is not None:
        data["local_currency"] = value
    value = obj.offset
    if value is not None:
        data["offset"] = value
    value = obj.payment_method
    if value is not None:
        data["payment_method"] = value
    value = obj.sort_by
    if value is not None:
        data["sort_by"] = value
    value = obj.use_client_limits
    if value is not None:
        data["use_client_limits"] = value
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


def structure_p2p_advert_list_response(data: Any) -> m.P2pAdvertListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertListResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_advert_list = data["p2p_advert_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_advert_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advert_list = structure_p2p_advert_list_response_p2p_advert_list(
                        v_p2p_advert_list
                    )
                except DecodeError as error:
                    raise error.at("p2p_advert_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advert_list" not in data:
        obj.p2p_advert_list = None
        count += 1
    else:
        value = data["p2p_advert_list"]
        try:
            obj.p2p_advert_list = structure_p2p_advert_list_response_p2p_advert_list(value)
        except DecodeError as error:
            raise error.at("p2p_advert_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advert_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advert_list'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERT_LIST_RESPONSE
        }
    return obj


def unstructure_p2p_advert_list_response(obj: m.P2pAdvertListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advert_list
    if value is not None:
        data["p2p_advert_list"] = unstructure_p2p_advert_list_response_p2p_advert_list(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_list_response_p2p_advert_list(
    data: Any,
) -> m.P2pAdvertListResponseP2pAdvertList:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertListResponseP2pAdvertList)
    count = len(data)
    if count == 1:
        try:
            v_list = data["list"]
        except KeyError:
            pass
        else:
            try:
                obj.list = _decode_list_of_P2pAdvertListResponseP2pAdvertListListItem(v_list)
            except DecodeError as error:
                raise error.at("list") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_P2pAdvertListResponseP2pAdvertListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST
        }
    return obj


def unstructure_p2p_advert_list_response_p2p_advert_list(
    obj: m.P2pAdvertListResponseP2pAdvertList,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "list": [
            unstructure_p2p_advert_list_response_p2p_advert_list_list_item(item)
            for item in obj.list
        ]
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_list_response_p2p_advert_list_list_item(
    data: Any,
) -> m.P2pAdvertListResponseP2pAdvertListListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertListResponseP2pAdvertListListItem)
    count = len(data)
    if count == 46:
        try:
            v_account_currency = data["account_currency"]
            v_active_orders = data["active_orders"]
            v_advertiser_details = data["advertiser_details"]
            v_amount = data["amount"]
            v_amount_display = data["amount_display"]
            v_block_trade = data["block_trade"]
            v_contact_info = data["contact_info"]
            v_counterparty_type = data["counterparty_type"]
            v_country = data["country"]
            v_created_time = data["created_time"]
            v_days_until_archive = data["days_until_archive"]
            v_description = data["description"]
            v_effective_rate = data["effective_rate"]
            v_effective_rate_display = data["effective_rate_display"]
            v_eligibility_status = data["eligibility_status"]
            v_eligible_countries = data["eligible_countries"]
            v_id = data["id"]
            v_is_active = data["is_active"]
            v_is_client_schedule_available = data["is_client_schedule_available"]
            v_is_eligible = data["is_eligible"]
            v_is_visible = data["is_visible"]
            v_local_currency = data["local_currency"]
            v_max_order_amount = data["max_order_amount"]
            v_max_order_amount_display = data["max_order_amount_display"]
            v_max_order_amount_limit = data["max_order_amount_limit"]
            v_max_order_amount_limit_display = data["max_order_amount_limit_display"]
            v_min_completion_rate = data["min_completion_rate"]
            v_min_join_days = data["min_join_days"]
            v_min_order_amount = data["min_order_amount"]
            v_min_order_amount_display = data["min_order_amount_display"]
            v_min_order_amount_limit = data["min_order_amount_limit"]
            v_min_order_amount_limit_display = data["min_order_amount_limit_display"]
            v_min_rating = data["min_rating"]
            v_order_expiry_period = data["order_expiry_period"]
            v_payment_info = data["payment_info"]
            v_payment_method = data["payment_method"]
            v_payment_method_names = data["payment_method_names"]
            v_price = data["price"]
            v_price_display = data["price_display"]
            v_rate = data["rate"]
            v_rate_display = data["rate_display"]
            v_rate_type = data["rate_type"]
            v_remaining_amount = data["remaining_amount"]
            v_remaining_amount_display = data["remaining_amount_display"]
            v_type = data["type"]
            v_visibility_status = data["visibility_status"]
        except KeyError:
            pass
        else:
            if (
                (v_account_currency.__class__ is str)
                and (v_active_orders.__class__ is int)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_amount_display.__class__ is str)
                and (v_block_trade.__class__ is _INT and v_block_trade in _ALLOWED_0_1)
                and (v_contact_info.__class__ is str)
                and (
                    v_counterparty_type.__class__ is _STR
                    and v_counterparty_type in _ALLOWED_buy_sell
                )
                and (v_country.__class__ is str)
                and (v_created_time.__class__ is int)
                and (v_days_until_archive.__class__ is int)
                and (v_description.__class__ is str)
                and (
                    v_effective_rate is None
                    or ((kind := v_effective_rate.__class__) is float or kind is int)
                )
                and (
                    v_effective_rate_display is None or (v_effective_rate_display.__class__ is str)
                )
                and (v_id.__class__ is str)
                and (v_is_active.__class__ is _INT and v_is_active in _ALLOWED_0_1)
                and (
                    v_is_client_schedule_available.__class__ is _INT
                    and v_is_client_schedule_available in _ALLOWED_0_1
                )
                and (v_is_eligible.__class__ is _INT and v_is_eligible in _ALLOWED_0_1)
                and (v_is_visible.__class__ is _INT and v_is_visible in _ALLOWED_0_1)
                and (v_local_currency.__class__ is str)
                and ((kind := v_max_order_amount.__class__) is float or kind is int)
                and (v_max_order_amount_display.__class__ is str)
                and ((kind := v_max_order_amount_limit.__class__) is float or kind is int)
                and (v_max_order_amount_limit_display.__class__ is str)
                and ((kind := v_min_completion_rate.__class__) is float or kind is int)
                and (v_min_join_days.__class__ is int)
                and ((kind := v_min_order_amount.__class__) is float or kind is int)
                and (v_min_order_amount_display.__class__ is str)
                and ((kind := v_min_order_amount_limit.__class__) is float or kind is int)
                and (v_min_order_amount_limit_display.__class__ is str)
                and ((kind := v_min_rating.__class__) is float or kind is int)
                and (v_order_expiry_period.__class__ is int)
                and (v_payment_info.__class__ is str)
                and (v_payment_method is None or (v_payment_method.__class__ is str))
                and (v_price is None or ((kind := v_price.__class__) is float or kind is int))
                and (v_price_display is None or (v_price_display.__class__ is str))
                and ((kind := v_rate.__class__) is float or kind is int)
                and (v_rate_display.__class__ is str)
                and (v_rate_type.__class__ is _STR and v_rate_type in _ALLOWED_fixed_float)
                and ((kind := v_remaining_amount.__class__) is float or kind is int)
                and (v_remaining_amount_display.__class__ is str)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_buy_sell)
            ):
                obj.account_currency = v_account_currency
                obj.active_orders = v_active_orders
                try:
                    obj.advertiser_details = structure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details(
                        v_advertiser_details
                    )
                except DecodeError as error:
                    raise error.at("advertiser_details") from None
                obj.amount = v_amount
                obj.amount_display = v_amount_display
                obj.block_trade = v_block_trade
                obj.contact_info = v_contact_info
                obj.counterparty_type = v_counterparty_type
                obj.country = v_country
                obj.created_time = v_created_time
                obj.days_until_archive = v_days_until_archive
                obj.description = v_description
                obj.effective_rate = v_effective_rate
                obj.effective_rate_display = v_effective_rate_display
                try:
                    obj.eligibility_status = (
                        _decode_list_of_one_of_completion_rate_country_join_date_rating_average(
                            v_eligibility_status
                        )
                    )
                except DecodeError as error:
                    raise error.at("eligibility_status") from None
                try:
                    obj.eligible_countries = _decode_list_of_str(v_eligible_countries)
                except DecodeError as error:
                    raise error.at("eligible_countries") from None
                obj.id = v_id
                obj.is_active = v_is_active
                obj.is_client_schedule_available = v_is_client_schedule_available
                obj.is_eligible = v_is_eligible
                obj.is_visible = v_is_visible
                obj.local_currency = v_local_currency
                obj.max_order_amount = v_max_order_amount
                obj.max_order_amount_display = v_max_order_amount_display
                obj.max_order_amount_limit = v_max_order_amount_limit
                obj.max_order_amount_limit_display = v_max_order_amount_limit_display
                obj.min_completion_rate = v_min_completion_rate
                obj.min_join_days = v_min_join_days
                obj.min_order_amount = v_min_order_amount
                obj.min_order_amount_display = v_min_order_amount_display
                obj.min_order_amount_limit = v_min_order_amount_limit
                obj.min_order_amount_limit_display = v_min_order_amount_limit_display
                obj.min_rating = v_min_rating
                obj.order_expiry_period = v_order_expiry_period
                obj.payment_info = v_payment_info
                obj.payment_method = v_payment_method
                try:
                    obj.payment_method_names = _decode_list_of_str(v_payment_method_names)
                except DecodeError as error:
                    raise error.at("payment_method_names") from None
                obj.price = v_price
                obj.price_display = v_price_display
                obj.rate = v_rate
                obj.rate_display = v_rate_display
                obj.rate_type = v_rate_type
                obj.remaining_amount = v_remaining_amount
                obj.remaining_amount_display = v_remaining_amount_display
                obj.type = v_type
                try:
                    obj.visibility_status = _decode_list_of_one_of_advert_fixed_rate_disabled_advert_float_rate_disabled_advert_inactive_and_11_more(
                        v_visibility_status
                    )
                except DecodeError as error:
                    raise error.at("visibility_status") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["account_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_currency",)) from None
    if value.__class__ is str:
        obj.account_currency = value
    else:
        raise _expected("a string", value).at("account_currency")
    if "active_orders" not in data:
        obj.active_orders = None
        count += 1
    elif (value := data["active_orders"]).__class__ is int:
        obj.active_orders = value
    else:
        raise _expected("an integer", value).at("active_orders")
    try:
        value = data["advertiser_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("advertiser_details",)) from None
    try:
        obj.advertiser_details = (
            structure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details(value)
        )
    except DecodeError as error:
        raise error.at("advertiser_details") from None
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "amount_display" not in data:
        obj.amount_display = None
        count += 1
    elif (value := data["amount_display"]).__class__ is str:
        obj.amount_display = value
    else:
        raise _expected("a string", value).at("amount_display")
    try:
        value = data["block_trade"]
    except KeyError:
        raise DecodeError("required field is missing", ("block_trade",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.block_trade = value
    else:
        raise _not_one_of("0, 1", value).at("block_trade")
    if "contact_info" not in data:
        obj.contact_info = None
        count += 1
    elif (value := data["contact_info"]).__class__ is str:
        obj.contact_info = value
    else:
        raise _expected("a string", value).at("contact_info")
    try:
        value = data["counterparty_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("counterparty_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.counterparty_type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("counterparty_type")
    try:
        value = data["country"]
    except KeyError:
        raise DecodeError("required field is missing", ("country",)) from None
    if value.__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    try:
        value = data["created_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("created_time",)) from None
    if value.__class__ is int:
        obj.created_time = value
    else:
        raise _expected("an integer", value).at("created_time")
    if "days_until_archive" not in data:
        obj.days_until_archive = None
        count += 1
    elif (value := data["days_until_archive"]).__class__ is int:
        obj.days_until_archive = value
    else:
        raise _expected("an integer", value).at("days_until_archive")
    try:
        value = data["description"]
    except KeyError:
        raise DecodeError("required field is missing", ("description",)) from None
    if value.__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    try:
        value = data["effective_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("effective_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.effective_rate = value
    else:
        raise _expected("a number", value).at("effective_rate")
    try:
        value = data["effective_rate_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("effective_rate_display",)) from None
    if value is None or (value.__class__ is str):
        obj.effective_rate_display = value
    else:
        raise _expected("a string", value).at("effective_rate_display")
    if "eligibility_status" not in data:
        obj.eligibility_status = None
        count += 1
    else:
        value = data["eligibility_status"]
        try:
            obj.eligibility_status = (
                _decode_list_of_one_of_completion_rate_country_join_date_rating_average(value)
            )
        except DecodeError as error:
            raise error.at("eligibility_status") from None
    if "eligible_countries" not in data:
        obj.eligible_countries = None
        count += 1
    else:
        value = data["eligible_countries"]
        try:
            obj.eligible_countries = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("eligible_countries") from None
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["is_active"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_active",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_active = value
    else:
        raise _not_one_of("0, 1", value).at("is_active")
    if "is_client_schedule_available" not in data:
        obj.is_client_schedule_available = None
        count += 1
    elif (
        value := data["is_client_schedule_available"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_client_schedule_available = value
    else:
        raise _not_one_of("0, 1", value).at("is_client_schedule_available")
    if "is_eligible" not in data:
        obj.is_eligible = None
        count += 1
    elif (value := data["is_eligible"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_eligible = value
    else:
        raise _not_one_of("0, 1", value).at("is_eligible")
    try:
        value = data["is_visible"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_visible",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_visible = value
    else:
        raise _not_one_of("0, 1", value).at("is_visible")
    try:
        value = data["local_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("local_currency",)) from None
    if value.__class__ is str:
        obj.local_currency = value
    else:
        raise _expected("a string", value).at("local_currency")
    if "max_order_amount" not in data:
        obj.max_order_amount = None
        count += 1
    elif (kind := (value := data["max_order_amount"]).__class__) is float or kind is int:
        obj.max_order_amount = value
    else:
        raise _expected("a number", value).at("max_order_amount")
    if "max_order_amount_display" not in data:
        obj.max_order_amount_display = None
        count += 1
    elif (value := data["max_order_amount_display"]).__class__ is str:
        obj.max_order_amount_display = value
    else:
        raise _expected("a string", value).at("max_order_amount_display")
    try:
        value = data["max_order_amount_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_order_amount_limit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.max_order_amount_limit = value
    else:
        raise _expected("a number", value).at("max_order_amount_limit")
    try:
        value = data["max_order_amount_limit_display"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("max_order_amount_limit_display",)
        ) from None
    if value.__class__ is str:
        obj.max_order_amount_limit_display = value
    else:
        raise _expected("a string", value).at("max_order_amount_limit_display")
    if "min_completion_rate" not in data:
        obj.min_completion_rate = None
        count += 1
    elif (kind := (value := data["min_completion_rate"]).__class__) is float or kind is int:
        obj.min_completion_rate = value
    else:
        raise _expected("a number", value).at("min_completion_rate")
    if "min_join_days" not in data:
        obj.min_join_days = None
        count += 1
    elif (value := data["min_join_days"]).__class__ is int:
        obj.min_join_days = value
    else:
        raise _expected("an integer", value).at("min_join_days")
    if "min_order_amount" not in data:
        obj.min_order_amount = None
        count += 1
    elif (kind := (value := data["min_order_amount"]).__class__) is float or kind is int:
        obj.min_order_amount = value
    else:
        raise _expected("a number", value).at("min_order_amount")
    if "min_order_amount_display" not in data:
        obj.min_order_amount_display = None
        count += 1
    elif (value := data["min_order_amount_display"]).__class__ is str:
        obj.min_order_amount_display = value
    else:
        raise _expected("a string", value).at("min_order_amount_display")
    try:
        value = data["min_order_amount_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("min_order_amount_limit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.min_order_amount_limit = value
    else:
        raise _expected("a number", value).at("min_order_amount_limit")
    try:
        value = data["min_order_amount_limit_display"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("min_order_amount_limit_display",)
        ) from None
    if value.__class__ is str:
        obj.min_order_amount_limit_display = value
    else:
        raise _expected("a string", value).at("min_order_amount_limit_display")
    if "min_rating" not in data:
        obj.min_rating = None
        count += 1
    elif (kind := (value := data["min_rating"]).__class__) is float or kind is int:
        obj.min_rating = value
    else:
        raise _expected("a number", value).at("min_rating")
    try:
        value = data["order_expiry_period"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_expiry_period",)) from None
    if value.__class__ is int:
        obj.order_expiry_period = value
    else:
        raise _expected("an integer", value).at("order_expiry_period")
    if "payment_info" not in data:
        obj.payment_info = None
        count += 1
    elif (value := data["payment_info"]).__class__ is str:
        obj.payment_info = value
    else:
        raise _expected("a string", value).at("payment_info")
    try:
        value = data["payment_method"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_method",)) from None
    if value is None or (value.__class__ is str):
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    if "payment_method_names" not in data:
        obj.payment_method_names = None
        count += 1
    else:
        value = data["payment_method_names"]
        try:
            obj.payment_method_names = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payment_method_names") from None
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    try:
        value = data["price_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("price_display",)) from None
    if value is None or (value.__class__ is str):
        obj.price_display = value
    else:
        raise _expected("a string", value).at("price_display")
    try:
        value = data["rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("rate",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.rate = value
    else:
        raise _expected("a number", value).at("rate")
    try:
        value = data["rate_display"]
    except KeyError:
        raise DecodeError("required field is missing", ("rate_display",)) from None
    if value.__class__ is str:
        obj.rate_display = value
    else:
        raise _expected("a string", value).at("rate_display")
    try:
        value = data["rate_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("rate_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_fixed_float:
        obj.rate_type = value
    else:
        raise _not_one_of("'fixed', 'float'", value).at("rate_type")
    if "remaining_amount" not in data:
        obj.remaining_amount = None
        count += 1
    elif (kind := (value := data["remaining_amount"]).__class__) is float or kind is int:
        obj.remaining_amount = value
    else:
        raise _expected("a number", value).at("remaining_amount")
    if "remaining_amount_display" not in data:
        obj.remaining_amount_display = None
        count += 1
    elif (value := data["remaining_amount_display"]).__class__ is str:
        obj.remaining_amount_display = value
    else:
        raise _expected("a string", value).at("remaining_amount_display")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("type")
    if "visibility_status" not in data:
        obj.visibility_status = None
        count += 1
    else:
        value = data["visibility_status"]
        try:
            obj.visibility_status = _decode_list_of_one_of_advert_fixed_rate_disabled_advert_float_rate_disabled_advert_inactive_and_11_more(
                value
            )
        except DecodeError as error:
            raise error.at("visibility_status") from None
    if count == 46:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST_LIST_ITEM
        }
    return obj


def unstructure_p2p_advert_list_response_p2p_advert_list_list_item(
    obj: m.P2pAdvertListResponseP2pAdvertListListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "account_currency": obj.account_currency,
        "advertiser_details": unstructure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details(
            obj.advertiser_details
        ),
        "block_trade": obj.block_trade,
        "counterparty_type": obj.counterparty_type,
        "country": obj.country,
        "created_time": obj.created_time,
        "description": obj.description,
        "effective_rate": obj.effective_rate,
        "effective_rate_display": obj.effective_rate_display,
        "id": obj.id,
        "is_active": obj.is_active,
        "is_visible": obj.is_visible,
        "local_currency": obj.local_currency,
        "max_order_amount_limit": obj.max_order_amount_limit,
        "max_order_amount_limit_display": obj.max_order_amount_limit_display,
        "min_order_amount_limit": obj.min_order_amount_limit,
        "min_order_amount_limit_display": obj.min_order_amount_limit_display,
        "order_expiry_period": obj.order_expiry_period,
        "payment_method": obj.payment_method,
        "price": obj.price,
        "price_display": obj.price_display,
        "rate": obj.rate,
        "rate_display": obj.rate_display,
        "rate_type": obj.rate_type,
        "type": obj.type,
    }
    value: Any
    value = obj.active_orders
    if value is not None:
        data["active_orders"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.amount_display
    if value is not None:
        data["amount_display"] = value
    value = obj.contact_info
    if value is not None:
        data["contact_info"] = value
    value = obj.days_until_archive
    if value is not None:
        data["days_until_archive"] = value
    value = obj.eligibility_status
    if value is not None:
        data["eligibility_status"] = value
    value = obj.eligible_countries
    if value is not None:
        data["eligible_countries"] = value
    value = obj.is_client_schedule_available
    if value is not None:
        data["is_client_schedule_available"] = value
    value = obj.is_eligible
    if value is not None:
        data["is_eligible"] = value
    value = obj.max_order_amount
    if value is not None:
        data["max_order_amount"] = value
    value = obj.max_order_amount_display
    if value is not None:
        data["max_order_amount_display"] = value
    value = obj.min_completion_rate
    if value is not None:
        data["min_completion_rate"] = value
    value = obj.min_join_days
    if value is not None:
        data["min_join_days"] = value
    value = obj.min_order_amount
    if value is not None:
        data["min_order_amount"] = value
    value = obj.min_order_amount_display
    if value is not None:
        data["min_order_amount_display"] = value
    value = obj.min_rating
    if value is not None:
        data["min_rating"] = value
    value = obj.payment_info
    if value is not None:
        data["payment_info"] = value
    value = obj.payment_method_names
    if value is not None:
        data["payment_method_names"] = value
    value = obj.remaining_amount
    if value is not None:
        data["remaining_amount"] = value
    value = obj.remaining_amount_display
    if value is not None:
        data["remaining_amount_display"] = value
    value = obj.visibility_status
    if value is not None:
        data["visibility_status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details(
    data: Any,
) -> m.P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails)
    count = len(data)
    if count == 16:
        try:
            v_completed_orders_count = data["completed_orders_count"]
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_blocked = data["is_blocked"]
            v_is_favourite = data["is_favourite"]
            v_is_online = data["is_online"]
            v_is_recommended = data["is_recommended"]
            v_is_schedule_available = data["is_schedule_available"]
            v_last_name = data["last_name"]
            v_last_online_time = data["last_online_time"]
            v_name = data["name"]
            v_rating_average = data["rating_average"]
            v_rating_count = data["rating_count"]
            v_recommended_average = data["recommended_average"]
            v_recommended_count = data["recommended_count"]
            v_total_completion_rate = data["total_completion_rate"]
        except KeyError:
            pass
        else:
            if (
                (v_completed_orders_count.__class__ is int)
                and (v_first_name.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_blocked.__class__ is _INT and v_is_blocked in _ALLOWED_0)
                and (v_is_favourite.__class__ is _INT and v_is_favourite in _ALLOWED_0_1)
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
                and (
                    v_is_recommended is None
                    or (v_is_recommended.__class__ is _INT and v_is_recommended in _ALLOWED_0_1)
                )
                and (
                    v_is_schedule_available.__class__ is _INT
                    and v_is_schedule_available in _ALLOWED_0_1
                )
                and (v_last_name.__class__ is str)
                and (v_last_online_time is None or (v_last_online_time.__class__ is int))
                and (v_name.__class__ is str)
                and (
                    v_rating_average is None
                    or ((kind := v_rating_average.__class__) is float or kind is int)
                )
                and (v_rating_count.__class__ is int)
                and (
                    v_recommended_average is None
                    or ((kind := v_recommended_average.__class__) is float or kind is int)
                )
                and (
                    v_recommended_count is None
                    or ((kind := v_recommended_count.__class__) is float or kind is int)
                )
                and (
                    v_total_completion_rate is None
                    or ((kind := v_total_completion_rate.__class__) is float or kind is int)
                )
            ):
                obj.completed_orders_count = v_completed_orders_count
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_blocked = v_is_blocked
                obj.is_favourite = v_is_favourite
                obj.is_online = v_is_online
                obj.is_recommended = v_is_recommended
                obj.is_schedule_available = v_is_schedule_available
                obj.last_name = v_last_name
                obj.last_online_time = v_last_online_time
                obj.name = v_name
                obj.rating_average = v_rating_average
                obj.rating_count = v_rating_count
                obj.recommended_average = v_recommended_average
                obj.recommended_count = v_recommended_count
                obj.total_completion_rate = v_total_completion_rate
                obj.extra_fields = {}
                return obj
    try:
        value = data["completed_orders_count"]
    except KeyError:
        raise DecodeError("required field is missing", ("completed_orders_count",)) from None
    if value.__class__ is int:
        obj.completed_orders_count = value
    else:
        raise _expected("an integer", value).at("completed_orders_count")
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
    else:
        raise _expected("a string", value).at("first_name")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if "is_blocked" not in data:
        obj.is_blocked = None
        count += 1
    elif (value := data["is_blocked"]).__class__ is _INT and value in _ALLOWED_0:
        obj.is_blocked = value
    else:
        raise _not_one_of("0", value).at("is_blocked")
    if "is_favourite" not in data:
        obj.is_favourite = None
        count += 1
    elif (value := data["is_favourite"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_favourite = value
    else:
        raise _not_one_of("0, 1", value).at("is_favourite")
    try:
        value = data["is_online"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_online",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_online = value
    else:
        raise _not_one_of("0, 1", value).at("is_online")
    if "is_recommended" not in data:
        obj.is_recommended = UNSET
        count += 1
    elif (value := data["is_recommended"]) is None or (
        value.__class__ is _INT and value in _ALLOWED_0_1
    ):
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
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.recommended_count = value
    else:
        raise _expected("a number", value).at("recommended_count")
    try:
        value = data["total_completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_completion_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.total_completion_rate = value
    else:
        raise _expected("a number", value).at("total_completion_rate")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERT_LIST_RESPONSE_P2P_ADVERT_LIST_LIST_ITEM_ADVERTISER_DETAILS
        }
    return obj


def unstructure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details(
    obj: m.P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "completed_orders_count": obj.completed_orders_count,
        "id": obj.id,
        "is_online": obj.is_online,
        "is_schedule_available": obj.is_schedule_available,
        "last_online_time": obj.last_online_time,
        "name": obj.name,
        "rating_average": obj.rating_average,
        "rating_count": obj.rating_count,
        "recommended_average": obj.recommended_average,
        "recommended_count": obj.recommended_count,
        "total_completion_rate": obj.total_completion_rate,
    }
    value: Any
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.is_blocked
    if value is not None:
        data["is_blocked"] = value
    value = obj.is_favourite
    if value is not None:
        data["is_favourite"] = value
    value = obj.is_recommended
    if value is not UNSET:
        data["is_recommended"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertListRequest: structure_p2p_advert_list_request,
    m.P2pAdvertListResponse: structure_p2p_advert_list_response,
    m.P2pAdvertListResponseP2pAdvertList: structure_p2p_advert_list_response_p2p_advert_list,
    m.P2pAdvertListResponseP2pAdvertListListItem: structure_p2p_advert_list_response_p2p_advert_list_list_item,
    m.P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails: structure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertListRequest: unstructure_p2p_advert_list_request,
    m.P2pAdvertListResponse: unstructure_p2p_advert_list_response,
    m.P2pAdvertListResponseP2pAdvertList: unstructure_p2p_advert_list_response_p2p_advert_list,
    m.P2pAdvertListResponseP2pAdvertListListItem: unstructure_p2p_advert_list_response_p2p_advert_list_list_item,
    m.P2pAdvertListResponseP2pAdvertListListItemAdvertiserDetails: unstructure_p2p_advert_list_response_p2p_advert_list_list_item_advertiser_details,
}
