"""Decoders and encoders of the models of the ``paymentagent_details`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_applied_authorized_rejected_and_2_more = frozenset(
    {"applied", "authorized", "rejected", "suspended", "verified"}
)


_ALLOWED_paymentagent_details = frozenset({"paymentagent_details"})


_KEYS_PAYMENTAGENT_DETAILS_REQUEST = frozenset(
    (
        "paymentagent_details",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_DETAILS_RESPONSE = frozenset(
    (
        "paymentagent_details",
        "passthrough",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS = frozenset(
    (
        "affiliate_id",
        "can_apply",
        "code_of_conduct_approval",
        "commission_deposit",
        "commission_withdrawal",
        "currency_code",
        "eligibilty_validation",
        "email",
        "information",
        "max_withdrawal",
        "min_withdrawal",
        "newly_authorized",
        "payment_agent_name",
        "phone_numbers",
        "status",
        "supported_payment_methods",
        "target_country",
        "urls",
    )
)


_KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_PHONE_NUMBERS_ITEM = frozenset(
    ("phone_number",)
)


_KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_SUPPORTED_PAYMENT_METHODS_ITEM = frozenset(
    ("payment_method",)
)


_KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_URLS_ITEM = frozenset(("url",))


def _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem(
    value: Any,
) -> list[m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_details_response_paymentagent_details_phone_numbers_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_details_response_paymentagent_details_phone_numbers_item
        ) from None


def _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem(
    value: Any,
) -> list[m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item,
        ) from None


def _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsUrlsItem(
    value: Any,
) -> list[m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_details_response_paymentagent_details_urls_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_details_response_paymentagent_details_urls_item
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


def structure_paymentagent_details_request(data: Any) -> m.PaymentagentDetailsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsRequest)
    count = len(data)
    try:
        value = data["paymentagent_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_details",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.paymentagent_details = value
    else:
        raise _not_one_of("1", value).at("paymentagent_details")
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_PAYMENTAGENT_DETAILS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_details_request(obj: m.PaymentagentDetailsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"paymentagent_details": obj.paymentagent_details}
    value: Any
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


def structure_paymentagent_details_response(data: Any) -> m.PaymentagentDetailsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsResponse)
    count = len(data)
    value = data.get("paymentagent_details", _MISSING)
    if value is _MISSING:
        obj.paymentagent_details = None
        count += 1
    else:
        try:
            obj.paymentagent_details = structure_paymentagent_details_response_paymentagent_details(
                value
            )
        except DecodeError as error:
            raise error.at("paymentagent_details") from None
    value = data.get("passthrough", _MISSING)
    if value.__class__ is dict:
        obj.passthrough = value
    elif value is _MISSING:
        obj.passthrough = None
        count += 1
    else:
        raise _expected("an object", value).at("passthrough")
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
    if value.__class__ is _STR and value in _ALLOWED_paymentagent_details:
        obj.msg_type = value
    else:
        raise _not_one_of("'paymentagent_details'", value).at("msg_type")
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
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PAYMENTAGENT_DETAILS_RESPONSE
        }
    return obj


def unstructure_paymentagent_details_response(obj: m.PaymentagentDetailsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.paymentagent_details
    if value is not None:
        data["paymentagent_details"] = (
            unstructure_paymentagent_details_response_paymentagent_details(value)
        )
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_details_response_paymentagent_details(
    data: Any,
) -> m.PaymentagentDetailsResponsePaymentagentDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsResponsePaymentagentDetails)
    count = len(data)
    value = data.get("affiliate_id", _MISSING)
    if value is None or (value.__class__ is str):
        obj.affiliate_id = value
    elif value is _MISSING:
        obj.affiliate_id = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("affiliate_id")
    try:
        value = data["can_apply"]
    except KeyError:
        raise DecodeError("required field is missing", ("can_apply",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.can_apply = value
    else:
        raise _not_one_of("0, 1", value).at("can_apply")
    value = data.get("code_of_conduct_approval", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.code_of_conduct_approval = value
    elif value is _MISSING:
        obj.code_of_conduct_approval = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("code_of_conduct_approval")
    value = data.get("commission_deposit", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.commission_deposit = value
    elif value is _MISSING:
        obj.commission_deposit = None
        count += 1
    else:
        raise _expected("a number", value).at("commission_deposit")
    value = data.get("commission_withdrawal", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.commission_withdrawal = value
    elif value is _MISSING:
        obj.commission_withdrawal = None
        count += 1
    else:
        raise _expected("a number", value).at("commission_withdrawal")
    value = data.get("currency_code", _MISSING)
    if value.__class__ is str:
        obj.currency_code = value
    elif value is _MISSING:
        obj.currency_code = None
        count += 1
    else:
        raise _expected("a string", value).at("currency_code")
    value = data.get("eligibilty_validation", _MISSING)
    if value is _MISSING:
        obj.eligibilty_validation = None
        count += 1
    else:
        try:
            obj.eligibilty_validation = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("eligibilty_validation") from None
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("information", _MISSING)
    if value.__class__ is str:
        obj.information = value
    elif value is _MISSING:
        obj.information = None
        count += 1
    else:
        raise _expected("a string", value).at("information")
    value = data.get("max_withdrawal", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.max_withdrawal = value
    elif value is _MISSING:
        obj.max_withdrawal = None
        count += 1
    else:
        raise _expected("a number", value).at("max_withdrawal")
    value = data.get("min_withdrawal", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.min_withdrawal = value
    elif value is _MISSING:
        obj.min_withdrawal = None
        count += 1
    else:
        raise _expected("a number", value).at("min_withdrawal")
    value = data.get("newly_authorized", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.newly_authorized = value
    elif value is _MISSING:
        obj.newly_authorized = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("newly_authorized")
    value = data.get("payment_agent_name", _MISSING)
    if value.__class__ is str:
        obj.payment_agent_name = value
    elif value is _MISSING:
        obj.payment_agent_name = None
        count += 1
    else:
        raise _expected("a string", value).at("payment_agent_name")
    value = data.get("phone_numbers", _MISSING)
    if value is _MISSING:
        obj.phone_numbers = None
        count += 1
    else:
        try:
            obj.phone_numbers = (
                _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("phone_numbers") from None
    value = data.get("status", _MISSING)
    if value is None or (
        value.__class__ is _STR and value in _ALLOWED_applied_authorized_rejected_and_2_more
    ):
        obj.status = value
    elif value is _MISSING:
        obj.status = UNSET
        count += 1
    else:
        raise _not_one_of("'applied', 'verified', 'authorized', 'rejected', 'suspended'", value).at(
            "status"
        )
    value = data.get("supported_payment_methods", _MISSING)
    if value is _MISSING:
        obj.supported_payment_methods = None
        count += 1
    else:
        try:
            obj.supported_payment_methods = _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem(
                value
            )
        except DecodeError as error:
            raise error.at("supported_payment_methods") from None
    value = data.get("target_country", _MISSING)
    if value.__class__ is str:
        obj.target_country = value
    elif value is _MISSING:
        obj.target_country = None
        count += 1
    else:
        raise _expected("a string", value).at("target_country")
    value = data.get("urls", _MISSING)
    if value is _MISSING:
        obj.urls = None
        count += 1
    else:
        try:
            obj.urls = _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsUrlsItem(value)
        except DecodeError as error:
            raise error.at("urls") from None
    if count == 18:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS
        }
    return obj


def unstructure_paymentagent_details_response_paymentagent_details(
    obj: m.PaymentagentDetailsResponsePaymentagentDetails,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"can_apply": obj.can_apply}
    value: Any
    value = obj.affiliate_id
    if value is not UNSET:
        data["affiliate_id"] = value
    value = obj.code_of_conduct_approval
    if value is not None:
        data["code_of_conduct_approval"] = value
    value = obj.commission_deposit
    if value is not None:
        data["commission_deposit"] = value
    value = obj.commission_withdrawal
    if value is not None:
        data["commission_withdrawal"] = value
    value = obj.currency_code
    if value is not None:
        data["currency_code"] = value
    value = obj.eligibilty_validation
    if value is not None:
        data["eligibilty_validation"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.information
    if value is not None:
        data["information"] = value
    value = obj.max_withdrawal
    if value is not None:
        data["max_withdrawal"] = value
    value = obj.min_withdrawal
    if value is not None:
        data["min_withdrawal"] = value
    value = obj.newly_authorized
    if value is not None:
        data["newly_authorized"] = value
    value = obj.payment_agent_name
    if value is not None:
        data["payment_agent_name"] = value
    value = obj.phone_numbers
    if value is not None:
        data["phone_numbers"] = [
            unstructure_paymentagent_details_response_paymentagent_details_phone_numbers_item(item)
            for item in value
        ]
    value = obj.status
    if value is not UNSET:
        data["status"] = value
    value = obj.supported_payment_methods
    if value is not None:
        data["supported_payment_methods"] = [
            unstructure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item(
                item
            )
            for item in value
        ]
    value = obj.target_country
    if value is not None:
        data["target_country"] = value
    value = obj.urls
    if value is not None:
        data["urls"] = [
            unstructure_paymentagent_details_response_paymentagent_details_urls_item(item)
            for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_details_response_paymentagent_details_phone_numbers_item(
    data: Any,
) -> m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem)
    count = len(data)
    value = data.get("phone_number", _MISSING)
    if value.__class__ is str:
        obj.phone_number = value
    elif value is _MISSING:
        obj.phone_number = None
        count += 1
    else:
        raise _expected("a string", value).at("phone_number")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_PHONE_NUMBERS_ITEM
        }
    return obj


def unstructure_paymentagent_details_response_paymentagent_details_phone_numbers_item(
    obj: m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.phone_number
    if value is not None:
        data["phone_number"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item(
    data: Any,
) -> m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem)
    count = len(data)
    value = data.get("payment_method", _MISSING)
    if value.__class__ is str:
        obj.payment_method = value
    elif value is _MISSING:
        obj.payment_method = None
        count += 1
    else:
        raise _expected("a string", value).at("payment_method")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k
            not in _KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_SUPPORTED_PAYMENT_METHODS_ITEM
        }
    return obj


def unstructure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item(
    obj: m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.payment_method
    if value is not None:
        data["payment_method"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_details_response_paymentagent_details_urls_item(
    data: Any,
) -> m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem)
    count = len(data)
    value = data.get("url", _MISSING)
    if value.__class__ is str:
        obj.url = value
    elif value is _MISSING:
        obj.url = None
        count += 1
    else:
        raise _expected("a string", value).at("url")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_DETAILS_RESPONSE_PAYMENTAGENT_DETAILS_URLS_ITEM
        }
    return obj


def unstructure_paymentagent_details_response_paymentagent_details_urls_item(
    obj: m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.url
    if value is not None:
        data["url"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PaymentagentDetailsRequest: structure_paymentagent_details_request,
    m.PaymentagentDetailsResponse: structure_paymentagent_details_response,
    m.PaymentagentDetailsResponsePaymentagentDetails: structure_paymentagent_details_response_paymentagent_details,
    m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem: structure_paymentagent_details_response_paymentagent_details_phone_numbers_item,
    m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem: structure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item,
    m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem: structure_paymentagent_details_response_paymentagent_details_urls_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentagentDetailsRequest: unstructure_paymentagent_details_request,
    m.PaymentagentDetailsResponse: unstructure_paymentagent_details_response,
    m.PaymentagentDetailsResponsePaymentagentDetails: unstructure_paymentagent_details_response_paymentagent_details,
    m.PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem: unstructure_paymentagent_details_response_paymentagent_details_phone_numbers_item,
    m.PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem: unstructure_paymentagent_details_response_paymentagent_details_supported_payment_methods_item,
    m.PaymentagentDetailsResponsePaymentagentDetailsUrlsItem: unstructure_paymentagent_details_response_paymentagent_details_urls_item,
}
