"""Decoders and encoders of the models of the ``website_config`` call (system group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_crypto_fiat = frozenset({"crypto", "fiat"})


_ALLOWED_website_config = frozenset({"website_config"})


_KEYS_WEBSITE_CONFIG_REQUEST = frozenset(
    (
        "website_config",
        "passthrough",
        "req_id",
    )
)


_KEYS_WEBSITE_CONFIG_RESPONSE = frozenset(
    (
        "website_config",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_WEBSITE_CONFIG_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG = frozenset(
    (
        "currencies_config",
        "feature_flags",
        "payment_agents",
        "supported_languages",
        "terms_conditions_version",
    )
)


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE = frozenset(
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


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_PLATFORM = frozenset(
    (
        "cashier",
        "ramp",
    )
)


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS = (
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


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_OPTION1 = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_PAYMENT_AGENTS = frozenset(
    ("initial_deposit_per_country",)
)


def _decode_WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue_or_any(
    value: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue | Any:
    result: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue | Any = _first_match(
        value,
        (
            structure_website_config_response_website_config_currencies_config_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue_or_any(
    value: Any,
) -> dict[str, m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue_or_any(
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


def structure_website_config_request(data: Any) -> m.WebsiteConfigRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigRequest)
    count = len(data)
    try:
        value = data["website_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("website_config",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.website_config = value
    else:
        raise _not_one_of("1", value).at("website_config")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_WEBSITE_CONFIG_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_website_config_request(obj: m.WebsiteConfigRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"website_config": obj.website_config}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_website_config_response(data: Any) -> m.WebsiteConfigResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponse)
    count = len(data)
    value = data.get("website_config", _MISSING)
    if value is _MISSING:
        obj.website_config = None
        count += 1
    else:
        try:
            obj.website_config = structure_website_config_response_website_config(value)
        except DecodeError as error:
            raise error.at("website_config") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
        try:
            obj.subscription = structure_website_config_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_website_config:
        obj.msg_type = value
    else:
        raise _not_one_of("'website_config'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WEBSITE_CONFIG_RESPONSE}
    return obj


def unstructure_website_config_response(obj: m.WebsiteConfigResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.website_config
    if value is not None:
        data["website_config"] = unstructure_website_config_response_website_config(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_website_config_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_config_response_subscription(
    data: Any,
) -> m.WebsiteConfigResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseSubscription)
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_WEBSITE_CONFIG_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_website_config_response_subscription(
    obj: m.WebsiteConfigResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_config_response_website_config(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfig:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseWebsiteConfig)
    count = len(data)
    try:
        value = data["currencies_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("currencies_config",)) from None
    try:
        obj.currencies_config = (
            _decode_dict_of_WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue_or_any(value)
        )
    except DecodeError as error:
        raise error.at("currencies_config") from None
    value = data.get("feature_flags", _MISSING)
    if value is _MISSING:
        obj.feature_flags = None
        count += 1
    else:
        try:
            obj.feature_flags = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("feature_flags") from None
    value = data.get("payment_agents", _MISSING)
    if value is _MISSING:
        obj.payment_agents = None
        count += 1
    else:
        try:
            obj.payment_agents = structure_website_config_response_website_config_payment_agents(
                value
            )
        except DecodeError as error:
            raise error.at("payment_agents") from None
    value = data.get("supported_languages", _MISSING)
    if value is _MISSING:
        obj.supported_languages = None
        count += 1
    else:
        try:
            obj.supported_languages = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("supported_languages") from None
    value = data.get("terms_conditions_version", _MISSING)
    if value.__class__ is str:
        obj.terms_conditions_version = value
    elif value is _MISSING:
        obj.terms_conditions_version = None
        count += 1
    else:
        raise _expected("a string", value).at("terms_conditions_version")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG
        }
    return obj


def unstructure_website_config_response_website_config(
    obj: m.WebsiteConfigResponseWebsiteConfig,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "currencies_config": {k: _encode_any(item) for k, item in obj.currencies_config.items()}
    }
    value: Any
    value = obj.feature_flags
    if value is not None:
        data["feature_flags"] = value
    value = obj.payment_agents
    if value is not None:
        data["payment_agents"] = unstructure_website_config_response_website_config_payment_agents(
            value
        )
    value = obj.supported_languages
    if value is not None:
        data["supported_languages"] = value
    value = obj.terms_conditions_version
    if value is not None:
        data["terms_conditions_version"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_config_response_website_config_currencies_config_value(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue)
    count = len(data)
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
    value = data.get("name", _MISSING)
    if value.__class__ is str:
        obj.name = value
    elif value is _MISSING:
        obj.name = None
        count += 1
    else:
        raise _expected("a string", value).at("name")
    value = data.get("platform", _MISSING)
    if value is _MISSING:
        obj.platform = None
        count += 1
    else:
        try:
            obj.platform = (
                structure_website_config_response_website_config_currencies_config_value_platform(
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
        obj.transfer_between_accounts = structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts(
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
            if k not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE
        }
    return obj


def unstructure_website_config_response_website_config_currencies_config_value(
    obj: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fractional_digits": obj.fractional_digits,
        "is_deposit_suspended": obj.is_deposit_suspended,
        "is_suspended": obj.is_suspended,
        "is_withdrawal_suspended": obj.is_withdrawal_suspended,
        "stake_default": obj.stake_default,
        "transfer_between_accounts": unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts(
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
            unstructure_website_config_response_website_config_currencies_config_value_platform(
                value
            )
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_config_response_website_config_currencies_config_value_platform(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform)
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
    if len(data) == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_PLATFORM
        }
    return obj


def unstructure_website_config_response_website_config_currencies_config_value_platform(
    obj: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"cashier": obj.cashier, "ramp": obj.ramp}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts)
    count = len(data)
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
            else structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1(
                value
            )
        )
    except DecodeError as error:
        raise error.at("limits") from None
    value = data.get("limits_ctrader", _MISSING)
    if value.__class__ is dict:
        obj.limits_ctrader = value
    elif value is _MISSING:
        obj.limits_ctrader = None
        count += 1
    else:
        raise _expected("an object", value).at("limits_ctrader")
    value = data.get("limits_dxtrade", _MISSING)
    if value.__class__ is dict:
        obj.limits_dxtrade = value
    elif value is _MISSING:
        obj.limits_dxtrade = None
        count += 1
    else:
        raise _expected("an object", value).at("limits_dxtrade")
    value = data.get("limits_mt5", _MISSING)
    if value.__class__ is dict:
        obj.limits_mt5 = value
    elif value is _MISSING:
        obj.limits_mt5 = None
        count += 1
    else:
        raise _expected("an object", value).at("limits_mt5")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS
        }
    return obj


def unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts(
    obj: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "fees": obj.fees,
        "limits": None
        if obj.limits is None
        else unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1(
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


def structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1
    )
    count = len(data)
    value = data.get("max", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.max = value
    elif value is _MISSING:
        obj.max = None
        count += 1
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
            not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_OPTION1
        }
    return obj


def unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1(
    obj: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1,
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


def structure_website_config_response_website_config_payment_agents(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigPaymentAgents:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WebsiteConfigResponseWebsiteConfigPaymentAgents)
    try:
        value = data["initial_deposit_per_country"]
    except KeyError:
        raise DecodeError("required field is missing", ("initial_deposit_per_country",)) from None
    try:
        obj.initial_deposit_per_country = _decode_dict_of_float_or_any(value)
    except DecodeError as error:
        raise error.at("initial_deposit_per_country") from None
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_PAYMENT_AGENTS
        }
    return obj


def unstructure_website_config_response_website_config_payment_agents(
    obj: m.WebsiteConfigResponseWebsiteConfigPaymentAgents,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"initial_deposit_per_country": obj.initial_deposit_per_country}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.WebsiteConfigRequest: structure_website_config_request,
    m.WebsiteConfigResponse: structure_website_config_response,
    m.WebsiteConfigResponseSubscription: structure_website_config_response_subscription,
    m.WebsiteConfigResponseWebsiteConfig: structure_website_config_response_website_config,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue: structure_website_config_response_website_config_currencies_config_value,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform: structure_website_config_response_website_config_currencies_config_value_platform,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts: structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1: structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1,
    m.WebsiteConfigResponseWebsiteConfigPaymentAgents: structure_website_config_response_website_config_payment_agents,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.WebsiteConfigRequest: unstructure_website_config_request,
    m.WebsiteConfigResponse: unstructure_website_config_response,
    m.WebsiteConfigResponseSubscription: unstructure_website_config_response_subscription,
    m.WebsiteConfigResponseWebsiteConfig: unstructure_website_config_response_website_config,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue: unstructure_website_config_response_website_config_currencies_config_value,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValuePlatform: unstructure_website_config_response_website_config_currencies_config_value_platform,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccounts: unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts,
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsOption1: unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_option1,
    m.WebsiteConfigResponseWebsiteConfigPaymentAgents: unstructure_website_config_response_website_config_payment_agents,
}
