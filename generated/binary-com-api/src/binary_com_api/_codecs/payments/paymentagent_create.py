"""Decoders and encoders of the models of the ``paymentagent_create`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_paymentagent_create = frozenset({"paymentagent_create"})


_KEYS_PAYMENTAGENT_CREATE_REQUEST = frozenset(
    (
        "paymentagent_create",
        "affiliate_id",
        "code_of_conduct_approval",
        "commission_deposit",
        "commission_withdrawal",
        "email",
        "information",
        "payment_agent_name",
        "phone_numbers",
        "supported_payment_methods",
        "urls",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_CREATE_REQUEST_PHONE_NUMBERS_ITEM = frozenset(("phone_number",))


_KEYS_PAYMENTAGENT_CREATE_REQUEST_SUPPORTED_PAYMENT_METHODS_ITEM = frozenset(("payment_method",))


_KEYS_PAYMENTAGENT_CREATE_REQUEST_URLS_ITEM = frozenset(("url",))


_KEYS_PAYMENTAGENT_CREATE_RESPONSE = frozenset(
    (
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def _decode_list_of_PaymentagentCreateRequestPhoneNumbersItem(
    value: Any,
) -> list[m.PaymentagentCreateRequestPhoneNumbersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_paymentagent_create_request_phone_numbers_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_create_request_phone_numbers_item
        ) from None


def _decode_list_of_PaymentagentCreateRequestSupportedPaymentMethodsItem(
    value: Any,
) -> list[m.PaymentagentCreateRequestSupportedPaymentMethodsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_create_request_supported_payment_methods_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_create_request_supported_payment_methods_item
        ) from None


def _decode_list_of_PaymentagentCreateRequestUrlsItem(
    value: Any,
) -> list[m.PaymentagentCreateRequestUrlsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_paymentagent_create_request_urls_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_paymentagent_create_request_urls_item) from None


def structure_paymentagent_create_request(data: Any) -> m.PaymentagentCreateRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentCreateRequest)
    count = len(data)
    if count == 14:
        try:
            v_paymentagent_create = data["paymentagent_create"]
            v_affiliate_id = data["affiliate_id"]
            v_code_of_conduct_approval = data["code_of_conduct_approval"]
            v_commission_deposit = data["commission_deposit"]
            v_commission_withdrawal = data["commission_withdrawal"]
            v_email = data["email"]
            v_information = data["information"]
            v_payment_agent_name = data["payment_agent_name"]
            v_phone_numbers = data["phone_numbers"]
            v_supported_payment_methods = data["supported_payment_methods"]
            v_urls = data["urls"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_paymentagent_create.__class__ is _INT and v_paymentagent_create in _ALLOWED_1)
                and (v_affiliate_id.__class__ is str)
                and (
                    v_code_of_conduct_approval.__class__ is _INT
                    and v_code_of_conduct_approval in _ALLOWED_1
                )
                and ((kind := v_commission_deposit.__class__) is float or kind is int)
                and ((kind := v_commission_withdrawal.__class__) is float or kind is int)
                and (v_email.__class__ is str)
                and (v_information.__class__ is str)
                and (v_payment_agent_name.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_create = v_paymentagent_create
                obj.affiliate_id = v_affiliate_id
                obj.code_of_conduct_approval = v_code_of_conduct_approval
                obj.commission_deposit = v_commission_deposit
                obj.commission_withdrawal = v_commission_withdrawal
                obj.email = v_email
                obj.information = v_information
                obj.payment_agent_name = v_payment_agent_name
                try:
                    obj.phone_numbers = _decode_list_of_PaymentagentCreateRequestPhoneNumbersItem(
                        v_phone_numbers
                    )
                except DecodeError as error:
                    raise error.at("phone_numbers") from None
                try:
                    obj.supported_payment_methods = (
                        _decode_list_of_PaymentagentCreateRequestSupportedPaymentMethodsItem(
                            v_supported_payment_methods
                        )
                    )
                except DecodeError as error:
                    raise error.at("supported_payment_methods") from None
                try:
                    obj.urls = _decode_list_of_PaymentagentCreateRequestUrlsItem(v_urls)
                except DecodeError as error:
                    raise error.at("urls") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["paymentagent_create"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_create",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.paymentagent_create = value
    else:
        raise _not_one_of("1", value).at("paymentagent_create")
    if "affiliate_id" not in data:
        obj.affiliate_id = None
        count += 1
    elif (value := data["affiliate_id"]).__class__ is str:
        obj.affiliate_id = value
    else:
        raise _expected("a string", value).at("affiliate_id")
    try:
        value = data["code_of_conduct_approval"]
    except KeyError:
        raise DecodeError("required field is missing", ("code_of_conduct_approval",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.code_of_conduct_approval = value
    else:
        raise _not_one_of("1", value).at("code_of_conduct_approval")
    try:
        value = data["commission_deposit"]
    except KeyError:
        raise DecodeError("required field is missing", ("commission_deposit",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.commission_deposit = value
    else:
        raise _expected("a number", value).at("commission_deposit")
    try:
        value = data["commission_withdrawal"]
    except KeyError:
        raise DecodeError("required field is missing", ("commission_withdrawal",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.commission_withdrawal = value
    else:
        raise _expected("a number", value).at("commission_withdrawal")
    try:
        value = data["email"]
    except KeyError:
        raise DecodeError("required field is missing", ("email",)) from None
    if value.__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    try:
        value = data["information"]
    except KeyError:
        raise DecodeError("required field is missing", ("information",)) from None
    if value.__class__ is str:
        obj.information = value
    else:
        raise _expected("a string", value).at("information")
    try:
        value = data["payment_agent_name"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_agent_name",)) from None
    if value.__class__ is str:
        obj.payment_agent_name = value
    else:
        raise _expected("a string", value).at("payment_agent_name")
    if "phone_numbers" not in data:
        obj.phone_numbers = None
        count += 1
    else:
        value = data["phone_numbers"]
        try:
            obj.phone_numbers = _decode_list_of_PaymentagentCreateRequestPhoneNumbersItem(value)
        except DecodeError as error:
            raise error.at("phone_numbers") from None
    try:
        value = data["supported_payment_methods"]
    except KeyError:
        raise DecodeError("required field is missing", ("supported_payment_methods",)) from None
    try:
        obj.supported_payment_methods = (
            _decode_list_of_PaymentagentCreateRequestSupportedPaymentMethodsItem(value)
        )
    except DecodeError as error:
        raise error.at("supported_payment_methods") from None
    try:
        value = data["urls"]
    except KeyError:
        raise DecodeError("required field is missing", ("urls",)) from None
    try:
        obj.urls = _decode_list_of_PaymentagentCreateRequestUrlsItem(value)
    except DecodeError as error:
        raise error.at("urls") from None
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
    if count != 14:
        unknown = sorted(key for key in data if key not in _KEYS_PAYMENTAGENT_CREATE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_create_request(obj: m.PaymentagentCreateRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "paymentagent_create": obj.paymentagent_create,
        "code_of_conduct_approval": obj.code_of_conduct_approval,
        "commission_deposit": obj.commission_deposit,
        "commission_withdrawal": obj.commission_withdrawal,
        "email": obj.email,
        "information": obj.information,
        "payment_agent_name": obj.payment_agent_name,
        "supported_payment_methods": [
            unstructure_paymentagent_create_request_supported_payment_methods_item(item)
            for item in obj.supported_payment_methods
        ],
        "urls": [unstructure_paymentagent_create_request_urls_item(item) for item in obj.urls],
    }
    value: Any
    value = obj.affiliate_id
    if value is not None:
        data["affiliate_id"] = value
    value = obj.phone_numbers
    if value is not None:
        data["phone_numbers"] = [
            unstructure_paymentagent_create_request_phone_numbers_item(item) for item in value
        ]
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


def structure_paymentagent_create_request_phone_numbers_item(
    data: Any,
) -> m.PaymentagentCreateRequestPhoneNumbersItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentCreateRequestPhoneNumbersItem)
    count = len(data)
    if count == 1:
        try:
            v_phone_number = data["phone_number"]
        except KeyError:
            pass
        else:
            if v_phone_number.__class__ is str:
                obj.phone_number = v_phone_number
                return obj
    try:
        value = data["phone_number"]
    except KeyError:
        raise DecodeError("required field is missing", ("phone_number",)) from None
    if value.__class__ is str:
        obj.phone_number = value
    else:
        raise _expected("a string", value).at("phone_number")
    if count != 1:
        unknown = sorted(
            key for key in data if key not in _KEYS_PAYMENTAGENT_CREATE_REQUEST_PHONE_NUMBERS_ITEM
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_create_request_phone_numbers_item(
    obj: m.PaymentagentCreateRequestPhoneNumbersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"phone_number": obj.phone_number}
    return data


def structure_paymentagent_create_request_supported_payment_methods_item(
    data: Any,
) -> m.PaymentagentCreateRequestSupportedPaymentMethodsItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentCreateRequestSupportedPaymentMethodsItem)
    count = len(data)
    if count == 1:
        try:
            v_payment_method = data["payment_method"]
        except KeyError:
            pass
        else:
            if v_payment_method.__class__ is str:
                obj.payment_method = v_payment_method
                return obj
    try:
        value = data["payment_method"]
    except KeyError:
        raise DecodeError("required field is missing", ("payment_method",)) from None
    if value.__class__ is str:
        obj.payment_method = value
    else:
        raise _expected("a string", value).at("payment_method")
    if count != 1:
        unknown = sorted(
            key
            for key in data
            if key not in _KEYS_PAYMENTAGENT_CREATE_REQUEST_SUPPORTED_PAYMENT_METHODS_ITEM
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_create_request_supported_payment_methods_item(
    obj: m.PaymentagentCreateRequestSupportedPaymentMethodsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"payment_method": obj.payment_method}
    return data


def structure_paymentagent_create_request_urls_item(
    data: Any,
) -> m.PaymentagentCreateRequestUrlsItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentCreateRequestUrlsItem)
    count = len(data)
    if count == 1:
        try:
            v_url = data["url"]
        except KeyError:
            pass
        else:
            if v_url.__class__ is str:
                obj.url = v_url
                return obj
    try:
        value = data["url"]
    except KeyError:
        raise DecodeError("required field is missing", ("url",)) from None
    if value.__class__ is str:
        obj.url = value
    else:
        raise _expected("a string", value).at("url")
    if count != 1:
        unknown = sorted(
            key for key in data if key not in _KEYS_PAYMENTAGENT_CREATE_REQUEST_URLS_ITEM
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_create_request_urls_item(
    obj: m.PaymentagentCreateRequestUrlsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"url": obj.url}
    return data


def structure_paymentagent_create_response(data: Any) -> m.PaymentagentCreateResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentCreateResponse)
    count = len(data)
    if count == 3:
        try:
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_paymentagent_create)
                and (v_req_id.__class__ is int)
            ):
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
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
    if value.__class__ is _STR and value in _ALLOWED_paymentagent_create:
        obj.msg_type = value
    else:
        raise _not_one_of("'paymentagent_create'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PAYMENTAGENT_CREATE_RESPONSE
        }
    return obj


def unstructure_paymentagent_create_response(obj: m.PaymentagentCreateResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PaymentagentCreateRequest: structure_paymentagent_create_request,
    m.PaymentagentCreateRequestPhoneNumbersItem: structure_paymentagent_create_request_phone_numbers_item,
    m.PaymentagentCreateRequestSupportedPaymentMethodsItem: structure_paymentagent_create_request_supported_payment_methods_item,
    m.PaymentagentCreateRequestUrlsItem: structure_paymentagent_create_request_urls_item,
    m.PaymentagentCreateResponse: structure_paymentagent_create_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentagentCreateRequest: unstructure_paymentagent_create_request,
    m.PaymentagentCreateRequestPhoneNumbersItem: unstructure_paymentagent_create_request_phone_numbers_item,
    m.PaymentagentCreateRequestSupportedPaymentMethodsItem: unstructure_paymentagent_create_request_supported_payment_methods_item,
    m.PaymentagentCreateRequestUrlsItem: unstructure_paymentagent_create_request_urls_item,
    m.PaymentagentCreateResponse: unstructure_paymentagent_create_response,
}
