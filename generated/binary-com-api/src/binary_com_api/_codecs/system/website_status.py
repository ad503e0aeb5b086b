"""Decoders and encoders of the models of the ``website_status`` call (system group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import (
    _INT,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_crypto_fiat = frozenset({"crypto", "fiat"})


_ALLOWED_disabled_enabled_list_only = frozenset({"disabled", "enabled", "list_only"})


_ALLOWED_down_up_updating = frozenset({"down", "up", "updating"})


_ALLOWED_website_status = frozenset({"website_status"})


_KEYS_WEBSITE_STATUS_REQUEST = frozenset(
    (
        "website_status",
        "subscribe",
        "passthrough",
        "req_id",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE = frozenset(
    (
        "website_status",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS = frozenset(
    (
        "api_call_limits",
        "broker_codes",
        "clients_country",
        "currencies_config",
        "dxtrade_status",
        "message",
        "mt5_status",
        "p2p_config",
        "payment_agents",
        "site_status",
        "supported_languages",
        "terms_conditions_version",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS = frozenset(
    (
        "max_proposal_subscription",
        "max_requestes_general",
        "max_requests_outcome",
        "max_requests_pricing",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_PROPOSAL_SUBSCRIPTION = frozenset(
    (
        "applies_to",
        "max",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTES_GENERAL = frozenset(
    (
        "applies_to",
        "hourly",
        "minutely",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTS_OUTCOME = frozenset(
    (
        "applies_to",
        "hourly",
        "minutely",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTS_PRICING = frozenset(
    (
        "applies_to",
        "hourly",
        "minutely",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE = frozenset(
    (
        "fractional_digits",
        "is_deposit_suspended",
        "is_suspended",
        "is_withdrawal_suspended",
        "name",
        "platform",
        "stake_default",
        "transfer_between_accounts",
        "type",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_PLATFORM = frozenset(
    (
        "cashier",
        "ramp",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS = (
    frozenset(
        (
            "fees",
            "limits",
            "limits_ctrader",
            "limits_dxtrade",
            "limits_mt5",
        )
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_WITH_MIN = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_DXTRADE_STATUS = frozenset(
    (
        "all",
        "demo",
        "real",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_MT5_STATUS = frozenset(
    (
        "demo",
        "real",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG = frozenset(
    (
        "adverts_active_limit",
        "adverts_archive_period",
        "block_trade",
        "cancellation_block_duration",
        "cancellation_count_period",
        "cancellation_grace_period",
        "cancellation_limit",
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
        "order_payment_period",
        "override_exchange_rate",
        "payment_methods_enabled",
        "review_period",
        "supported_currencies",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG_BLOCK_TRADE = frozenset(
    (
        "disabled",
        "maximum_advert_amount",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG_LOCAL_CURRENCIES_ITEM = frozenset(
    (
        "display_name",
        "has_adverts",
        "is_default",
        "symbol",
    )
)


_KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_PAYMENT_AGENTS = frozenset(
    ("initial_deposit_per_country",)
)


def _decode_WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue_or_any(
    value: Any,
) -> m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue | Any:
    result: m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue | Any = _first_match(
        value,
        (
            structure_website_status_response_website_status_currencies_config_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue_or_any(
    value: Any,
) -> dict[str, m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue_or_any(
                item
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_float_or_any(value: Any) -> dict[str, float | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_float_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_float(value: Any) -> float:
    if value.__class__ is not float and value.__class__ is not int:
        raise _expected("a number", value)
    result: float = value
    return result


def _decode_float_or_any(value: Any) -> float | Any:
    result: float | Any = _first_match(
        value,
        (
            _decode_float,
            _decode_any,
        ),
    )
    return result


def _decode_list_of_WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem(
    value: Any,
) -> list[m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_website_status_response_website_status_p2p_config_local_currencies_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_website_status_response_website_status_p2p_config_local_currencies_item
        ) from None


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


def structure_website_status_request(data: Any) -> m.WebsiteStatusRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusRequest)
    count = len(data)
    if count == 4:
        try:
            v_website_status = data["website_status"]
            v_subscribe = data["subscribe"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_website_status.__class__ is _INT and v_website_status in _ALLOWED_1)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_0_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.website_status = v_website_status
                obj.subscribe = v_subscribe
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["website_status"]
    except KeyError:
        raise DecodeError("required field is missing", ("website_status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.website_status = value
    else:
        raise _not_one_of("1", value).at("website_status")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.subscribe = value
    else:
        raise _not_one_of("0, 1", value).at("subscribe")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_WEBSITE_STATUS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_website_status_request(obj: m.WebsiteStatusRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"website_status": obj.website_status}
    value: Any
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_website_status_response(data: Any) -> m.WebsiteStatusResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponse)
    count = len(data)
    if count == 5:
        try:
            v_website_status = data["website_status"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_website_status)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.website_status = structure_website_status_response_website_status(
                        v_website_status
                    )
                except DecodeError as error:
                    raise error.at("website_status") from None
                try:
                    obj.subscription = structure_website_status_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "website_status" not in data:
        obj.website_status = None
        count += 1
    else:
        value = data["website_status"]
        try:
            obj.website_status = structure_website_status_response_website_status(value)
        except DecodeError as error:
            raise error.at("website_status") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_website_status_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_website_status:
        obj.msg_type = value
    else:
        raise _not_one_of("'website_status'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WEBSITE_STATUS_RESPONSE}
    return obj


def unstructure_website_status_response(obj: m.WebsiteStatusResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.website_status
    if value is not None:
        data["website_status"] = unstructure_website_status_response_website_status(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_website_status_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_subscription(
    data: Any,
) -> m.WebsiteStatusResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_WEBSITE_STATUS_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_website_status_response_subscription(
    obj: m.WebsiteStatusResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatus:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatus)
    count = len(data)
    if count == 12:
        try:
            v_api_call_limits = data["api_call_limits"]
            v_broker_codes = data["broker_codes"]
            v_clients_country = data["clients_country"]
            v_currencies_config = data["currencies_config"]
            v_dxtrade_status = data["dxtrade_status"]
            v_message = data["message"]
            v_mt5_status = data["mt5_status"]
            v_p2p_config = data["p2p_config"]
            v_payment_agents = data["payment_agents"]
            v_site_status = data["site_status"]
            v_supported_languages = data["supported_languages"]
            v_terms_conditions_version = data["terms_conditions_version"]
        except KeyError:
            pass
        else:
            if (
                (v_clients_country.__class__ is str)
                and (v_message.__class__ is str)
                and (v_site_status.__class__ is _STR and v_site_status in _ALLOWED_down_up_updating)
                and (v_terms_conditions_version.__class__ is str)
            ):
                try:
                    obj.api_call_limits = (
                        structure_website_status_response_website_status_api_call_limits(
                            v_api_call_limits
                        )
                    )
                except DecodeError as error:
                    raise error.at("api_call_limits") from None
                try:
                    obj.broker_codes = _decode_list_of_str(v_broker_codes)
                except DecodeError as error:
                    raise error.at("broker_codes") from None
                obj.clients_country = v_clients_country
                try:
                    obj.currencies_config = _decode_dict_of_WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue_or_any(
                        v_currencies_config
                    )
                except DecodeError as error:
                    raise error.at("currencies_config") from None
                try:
                    obj.dxtrade_status = (
                        structure_website_status_response_website_status_dxtrade_status(
                            v_dxtrade_status
                        )
                    )
                except DecodeError as error:
                    raise error.at("dxtrade_status") from None
                obj.message = v_message
                try:
                    obj.mt5_status = structure_website_status_response_website_status_mt5_status(
                        v_mt5_status
                    )
                except DecodeError as error:
                    raise error.at("mt5_status") from None
                try:
                    obj.p2p_config = structure_website_status_response_website_status_p2p_config(
                        v_p2p_config
                    )
                except DecodeError as error:
                    raise error.at("p2p_config") from None
                try:
                    obj.payment_agents = (
                        structure_website_status_response_website_status_payment_agents(
                            v_payment_agents
                        )
                    )
                except DecodeError as error:
                    raise error.at("payment_agents") from None
                obj.site_status = v_site_status
                try:
                    obj.supported_languages = _decode_list_of_str(v_supported_languages)
                except DecodeError as error:
                    raise error.at("supported_languages") from None
                obj.terms_conditions_version = v_terms_conditions_version
                obj.extra_fields = {}
                return obj
    try:
        value = data["api_call_limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("api_call_limits",)) from None
    try:
        obj.api_call_limits = structure_website_status_response_website_status_api_call_limits(
            value
        )
    except DecodeError as error:
        raise error.at("api_call_limits") from None
    if "broker_codes" not in data:
        obj.broker_codes = None
        count += 1
    else:
        value = data["broker_codes"]
        try:
            obj.broker_codes = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("broker_codes") from None
    if "clients_country" not in data:
        obj.clients_country = None
        count += 1
    elif (value := data["clients_country"]).__class__ is str:
        obj.clients_country = value
    else:
        raise _expected("a string", value).at("clients_country")
    try:
        value = data["currencies_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("currencies_config",)) from None
    try:
        obj.currencies_config = (
            _decode_dict_of_WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue_or_any(value)
        )
    except DecodeError as error:
        raise error.at("currencies_config") from None
    if "dxtrade_status" not in data:
        obj.dxtrade_status = None
        count += 1
    else:
        value = data["dxtrade_status"]
        try:
            obj.dxtrade_status = structure_website_status_response_website_status_dxtrade_status(
                value
            )
        except DecodeError as error:
            raise error.at("dxtrade_status") from None
    if "message" not in data:
        obj.message = None
        count += 1
    elif (value := data["message"]).__class__ is str:
        obj.message = value
    else:
        raise _expected("a string", value).at("message")
    if "mt5_status" not in data:
        obj.mt5_status = None
        count += 1
    else:
        value = data["mt5_status"]
        try:
            obj.mt5_status = structure_website_status_response_website_status_mt5_status(value)
        except DecodeError as error:
            raise error.at("mt5_status") from None
    if "p2p_config" not in data:
        obj.p2p_config = None
        count += 1
    else:
        value = data["p2p_config"]
        try:
            obj.p2p_config = structure_website_status_response_website_status_p2p_config(value)
        except DecodeError as error:
            raise error.at("p2p_config") from None
    if "payment_agents" not in data:
        obj.payment_agents = None
        count += 1
    else:
        value = data["payment_agents"]
        try:
            obj.payment_agents = structure_website_status_response_website_status_payment_agents(
                value
            )
        except DecodeError as error:
            raise error.at("payment_agents") from None
    if "site_status" not in data:
        obj.site_status = None
        count += 1
    elif (value := data["site_status"]).__class__ is _STR and value in _ALLOWED_down_up_updating:
        obj.site_status = value
    else:
        raise _not_one_of("'up', 'down', 'updating'", value).at("site_status")
    if "supported_languages" not in data:
        obj.supported_languages = None
        count += 1
    else:
        value = data["supported_languages"]
        try:
            obj.supported_languages = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("supported_languages") from None
    if "terms_conditions_version" not in data:
        obj.terms_conditions_version = None
        count += 1
    elif (value := data["terms_conditions_version"]).__class__ is str:
        obj.terms_conditions_version = value
    else:
        raise _expected("a string", value).at("terms_conditions_version")
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS
        }
    return obj


def unstructure_website_status_response_website_status(
    obj: m.WebsiteStatusResponseWebsiteStatus,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "api_call_limits": unstructure_website_status_response_website_status_api_call_limits(
            obj.api_call_limits
        ),
        "currencies_config": {k: _encode_any(item) for k, item in obj.currencies_config.items()},
    }
    value: Any
    value = obj.broker_codes
    if value is not None:
        data["broker_codes"] = value
    value = obj.clients_country
    if value is not None:
        data["clients_country"] = value
    value = obj.dxtrade_status
    if value is not None:
        data["dxtrade_status"] = unstructure_website_status_response_website_status_dxtrade_status(
            value
        )
    value = obj.message
    if value is not None:
        data["message"] = value
    value = obj.mt5_status
    if value is not None:
        data["mt5_status"] = unstructure_website_status_response_website_status_mt5_status(value)
    value = obj.p2p_config
    if value is not None:
        data["p2p_config"] = unstructure_website_status_response_website_status_p2p_config(value)
    value = obj.payment_agents
    if value is not None:
        data["payment_agents"] = unstructure_website_status_response_website_status_payment_agents(
            value
        )
    value = obj.site_status
    if value is not None:
        data["site_status"] = value
    value = obj.supported_languages
    if value is not None:
        data["supported_languages"] = value
    value = obj.terms_conditions_version
    if value is not None:
        data["terms_conditions_version"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_api_call_limits(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusApiCallLimits:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusApiCallLimits)
    count = len(data)
    if count == 4:
        try:
            v_max_proposal_subscription = data["max_proposal_subscription"]
            v_max_requestes_general = data["max_requestes_general"]
            v_max_requests_outcome = data["max_requests_outcome"]
            v_max_requests_pricing = data["max_requests_pricing"]
        except KeyError:
            pass
        else:
            try:
                obj.max_proposal_subscription = structure_website_status_response_website_status_api_call_limits_max_proposal_subscription(
                    v_max_proposal_subscription
                )
            except DecodeError as error:
                raise error.at("max_proposal_subscription") from None
            try:
                obj.max_requestes_general = structure_website_status_response_website_status_api_call_limits_max_requestes_general(
                    v_max_requestes_general
                )
            except DecodeError as error:
                raise error.at("max_requestes_general") from None
            try:
                obj.max_requests_outcome = structure_website_status_response_website_status_api_call_limits_max_requests_outcome(
                    v_max_requests_outcome
                )
            except DecodeError as error:
                raise error.at("max_requests_outcome") from None
            try:
                obj.max_requests_pricing = structure_website_status_response_website_status_api_call_limits_max_requests_pricing(
                    v_max_requests_pricing
                )
            except DecodeError as error:
                raise error.at("max_requests_pricing") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["max_proposal_subscription"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_proposal_subscription",)) from None
    try:
        obj.max_proposal_subscription = structure_website_status_response_website_status_api_call_limits_max_proposal_subscription(
            value
        )
    except DecodeError as error:
        raise error.at("max_proposal_subscription") from None
    try:
        value = data["max_requestes_general"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_requestes_general",)) from None
    try:
        obj.max_requestes_general = (
            structure_website_status_response_website_status_api_call_limits_max_requestes_general(
                value
            )
        )
    except DecodeError as error:
        raise error.at("max_requestes_general") from None
    try:
        value = data["max_requests_outcome"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_requests_outcome",)) from None
    try:
        obj.max_requests_outcome = (
            structure_website_status_response_website_status_api_call_limits_max_requests_outcome(
                value
            )
        )
    except DecodeError as error:
        raise error.at("max_requests_outcome") from None
    try:
        value = data["max_requests_pricing"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_requests_pricing",)) from None
    try:
        obj.max_requests_pricing = (
            structure_website_status_response_website_status_api_call_limits_max_requests_pricing(
                value
            )
        )
    except DecodeError as error:
        raise error.at("max_requests_pricing") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS
        }
    return obj


def unstructure_website_status_response_website_status_api_call_limits(
    obj: m.WebsiteStatusResponseWebsiteStatusApiCallLimits,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "max_proposal_subscription": unstructure_website_status_response_website_status_api_call_limits_max_proposal_subscription(
            obj.max_proposal_subscription
        ),
        "max_requestes_general": unstructure_website_status_response_website_status_api_call_limits_max_requestes_general(
            obj.max_requestes_general
        ),
        "max_requests_outcome": unstructure_website_status_response_website_status_api_call_limits_max_requests_outcome(
            obj.max_requests_outcome
        ),
        "max_requests_pricing": unstructure_website_status_response_website_status_api_call_limits_max_requests_pricing(
            obj.max_requests_pricing
        ),
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_api_call_limits_max_proposal_subscription(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription)
    count = len(data)
    if count == 2:
        try:
            v_applies_to = data["applies_to"]
            v_max = data["max"]
        except KeyError:
            pass
        else:
            if (v_applies_to.__class__ is str) and (
                (kind := v_max.__class__) is float or kind is int
            ):
                obj.applies_to = v_applies_to
                obj.max = v_max
                obj.extra_fields = {}
                return obj
    try:
        value = data["applies_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("applies_to",)) from None
    if value.__class__ is str:
        obj.applies_to = value
    else:
        raise _expected("a string", value).at("applies_to")
    try:
        value = data["max"]
    except KeyError:
        raise DecodeError("required field is missing", ("max",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.max = value
    else:
        raise _expected("a number", value).at("max")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_PROPOSAL_SUBSCRIPTION
        }
    return obj


def unstructure_website_status_response_website_status_api_call_limits_max_proposal_subscription(
    obj: m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"applies_to": obj.applies_to, "max": obj.max}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_api_call_limits_max_requestes_general(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral)
    count = len(data)
    if count == 3:
        try:
            v_applies_to = data["applies_to"]
            v_hourly = data["hourly"]
            v_minutely = data["minutely"]
        except KeyError:
            pass
        else:
            if (
                (v_applies_to.__class__ is str)
                and ((kind := v_hourly.__class__) is float or kind is int)
                and ((kind := v_minutely.__class__) is float or kind is int)
            ):
                obj.applies_to = v_applies_to
                obj.hourly = v_hourly
                obj.minutely = v_minutely
                obj.extra_fields = {}
                return obj
    try:
        value = data["applies_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("applies_to",)) from None
    if value.__class__ is str:
        obj.applies_to = value
    else:
        raise _expected("a string", value).at("applies_to")
    try:
        value = data["hourly"]
    except KeyError:
        raise DecodeError("required field is missing", ("hourly",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.hourly = value
    else:
        raise _expected("a number", value).at("hourly")
    try:
        value = data["minutely"]
    except KeyError:
        raise DecodeError("required field is missing", ("minutely",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.minutely = value
    else:
        raise _expected("a number", value).at("minutely")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTES_GENERAL
        }
    return obj


def unstructure_website_status_response_website_status_api_call_limits_max_requestes_general(
    obj: m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "applies_to": obj.applies_to,
        "hourly": obj.hourly,
        "minutely": obj.minutely,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_api_call_limits_max_requests_outcome(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome)
    count = len(data)
    if count == 3:
        try:
            v_applies_to = data["applies_to"]
            v_hourly = data["hourly"]
            v_minutely = data["minutely"]
        except KeyError:
            pass
        else:
            if (
                (v_applies_to.__class__ is str)
                and ((kind := v_hourly.__class__) is float or kind is int)
                and ((kind := v_minutely.__class__) is float or kind is int)
            ):
                obj.applies_to = v_applies_to
                obj.hourly = v_hourly
                obj.minutely = v_minutely
                obj.extra_fields = {}
                return obj
    try:
        value = data["applies_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("applies_to",)) from None
    if value.__class__ is str:
        obj.applies_to = value
    else:
        raise _expected("a string", value).at("applies_to")
    try:
        value = data["hourly"]
    except KeyError:
        raise DecodeError("required field is missing", ("hourly",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.hourly = value
    else:
        raise _expected("a number", value).at("hourly")
    try:
        value = data["minutely"]
    except KeyError:
        raise DecodeError("required field is missing", ("minutely",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.minutely = value
    else:
        raise _expected("a number", value).at("minutely")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTS_OUTCOME
        }
    return obj


def unstructure_website_status_response_website_status_api_call_limits_max_requests_outcome(
    obj: m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "applies_to": obj.applies_to,
        "hourly": obj.hourly,
        "minutely": obj.minutely,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_api_call_limits_max_requests_pricing(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing)
    count = len(data)
    if count == 3:
        try:
            v_applies_to = data["applies_to"]
            v_hourly = data["hourly"]
            v_minutely = data["minutely"]
        except KeyError:
            pass
        else:
            if (
                (v_applies_to.__class__ is str)
                and ((kind := v_hourly.__class__) is float or kind is int)
                and ((kind := v_minutely.__class__) is float or kind is int)
            ):
                obj.applies_to = v_applies_to
                obj.hourly = v_hourly
                obj.minutely = v_minutely
                obj.extra_fields = {}
                return obj
    try:
        value = data["applies_to"]
    except KeyError:
        raise DecodeError("required field is missing", ("applies_to",)) from None
    if value.__class__ is str:
        obj.applies_to = value
    else:
        raise _expected("a string", value).at("applies_to")
    try:
        value = data["hourly"]
    except KeyError:
        raise DecodeError("required field is missing", ("hourly",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.hourly = value
    else:
        raise _expected("a number", value).at("hourly")
    try:
        value = data["minutely"]
    except KeyError:
        raise DecodeError("required field is missing", ("minutely",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.minutely = value
    else:
        raise _expected("a number", value).at("minutely")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_API_CALL_LIMITS_MAX_REQUESTS_PRICING
        }
    return obj


def unstructure_website_status_response_website_status_api_call_limits_max_requests_pricing(
    obj: m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "applies_to": obj.applies_to,
        "hourly": obj.hourly,
        "minutely": obj.minutely,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_currencies_config_value(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue)
    count = len(data)
    if count == 9:
        try:
            v_fractional_digits = data["fractional_digits"]
            v_is_deposit_suspended = data["is_deposit_suspended"]
            v_is_suspended = data["is_suspended"]
            v_is_withdrawal_suspended = data["is_withdrawal_suspended"]
            v_name = data["name"]
            v_platform = data["platform"]
            v_stake_default = data["stake_default"]
            v_transfer_between_accounts = data["transfer_between_accounts"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_fractional_digits.__class__) is float or kind is int)
                and (
                    v_is_deposit_suspended.__class__ is _INT
                    and v_is_deposit_suspended in _ALLOWED_0_1
                )
                and (v_is_suspended.__class__ is _INT and v_is_suspended in _ALLOWED_0_1)
                and (
                    v_is_withdrawal_suspended.__class__ is _INT
                    and v_is_withdrawal_suspended in _ALLOWED_0_1
                )
                and (v_name.__class__ is str)
                and ((kind := v_stake_default.__class__) is float or kind is int)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_crypto_fiat)
            ):
                obj.fractional_digits = v_fractional_digits
                obj.is_deposit_suspended = v_is_deposit_suspended
                obj.is_suspended = v_is_suspended
                obj.is_withdrawal_suspended = v_is_withdrawal_suspended
                obj.name = v_name
                try:
                    obj.platform = structure_website_status_response_website_status_currencies_config_value_platform(
                        v_platform
                    )
                except DecodeError as error:
                    raise error.at("platform") from None
                obj.stake_default = v_stake_default
                try:
                    obj.transfer_between_accounts = structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts(
                        v_transfer_between_accounts
                    )
                except DecodeError as error:
                    raise error.at("transfer_between_accounts") from None
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["fractional_digits"]
    except KeyError:
        raise DecodeError("required field is missing", ("fractional_digits",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.fractional_digits = value
    else:
        raise _expected("a number", value).at("fractional_digits")
    try:
        value = data["is_deposit_suspended"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_deposit_suspended",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_deposit_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_deposit_suspended")
    try:
        value = data["is_suspended"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_suspended",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_suspended")
    try:
        value = data["is_withdrawal_suspended"]
    except KeyError:
        raise DecodeError("required field is missing", ("is_withdrawal_suspended",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_withdrawal_suspended = value
    else:
        raise _not_one_of("0, 1", value).at("is_withdrawal_suspended")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "platform" not in data:
        obj.platform = None
        count += 1
    else:
        value = data["platform"]
        try:
            obj.platform = (
                structure_website_status_response_website_status_currencies_config_value_platform(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("platform") from None
    try:
        value = data["stake_default"]
    except KeyError:
        raise DecodeError("required field is missing", ("stake_default",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.stake_default = value
    else:
        raise _expected("a number", value).at("stake_default")
    try:
        value = data["transfer_between_accounts"]
    except KeyError:
        raise DecodeError("required field is missing", ("transfer_between_accounts",)) from None
    try:
        obj.transfer_between_accounts = structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts(
            value
        )
    except DecodeError as error:
        raise error.at("transfer_between_accounts") from None
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_crypto_fiat:
        obj.type = value
    else:
        raise _not_one_of("'fiat', 'crypto'", value).at("type")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE
        }
    return obj


def unstructure_website_status_response_website_status_currencies_config_value(
    obj: m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fractional_digits": obj.fractional_digits,
        "is_deposit_suspended": obj.is_deposit_suspended,
        "is_suspended": obj.is_suspended,
        "is_withdrawal_suspended": obj.is_withdrawal_suspended,
        "stake_default": obj.stake_default,
        "transfer_between_accounts": unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts(
            obj.transfer_between_accounts
        ),
        "type": obj.type,
    }
    value: Any
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.platform
    if value is not None:
        data["platform"] = (
            unstructure_website_status_response_website_status_currencies_config_value_platform(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_currencies_config_value_platform(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform)
    count = len(data)
    if count == 2:
        try:
            v_cashier = data["cashier"]
            v_ramp = data["ramp"]
        except KeyError:
            pass
        else:
            if (v_cashier.__class__ is list) and (v_ramp.__class__ is list):
                obj.cashier = v_cashier
                obj.ramp = v_ramp
                obj.extra_fields = {}
                return obj
    try:
        value = data["cashier"]
    except KeyError:
        raise DecodeError("required field is missing", ("cashier",)) from None
    if value.__class__ is list:
        obj.cashier = value
    else:
        raise _expected("an array", value).at("cashier")
    try:
        value = data["ramp"]
    except KeyError:
        raise DecodeError("required field is missing", ("ramp",)) from None
    if value.__class__ is list:
        obj.ramp = value
    else:
        raise _expected("an array", value).at("ramp")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_PLATFORM
        }
    return obj


def unstructure_website_status_response_website_status_currencies_config_value_platform(
    obj: m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"cashier": obj.cashier, "ramp": obj.ramp}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts)
    count = len(data)
    if count == 5:
        try:
            v_fees = data["fees"]
            v_limits = data["limits"]
            v_limits_ctrader = data["limits_ctrader"]
            v_limits_dxtrade = data["limits_dxtrade"]
            v_limits_mt5 = data["limits_mt5"]
        except KeyError:
            pass
        else:
            if (
                (v_limits_ctrader.__class__ is dict)
                and (v_limits_dxtrade.__class__ is dict)
                and (v_limits_mt5.__class__ is dict)
            ):
                try:
                    obj.fees = _decode_dict_of_float_or_any(v_fees)
                except DecodeError as error:
                    raise error.at("fees") from None
                try:
                    obj.limits = (
                        None
                        if v_limits is None
                        else structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min(
                            v_limits
                        )
                    )
                except DecodeError as error:
                    raise error.at("limits") from None
                obj.limits_ctrader = v_limits_ctrader
                obj.limits_dxtrade = v_limits_dxtrade
                obj.limits_mt5 = v_limits_mt5
                obj.extra_fields = {}
                return obj
    try:
        value = data["fees"]
    except KeyError:
        raise DecodeError("required field is missing", ("fees",)) from None
    try:
        obj.fees = _decode_dict_of_float_or_any(value)
    except DecodeError as error:
        raise error.at("fees") from None
    try:
        value = data["limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("limits",)) from None
    try:
        obj.limits = (
            None
            if value is None
            else structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min(
                value
            )
        )
    except DecodeError as error:
        raise error.at("limits") from None
    if "limits_ctrader" not in data:
        obj.limits_ctrader = None
        count += 1
    elif (value := data["limits_ctrader"]).__class__ is dict:
        obj.limits_ctrader = value
    else:
        raise _expected("an object", value).at("limits_ctrader")
    if "limits_dxtrade" not in data:
        obj.limits_dxtrade = None
        count += 1
    elif (value := data["limits_dxtrade"]).__class__ is dict:
        obj.limits_dxtrade = value
    else:
        raise _expected("an object", value).at("limits_dxtrade")
    if "limits_mt5" not in data:
        obj.limits_mt5 = None
        count += 1
    elif (value := data["limits_mt5"]).__class__ is dict:
        obj.limits_mt5 = value
    else:
        raise _expected("an object", value).at("limits_mt5")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS
        }
    return obj


def unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts(
    obj: m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fees": obj.fees,
        "limits": None
        if obj.limits is None
        else unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min(
            obj.limits
        ),
    }
    value: Any
    value = obj.limits_ctrader
    if value is not None:
        data["limits_ctrader"] = value
    value = obj.limits_dxtrade
    if value is not None:
        data["limits_dxtrade"] = value
    value = obj.limits_mt5
    if value is not None:
        data["limits_mt5"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin
    )
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if ((kind := v_max.__class__) is float or kind is int) and (
                (kind := v_min.__class__) is float or kind is int
            ):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    if "max" not in data:
        obj.max = None
        count += 1
    elif (kind := (value := data["max"]).__class__) is float or kind is int:
        obj.max = value
    else:
        raise _expected("a number", value).at("max")
    try:
        value = data["min"]
    except KeyError:
        raise DecodeError("required field is missing", ("min",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.min = value
    else:
        raise _expected("a number", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_WITH_MIN
        }
    return obj


def unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min(
    obj: m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"min": obj.min}
    value: Any
    value = obj.max
    if value is not None:
        data["max"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_dxtrade_status(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusDxtradeStatus:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusDxtradeStatus)
    count = len(data)
    if count == 3:
        try:
            v_all = data["all"]
            v_demo = data["demo"]
            v_real = data["real"]
        except KeyError:
            pass
        else:
            if (v_all.__class__ is int) and (v_demo.__class__ is int) and (v_real.__class__ is int):
                obj.all = v_all
                obj.demo = v_demo
                obj.real = v_real
                obj.extra_fields = {}
                return obj
    if "all" not in data:
        obj.all = None
        count += 1
    elif (value := data["all"]).__class__ is int:
        obj.all = value
    else:
        raise _expected("an integer", value).at("all")
    if "demo" not in data:
        obj.demo = None
        count += 1
    elif (value := data["demo"]).__class__ is int:
        obj.demo = value
    else:
        raise _expected("an integer", value).at("demo")
    if "real" not in data:
        obj.real = None
        count += 1
    elif (value := data["real"]).__class__ is int:
        obj.real = value
    else:
        raise _expected("an integer", value).at("real")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_DXTRADE_STATUS
        }
    return obj


def unstructure_website_status_response_website_status_dxtrade_status(
    obj: m.WebsiteStatusResponseWebsiteStatusDxtradeStatus,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.all
    if value is not None:
        data["all"] = value
    value = obj.demo
    if value is not None:
        data["demo"] = value
    value = obj.real
    if value is not None:
        data["real"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_mt5_status(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusMt5Status:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusMt5Status)
    count = len(data)
    if count == 2:
        try:
            v_demo = data["demo"]
            v_real = data["real"]
        except KeyError:
            pass
        else:
            if (v_demo.__class__ is list) and (v_real.__class__ is list):
                obj.demo = v_demo
                obj.real = v_real
                obj.extra_fields = {}
                return obj
    if "demo" not in data:
        obj.demo = None
        count += 1
    elif (value := data["demo"]).__class__ is list:
        obj.demo = value
    else:
        raise _expected("an array", value).at("demo")
    if "real" not in data:
        obj.real = None
        count += 1
    elif (value := data["real"]).__class__ is list:
        obj.real = value
    else:
        raise _expected("an array", value).at("real")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_MT5_STATUS
        }
    return obj


def unstructure_website_status_response_website_status_mt5_status(
    obj: m.WebsiteStatusResponseWebsiteStatusMt5Status,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.demo
    if value is not None:
        data["demo"] = value
    value = obj.real
    if value is not None:
        data["real"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_p2p_config(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusP2pConfig:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusP2pConfig)
    count = len(data)
    if count == 23:
        try:
            v_adverts_active_limit = data["adverts_active_limit"]
            v_adverts_archive_period = data["adverts_archive_period"]
            v_block_trade = data["block_trade"]
            v_cancellation_block_duration = data["cancellation_block_duration"]
            v_cancellation_count_period = data["cancellation_count_period"]
            v_cancellation_grace_period = data["cancellation_grace_period"]
            v_cancellation_limit = data["cancellation_limit"]
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
            v_order_payment_period = data["order_payment_period"]
            v_override_exchange_rate = data["override_exchange_rate"]
            v_payment_methods_enabled = data["payment_methods_enabled"]
            v_review_period = data["review_period"]
            v_supported_currencies = data["supported_currencies"]
        except KeyError:
            pass
        else:
            if (
                (v_adverts_active_limit.__class__ is int)
                and (v_adverts_archive_period.__class__ is int)
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
                and ((kind := v_review_period.__class__) is float or kind is int)
            ):
                obj.adverts_active_limit = v_adverts_active_limit
                obj.adverts_archive_period = v_adverts_archive_period
                try:
                    obj.block_trade = (
                        structure_website_status_response_website_status_p2p_config_block_trade(
                            v_block_trade
                        )
                    )
                except DecodeError as error:
                    raise error.at("block_trade") from None
                obj.cancellation_block_duration = v_cancellation_block_duration
                obj.cancellation_count_period = v_cancellation_count_period
                obj.cancellation_grace_period = v_cancellation_grace_period
                obj.cancellation_limit = v_cancellation_limit
                obj.cross_border_ads_enabled = v_cross_border_ads_enabled
                obj.disabled = v_disabled
                obj.feature_level = v_feature_level
                obj.fixed_rate_adverts = v_fixed_rate_adverts
                obj.fixed_rate_adverts_end_date = v_fixed_rate_adverts_end_date
                obj.float_rate_adverts = v_float_rate_adverts
                obj.float_rate_offset_limit = v_float_rate_offset_limit
                try:
                    obj.local_currencies = _decode_list_of_WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem(
                        v_local_currencies
                    )
                except DecodeError as error:
                    raise error.at("local_currencies") from None
                obj.maximum_advert_amount = v_maximum_advert_amount
                obj.maximum_order_amount = v_maximum_order_amount
                obj.order_daily_limit = v_order_daily_limit
                obj.order_payment_period = v_order_payment_period
                obj.override_exchange_rate = v_override_exchange_rate
                obj.payment_methods_enabled = v_payment_methods_enabled
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
        obj.block_trade = structure_website_status_response_website_status_p2p_config_block_trade(
            value
        )
    except DecodeError as error:
        raise error.at("block_trade") from None
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
        obj.local_currencies = (
            _decode_list_of_WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem(value)
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
    if count == 23:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG
        }
    return obj


def unstructure_website_status_response_website_status_p2p_config(
    obj: m.WebsiteStatusResponseWebsiteStatusP2pConfig,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "adverts_active_limit": obj.adverts_active_limit,
        "block_trade": unstructure_website_status_response_website_status_p2p_config_block_trade(
            obj.block_trade
        ),
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
            unstructure_website_status_response_website_status_p2p_config_local_currencies_item(
                item
            )
            for item in obj.local_currencies
        ],
        "maximum_advert_amount": obj.maximum_advert_amount,
        "maximum_order_amount": obj.maximum_order_amount,
        "order_daily_limit": obj.order_daily_limit,
        "order_payment_period": obj.order_payment_period,
        "payment_methods_enabled": obj.payment_methods_enabled,
        "review_period": obj.review_period,
        "supported_currencies": obj.supported_currencies,
    }
    value: Any
    value = obj.adverts_archive_period
    if value is not None:
        data["adverts_archive_period"] = value
    value = obj.fixed_rate_adverts_end_date
    if value is not None:
        data["fixed_rate_adverts_end_date"] = value
    value = obj.override_exchange_rate
    if value is not None:
        data["override_exchange_rate"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_p2p_config_block_trade(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade)
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
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG_BLOCK_TRADE
        }
    return obj


def unstructure_website_status_response_website_status_p2p_config_block_trade(
    obj: m.WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade,
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


def structure_website_status_response_website_status_p2p_config_local_currencies_item(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem)
    count = len(data)
    if count == 4:
        try:
            v_display_name = data["display_name"]
            v_has_adverts = data["has_adverts"]
            v_is_default = data["is_default"]
            v_symbol = data["symbol"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_has_adverts.__class__ is _INT and v_has_adverts in _ALLOWED_0_1)
                and (v_is_default.__class__ is _INT and v_is_default in _ALLOWED_1)
                and (v_symbol.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.has_adverts = v_has_adverts
                obj.is_default = v_is_default
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
    try:
        value = data["symbol"]
    except KeyError:
        raise DecodeError("required field is missing", ("symbol",)) from None
    if value.__class__ is str:
        obj.symbol = value
    else:
        raise _expected("a string", value).at("symbol")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_P2P_CONFIG_LOCAL_CURRENCIES_ITEM
        }
    return obj


def unstructure_website_status_response_website_status_p2p_config_local_currencies_item(
    obj: m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem,
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
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_status_response_website_status_payment_agents(
    data: Any,
) -> m.WebsiteStatusResponseWebsiteStatusPaymentAgents:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteStatusResponseWebsiteStatusPaymentAgents)
    count = len(data)
    if count == 1:
        try:
            v_initial_deposit_per_country = data["initial_deposit_per_country"]
        except KeyError:
            pass
        else:
            try:
                obj.initial_deposit_per_country = _decode_dict_of_float_or_any(
                    v_initial_deposit_per_country
                )
            except DecodeError as error:
                raise error.at("initial_deposit_per_country") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["initial_deposit_per_country"]
    except KeyError:
        raise DecodeError("required field is missing", ("initial_deposit_per_country",)) from None
    try:
        obj.initial_deposit_per_country = _decode_dict_of_float_or_any(value)
    except DecodeError as error:
        raise error.at("initial_deposit_per_country") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_STATUS_RESPONSE_WEBSITE_STATUS_PAYMENT_AGENTS
        }
    return obj


def unstructure_website_status_response_website_status_payment_agents(
    obj: m.WebsiteStatusResponseWebsiteStatusPaymentAgents,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"initial_deposit_per_country": obj.initial_deposit_per_country}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.WebsiteStatusRequest: structure_website_status_request,
    m.WebsiteStatusResponse: structure_website_status_response,
    m.WebsiteStatusResponseSubscription: structure_website_status_response_subscription,
    m.WebsiteStatusResponseWebsiteStatus: structure_website_status_response_website_status,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimits: structure_website_status_response_website_status_api_call_limits,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription: structure_website_status_response_website_status_api_call_limits_max_proposal_subscription,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral: structure_website_status_response_website_status_api_call_limits_max_requestes_general,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome: structure_website_status_response_website_status_api_call_limits_max_requests_outcome,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing: structure_website_status_response_website_status_api_call_limits_max_requests_pricing,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue: structure_website_status_response_website_status_currencies_config_value,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform: structure_website_status_response_website_status_currencies_config_value_platform,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts: structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin: structure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min,
    m.WebsiteStatusResponseWebsiteStatusDxtradeStatus: structure_website_status_response_website_status_dxtrade_status,
    m.WebsiteStatusResponseWebsiteStatusMt5Status: structure_website_status_response_website_status_mt5_status,
    m.WebsiteStatusResponseWebsiteStatusP2pConfig: structure_website_status_response_website_status_p2p_config,
    m.WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade: structure_website_status_response_website_status_p2p_config_block_trade,
    m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem: structure_website_status_response_website_status_p2p_config_local_currencies_item,
    m.WebsiteStatusResponseWebsiteStatusPaymentAgents: structure_website_status_response_website_status_payment_agents,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.WebsiteStatusRequest: unstructure_website_status_request,
    m.WebsiteStatusResponse: unstructure_website_status_response,
    m.WebsiteStatusResponseSubscription: unstructure_website_status_response_subscription,
    m.WebsiteStatusResponseWebsiteStatus: unstructure_website_status_response_website_status,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimits: unstructure_website_status_response_website_status_api_call_limits,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxProposalSubscription: unstructure_website_status_response_website_status_api_call_limits_max_proposal_subscription,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestesGeneral: unstructure_website_status_response_website_status_api_call_limits_max_requestes_general,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsOutcome: unstructure_website_status_response_website_status_api_call_limits_max_requests_outcome,
    m.WebsiteStatusResponseWebsiteStatusApiCallLimitsMaxRequestsPricing: unstructure_website_status_response_website_status_api_call_limits_max_requests_pricing,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValue: unstructure_website_status_response_website_status_currencies_config_value,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValuePlatform: unstructure_website_status_response_website_status_currencies_config_value_platform,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccounts: unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts,
    m.WebsiteStatusResponseWebsiteStatusCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin: unstructure_website_status_response_website_status_currencies_config_value_transfer_between_accounts_limits_with_min,
    m.WebsiteStatusResponseWebsiteStatusDxtradeStatus: unstructure_website_status_response_website_status_dxtrade_status,
    m.WebsiteStatusResponseWebsiteStatusMt5Status: unstructure_website_status_response_website_status_mt5_status,
    m.WebsiteStatusResponseWebsiteStatusP2pConfig: unstructure_website_status_response_website_status_p2p_config,
    m.WebsiteStatusResponseWebsiteStatusP2pConfigBlockTrade: unstructure_website_status_response_website_status_p2p_config_block_trade,
    m.WebsiteStatusResponseWebsiteStatusP2pConfigLocalCurrenciesItem: unstructure_website_status_response_website_status_p2p_config_local_currencies_item,
    m.WebsiteStatusResponseWebsiteStatusPaymentAgents: unstructure_website_status_response_website_status_payment_agents,
}
