"""Decoders and encoders of the models of the ``website_config`` call (system group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
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


_KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_WITH_MIN = frozenset(
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
    if count == 3:
        try:
            v_website_config = data["website_config"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_website_config.__class__ is _INT and v_website_config in _ALLOWED_1)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.website_config = v_website_config
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["website_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("website_config",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.website_config = value
    else:
        raise _not_one_of("1", value).at("website_config")
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
    if count == 5:
        try:
            v_website_config = data["website_config"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_website_config)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.website_config = structure_website_config_response_website_config(
                        v_website_config
                    )
                except DecodeError as error:
                    raise error.at("website_config") from None
                try:
                    obj.subscription = structure_website_config_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "website_config" not in data:
        obj.website_config = None
        count += 1
    else:
        value = data["website_config"]
        try:
            obj.website_config = structure_website_config_response_website_config(value)
        except DecodeError as error:
            raise error.at("website_config") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
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
    if count == 5:
        try:
            v_currencies_config = data["currencies_config"]
            v_feature_flags = data["feature_flags"]
            v_payment_agents = data["payment_agents"]
            v_supported_languages = data["supported_languages"]
            v_terms_conditions_version = data["terms_conditions_version"]
        except KeyError:
            pass
        else:
            if v_terms_conditions_version.__class__ is str:
                try:
                    obj.currencies_config = _decode_dict_of_WebsiteConfigResponseWebsiteConfigCurrenciesConfigValue_or_any(
                        v_currencies_config
                    )
                except DecodeError as error:
                    raise error.at("currencies_config") from None
                try:
                    obj.feature_flags = _decode_list_of_str(v_feature_flags)
                except DecodeError as error:
                    raise error.at("feature_flags") from None
                try:
                    obj.payment_agents = (
                        structure_website_config_response_website_config_payment_agents(
                            v_payment_agents
                        )
                    )
                except DecodeError as error:
                    raise error.at("payment_agents") from None
                try:
                    obj.supported_languages = _decode_list_of_str(v_supported_languages)
                except DecodeError as error:
                    raise error.at("supported_languages") from None
                obj.terms_conditions_version = v_terms_conditions_version
                obj.extra_fields = {}
                return obj
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
    if "feature_flags" not in data:
        obj.feature_flags = None
        count += 1
    else:
        value = data["feature_flags"]
        try:
            obj.feature_flags = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("feature_flags") from None
    if "payment_agents" not in data:
        obj.payment_agents = None
        count += 1
    else:
        value = data["payment_agents"]
        try:
            obj.payment_agents = structure_website_config_response_website_config_payment_agents(
                value
            )
        except DecodeError as error:
            raise error.at("payment_agents") from None
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
                    obj.platform = structure_website_config_response_website_config_currencies_config_value_platform(
                        v_platform
                    )
                except DecodeError as error:
                    raise error.at("platform") from None
                obj.stake_default = v_stake_default
                try:
                    obj.transfer_between_accounts = structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts(
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
                        else structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min(
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
            else structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min(
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
        else unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min(
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


def structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min(
    data: Any,
) -> m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(
        m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin
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
            not in _KEYS_WEBSITE_CONFIG_RESPONSE_WEBSITE_CONFIG_CURRENCIES_CONFIG_VALUE_TRANSFER_BETWEEN_ACCOUNTS_LIMITS_WITH_MIN
        }
    return obj


def unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min(
    obj: m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin,
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
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin: structure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min,
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
    m.WebsiteConfigResponseWebsiteConfigCurrenciesConfigValueTransferBetweenAccountsLimitsWithMin: unstructure_website_config_response_website_config_currencies_config_value_transfer_between_accounts_limits_with_min,
    m.WebsiteConfigResponseWebsiteConfigPaymentAgents: unstructure_website_config_response_website_config_payment_agents,
}
