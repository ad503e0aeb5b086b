"""Decoders and encoders of the models of the ``payment_methods`` call (payments group).

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

_ALLOWED_1 = frozenset({1})


_ALLOWED_payment_methods = frozenset({"payment_methods"})


_KEYS_PAYMENT_METHODS_REQUEST = frozenset(
    (
        "payment_methods",
        "country",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENT_METHODS_RESPONSE = frozenset(
    (
        "payment_methods",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM = frozenset(
    (
        "deposit_limits",
        "deposit_time",
        "description",
        "display_name",
        "id",
        "payment_processor",
        "predefined_amounts",
        "signup_link",
        "supported_currencies",
        "type",
        "type_display_name",
        "withdraw_limits",
        "withdrawal_time",
    )
)


_KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM_DEPOSIT_LIMITS_VALUE = frozenset(
    (
        "max",
        "min",
    )
)


_KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM_WITHDRAW_LIMITS_VALUE = frozenset(
    (
        "max",
        "min",
    )
)


def _decode_PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue_or_any(
    value: Any,
) -> m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue | Any:
    result: m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue | Any = _first_match(
        value,
        (
            structure_payment_methods_response_payment_methods_item_deposit_limits_value,
            _decode_any,
        ),
    )
    return result


def _decode_PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue_or_any(
    value: Any,
) -> m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue | Any:
    result: m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue | Any = _first_match(
        value,
        (
            structure_payment_methods_response_payment_methods_item_withdraw_limits_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue_or_any(
    value: Any,
) -> dict[str, m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue_or_any(
                item
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue_or_any(
    value: Any,
) -> dict[str, m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = (
                _decode_PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue_or_any(item)
            )
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_PaymentMethodsResponsePaymentMethodsItem(
    value: Any,
) -> list[m.PaymentMethodsResponsePaymentMethodsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_payment_methods_response_payment_methods_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_payment_methods_response_payment_methods_item
        ) from None


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


def structure_payment_methods_request(data: Any) -> m.PaymentMethodsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentMethodsRequest)
    count = len(data)
    if count == 5:
        try:
            v_payment_methods = data["payment_methods"]
            v_country = data["country"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_payment_methods.__class__ is _INT and v_payment_methods in _ALLOWED_1)
                and (v_country.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.payment_methods = v_payment_methods
                obj.country = v_country
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["payment_methods"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_methods",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.payment_methods = value
    else:
        raise _not_one_of("1", value).at("payment_methods")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
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
        unknown = sorted(key for key in data if key not in _KEYS_PAYMENT_METHODS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_payment_methods_request(obj: m.PaymentMethodsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"payment_methods": obj.payment_methods}
    value: Any
    value = obj.country
    if value is not None:
        data["country"] = value
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


def structure_payment_methods_response(data: Any) -> m.PaymentMethodsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentMethodsResponse)
    count = len(data)
    if count == 4:
        try:
            v_payment_methods = data["payment_methods"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_payment_methods)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.payment_methods = _decode_list_of_PaymentMethodsResponsePaymentMethodsItem(
                        v_payment_methods
                    )
                except DecodeError as error:
                    raise error.at("payment_methods") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "payment_methods" not in data:
        obj.payment_methods = None
        count += 1
    else:
        value = data["payment_methods"]
        try:
            obj.payment_methods = _decode_list_of_PaymentMethodsResponsePaymentMethodsItem(value)
        except DecodeError as error:
            raise error.at("payment_methods") from None
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
    if value.__class__ is _STR and value in _ALLOWED_payment_methods:
        obj.msg_type = value
    else:
        raise _not_one_of("'payment_methods'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PAYMENT_METHODS_RESPONSE
        }
    return obj


def unstructure_payment_methods_response(obj: m.PaymentMethodsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.payment_methods
    if value is not None:
        data["payment_methods"] = [
            unstructure_payment_methods_response_payment_methods_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_payment_methods_response_payment_methods_item(
    data: Any,
) -> m.PaymentMethodsResponsePaymentMethodsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentMethodsResponsePaymentMethodsItem)
    count = len(data)
    if count == 13:
        try:
            v_deposit_limits = data["deposit_limits"]
            v_deposit_time = data["deposit_time"]
            v_description = data["description"]
            v_display_name = data["display_name"]
            v_id = data["id"]
            v_payment_processor = data["payment_processor"]
            v_predefined_amounts = data["predefined_amounts"]
            v_signup_link = data["signup_link"]
            v_supported_currencies = data["supported_currencies"]
            v_type = data["type"]
            v_type_display_name = data["type_display_name"]
            v_withdraw_limits = data["withdraw_limits"]
            v_withdrawal_time = data["withdrawal_time"]
        except KeyError:
            pass
        else:
            if (
                (v_deposit_time.__class__ is str)
                and (v_description.__class__ is str)
                and (v_display_name.__class__ is str)
                and (v_id.__class__ is str)
                and (v_payment_processor.__class__ is str)
                and (v_signup_link.__class__ is str)
                and (v_type.__class__ is str)
                and (v_type_display_name.__class__ is str)
                and (v_withdrawal_time.__class__ is str)
            ):
                try:
                    obj.deposit_limits = _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue_or_any(
                        v_deposit_limits
                    )
                except DecodeError as error:
                    raise error.at("deposit_limits") from None
                obj.deposit_time = v_deposit_time
                obj.description = v_description
                obj.display_name = v_display_name
                obj.id = v_id
                obj.payment_processor = v_payment_processor
                try:
                    obj.predefined_amounts = _decode_list_of_int(v_predefined_amounts)
                except DecodeError as error:
                    raise error.at("predefined_amounts") from None
                obj.signup_link = v_signup_link
                try:
                    obj.supported_currencies = _decode_list_of_str(v_supported_currencies)
                except DecodeError as error:
                    raise error.at("supported_currencies") from None
                obj.type = v_type
                obj.type_display_name = v_type_display_name
                try:
                    obj.withdraw_limits = _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue_or_any(
                        v_withdraw_limits
                    )
                except DecodeError as error:
                    raise error.at("withdraw_limits") from None
                obj.withdrawal_time = v_withdrawal_time
                obj.extra_fields = {}
                return obj
    try:
        value = data["deposit_limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("deposit_limits",)) from None
    try:
        obj.deposit_limits = (
            _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue_or_any(value)
        )
    except DecodeError as error:
        raise error.at("deposit_limits") from None
    try:
        value = data["deposit_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("deposit_time",)) from None
    if value.__class__ is str:
        obj.deposit_time = value
    else:
        raise _expected("a string", value).at("deposit_time")
    try:
        value = data["description"]
    except KeyError:
        raise DecodeError("required field is missing", ("description",)) from None
    if value.__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    try:
        value = data["display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("display_name",)) from None
    if value.__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["payment_processor"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_processor",)) from None
    if value.__class__ is str:
        obj.payment_processor = value
    else:
        raise _expected("a string", value).at("payment_processor")
    try:
        value = data["predefined_amounts"]
    except KeyError:
        raise DecodeError("required field is missing", ("predefined_amounts",)) from None
    try:
        obj.predefined_amounts = _decode_list_of_int(value)
    except DecodeError as error:
        raise error.at("predefined_amounts") from None
    try:
        value = data["signup_link"]
    except KeyError:
        raise DecodeError("required field is missing", ("signup_link",)) from None
    if value.__class__ is str:
        obj.signup_link = value
    else:
        raise _expected("a string", value).at("signup_link")
    try:
        value = data["supported_currencies"]
    except KeyError:
        raise DecodeError("required field is missing", ("supported_currencies",)) from None
    try:
        obj.supported_currencies = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("supported_currencies") from None
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    try:
        value = data["type_display_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("type_display_name",)) from None
    if value.__class__ is str:
        obj.type_display_name = value
    else:
        raise _expected("a string", value).at("type_display_name")
    try:
        value = data["withdraw_limits"]
    except KeyError:
        raise DecodeError("required field is missing", ("withdraw_limits",)) from None
    try:
        obj.withdraw_limits = (
            _decode_dict_of_PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue_or_any(
                value
            )
        )
    except DecodeError as error:
        raise error.at("withdraw_limits") from None
    try:
        value = data["withdrawal_time"]
    except KeyError:
        raise DecodeError("required field is missing", ("withdrawal_time",)) from None
    if value.__class__ is str:
        obj.withdrawal_time = value
    else:
        raise _expected("a string", value).at("withdrawal_time")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM
        }
    return obj


def unstructure_payment_methods_response_payment_methods_item(
    obj: m.PaymentMethodsResponsePaymentMethodsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "deposit_limits": {k: _encode_any(item) for k, item in obj.deposit_limits.items()},
        "deposit_time": obj.deposit_time,
        "description": obj.description,
        "display_name": obj.display_name,
        "id": obj.id,
        "payment_processor": obj.payment_processor,
        "predefined_amounts": obj.predefined_amounts,
        "signup_link": obj.signup_link,
        "supported_currencies": obj.supported_currencies,
        "type": obj.type,
        "type_display_name": obj.type_display_name,
        "withdraw_limits": {k: _encode_any(item) for k, item in obj.withdraw_limits.items()},
        "withdrawal_time": obj.withdrawal_time,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_payment_methods_response_payment_methods_item_deposit_limits_value(
    data: Any,
) -> m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue)
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if (v_max.__class__ is int) and (v_min.__class__ is int):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    try:
        value = data["max"]
    except KeyError:
        raise DecodeError("required field is missing", ("max",)) from None
    if value.__class__ is int:
        obj.max = value
    else:
        raise _expected("an integer", value).at("max")
    try:
        value = data["min"]
    except KeyError:
        raise DecodeError("required field is missing", ("min",)) from None
    if value.__class__ is int:
        obj.min = value
    else:
        raise _expected("an integer", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM_DEPOSIT_LIMITS_VALUE
        }
    return obj


def unstructure_payment_methods_response_payment_methods_item_deposit_limits_value(
    obj: m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"max": obj.max, "min": obj.min}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_payment_methods_response_payment_methods_item_withdraw_limits_value(
    data: Any,
) -> m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue)
    count = len(data)
    if count == 2:
        try:
            v_max = data["max"]
            v_min = data["min"]
        except KeyError:
            pass
        else:
            if (v_max.__class__ is int) and (v_min.__class__ is int):
                obj.max = v_max
                obj.min = v_min
                obj.extra_fields = {}
                return obj
    try:
        value = data["max"]
    except KeyError:
        raise DecodeError("required field is missing", ("max",)) from None
    if value.__class__ is int:
        obj.max = value
    else:
        raise _expected("an integer", value).at("max")
    try:
        value = data["min"]
    except KeyError:
        raise DecodeError("required field is missing", ("min",)) from None
    if value.__class__ is int:
        obj.min = value
    else:
        raise _expected("an integer", value).at("min")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENT_METHODS_RESPONSE_PAYMENT_METHODS_ITEM_WITHDRAW_LIMITS_VALUE
        }
    return obj


def unstructure_payment_methods_response_payment_methods_item_withdraw_limits_value(
    obj: m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"max": obj.max, "min": obj.min}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PaymentMethodsRequest: structure_payment_methods_request,
    m.PaymentMethodsResponse: structure_payment_methods_response,
    m.PaymentMethodsResponsePaymentMethodsItem: structure_payment_methods_response_payment_methods_item,
    m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue: structure_payment_methods_response_payment_methods_item_deposit_limits_value,
    m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue: structure_payment_methods_response_payment_methods_item_withdraw_limits_value,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentMethodsRequest: unstructure_payment_methods_request,
    m.PaymentMethodsResponse: unstructure_payment_methods_response,
    m.PaymentMethodsResponsePaymentMethodsItem: unstructure_payment_methods_response_payment_methods_item,
    m.PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue: unstructure_payment_methods_response_payment_methods_item_deposit_limits_value,
    m.PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue: unstructure_payment_methods_response_payment_methods_item_withdraw_limits_value,
}
