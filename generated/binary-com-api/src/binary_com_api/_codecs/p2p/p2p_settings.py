"""Decoders and encoders of the models of the ``p2p_settings`` call (p2p group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_disabled_enabled_list_only = frozenset({"disabled", "enabled", "list_only"})


_ALLOWED_p2p_settings = frozenset({"p2p_settings"})


_KEYS_P2P_SETTINGS_REQUEST = frozenset(
    (
        "p2p_settings",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE = frozenset(
    (
        "p2p_settings",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS = frozenset(
    (
        "adverts_active_limit",
        "adverts_archive_period",
        "block_trade",
        "business_hours_minutes_interval",
        "cancellation_block_duration",
        "cancellation_count_period",
        "cancellation_grace_period",
        "cancellation_limit",
        "counterparty_term_steps",
        "cross_border_ads_enabled",
        "disabled",
        "feature_level",
        "fixed_rate_adverts",
        "fixed_rate_adverts_end_date",
        "float_rate_adverts",
        "float_rate_offset_limit",
        "local_currencies",
        "maximum_advert_amount",
        "maximum_order_amount",
        "order_daily_limit",
        "order_expiry_options",
        "order_payment_period",
        "override_exchange_rate",
        "payment_methods_enabled",
        "pnv_required",
        "poa_required",
        "review_period",
        "supported_currencies",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_BLOCK_TRADE = frozenset(
    (
        "disabled",
        "maximum_advert_amount",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_COUNTERPARTY_TERM_STEPS = frozenset(
    (
        "completion_rate",
        "join_days",
        "rating",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_LOCAL_CURRENCIES_ITEM = frozenset(
    (
        "display_name",
        "has_adverts",
        "is_default",
        "is_floating_rate_ad_supported",
        "symbol",
    )
)


_KEYS_P2P_SETTINGS_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_list_of_P2pSettingsResponseP2pSettingsLocalCurrenciesItem(
    value: Any,
) -> list[m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_p2p_settings_response_p2p_settings_local_currencies_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_p2p_settings_response_p2p_settings_local_currencies_item
        ) from None


def _decode_list_of_float(value: Any) -> list[float]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not float and item.__class__ is not int:
                raise _expected("a number", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[float] = value
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


def structure_p2p_settings_request(data: Any) -> m.P2pSettingsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsRequest)
    count = len(data)
    if count == 5:
        try:
            v_p2p_settings = data["p2p_settings"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_p2p_settings.__class__ is _INT and v_p2p_settings in _ALLOWED_1)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.p2p_settings = v_p2p_settings
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["p2p_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("p2p_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.p2p_settings = value
    else:
        raise _not_one_of("1", value).at("p2p_settings")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    else:
        raise _not_one_of("1", value).at("subscribe")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_P2P_SETTINGS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_p2p_settings_request(obj: m.P2pSettingsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"p2p_settings": obj.p2p_settings}
    value: Any
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
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


def structure_p2p_settings_response(data: Any) -> m.P2pSettingsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponse)
    count = len(data)
    if count == 5:
        try:
            v_p2p_settings = data["p2p_settings"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_p2p_settings)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.p2p_settings = structure_p2p_settings_response_p2p_settings(v_p2p_settings)
                except DecodeError as error:
                    raise error.at("p2p_settings") from None
                try:
                    obj.subscription = structure_p2p_settings_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "p2p_settings" not in data:
        obj.p2p_settings = None
        count += 1
    else:
        value = data["p2p_settings"]
        try:
            obj.p2p_settings = structure_p2p_settings_response_p2p_settings(value)
        except DecodeError as error:
            raise error.at("p2p_settings") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_p2p_settings_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
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
    if value.__class__ is _STR and value in _ALLOWED_p2p_settings:
        obj.msg_type = value
    else:
        raise _not_one_of("'p2p_settings'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_P2P_SETTINGS_RESPONSE}
    return obj


def unstructure_p2p_settings_response(obj: m.P2pSettingsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.p2p_settings
    if value is not None:
        data["p2p_settings"] = unstructure_p2p_settings_response_p2p_settings(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_p2p_settings_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_settings_response_p2p_settings(data: Any) -> m.P2pSettingsResponseP2pSettings:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponseP2pSettings)
    count = len(data)
    if count == 28:
        try:
            v_adverts_active_limit = data["adverts_active_limit"]
            v_adverts_archive_period = data["adverts_archive_period"]
            v_block_trade = data["block_trade"]
            v_business_hours_minutes_interval = data["business_hours_minutes_interval"]
            v_cancellation_block_duration = data["cancellation_block_duration"]
            v_cancellation_count_period = data["cancellation_count_period"]
            v_cancellation_grace_period = data["cancellation_grace_period"]
            v_cancellation_limit = data["cancellation_limit"]
            v_counterparty_term_steps = data["counterparty_term_steps"]
            v_cross_border_ads_enabled = data["cross_border_ads_enabled"]
            v_disabled = data["disabled"]
            v_feature_level = data["feature_level"]
            v_fixed_rate_adverts = data["fixed_rate_adverts"]
            v_fixed_rate_adverts_end_date = data["fixed_rate_adverts_end_date"]
            v_float_rate_adverts = data["float_rate_adverts"]
            v_float_rate_offset_limit = data["float_rate_offset_limit"]
            v_local_currencies = data["local_currencies"]
            v_maximum_advert_amount = data["maximum_advert_amount"]
            v_maximum_order_amount = data["maximum_order_amount"]
            v_order_daily_limit = data["order_daily_limit"]
            v_order_expiry_options = data["order_expiry_options"]
            v_order_payment_period = data["order_payment_period"]
            v_override_exchange_rate = data["override_exchange_rate"]
            v_payment_methods_enabled = data["payment_methods_enabled"]
            v_pnv_required = data["pnv_required"]
            v_poa_required = data["poa_required"]
            v_review_period = data["review_period"]
            v_supported_currencies = data["supported_currencies"]
        except KeyError:
            pass
        else:
            if (
                (v_adverts_active_limit.__class__ is int)
                and (v_adverts_archive_period.__class__ is int)
                and (v_business_hours_minutes_interval.__class__ is int)
                and (v_cancellation_block_duration.__class__ is int)
                and (v_cancellation_count_period.__class__ is int)
                and (v_cancellation_grace_period.__class__ is int)
                and (v_cancellation_limit.__class__ is int)
                and (
                    v_cross_border_ads_enabled.__class__ is _INT
                    and v_cross_border_ads_enabled in _ALLOWED_0_1
                )
                and (v_disabled.__class__ is _INT and v_disabled in _ALLOWED_0_1)
                and (v_feature_level.__class__ is int)
                and (
                    v_fixed_rate_adverts.__class__ is _STR
                    and v_fixed_rate_adverts in _ALLOWED_disabled_enabled_list_only
                )
                and (v_fixed_rate_adverts_end_date.__class__ is str)
                and (
                    v_float_rate_adverts.__class__ is _STR
                    and v_float_rate_adverts in _ALLOWED_disabled_enabled_list_only
                )
                and ((kind := v_float_rate_offset_limit.__class__) is float or kind is int)
                and ((kind := v_maximum_advert_amount.__class__) is float or kind is int)
                and ((kind := v_maximum_order_amount.__class__) is float or kind is int)
                and (v_order_daily_limit.__class__ is int)
                and (v_order_payment_period.__class__ is int)
                and (v_override_exchange_rate.__class__ is str)
                and (
                    v_payment_methods_enabled.__class__ is _INT
                    and v_payment_methods_enabled in _ALLOWED_0_1
                )
                and (v_pnv_required.__class__ is _INT and v_pnv_required in _ALLOWED_0_1)
                and (v_poa_required.__class__ is _INT and v_poa_required in _ALLOWED_0_1)
                and ((kind := v_review_period.__class__) is float or kind is int)
            ):
                obj.adverts_active_limit = v_adverts_active_limit
                obj.adverts_archive_period = v_adverts_archive_period
                try:
                    obj.block_trade = structure_p2p_settings_response_p2p_settings_block_trade(
                        v_block_trade
                    )
                except DecodeError as error:
                    raise error.at("block_trade") from None
                obj.business_hours_minutes_interval = v_business_hours_minutes_interval
                obj.cancellation_block_duration = v_cancellation_block_duration
                obj.cancellation_count_period = v_cancellation_count_period
                obj.cancellation_grace_period = v_cancellation_grace_period
                obj.cancellation_limit = v_cancellation_limit
                try:
                    obj.counterparty_term_steps = (
                        structure_p2p_settings_response_p2p_settings_counterparty_term_steps(
                            v_counterparty_term_steps
                        )
                    )
                except DecodeError as error:
                    raise error.at("counterparty_term_steps") from None
                obj.cross_border_ads_enabled = v_cross_border_ads_enabled
                obj.disabled = v_disabled
                obj.feature_level = v_feature_level
                obj.fixed_rate_adverts = v_fixed_rate_adverts
                obj.fixed_rate_adverts_end_date = v_fixed_rate_adverts_end_date
                obj.float_rate_adverts = v_float_rate_adverts
                obj.float_rate_offset_limit = v_float_rate_offset_limit
                try:
                    obj.local_currencies = (
                        _decode_list_of_P2pSettingsResponseP2pSettingsLocalCurrenciesItem(
                            v_local_currencies
                        )
                    )
                except DecodeError as error:
                    raise error.at("local_currencies") from None
                obj.maximum_advert_amount = v_maximum_advert_amount
                obj.maximum_order_amount = v_maximum_order_amount
                obj.order_daily_limit = v_order_daily_limit
                try:
                    obj.order_expiry_options = _decode_list_of_int(v_order_expiry_options)
                except DecodeError as error:
                    raise error.at("order_expiry_options") from None
                obj.order_payment_period = v_order_payment_period
                obj.override_exchange_rate = v_override_exchange_rate
                obj.payment_methods_enabled = v_payment_methods_enabled
                obj.pnv_required = v_pnv_required
                obj.poa_required = v_poa_required
                obj.review_period = v_review_period
                try:
                    obj.supported_currencies = _decode_list_of_str(v_supported_currencies)
                except DecodeError as error:
                    raise error.at("supported_currencies") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["adverts_active_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("adverts_active_limit",)) from None
    if value.__class__ is int:
        obj.adverts_active_limit = value
    else:
        raise _expected("an integer", value).at("adverts_active_limit")
    if "adverts_archive_period" not in data:
        obj.adverts_archive_period = None
        count += 1
    elif (value := data["adverts_archive_period"]).__class__ is int:
        obj.adverts_archive_period = value
    else:
        raise _expected("an integer", value).at("adverts_archive_period")
    try:
        value = data["block_trade"]
    except KeyError:
        raise DecodeError("required field is missing", ("block_trade",)) from None
    try:
        obj.block_trade = structure_p2p_settings_response_p2p_settings_block_trade(value)
    except DecodeError as error:
        raise error.at("block_trade") from None
    try:
        value = data["business_hours_minutes_interval"]
    except KeyError:
        raise DecodeError(
            "required field is missing", ("business_hours_minutes_interval",)
        ) from None
    if value.__class__ is int:
        obj.business_hours_minutes_interval = value
    else:
        raise _expected("an integer", value).at("business_hours_minutes_interval")
    try:
        value = data["cancellation_block_duration"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancellation_block_duration",)) from None
    if value.__class__ is int:
        obj.cancellation_block_duration = value
    else:
        raise _expected("an integer", value).at("cancellation_block_duration")
    try:
        value = data["cancellation_count_period"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancellation_count_period",)) from None
    if value.__class__ is int:
        obj.cancellation_count_period = value
    else:
        raise _expected("an integer", value).at("cancellation_count_period")
    try:
        value = data["cancellation_grace_period"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancellation_grace_period",)) from None
    if value.__class__ is int:
        obj.cancellation_grace_period = value
    else:
        raise _expected("an integer", value).at("cancellation_grace_period")
    try:
        value = data["cancellation_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("cancellation_limit",)) from None
    if value.__class__ is int:
        obj.cancellation_limit = value
    else:
        raise _expected("an integer", value).at("cancellation_limit")
    if "counterparty_term_steps" not in data:
        obj.counterparty_term_steps = None
        count += 1
    else:
        value = data["counterparty_term_steps"]
        try:
            obj.counterparty_term_steps = (
                structure_p2p_settings_response_p2p_settings_counterparty_term_steps(value)
            )
        except DecodeError as error:
            raise error.at("counterparty_term_steps") from None
    try:
        value = data["cross_border_ads_enabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("cross_border_ads_enabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.cross_border_ads_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("cross_border_ads_enabled")
    try:
        value = data["disabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("disabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.disabled = value
    else:
        raise _not_one_of("0, 1", value).at("disabled")
    try:
        value = data["feature_level"]
    except KeyError:
        raise DecodeError("required field is missing", ("feature_level",)) from None
    if value.__class__ is int:
        obj.feature_level = value
    else:
        raise _expected("an integer", value).at("feature_level")
    try:
        value = data["fixed_rate_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("fixed_rate_adverts",)) from None
    if value.__class__ is _STR and value in _ALLOWED_disabled_enabled_list_only:
        obj.fixed_rate_adverts = value
    else:
        raise _not_one_of("'disabled', 'enabled', 'list_only'", value).at("fixed_rate_adverts")
    if "fixed_rate_adverts_end_date" not in data:
        obj.fixed_rate_adverts_end_date = None
        count += 1
    elif (value := data["fixed_rate_adverts_end_date"]).__class__ is str:
        obj.fixed_rate_adverts_end_date = value
    else:
        raise _expected("a string", value).at("fixed_rate_adverts_end_date")
    try:
        value = data["float_rate_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("float_rate_adverts",)) from None
    if value.__class__ is _STR and value in _ALLOWED_disabled_enabled_list_only:
        obj.float_rate_adverts = value
    else:
        raise _not_one_of("'disabled', 'enabled', 'list_only'", value).at("float_rate_adverts")
    try:
        value = data["float_rate_offset_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("float_rate_offset_limit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.float_rate_offset_limit = value
    else:
        raise _expected("a number", value).at("float_rate_offset_limit")
    try:
        value = data["local_currencies"]
    except KeyError:
        raise DecodeError("required field is missing", ("local_currencies",)) from None
    try:
        obj.local_currencies = _decode_list_of_P2pSettingsResponseP2pSettingsLocalCurrenciesItem(
            value
        )
    except DecodeError as error:
        raise error.at("local_currencies") from None
    try:
        value = data["maximum_advert_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("maximum_advert_amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.maximum_advert_amount = value
    else:
        raise _expected("a number", value).at("maximum_advert_amount")
    try:
        value = data["maximum_order_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("maximum_order_amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.maximum_order_amount = value
    else:
        raise _expected("a number", value).at("maximum_order_amount")
    try:
        value = data["order_daily_limit"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_daily_limit",)) from None
    if value.__class__ is int:
        obj.order_daily_limit = value
    else:
        raise _expected("an integer", value).at("order_daily_limit")
    try:
        value = data["order_expiry_options"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_expiry_options",)) from None
    try:
        obj.order_expiry_options = _decode_list_of_int(value)
    except DecodeError as error:
        raise error.at("order_expiry_options") from None
    try:
        value = data["order_payment_period"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_payment_period",)) from None
    if value.__class__ is int:
        obj.order_payment_period = value
    else:
        raise _expected("an integer", value).at("order_payment_period")
    if "override_exchange_rate" not in data:
        obj.override_exchange_rate = None
        count += 1
    elif (value := data["override_exchange_rate"]).__class__ is str:
        obj.override_exchange_rate = value
    else:
        raise _expected("a string", value).at("override_exchange_rate")
    try:
        value = data["payment_methods_enabled"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_methods_enabled",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.payment_methods_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("payment_methods_enabled")
    try:
        value = data["pnv_required"]
    except KeyError:
        raise DecodeError("required field is missing", ("pnv_required",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.pnv_required = value
    else:
        raise _not_one_of("0, 1", value).at("pnv_required")
    try:
        value = data["poa_required"]
    except KeyError:
        raise DecodeError("required field is missing", ("poa_required",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.poa_required = value
    else:
        raise _not_one_of("0, 1", value).at("poa_required")
    try:
        value = data["review_period"]
    except KeyError:
        raise DecodeError("required field is missing", ("review_period",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.review_period = value
    else:
        raise _expected("a number", value).at("review_period")
    try:
        value = data["supported_currencies"]
    except KeyError:
        raise DecodeError("required field is missing", ("supported_currencies",)) from None
    try:
        obj.supported_currencies = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("supported_currencies") from None
    if count == 28:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS
        }
    return obj


def unstructure_p2p_settings_response_p2p_settings(
    obj: m.P2pSettingsResponseP2pSettings,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "adverts_active_limit": obj.adverts_active_limit,
        "block_trade": unstructure_p2p_settings_response_p2p_settings_block_trade(obj.block_trade),
        "business_hours_minutes_interval": obj.business_hours_minutes_interval,
        "cancellation_block_duration": obj.cancellation_block_duration,
        "cancellation_count_period": obj.cancellation_count_period,
        "cancellation_grace_period": obj.cancellation_grace_period,
        "cancellation_limit": obj.cancellation_limit,
        "cross_border_ads_enabled": obj.cross_border_ads_enabled,
        "disabled": obj.disabled,
        "feature_level": obj.feature_level,
        "fixed_rate_adverts": obj.fixed_rate_adverts,
        "float_rate_adverts": obj.float_rate_adverts,
        "float_rate_offset_limit": obj.float_rate_offset_limit,
        "local_currencies": [
            unstructure_p2p_settings_response_p2p_settings_local_currencies_item(item)
            for item in obj.local_currencies
        ],
        "maximum_advert_amount": obj.maximum_advert_amount,
        "maximum_order_amount": obj.maximum_order_amount,
        "order_daily_limit": obj.order_daily_limit,
        "order_expiry_options": obj.order_expiry_options,
        "order_payment_period": obj.order_payment_period,
        "payment_methods_enabled": obj.payment_methods_enabled,
        "pnv_required": obj.pnv_required,
        "poa_required": obj.poa_required,
        "review_period": obj.review_period,
        "supported_currencies": obj.supported_currencies,
    }
    value: Any
    value = obj.adverts_archive_period
    if value is not None:
        data["adverts_archive_period"] = value
    value = obj.counterparty_term_steps
    if value is not None:
        data["counterparty_term_steps"] = (
            unstructure_p2p_settings_response_p2p_settings_counterparty_term_steps(value)
        )
    value = obj.fixed_rate_adverts_end_date
    if value is not None:
        data["fixed_rate_adverts_end_date"] = value
    value = obj.override_exchange_rate
    if value is not None:
        data["override_exchange_rate"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_settings_response_p2p_settings_block_trade(
    data: Any,
) -> m.P2pSettingsResponseP2pSettingsBlockTrade:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponseP2pSettingsBlockTrade)
    count = len(data)
    if count == 2:
        try:
            v_disabled = data["disabled"]
            v_maximum_advert_amount = data["maximum_advert_amount"]
        except KeyError:
            pass
        else:
            if (v_disabled.__class__ is _INT and v_disabled in _ALLOWED_0_1) and (
                (kind := v_maximum_advert_amount.__class__) is float or kind is int
            ):
                obj.disabled = v_disabled
                obj.maximum_advert_amount = v_maximum_advert_amount
                obj.extra_fields = {}
                return obj
    if "disabled" not in data:
        obj.disabled = None
        count += 1
    elif (value := data["disabled"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.disabled = value
    else:
        raise _not_one_of("0, 1", value).at("disabled")
    if "maximum_advert_amount" not in data:
        obj.maximum_advert_amount = None
        count += 1
    elif (kind := (value := data["maximum_advert_amount"]).__class__) is float or kind is int:
        obj.maximum_advert_amount = value
    else:
        raise _expected("a number", value).at("maximum_advert_amount")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_BLOCK_TRADE
        }
    return obj


def unstructure_p2p_settings_response_p2p_settings_block_trade(
    obj: m.P2pSettingsResponseP2pSettingsBlockTrade,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.disabled
    if value is not None:
        data["disabled"] = value
    value = obj.maximum_advert_amount
    if value is not None:
        data["maximum_advert_amount"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_settings_response_p2p_settings_counterparty_term_steps(
    data: Any,
) -> m.P2pSettingsResponseP2pSettingsCounterpartyTermSteps:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponseP2pSettingsCounterpartyTermSteps)
    count = len(data)
    if count == 3:
        try:
            v_completion_rate = data["completion_rate"]
            v_join_days = data["join_days"]
            v_rating = data["rating"]
        except KeyError:
            pass
        else:
            try:
                obj.completion_rate = _decode_list_of_float(v_completion_rate)
            except DecodeError as error:
                raise error.at("completion_rate") from None
            try:
                obj.join_days = _decode_list_of_int(v_join_days)
            except DecodeError as error:
                raise error.at("join_days") from None
            try:
                obj.rating = _decode_list_of_float(v_rating)
            except DecodeError as error:
                raise error.at("rating") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["completion_rate"]
    except KeyError:
        raise DecodeError("required field is missing", ("completion_rate",)) from None
    try:
        obj.completion_rate = _decode_list_of_float(value)
    except DecodeError as error:
        raise error.at("completion_rate") from None
    try:
        value = data["join_days"]
    except KeyError:
        raise DecodeError("required field is missing", ("join_days",)) from None
    try:
        obj.join_days = _decode_list_of_int(value)
    except DecodeError as error:
        raise error.at("join_days") from None
    try:
        value = data["rating"]
    except KeyError:
        raise DecodeError("required field is missing", ("rating",)) from None
    try:
        obj.rating = _decode_list_of_float(value)
    except DecodeError as error:
        raise error.at("rating") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_COUNTERPARTY_TERM_STEPS
        }
    return obj


def unstructure_p2p_settings_response_p2p_settings_counterparty_term_steps(
    obj: m.P2pSettingsResponseP2pSettingsCounterpartyTermSteps,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "completion_rate": obj.completion_rate,
        "join_days": obj.join_days,
        "rating": obj.rating,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_settings_response_p2p_settings_local_currencies_item(
    data: Any,
) -> m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_has_adverts = data["has_adverts"]
            v_is_default = data["is_default"]
            v_is_floating_rate_ad_supported = data["is_floating_rate_ad_supported"]
            v_symbol = data["symbol"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_has_adverts.__class__ is _INT and v_has_adverts in _ALLOWED_0_1)
                and (v_is_default.__class__ is _INT and v_is_default in _ALLOWED_1)
                and (
                    v_is_floating_rate_ad_supported.__class__ is _INT
                    and v_is_floating_rate_ad_supported in _ALLOWED_0_1
                )
                and (v_symbol.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.has_adverts = v_has_adverts
                obj.is_default = v_is_default
                obj.is_floating_rate_ad_supported = v_is_floating_rate_ad_supported
                obj.symbol = v_symbol
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
        value = data["has_adverts"]
    except KeyError:
        raise DecodeError("required field is missing", ("has_adverts",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_adverts = value
    else:
        raise _not_one_of("0, 1", value).at("has_adverts")
    if "is_default" not in data:
        obj.is_default = None
        count += 1
    elif (value := data["is_default"]).__class__ is _INT and value in _ALLOWED_1:
        obj.is_default = value
    else:
        raise _not_one_of("1", value).at("is_default")
    if "is_floating_rate_ad_supported" not in data:
        obj.is_floating_rate_ad_supported = None
        count += 1
    elif (
        value := data["is_floating_rate_ad_supported"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_floating_rate_ad_supported = value
    else:
        raise _not_one_of("0, 1", value).at("is_floating_rate_ad_supported")
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_P2P_SETTINGS_RESPONSE_P2P_SETTINGS_LOCAL_CURRENCIES_ITEM
        }
    return obj


def unstructure_p2p_settings_response_p2p_settings_local_currencies_item(
    obj: m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "display_name": obj.display_name,
        "has_adverts": obj.has_adverts,
        "symbol": obj.symbol,
    }
    value: Any
    value = obj.is_default
    if value is not None:
        data["is_default"] = value
    value = obj.is_floating_rate_ad_supported
    if value is not None:
        data["is_floating_rate_ad_supported"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_p2p_settings_response_subscription(data: Any) -> m.P2pSettingsResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.P2pSettingsResponseSubscription)
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_P2P_SETTINGS_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_p2p_settings_response_subscription(
    obj: m.P2pSettingsResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.P2pSettingsRequest: structure_p2p_settings_request,
    m.P2pSettingsResponse: structure_p2p_settings_response,
    m.P2pSettingsResponseP2pSettings: structure_p2p_settings_response_p2p_settings,
    m.P2pSettingsResponseP2pSettingsBlockTrade: structure_p2p_settings_response_p2p_settings_block_trade,
    m.P2pSettingsResponseP2pSettingsCounterpartyTermSteps: structure_p2p_settings_response_p2p_settings_counterparty_term_steps,
    m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem: structure_p2p_settings_response_p2p_settings_local_currencies_item,
    m.P2pSettingsResponseSubscription: structure_p2p_settings_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.P2pSettingsRequest: unstructure_p2p_settings_request,
    m.P2pSettingsResponse: unstructure_p2p_settings_response,
    m.P2pSettingsResponseP2pSettings: unstructure_p2p_settings_response_p2p_settings,
    m.P2pSettingsResponseP2pSettingsBlockTrade: unstructure_p2p_settings_response_p2p_settings_block_trade,
    m.P2pSettingsResponseP2pSettingsCounterpartyTermSteps: unstructure_p2p_settings_response_p2p_settings_counterparty_term_steps,
    m.P2pSettingsResponseP2pSettingsLocalCurrenciesItem: unstructure_p2p_settings_response_p2p_settings_local_currencies_item,
    m.P2pSettingsResponseSubscription: unstructure_p2p_settings_response_subscription,
}
