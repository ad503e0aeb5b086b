"""Decoders and encoders of the models of the ``p2p_advert_update`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

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


_ALLOWED_bank_ewallet_other = frozenset({"bank", "ewallet", "other"})


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_fixed_float = frozenset({"fixed", "float"})


_ALLOWED_memo_text = frozenset({"memo", "text"})


_ALLOWED_p2p_advert_update = frozenset({"p2p_advert_update"})


_KEYS_P2P_ADVERT_UPDATE_REQUEST = frozenset(
    (
        "p2p_advert_update",
        "contact_info",
        "delete",
        "description",
        "eligible_countries",
        "id",
        "is_active",
        "local_currency",
        "max_order_amount",
        "min_completion_rate",
        "min_join_days",
        "min_order_amount",
        "min_rating",
        "order_expiry_period",
        "payment_info",
        "payment_method_ids",
        "payment_method_names",
        "rate",
        "rate_type",
        "remaining_amount",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_ADVERT_UPDATE_RESPONSE = frozenset(
    (
        "p2p_advert_update",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE = frozenset(
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
        "deleted",
        "description",
        "effective_rate",
        "effective_rate_display",
        "eligible_countries",
        "id",
        "is_active",
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
        "payment_method_details",
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


_KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_ADVERTISER_DETAILS = frozenset(
    (
        "completed_orders_count",
        "first_name",
        "id",
        "is_online",
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


_KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_PAYMENT_METHOD_DETAILS_VALUE = frozenset(
    (
        "display_name",
        "fields",
        "is_enabled",
        "method",
        "type",
        "used_by_adverts",
        "used_by_orders",
    )
)


_KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_PAYMENT_METHOD_DETAILS_VALUE_FIELDS_VALUE = (
    frozenset(
        (
            "display_name",
            "required",
            "type",
            "value",
        )
    )
)


def _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue(
    value: Any,
) -> dict[str, m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue(
    value: Any,
) -> dict[str, m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value(
                    item
                )
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_int(value: Any) -> list[int]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not int:
                raise _expected("an integer", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[int] = value
    return result


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


def structure_p2p_advert_update_request(data: Any) -> m.P2pAdvertUpdateRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateRequest)
    count = len(data)
    if count == 23:
        try:
            v_p2p_advert_update = data["p2p_advert_update"]
            v_contact_info = data["contact_info"]
            v_delete = data["delete"]
            v_description = data["description"]
            v_eligible_countries = data["eligible_countries"]
            v_id = data["id"]
            v_is_active = data["is_active"]
            v_local_currency = data["local_currency"]
            v_max_order_amount = data["max_order_amount"]
            v_min_completion_rate = data["min_completion_rate"]
            v_min_join_days = data["min_join_days"]
            v_min_order_amount = data["min_order_amount"]
            v_min_rating = data["min_rating"]
            v_order_expiry_period = data["order_expiry_period"]
            v_payment_info = data["payment_info"]
            v_payment_method_ids = data["payment_method_ids"]
            v_payment_method_names = data["payment_method_names"]
            v_rate = data["rate"]
            v_rate_type = data["rate_type"]
            v_remaining_amount = data["remaining_amount"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_advert_update.__class__ is _INT and v_p2p_advert_update in _ALLOWED_1)
                and (v_contact_info.__class__ is str)
                and (v_delete.__class__ is _INT and v_delete in _ALLOWED_0_1)
                and (v_description.__class__ is str)
                and (v_id.__class__ is str)
                and (v_is_active.__class__ is _INT and v_is_active in _ALLOWED_0_1)
                and (v_local_currency.__class__ is str)
                and ((kind := v_max_order_amount.__class__) is float or kind is int)
                and (
                    v_min_completion_rate is None
                    or ((kind := v_min_completion_rate.__class__) is float or kind is int)
                )
                and (v_min_join_days is None or (v_min_join_days.__class__ is int))
                and ((kind := v_min_order_amount.__class__) is float or kind is int)
                and (
                    v_min_rating is None
                    or ((kind := v_min_rating.__class__) is float or kind is int)
                )
                and (v_order_expiry_period.__class__ is int)
                and (v_payment_info.__class__ is str)
                and ((kind := v_rate.__class__) is float or kind is int)
                and (v_rate_type.__class__ is _STR and v_rate_type in _ALLOWED_fixed_float)
                and ((kind := v_remaining_amount.__class__) is float or kind is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_advert_update = v_p2p_advert_update
                obj.contact_info = v_contact_info
                obj.delete = v_delete
                obj.description = v_description
                try:
                    obj.eligible_countries = (
                        None
                        if v_eligible_countries is None
                        else _decode_list_of_str(v_eligible_countries)
                    )
                except DecodeError as error:
                    raise error.at("eligible_countries") from None
                obj.id = v_id
                obj.is_active = v_is_active
                obj.local_currency = v_local_currency
                obj.max_order_amount = v_max_order_amount
                obj.min_completion_rate = v_min_completion_rate
                obj.min_join_days = v_min_join_days
                obj.min_order_amount = v_min_order_amount
                obj.min_rating = v_min_rating
                obj.order_expiry_period = v_order_expiry_period
                obj.payment_info = v_payment_info
                try:
                    obj.payment_method_ids = _decode_list_of_int(v_payment_method_ids)
                except DecodeError as error:
                    raise error.at("payment_method_ids") from None
                try:
                    obj.payment_method_names = _decode_list_of_str(v_payment_method_names)
                except DecodeError as error:
                    raise error.at("payment_method_names") from None
                obj.rate = v_rate
                obj.rate_type = v_rate_type
                obj.remaining_amount = v_remaining_amount
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_advert_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_advert_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_advert_update = value
    else:
        raise _not_one_of("1", value).at("p2p_advert_update")
    if "contact_info" not in data:
        obj.contact_info = None
        count += 1
    elif (value := data["contact_info"]).__class__ is str:
        obj.contact_info = value
    else:
        raise _expected("a string", value).at("contact_info")
    if "delete" not in data:
        obj.delete = None
        count += 1
    elif (value := data["delete"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.delete = value
    else:
        raise _not_one_of("0, 1", value).at("delete")
    if "description" not in data:
        obj.description = None
        count += 1
    elif (value := data["description"]).__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    if "eligible_countries" not in data:
        obj.eligible_countries = UNSET
        count += 1
    else:
        value = data["eligible_countries"]
        try:
            obj.eligible_countries = None if value is None else _decode_list_of_str(value)
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
    if "is_active" not in data:
        obj.is_active = None
        count += 1
    elif (value := data["is_active"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_active = value
    else:
        raise _not_one_of("0, 1", value).at("is_active")
    if "local_currency" not in data:
        obj.local_currency = None
        count += 1
    elif (value := data["local_currency"]).__class__ is str:
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
    if "min_completion_rate" not in data:
        obj.min_completion_rate = UNSET
        count += 1
    elif (value := data["min_completion_rate"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.min_completion_rate = value
    else:
        raise _expected("a number", value).at("min_completion_rate")
    if "min_join_days" not in data:
        obj.min_join_days = UNSET
        count += 1
    elif (value := data["min_join_days"]) is None or (value.__class__ is int):
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
    if "min_rating" not in data:
        obj.min_rating = UNSET
        count += 1
    elif (value := data["min_rating"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.min_rating = value
    else:
        raise _expected("a number", value).at("min_rating")
    if "order_expiry_period" not in data:
        obj.order_expiry_period = None
        count += 1
    elif (value := data["order_expiry_period"]).__class__ is int:
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
    if "payment_method_ids" not in data:
        obj.payment_method_ids = None
        count += 1
    else:
        value = data["payment_method_ids"]
        try:
            obj.payment_method_ids = _decode_list_of_int(value)
        except DecodeError as error:
            raise error.at("payment_method_ids") from None
    if "payment_method_names" not in data:
        obj.payment_method_names = None
        count += 1
    else:
        value = data["payment_method_names"]
        try:
            obj.payment_method_names = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payment_method_names") from None
    if "rate" not in data:
        obj.rate = None
        count += 1
    elif (kind := (value := data["rate"]).__class__) is float or kind is int:
        obj.rate = value
    else:
        raise _expected("a number", value).at("rate")
    if "rate_type" not in data:
        obj.rate_type = None
        count += 1
    elif (value := data["rate_type"]).__class__ is _STR and value in _ALLOWED_fixed_float:
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
    if count != 23:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_ADVERT_UPDATE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_advert_update_request(obj: m.P2pAdvertUpdateRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_advert_update": obj.p2p_advert_update, "id": obj.id}
    value: Any
    value = obj.contact_info
    if value is not None:
        data["contact_info"] = value
    value = obj.delete
    if value is not None:
        data["delete"] = value
    value = obj.description
    if value is not None:
        data["description"] = value
    value = obj.eligible_countries
    if value is not UNSET:
        data["eligible_countries"] = value
    value = obj.is_active
    if value is not None:
        data["is_active"] = value
    value = obj.local_currency
    if value is not None:
        data["local_currency"] = value
    value = obj.max_order_amount
    if value is not None:
        data["max_order_amount"] = value
    value = obj.min_completion_rate
    if value is not UNSET:
        data["min_completion_rate"] = value
    value = obj.min_join_days
    if value is not UNSET:
        data["min_join_days"] = value
    value = obj.min_order_amount
    if value is not None:
        data["min_order_amount"] = value
    value = obj.min_rating
    if value is not UNSET:
        data["min_rating"] = value
    value = obj.order_expiry_period
    if value is not None:
        data["order_expiry_period"] = value
    value = obj.payment_info
    if value is not None:
        data["payment_info"] = value
    value = obj.payment_method_ids
    if value is not None:
        data["payment_method_ids"] = value
    value = obj.payment_method_names
    if value is not None:
        data["payment_method_names"] = value
    value = obj.rate
    if value is not None:
        data["rate"] = value
    value = obj.rate_type
    if value is not None:
        data["rate_type"] = value
    value = obj.remaining_amount
    if value is not None:
        data["remaining_amount"] = value
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


def structure_p2p_advert_update_response(data: Any) -> m.P2pAdvertUpdateResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateResponse)
    count = len(data)
    if count == 4:
        try:
            v_p2p_advert_update = data["p2p_advert_update"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_advert_update)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_advert_update = structure_p2p_advert_update_response_p2p_advert_update(
                        v_p2p_advert_update
                    )
                except DecodeError as error:
                    raise error.at("p2p_advert_update") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_advert_update" not in data:
        obj.p2p_advert_update = None
        count += 1
    else:
        value = data["p2p_advert_update"]
        try:
            obj.p2p_advert_update = structure_p2p_advert_update_response_p2p_advert_update(value)
        except DecodeError as error:
            raise error.at("p2p_advert_update") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_advert_update:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_advert_update'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_P2P_ADVERT_UPDATE_RESPONSE
        }
    return obj


def unstructure_p2p_advert_update_response(obj: m.P2pAdvertUpdateResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_advert_update
    if value is not None:
        data["p2p_advert_update"] = unstructure_p2p_advert_update_response_p2p_advert_update(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_update_response_p2p_advert_update(
    data: Any,
) -> m.P2pAdvertUpdateResponseP2pAdvertUpdate:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateResponseP2pAdvertUpdate)
    count = len(data)
    if count == 45:
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
            v_deleted = data["deleted"]
            v_description = data["description"]
            v_effective_rate = data["effective_rate"]
            v_effective_rate_display = data["effective_rate_display"]
            v_eligible_countries = data["eligible_countries"]
            v_id = data["id"]
            v_is_active = data["is_active"]
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
            v_payment_method_details = data["payment_method_details"]
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
                and (v_deleted.__class__ is _INT and v_deleted in _ALLOWED_1)
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
                    obj.advertiser_details = (
                        structure_p2p_advert_update_response_p2p_advert_update_advertiser_details(
                            v_advertiser_details
                        )
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
                obj.deleted = v_deleted
                obj.description = v_description
                obj.effective_rate = v_effective_rate
                obj.effective_rate_display = v_effective_rate_display
                try:
                    obj.eligible_countries = _decode_list_of_str(v_eligible_countries)
                except DecodeError as error:
                    raise error.at("eligible_countries") from None
                obj.id = v_id
                obj.is_active = v_is_active
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
                    obj.payment_method_details = _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue(
                        v_payment_method_details
                    )
                except DecodeError as error:
                    raise error.at("payment_method_details") from None
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
    if "account_currency" not in data:
        obj.account_currency = None
        count += 1
    elif (value := data["account_currency"]).__class__ is str:
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
    if "advertiser_details" not in data:
        obj.advertiser_details = None
        count += 1
    else:
        value = data["advertiser_details"]
        try:
            obj.advertiser_details = (
                structure_p2p_advert_update_response_p2p_advert_update_advertiser_details(value)
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
    if "block_trade" not in data:
        obj.block_trade = None
        count += 1
    elif (value := data["block_trade"]).__class__ is _INT and value in _ALLOWED_0_1:
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
    if "counterparty_type" not in data:
        obj.counterparty_type = None
        count += 1
    elif (value := data["counterparty_type"]).__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.counterparty_type = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("counterparty_type")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "created_time" not in data:
        obj.created_time = None
        count += 1
    elif (value := data["created_time"]).__class__ is int:
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
    if "deleted" not in data:
        obj.deleted = None
        count += 1
    elif (value := data["deleted"]).__class__ is _INT and value in _ALLOWED_1:
        obj.deleted = value
    else:
        raise _not_one_of("1", value).at("deleted")
    if "description" not in data:
        obj.description = None
        count += 1
    elif (value := data["description"]).__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    if "effective_rate" not in data:
        obj.effective_rate = UNSET
        count += 1
    elif (value := data["effective_rate"]) is None or (
        (kind := value.__class__) is float or kind is int
    ):
        obj.effective_rate = value
    else:
        raise _expected("a number", value).at("effective_rate")
    if "effective_rate_display" not in data:
        obj.effective_rate_display = UNSET
        count += 1
    elif (value := data["effective_rate_display"]) is None or (value.__class__ is str):
        obj.effective_rate_display = value
    else:
        raise _expected("a string", value).at("effective_rate_display")
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
    if "is_active" not in data:
        obj.is_active = None
        count += 1
    elif (value := data["is_active"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_active = value
    else:
        raise _not_one_of("0, 1", value).at("is_active")
    if "is_visible" not in data:
        obj.is_visible = None
        count += 1
    elif (value := data["is_visible"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_visible = value
    else:
        raise _not_one_of("0, 1", value).at("is_visible")
    if "local_currency" not in data:
        obj.local_currency = None
        count += 1
    elif (value := data["local_currency"]).__class__ is str:
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
    if "max_order_amount_limit" not in data:
        obj.max_order_amount_limit = None
        count += 1
    elif (kind := (value := data["max_order_amount_limit"]).__class__) is float or kind is int:
        obj.max_order_amount_limit = value
    else:
        raise _expected("a number", value).at("max_order_amount_limit")
    if "max_order_amount_limit_display" not in data:
        obj.max_order_amount_limit_display = None
        count += 1
    elif (value := data["max_order_amount_limit_display"]).__class__ is str:
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
    if "min_order_amount_limit" not in data:
        obj.min_order_amount_limit = None
        count += 1
    elif (kind := (value := data["min_order_amount_limit"]).__class__) is float or kind is int:
        obj.min_order_amount_limit = value
    else:
        raise _expected("a number", value).at("min_order_amount_limit")
    if "min_order_amount_limit_display" not in data:
        obj.min_order_amount_limit_display = None
        count += 1
    elif (value := data["min_order_amount_limit_display"]).__class__ is str:
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
    if "order_expiry_period" not in data:
        obj.order_expiry_period = None
        count += 1
    elif (value := data["order_expiry_period"]).__class__ is int:
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
    if "payment_method" not in data:
        obj.payment_method = UNSET
        count += 1
    elif (value := data["payment_method"]) is None or (value.__class__ is str):
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    if "payment_method_details" not in data:
        obj.payment_method_details = None
        count += 1
    else:
        value = data["payment_method_details"]
        try:
            obj.payment_method_details = (
                _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("payment_method_details") from None
    if "payment_method_names" not in data:
        obj.payment_method_names = None
        count += 1
    else:
        value = data["payment_method_names"]
        try:
            obj.payment_method_names = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payment_method_names") from None
    if "price" not in data:
        obj.price = UNSET
        count += 1
    elif (value := data["price"]) is None or ((kind := value.__class__) is float or kind is int):
        obj.price = value
    else:
        raise _expected("a number", value).at("price")
    if "price_display" not in data:
        obj.price_display = UNSET
        count += 1
    elif (value := data["price_display"]) is None or (value.__class__ is str):
        obj.price_display = value
    else:
        raise _expected("a string", value).at("price_display")
    if "rate" not in data:
        obj.rate = None
        count += 1
    elif (kind := (value := data["rate"]).__class__) is float or kind is int:
        obj.rate = value
    else:
        raise _expected("a number", value).at("rate")
    if "rate_display" not in data:
        obj.rate_display = None
        count += 1
    elif (value := data["rate_display"]).__class__ is str:
        obj.rate_display = value
    else:
        raise _expected("a string", value).at("rate_display")
    if "rate_type" not in data:
        obj.rate_type = None
        count += 1
    elif (value := data["rate_type"]).__class__ is _STR and value in _ALLOWED_fixed_float:
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
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_buy_sell:
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
    if count == 45:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE
        }
    return obj


def unstructure_p2p_advert_update_response_p2p_advert_update(
    obj: m.P2pAdvertUpdateResponseP2pAdvertUpdate,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    value: Any
    value = obj.account_currency
    if value is not None:
        data["account_currency"] = value
    value = obj.active_orders
    if value is not None:
        data["active_orders"] = value
    value = obj.advertiser_details
    if value is not None:
        data["advertiser_details"] = (
            unstructure_p2p_advert_update_response_p2p_advert_update_advertiser_details(value)
        )
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.amount_display
    if value is not None:
        data["amount_display"] = value
    value = obj.block_trade
    if value is not None:
        data["block_trade"] = value
    value = obj.contact_info
    if value is not None:
        data["contact_info"] = value
    value = obj.counterparty_type
    if value is not None:
        data["counterparty_type"] = value
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.created_time
    if value is not None:
        data["created_time"] = value
    value = obj.days_until_archive
    if value is not None:
        data["days_until_archive"] = value
    value = obj.deleted
    if value is not None:
        data["deleted"] = value
    value = obj.description
    if value is not None:
        data["description"] = value
    value = obj.effective_rate
    if value is not UNSET:
        data["effective_rate"] = value
    value = obj.effective_rate_display
    if value is not UNSET:
        data["effective_rate_display"] = value
    value = obj.eligible_countries
    if value is not None:
        data["eligible_countries"] = value
    value = obj.is_active
    if value is not None:
        data["is_active"] = value
    value = obj.is_visible
    if value is not None:
        data["is_visible"] = value
    value = obj.local_currency
    if value is not None:
        data["local_currency"] = value
    value = obj.max_order_amount
    if value is not None:
        data["max_order_amount"] = value
    value = obj.max_order_amount_display
    if value is not None:
        data["max_order_amount_display"] = value
    value = obj.max_order_amount_limit
    if value is not None:
        data["max_order_amount_limit"] = value
    value = obj.max_order_amount_limit_display
    if value is not None:
        data["max_order_amount_limit_display"] = value
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
    value = obj.min_order_amount_limit
    if value is not None:
        data["min_order_amount_limit"] = value
    value = obj.min_order_amount_limit_display
    if value is not None:
        data["min_order_amount_limit_display"] = value
    value = obj.min_rating
    if value is not None:
        data["min_rating"] = value
    value = obj.order_expiry_period
    if value is not None:
        data["order_expiry_period"] = value
    value = obj.payment_info
    if value is not None:
        data["payment_info"] = value
    value = obj.payment_method
    if value is not UNSET:
        data["payment_method"] = value
    value = obj.payment_method_details
    if value is not None:
        data["payment_method_details"] = {
            k: unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value(
                item
            )
            for k, item in value.items()
        }
    value = obj.payment_method_names
    if value is not None:
        data["payment_method_names"] = value
    value = obj.price
    if value is not UNSET:
        data["price"] = value
    value = obj.price_display
    if value is not UNSET:
        data["price_display"] = value
    value = obj.rate
    if value is not None:
        data["rate"] = value
    value = obj.rate_display
    if value is not None:
        data["rate_display"] = value
    value = obj.rate_type
    if value is not None:
        data["rate_type"] = value
    value = obj.remaining_amount
    if value is not None:
        data["remaining_amount"] = value
    value = obj.remaining_amount_display
    if value is not None:
        data["remaining_amount_display"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.visibility_status
    if value is not None:
        data["visibility_status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_update_response_p2p_advert_update_advertiser_details(
    data: Any,
) -> m.P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails)
    count = len(data)
    if count == 13:
        try:
            v_completed_orders_count = data["completed_orders_count"]
            v_first_name = data["first_name"]
            v_id = data["id"]
            v_is_online = data["is_online"]
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
                and (v_is_online.__class__ is _INT and v_is_online in _ALLOWED_0_1)
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
                and (v_recommended_count is None or (v_recommended_count.__class__ is int))
                and (
                    v_total_completion_rate is None
                    or ((kind := v_total_completion_rate.__class__) is float or kind is int)
                )
            ):
                obj.completed_orders_count = v_completed_orders_count
                obj.first_name = v_first_name
                obj.id = v_id
                obj.is_online = v_is_online
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
    if value is None or (value.__class__ is int):
        obj.recommended_count = value
    else:
        raise _expected("an integer", value).at("recommended_count")
    try:
        value = data["total_completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("total_completion_rate",)) from None
    if value is None or ((kind := value.__class__) is float or kind is int):
        obj.total_completion_rate = value
    else:
        raise _expected("a number", value).at("total_completion_rate")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_ADVERTISER_DETAILS
        }
    return obj


def unstructure_p2p_advert_update_response_p2p_advert_update_advertiser_details(
    obj: m.P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails,
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
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value(
    data: Any,
) -> m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue)
    count = len(data)
    if count == 7:
        try:
            v_display_name = data["display_name"]
            v_fields = data["fields"]
            v_is_enabled = data["is_enabled"]
            v_method = data["method"]
            v_type = data["type"]
            v_used_by_adverts = data["used_by_adverts"]
            v_used_by_orders = data["used_by_orders"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_is_enabled.__class__ is _INT and v_is_enabled in _ALLOWED_0_1)
                and (v_method.__class__ is str)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_bank_ewallet_other)
            ):
                obj.display_name = v_display_name
                try:
                    obj.fields = _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue(
                        v_fields
                    )
                except DecodeError as error:
                    raise error.at("fields") from None
                obj.is_enabled = v_is_enabled
                obj.method = v_method
                obj.type = v_type
                try:
                    obj.used_by_adverts = (
                        None
                        if v_used_by_adverts is None
                        else _decode_list_of_str(v_used_by_adverts)
                    )
                except DecodeError as error:
                    raise error.at("used_by_adverts") from None
                try:
                    obj.used_by_orders = (
                        None if v_used_by_orders is None else _decode_list_of_str(v_used_by_orders)
                    )
                except DecodeError as error:
                    raise error.at("used_by_orders") from None
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["fields"]
    except KeyError:
        raise DecodeError("required field is missing", ("fields",)) from None
    try:
        obj.fields = _decode_dict_of_P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue(
            value
        )
    except DecodeError as error:
        raise error.at("fields") from None
    try:
        value = data["is_enabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_enabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("is_enabled")
    try:
        value = data["method"]
    except KeyError:
        raise DecodeError("required field is missing", ("method",)) from None
    if value.__class__ is str:
        obj.method = value
    else:
        raise _expected("a string", value).at("method")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_bank_ewallet_other:
        obj.type = value
    else:
        raise _not_one_of("'bank', 'ewallet', 'other'", value).at("type")
    try:
        value = data["used_by_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("used_by_adverts",)) from None
    try:
        obj.used_by_adverts = None if value is None else _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("used_by_adverts") from None
    try:
        value = data["used_by_orders"]
    except KeyError:
        raise DecodeError("required field is missing", ("used_by_orders",)) from None
    try:
        obj.used_by_orders = None if value is None else _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("used_by_orders") from None
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_PAYMENT_METHOD_DETAILS_VALUE
        }
    return obj


def unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value(
    obj: m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fields": {
            k: unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value(
                item
            )
            for k, item in obj.fields.items()
        },
        "is_enabled": obj.is_enabled,
        "method": obj.method,
        "type": obj.type,
        "used_by_adverts": obj.used_by_adverts,
        "used_by_orders": obj.used_by_orders,
    }
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value(
    data: Any,
) -> m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue)
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_required = data["required"]
            v_type = data["type"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_required.__class__ is int)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_memo_text)
                and (v_value.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.required = v_required
                obj.type = v_type
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    try:
        value = data["display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_name",)) from None
    if value.__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["required"]
    except KeyError:
        raise DecodeError("required field is missing", ("required",)) from None
    if value.__class__ is int:
        obj.required = value
    else:
        raise _expected("an integer", value).at("required")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_memo_text:
        obj.type = value
    else:
        raise _not_one_of("'text', 'memo'", value).at("type")
    try:
        value = data["value"]
    except KeyError:
        raise DecodeError("required field is missing", ("value",)) from None
    if value.__class__ is str:
        obj.value = value
    else:
        raise _expected("a string", value).at("value")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_P2P_ADVERT_UPDATE_RESPONSE_P2P_ADVERT_UPDATE_PAYMENT_METHOD_DETAILS_VALUE_FIELDS_VALUE
        }
    return obj


def unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value(
    obj: m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "required": obj.required,
        "type": obj.type,
        "value": obj.value,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pAdvertUpdateRequest: structure_p2p_advert_update_request,
    m.P2pAdvertUpdateResponse: structure_p2p_advert_update_response,
    m.P2pAdvertUpdateResponseP2pAdvertUpdate: structure_p2p_advert_update_response_p2p_advert_update,
    m.P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails: structure_p2p_advert_update_response_p2p_advert_update_advertiser_details,
    m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue: structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value,
    m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue: structure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pAdvertUpdateRequest: unstructure_p2p_advert_update_request,
    m.P2pAdvertUpdateResponse: unstructure_p2p_advert_update_response,
    m.P2pAdvertUpdateResponseP2pAdvertUpdate: unstructure_p2p_advert_update_response_p2p_advert_update,
    m.P2pAdvertUpdateResponseP2pAdvertUpdateAdvertiserDetails: unstructure_p2p_advert_update_response_p2p_advert_update_advertiser_details,
    m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValue: unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value,
    m.P2pAdvertUpdateResponseP2pAdvertUpdatePaymentMethodDetailsValueFieldsValue: unstructure_p2p_advert_update_response_p2p_advert_update_payment_method_details_value_fields_value,
}
