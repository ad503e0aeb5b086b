"""Decoders and encoders of the models of the ``crypto_estimations`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_crypto_estimations = frozenset({"crypto_estimations"})


_KEYS_CRYPTO_ESTIMATIONS_REQUEST = frozenset(
    (
        "crypto_estimations",
        "currency_code",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CRYPTO_ESTIMATIONS_RESPONSE = frozenset(
    (
        "crypto_estimations",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CRYPTO_ESTIMATIONS_RESPONSE_CRYPTO_ESTIMATIONS_VALUE = frozenset(("withdrawal_fee",))


_KEYS_CRYPTO_ESTIMATIONS_RESPONSE_CRYPTO_ESTIMATIONS_VALUE_WITHDRAWAL_FEE = frozenset(
    (
        "expiry_time",
        "unique_id",
        "value",
    )
)


_KEYS_CRYPTO_ESTIMATIONS_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_dict_of_CryptoEstimationsResponseCryptoEstimationsValue(
    value: Any,
) -> dict[str, m.CryptoEstimationsResponseCryptoEstimationsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = structure_crypto_estimations_response_crypto_estimations_value(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def structure_crypto_estimations_request(data: Any) -> m.CryptoEstimationsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoEstimationsRequest)
    count = len(data)
    if count == 6:
        try:
            v_crypto_estimations = data["crypto_estimations"]
            v_currency_code = data["currency_code"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_crypto_estimations.__class__ is _INT and v_crypto_estimations in _ALLOWED_1)
                and (v_currency_code.__class__ is str)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.crypto_estimations = v_crypto_estimations
                obj.currency_code = v_currency_code
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["crypto_estimations"]
    except KeyError:
        raise DecodeError("required field is missing", ("crypto_estimations",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.crypto_estimations = value
    else:
        raise _not_one_of("1", value).at("crypto_estimations")
    try:
        value = data["currency_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency_code",)) from None
    if value.__class__ is str:
        obj.currency_code = value
    else:
        raise _expected("a string", value).at("currency_code")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_CRYPTO_ESTIMATIONS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_crypto_estimations_request(obj: m.CryptoEstimationsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "crypto_estimations": obj.crypto_estimations,
        "currency_code": obj.currency_code,
    }
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


def structure_crypto_estimations_response(data: Any) -> m.CryptoEstimationsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoEstimationsResponse)
    count = len(data)
    if count == 5:
        try:
            v_crypto_estimations = data["crypto_estimations"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_crypto_estimations)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.crypto_estimations = (
                        _decode_dict_of_CryptoEstimationsResponseCryptoEstimationsValue(
                            v_crypto_estimations
                        )
                    )
                except DecodeError as error:
                    raise error.at("crypto_estimations") from None
                try:
                    obj.subscription = structure_crypto_estimations_response_subscription(
                        v_subscription
                    )
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "crypto_estimations" not in data:
        obj.crypto_estimations = None
        count += 1
    else:
        value = data["crypto_estimations"]
        try:
            obj.crypto_estimations = (
                _decode_dict_of_CryptoEstimationsResponseCryptoEstimationsValue(value)
            )
        except DecodeError as error:
            raise error.at("crypto_estimations") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_crypto_estimations_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_crypto_estimations:
        obj.msg_type = value
    else:
        raise _not_one_of("'crypto_estimations'", value).at("msg_type")
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
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CRYPTO_ESTIMATIONS_RESPONSE
        }
    return obj


def unstructure_crypto_estimations_response(obj: m.CryptoEstimationsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.crypto_estimations
    if value is not None:
        data["crypto_estimations"] = {
            k: unstructure_crypto_estimations_response_crypto_estimations_value(item)
            for k, item in value.items()
        }
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_crypto_estimations_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_crypto_estimations_response_crypto_estimations_value(
    data: Any,
) -> m.CryptoEstimationsResponseCryptoEstimationsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoEstimationsResponseCryptoEstimationsValue)
    count = len(data)
    if count == 1:
        try:
            v_withdrawal_fee = data["withdrawal_fee"]
        except KeyError:
            pass
        else:
            try:
                obj.withdrawal_fee = (
                    structure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee(
                        v_withdrawal_fee
                    )
                )
            except DecodeError as error:
                raise error.at("withdrawal_fee") from None
            obj.extra_fields = {}
            return obj
    if "withdrawal_fee" not in data:
        obj.withdrawal_fee = None
        count += 1
    else:
        value = data["withdrawal_fee"]
        try:
            obj.withdrawal_fee = (
                structure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee(value)
            )
        except DecodeError as error:
            raise error.at("withdrawal_fee") from None
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CRYPTO_ESTIMATIONS_RESPONSE_CRYPTO_ESTIMATIONS_VALUE
        }
    return obj


def unstructure_crypto_estimations_response_crypto_estimations_value(
    obj: m.CryptoEstimationsResponseCryptoEstimationsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.withdrawal_fee
    if value is not None:
        data["withdrawal_fee"] = (
            unstructure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee(value)
        )
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee(
    data: Any,
) -> m.CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee)
    count = len(data)
    if count == 3:
        try:
            v_expiry_time = data["expiry_time"]
            v_unique_id = data["unique_id"]
            v_value = data["value"]
        except KeyError:
            pass
        else:
            if (
                (v_expiry_time.__class__ is int)
                and (v_unique_id.__class__ is str)
                and ((kind := v_value.__class__) is float or kind is int)
            ):
                obj.expiry_time = v_expiry_time
                obj.unique_id = v_unique_id
                obj.value = v_value
                obj.extra_fields = {}
                return obj
    if "expiry_time" not in data:
        obj.expiry_time = None
        count += 1
    elif (value := data["expiry_time"]).__class__ is int:
        obj.expiry_time = value
    else:
        raise _expected("an integer", value).at("expiry_time")
    if "unique_id" not in data:
        obj.unique_id = None
        count += 1
    elif (value := data["unique_id"]).__class__ is str:
        obj.unique_id = value
    else:
        raise _expected("a string", value).at("unique_id")
    if "value" not in data:
        obj.value = None
        count += 1
    elif (kind := (value := data["value"]).__class__) is float or kind is int:
        obj.value = value
    else:
        raise _expected("a number", value).at("value")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CRYPTO_ESTIMATIONS_RESPONSE_CRYPTO_ESTIMATIONS_VALUE_WITHDRAWAL_FEE
        }
    return obj


def unstructure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee(
    obj: m.CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.expiry_time
    if value is not None:
        data["expiry_time"] = value
    value = obj.unique_id
    if value is not None:
        data["unique_id"] = value
    value = obj.value
    if value is not None:
        data["value"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_crypto_estimations_response_subscription(
    data: Any,
) -> m.CryptoEstimationsResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CryptoEstimationsResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_CRYPTO_ESTIMATIONS_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_crypto_estimations_response_subscription(
    obj: m.CryptoEstimationsResponseSubscription,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CryptoEstimationsRequest: structure_crypto_estimations_request,
    m.CryptoEstimationsResponse: structure_crypto_estimations_response,
    m.CryptoEstimationsResponseCryptoEstimationsValue: structure_crypto_estimations_response_crypto_estimations_value,
    m.CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee: structure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee,
    m.CryptoEstimationsResponseSubscription: structure_crypto_estimations_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CryptoEstimationsRequest: unstructure_crypto_estimations_request,
    m.CryptoEstimationsResponse: unstructure_crypto_estimations_response,
    m.CryptoEstimationsResponseCryptoEstimationsValue: unstructure_crypto_estimations_response_crypto_estimations_value,
    m.CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee: unstructure_crypto_estimations_response_crypto_estimations_value_withdrawal_fee,
    m.CryptoEstimationsResponseSubscription: unstructure_crypto_estimations_response_subscription,
}
