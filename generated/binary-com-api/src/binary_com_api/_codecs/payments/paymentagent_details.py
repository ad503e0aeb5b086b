"""Decoders and encoders of the models of the ``paymentagent_details`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
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
    if count == 4:
        try:
            v_paymentagent_details = data["paymentagent_details"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_paymentagent_details.__class__ is _INT and v_paymentagent_details in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_details = v_paymentagent_details
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["paymentagent_details"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_details",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.paymentagent_details = value
    else:
        raise _not_one_of("1", value).at("paymentagent_details")
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
    if count == 5:
        try:
            v_paymentagent_details = data["paymentagent_details"]
            v_passthrough = data["passthrough"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_passthrough.__class__ is dict)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_paymentagent_details)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.paymentagent_details = (
                        structure_paymentagent_details_response_paymentagent_details(
                            v_paymentagent_details
                        )
                    )
                except DecodeError as error:
                    raise error.at("paymentagent_details") from None
                obj.passthrough = v_passthrough
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "paymentagent_details" not in data:
        obj.paymentagent_details = None
        count += 1
    else:
        value = data["paymentagent_details"]
        try:
            obj.paymentagent_details = structure_paymentagent_details_response_paymentagent_details(
                value
            )
        except DecodeError as error:
            raise error.at("paymentagent_details") from None
    if "passthrough" not in data:
        obj.passthrough = None
        count += 1
    elif (value := data["passthrough"]).__class__ is dict:
        obj.passthrough = value
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
    if count == 18:
        try:
            v_affiliate_id = data["affiliate_id"]
            v_can_apply = data["can_apply"]
            v_code_of_conduct_approval = data["code_of_conduct_approval"]
            v_commission_deposit = data["commission_deposit"]
            v_commission_withdrawal = data["commission_withdrawal"]
            v_currency_code = data["currency_code"]
            v_eligibilty_validation = data["eligibilty_validation"]
            v_email = data["email"]
            v_information = data["information"]
            v_max_withdrawal = data["max_withdrawal"]
            v_min_withdrawal = data["min_withdrawal"]
            v_newly_authorized = data["newly_authorized"]
            v_payment_agent_name = data["payment_agent_name"]
            v_phone_numbers = data["phone_numbers"]
            v_status = data["status"]
            v_supported_payment_methods = data["supported_payment_methods"]
            v_target_country = data["target_country"]
            v_urls = data["urls"]
        except KeyError:
            pass
        else:
            if (
                (v_affiliate_id is None or (v_affiliate_id.__class__ is str))
                and (v_can_apply.__class__ is _INT and v_can_apply in _ALLOWED_0_1)
                and (
                    v_code_of_conduct_approval.__class__ is _INT
                    and v_code_of_conduct_approval in _ALLOWED_0_1
                )
                and ((kind := v_commission_deposit.__class__) is float or kind is int)
                and ((kind := v_commission_withdrawal.__class__) is float or kind is int)
                and (v_currency_code.__class__ is str)
                and (v_email.__class__ is str)
                and (v_information.__class__ is str)
                and ((kind := v_max_withdrawal.__class__) is float or kind is int)
                and ((kind := v_min_withdrawal.__class__) is float or kind is int)
                and (v_newly_authorized.__class__ is _INT and v_newly_authorized in _ALLOWED_0_1)
                and (v_payment_agent_name.__class__ is str)
                and (
                    v_status is None
                    or (
                        v_status.__class__ is _STR
                        and v_status in _ALLOWED_applied_authorized_rejected_and_2_more
                    )
                )
                and (v_target_country.__class__ is str)
            ):
                obj.affiliate_id = v_affiliate_id
                obj.can_apply = v_can_apply
                obj.code_of_conduct_approval = v_code_of_conduct_approval
                obj.commission_deposit = v_commission_deposit
                obj.commission_withdrawal = v_commission_withdrawal
                obj.currency_code = v_currency_code
                try:
                    obj.eligibilty_validation = _decode_list_of_str(v_eligibilty_validation)
                except DecodeError as error:
                    raise error.at("eligibilty_validation") from None
                obj.email = v_email
                obj.information = v_information
                obj.max_withdrawal = v_max_withdrawal
                obj.min_withdrawal = v_min_withdrawal
                obj.newly_authorized = v_newly_authorized
                obj.payment_agent_name = v_payment_agent_name
                try:
                    obj.phone_numbers = _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem(
                        v_phone_numbers
                    )
                except DecodeError as error:
                    raise error.at("phone_numbers") from None
                obj.status = v_status
                try:
                    obj.supported_payment_methods = _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem(
                        v_supported_payment_methods
                    )
                except DecodeError as error:
                    raise error.at("supported_payment_methods") from None
                obj.target_country = v_target_country
                try:
                    obj.urls = (
                        _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsUrlsItem(
                            v_urls
                        )
                    )
                except DecodeError as error:
                    raise error.at("urls") from None
                obj.extra_fields = {}
                return obj
    if "affiliate_id" not in data:
        obj.affiliate_id = UNSET
        count += 1
    elif (value := data["affiliate_id"]) is None or (value.__class__ is str):
        obj.affiliate_id = value
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
    if "code_of_conduct_approval" not in data:
        obj.code_of_conduct_approval = None
        count += 1
    elif (value := data["code_of_conduct_approval"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.code_of_conduct_approval = value
    else:
        raise _not_one_of("0, 1", value).at("code_of_conduct_approval")
    if "commission_deposit" not in data:
        obj.commission_deposit = None
        count += 1
    elif (kind := (value := data["commission_deposit"]).__class__) is float or kind is int:
        obj.commission_deposit = value
    else:
        raise _expected("a number", value).at("commission_deposit")
    if "commission_withdrawal" not in data:
        obj.commission_withdrawal = None
        count += 1
    elif (kind := (value := data["commission_withdrawal"]).__class__) is float or kind is int:
        obj.commission_withdrawal = value
    else:
        raise _expected("a number", value).at("commission_withdrawal")
    if "currency_code" not in data:
        obj.currency_code = None
        count += 1
    elif (value := data["currency_code"]).__class__ is str:
        obj.currency_code = value
    else:
        raise _expected("a string", value).at("currency_code")
    if "eligibilty_validation" not in data:
        obj.eligibilty_validation = None
        count += 1
    else:
        value = data["eligibilty_validation"]
        try:
            obj.eligibilty_validation = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("eligibilty_validation") from None
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "information" not in data:
        obj.information = None
        count += 1
    elif (value := data["information"]).__class__ is str:
        obj.information = value
    else:
        raise _expected("a string", value).at("information")
    if "max_withdrawal" not in data:
        obj.max_withdrawal = None
        count += 1
    elif (kind := (value := data["max_withdrawal"]).__class__) is float or kind is int:
        obj.max_withdrawal = value
    else:
        raise _expected("a number", value).at("max_withdrawal")
    if "min_withdrawal" not in data:
        obj.min_withdrawal = None
        count += 1
    elif (kind := (value := data["min_withdrawal"]).__class__) is float or kind is int:
        obj.min_withdrawal = value
    else:
        raise _expected("a number", value).at("min_withdrawal")
    if "newly_authorized" not in data:
        obj.newly_authorized = None
        count += 1
    elif (value := data["newly_authorized"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.newly_authorized = value
    else:
        raise _not_one_of("0, 1", value).at("newly_authorized")
    if "payment_agent_name" not in data:
        obj.payment_agent_name = None
        count += 1
    elif (value := data["payment_agent_name"]).__class__ is str:
        obj.payment_agent_name = value
    else:
        raise _expected("a string", value).at("payment_agent_name")
    if "phone_numbers" not in data:
        obj.phone_numbers = None
        count += 1
    else:
        value = data["phone_numbers"]
        try:
            obj.phone_numbers = (
                _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem(
                    value
                )
            )
        except DecodeError as error:
            raise error.at("phone_numbers") from None
    if "status" not in data:
        obj.status = UNSET
        count += 1
    elif (value := data["status"]) is None or (
        value.__class__ is _STR and value in _ALLOWED_applied_authorized_rejected_and_2_more
    ):
        obj.status = value
    else:
        raise _not_one_of("'applied', 'verified', 'authorized', 'rejected', 'suspended'", value).at(
            "status"
        )
    if "supported_payment_methods" not in data:
        obj.supported_payment_methods = None
        count += 1
    else:
        value = data["supported_payment_methods"]
        try:
            obj.supported_payment_methods = _decode_list_of_PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem(
                value
            )
        except DecodeError as error:
            raise error.at("supported_payment_methods") from None
    if "target_country" not in data:
        obj.target_country = None
        count += 1
    elif (value := data["target_country"]).__class__ is str:
        obj.target_country = value
    else:
        raise _expected("a string", value).at("target_country")
    if "urls" not in data:
        obj.urls = None
        count += 1
    else:
        value = data["urls"]
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
    if count == 1:
        try:
            v_phone_number = data["phone_number"]
        except KeyError:
            pass
        else:
            if v_phone_number.__class__ is str:
                obj.phone_number = v_phone_number
                obj.extra_fields = {}
                return obj
    if "phone_number" not in data:
        obj.phone_number = None
        count += 1
    elif (value := data["phone_number"]).__class__ is str:
        obj.phone_number = value
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
    if count == 1:
        try:
            v_payment_method = data["payment_method"]
        except KeyError:
            pass
        else:
            if v_payment_method.__class__ is str:
                obj.payment_method = v_payment_method
                obj.extra_fields = {}
                return obj
    if "payment_method" not in data:
        obj.payment_method = None
        count += 1
    elif (value := data["payment_method"]).__class__ is str:
        obj.payment_method = value
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
    if count == 1:
        try:
            v_url = data["url"]
        except KeyError:
            pass
        else:
            if v_url.__class__ is str:
                obj.url = v_url
                obj.extra_fields = {}
                return obj
    if "url" not in data:
        obj.url = None
        count += 1
    elif (value := data["url"]).__class__ is str:
        obj.url = value
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
