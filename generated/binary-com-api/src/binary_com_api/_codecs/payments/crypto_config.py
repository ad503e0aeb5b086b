"""Decoders and encoders of the models of the ``crypto_config`` call (payments group).

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


_ALLOWED_crypto_config = frozenset({"crypto_config"})


_KEYS_CRYPTO_CONFIG_REQUEST = frozenset(
    (
        "crypto_config",
        "currency_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CRYPTO_CONFIG_RESPONSE = frozenset(
    (
        "crypto_config",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CRYPTO_CONFIG_RESPONSE_CRYPTO_CONFIG = frozenset(("currencies_config",))


_KEYS_CRYPTO_CONFIG_RESPONSE_CRYPTO_CONFIG_CURRENCIES_CONFIG_VALUE = frozenset(
    (
        "is_priority_withdrawal_enabled",
        "minimum_deposit",
        "minimum_withdrawal",
    )
)


def _decode_CryptoConfigResponseCryptoConfigCurrenciesConfigValue_or_any(
    value: Any,
) -> m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue | Any:
    result: m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue | Any = _first_match(
        value,
        (
            structure_crypto_config_response_crypto_config_currencies_config_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_CryptoConfigResponseCryptoConfigCurrenciesConfigValue_or_any(
    value: Any,
) -> dict[str, m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_CryptoConfigResponseCryptoConfigCurrenciesConfigValue_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def structure_crypto_config_request(data: Any) -> m.CryptoConfigRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoConfigRequest)
    count = len(data)
    if count == 5:
        try:
            v_crypto_config = data["crypto_config"]
            v_currency_code = data["currency_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_crypto_config.__class__ is _INT and v_crypto_config in _ALLOWED_1)
                and (v_currency_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.crypto_config = v_crypto_config
                obj.currency_code = v_currency_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["crypto_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("crypto_config",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.crypto_config = value
    else:
        raise _not_one_of("1", value).at("crypto_config")
    if "currency_code" not in data:
        obj.currency_code = None
        count += 1
    elif (value := data["currency_code"]).__class__ is str:
        obj.currency_code = value
    else:
        raise _expected("a string", value).at("currency_code")
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
        unknown = sorted(key for key in data if key not in _KEYS_CRYPTO_CONFIG_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_crypto_config_request(obj: m.CryptoConfigRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"crypto_config": obj.crypto_config}
    value: Any
    value = obj.currency_code
    if value is not None:
        data["currency_code"] = value
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


def structure_crypto_config_response(data: Any) -> m.CryptoConfigResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoConfigResponse)
    count = len(data)
    if count == 4:
        try:
            v_crypto_config = data["crypto_config"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_crypto_config)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.crypto_config = structure_crypto_config_response_crypto_config(
                        v_crypto_config
                    )
                except DecodeError as error:
                    raise error.at("crypto_config") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "crypto_config" not in data:
        obj.crypto_config = None
        count += 1
    else:
        value = data["crypto_config"]
        try:
            obj.crypto_config = structure_crypto_config_response_crypto_config(value)
        except DecodeError as error:
            raise error.at("crypto_config") from None
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
    if value.__class__ is _STR and value in _ALLOWED_crypto_config:
        obj.msg_type = value
    else:
        raise _not_one_of("'crypto_config'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CRYPTO_CONFIG_RESPONSE}
    return obj


def unstructure_crypto_config_response(obj: m.CryptoConfigResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.crypto_config
    if value is not None:
        data["crypto_config"] = unstructure_crypto_config_response_crypto_config(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_crypto_config_response_crypto_config(data: Any) -> m.CryptoConfigResponseCryptoConfig:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoConfigResponseCryptoConfig)
    count = len(data)
    if count == 1:
        try:
            v_currencies_config = data["currencies_config"]
        except KeyError:
            pass
        else:
            try:
                obj.currencies_config = (
                    _decode_dict_of_CryptoConfigResponseCryptoConfigCurrenciesConfigValue_or_any(
                        v_currencies_config
                    )
                )
            except DecodeError as error:
                raise error.at("currencies_config") from None
            obj.extra_fields = {}
            return obj
    try:
        value = data["currencies_config"]
    except KeyError:
        raise DecodeError("required field is missing", ("currencies_config",)) from None
    try:
        obj.currencies_config = (
            _decode_dict_of_CryptoConfigResponseCryptoConfigCurrenciesConfigValue_or_any(value)
        )
    except DecodeError as error:
        raise error.at("currencies_config") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CRYPTO_CONFIG_RESPONSE_CRYPTO_CONFIG
        }
    return obj


def unstructure_crypto_config_response_crypto_config(
    obj: m.CryptoConfigResponseCryptoConfig,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "currencies_config": {k: _encode_any(item) for k, item in obj.currencies_config.items()}
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_crypto_config_response_crypto_config_currencies_config_value(
    data: Any,
) -> m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue)
    count = len(data)
    if count == 3:
        try:
            v_is_priority_withdrawal_enabled = data["is_priority_withdrawal_enabled"]
            v_minimum_deposit = data["minimum_deposit"]
            v_minimum_withdrawal = data["minimum_withdrawal"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_is_priority_withdrawal_enabled.__class__ is _INT
                    and v_is_priority_withdrawal_enabled in _ALLOWED_0_1
                )
                and ((kind := v_minimum_deposit.__class__) is float or kind is int)
                and ((kind := v_minimum_withdrawal.__class__) is float or kind is int)
            ):
                obj.is_priority_withdrawal_enabled = v_is_priority_withdrawal_enabled
                obj.minimum_deposit = v_minimum_deposit
                obj.minimum_withdrawal = v_minimum_withdrawal
                obj.extra_fields = {}
                return obj
    if "is_priority_withdrawal_enabled" not in data:
        obj.is_priority_withdrawal_enabled = None
        count += 1
    elif (
        value := data["is_priority_withdrawal_enabled"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_priority_withdrawal_enabled = value
    else:
        raise _not_one_of("0, 1", value).at("is_priority_withdrawal_enabled")
    if "minimum_deposit" not in data:
        obj.minimum_deposit = None
        count += 1
    elif (kind := (value := data["minimum_deposit"]).__class__) is float or kind is int:
        obj.minimum_deposit = value
    else:
        raise _expected("a number", value).at("minimum_deposit")
    if "minimum_withdrawal" not in data:
        obj.minimum_withdrawal = None
        count += 1
    elif (kind := (value := data["minimum_withdrawal"]).__class__) is float or kind is int:
        obj.minimum_withdrawal = value
    else:
        raise _expected("a number", value).at("minimum_withdrawal")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CRYPTO_CONFIG_RESPONSE_CRYPTO_CONFIG_CURRENCIES_CONFIG_VALUE
        }
    return obj


def unstructure_crypto_config_response_crypto_config_currencies_config_value(
    obj: m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.is_priority_withdrawal_enabled
    if value is not None:
        data["is_priority_withdrawal_enabled"] = value
    value = obj.minimum_deposit
    if value is not None:
        data["minimum_deposit"] = value
    value = obj.minimum_withdrawal
    if value is not None:
        data["minimum_withdrawal"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CryptoConfigRequest: structure_crypto_config_request,
    m.CryptoConfigResponse: structure_crypto_config_response,
    m.CryptoConfigResponseCryptoConfig: structure_crypto_config_response_crypto_config,
    m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue: structure_crypto_config_response_crypto_config_currencies_config_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CryptoConfigRequest: unstructure_crypto_config_request,
    m.CryptoConfigResponse: unstructure_crypto_config_response,
    m.CryptoConfigResponseCryptoConfig: unstructure_crypto_config_response_crypto_config,
    m.CryptoConfigResponseCryptoConfigCurrenciesConfigValue: unstructure_crypto_config_response_crypto_config_currencies_config_value,
}
