"""Decoders and encoders of the models of the ``paymentagent_list`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_paymentagent_list = frozenset({"paymentagent_list"})


_KEYS_PAYMENTAGENT_LIST_REQUEST = frozenset(
    (
        "paymentagent_list",
        "currency",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE = frozenset(
    (
        "paymentagent_list",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST = frozenset(
    (
        "available_countries",
        "list",
    )
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM = frozenset(
    (
        "currencies",
        "deposit_commission",
        "email",
        "further_information",
        "max_withdrawal",
        "min_withdrawal",
        "name",
        "paymentagent_loginid",
        "phone_numbers",
        "summary",
        "supported_payment_methods",
        "urls",
        "withdrawal_commission",
    )
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_PHONE_NUMBERS_ITEM = frozenset(
    ("phone_number",)
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_SUPPORTED_PAYMENT_METHODS_ITEM = (
    frozenset(("payment_method",))
)


_KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_URLS_ITEM = frozenset(("url",))


def _decode_list_of_PaymentagentListResponsePaymentagentListListItem(
    value: Any,
) -> list[m.PaymentagentListResponsePaymentagentListListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_list_response_paymentagent_list_list_item(item) for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_list_response_paymentagent_list_list_item
        ) from None


def _decode_list_of_PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem(
    value: Any,
) -> list[m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item,
        ) from None


def _decode_list_of_PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem(
    value: Any,
) -> list[m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            structure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item,
        ) from None


def _decode_list_of_PaymentagentListResponsePaymentagentListListItemUrlsItem(
    value: Any,
) -> list[m.PaymentagentListResponsePaymentagentListListItemUrlsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_paymentagent_list_response_paymentagent_list_list_item_urls_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_paymentagent_list_response_paymentagent_list_list_item_urls_item
        ) from None


def _decode_list_of_list_of_str_or_null(value: Any) -> list[list[str | None]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_list_of_str_or_null(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_list_of_str_or_null) from None


def _decode_list_of_str_or_null(value: Any) -> list[str | None]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item is not None and (item.__class__ is not str):
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str | None] = value
    return result


def structure_paymentagent_list_request(data: Any) -> m.PaymentagentListRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListRequest)
    count = len(data)
    if count == 5:
        try:
            v_paymentagent_list = data["paymentagent_list"]
            v_currency = data["currency"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_paymentagent_list.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_list = v_paymentagent_list
                obj.currency = v_currency
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["paymentagent_list"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_list",)) from None
    if value.__class__ is str:
        obj.paymentagent_list = value
    else:
        raise _expected("a string", value).at("paymentagent_list")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
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
        unknown = sorted(key for key in data if key not in _KEYS_PAYMENTAGENT_LIST_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_list_request(obj: m.PaymentagentListRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"paymentagent_list": obj.paymentagent_list}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
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


def structure_paymentagent_list_response(data: Any) -> m.PaymentagentListResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponse)
    count = len(data)
    if count == 4:
        try:
            v_paymentagent_list = data["paymentagent_list"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_paymentagent_list)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.paymentagent_list = structure_paymentagent_list_response_paymentagent_list(
                        v_paymentagent_list
                    )
                except DecodeError as error:
                    raise error.at("paymentagent_list") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "paymentagent_list" not in data:
        obj.paymentagent_list = None
        count += 1
    else:
        value = data["paymentagent_list"]
        try:
            obj.paymentagent_list = structure_paymentagent_list_response_paymentagent_list(value)
        except DecodeError as error:
            raise error.at("paymentagent_list") from None
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
    if value.__class__ is _STR and value in _ALLOWED_paymentagent_list:
        obj.msg_type = value
    else:
        raise _not_one_of("'paymentagent_list'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PAYMENTAGENT_LIST_RESPONSE
        }
    return obj


def unstructure_paymentagent_list_response(obj: m.PaymentagentListResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.paymentagent_list
    if value is not None:
        data["paymentagent_list"] = unstructure_paymentagent_list_response_paymentagent_list(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_list_response_paymentagent_list(
    data: Any,
) -> m.PaymentagentListResponsePaymentagentList:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponsePaymentagentList)
    count = len(data)
    if count == 2:
        try:
            v_available_countries = data["available_countries"]
            v_list = data["list"]
        except KeyError:
            pass
        else:
            try:
                obj.available_countries = _decode_list_of_list_of_str_or_null(v_available_countries)
            except DecodeError as error:
                raise error.at("available_countries") from None
            try:
                obj.list = _decode_list_of_PaymentagentListResponsePaymentagentListListItem(v_list)
            except DecodeError as error:
                raise error.at("list") from None
            obj.extra_fields = {}
            return obj
    if "available_countries" not in data:
        obj.available_countries = None
        count += 1
    else:
        value = data["available_countries"]
        try:
            obj.available_countries = _decode_list_of_list_of_str_or_null(value)
        except DecodeError as error:
            raise error.at("available_countries") from None
    try:
        value = data["list"]
    except KeyError:
        raise DecodeError("required field is missing", ("list",)) from None
    try:
        obj.list = _decode_list_of_PaymentagentListResponsePaymentagentListListItem(value)
    except DecodeError as error:
        raise error.at("list") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST
        }
    return obj


def unstructure_paymentagent_list_response_paymentagent_list(
    obj: m.PaymentagentListResponsePaymentagentList,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "list": [
            unstructure_paymentagent_list_response_paymentagent_list_list_item(item)
            for item in obj.list
        ]
    }
    value: Any
    value = obj.available_countries
    if value is not None:
        data["available_countries"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_list_response_paymentagent_list_list_item(
    data: Any,
) -> m.PaymentagentListResponsePaymentagentListListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponsePaymentagentListListItem)
    count = len(data)
    if count == 13:
        try:
            v_currencies = data["currencies"]
            v_deposit_commission = data["deposit_commission"]
            v_email = data["email"]
            v_further_information = data["further_information"]
            v_max_withdrawal = data["max_withdrawal"]
            v_min_withdrawal = data["min_withdrawal"]
            v_name = data["name"]
            v_paymentagent_loginid = data["paymentagent_loginid"]
            v_phone_numbers = data["phone_numbers"]
            v_summary = data["summary"]
            v_supported_payment_methods = data["supported_payment_methods"]
            v_urls = data["urls"]
            v_withdrawal_commission = data["withdrawal_commission"]
        except KeyError:
            pass
        else:
            if (
                (v_currencies.__class__ is str)
                and (v_deposit_commission.__class__ is str)
                and (v_email.__class__ is str)
                and (v_further_information.__class__ is str)
                and (v_max_withdrawal is None or (v_max_withdrawal.__class__ is str))
                and (v_min_withdrawal is None or (v_min_withdrawal.__class__ is str))
                and (v_name.__class__ is str)
                and (v_paymentagent_loginid.__class__ is str)
                and (v_summary.__class__ is str)
                and (v_withdrawal_commission.__class__ is str)
            ):
                obj.currencies = v_currencies
                obj.deposit_commission = v_deposit_commission
                obj.email = v_email
                obj.further_information = v_further_information
                obj.max_withdrawal = v_max_withdrawal
                obj.min_withdrawal = v_min_withdrawal
                obj.name = v_name
                obj.paymentagent_loginid = v_paymentagent_loginid
                try:
                    obj.phone_numbers = _decode_list_of_PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem(
                        v_phone_numbers
                    )
                except DecodeError as error:
                    raise error.at("phone_numbers") from None
                obj.summary = v_summary
                try:
                    obj.supported_payment_methods = _decode_list_of_PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem(
                        v_supported_payment_methods
                    )
                except DecodeError as error:
                    raise error.at("supported_payment_methods") from None
                try:
                    obj.urls = (
                        _decode_list_of_PaymentagentListResponsePaymentagentListListItemUrlsItem(
                            v_urls
                        )
                    )
                except DecodeError as error:
                    raise error.at("urls") from None
                obj.withdrawal_commission = v_withdrawal_commission
                obj.extra_fields = {}
                return obj
    try:
        value = data["currencies"]
    except KeyError:
        raise DecodeError("required field is missing", ("currencies",)) from None
    if value.__class__ is str:
        obj.currencies = value
    else:
        raise _expected("a string", value).at("currencies")
    try:
        value = data["deposit_commission"]
    except KeyError:
        raise DecodeError("required field is missing", ("deposit_commission",)) from None
    if value.__class__ is str:
        obj.deposit_commission = value
    else:
        raise _expected("a string", value).at("deposit_commission")
    try:
        value = data["email"]
    except KeyError:
        raise DecodeError("required field is missing", ("email",)) from None
    if value.__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    try:
        value = data["further_information"]
    except KeyError:
        raise DecodeError("required field is missing", ("further_information",)) from None
    if value.__class__ is str:
        obj.further_information = value
    else:
        raise _expected("a string", value).at("further_information")
    try:
        value = data["max_withdrawal"]
    except KeyError:
        raise DecodeError("required field is missing", ("max_withdrawal",)) from None
    if value is None or (value.__class__ is str):
        obj.max_withdrawal = value
    else:
        raise _expected("a string", value).at("max_withdrawal")
    try:
        value = data["min_withdrawal"]
    except KeyError:
        raise DecodeError("required field is missing", ("min_withdrawal",)) from None
    if value is None or (value.__class__ is str):
        obj.min_withdrawal = value
    else:
        raise _expected("a string", value).at("min_withdrawal")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["paymentagent_loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_loginid",)) from None
    if value.__class__ is str:
        obj.paymentagent_loginid = value
    else:
        raise _expected("a string", value).at("paymentagent_loginid")
    try:
        value = data["phone_numbers"]
    except KeyError:
        raise DecodeError("required field is missing", ("phone_numbers",)) from None
    try:
        obj.phone_numbers = (
            _decode_list_of_PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem(value)
        )
    except DecodeError as error:
        raise error.at("phone_numbers") from None
    try:
        value = data["summary"]
    except KeyError:
        raise DecodeError("required field is missing", ("summary",)) from None
    if value.__class__ is str:
        obj.summary = value
    else:
        raise _expected("a string", value).at("summary")
    try:
        value = data["supported_payment_methods"]
    except KeyError:
        raise DecodeError("required field is missing", ("supported_payment_methods",)) from None
    try:
        obj.supported_payment_methods = _decode_list_of_PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem(
            value
        )
    except DecodeError as error:
        raise error.at("supported_payment_methods") from None
    try:
        value = data["urls"]
    except KeyError:
        raise DecodeError("required field is missing", ("urls",)) from None
    try:
        obj.urls = _decode_list_of_PaymentagentListResponsePaymentagentListListItemUrlsItem(value)
    except DecodeError as error:
        raise error.at("urls") from None
    try:
        value = data["withdrawal_commission"]
    except KeyError:
        raise DecodeError("required field is missing", ("withdrawal_commission",)) from None
    if value.__class__ is str:
        obj.withdrawal_commission = value
    else:
        raise _expected("a string", value).at("withdrawal_commission")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM
        }
    return obj


def unstructure_paymentagent_list_response_paymentagent_list_list_item(
    obj: m.PaymentagentListResponsePaymentagentListListItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "currencies": obj.currencies,
        "deposit_commission": obj.deposit_commission,
        "email": obj.email,
        "further_information": obj.further_information,
        "max_withdrawal": obj.max_withdrawal,
        "min_withdrawal": obj.min_withdrawal,
        "name": obj.name,
        "paymentagent_loginid": obj.paymentagent_loginid,
        "phone_numbers": [
            unstructure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item(
                item
            )
            for item in obj.phone_numbers
        ],
        "summary": obj.summary,
        "supported_payment_methods": [
            unstructure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item(
                item
            )
            for item in obj.supported_payment_methods
        ],
        "urls": [
            unstructure_paymentagent_list_response_paymentagent_list_list_item_urls_item(item)
            for item in obj.urls
        ],
        "withdrawal_commission": obj.withdrawal_commission,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item(
    data: Any,
) -> m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem)
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
            if k
            not in _KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_PHONE_NUMBERS_ITEM
        }
    return obj


def unstructure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item(
    obj: m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem,
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


def structure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item(
    data: Any,
) -> m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem)
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
            not in _KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_SUPPORTED_PAYMENT_METHODS_ITEM
        }
    return obj


def unstructure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item(
    obj: m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem,
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


def structure_paymentagent_list_response_paymentagent_list_list_item_urls_item(
    data: Any,
) -> m.PaymentagentListResponsePaymentagentListListItemUrlsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentListResponsePaymentagentListListItemUrlsItem)
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
            if k not in _KEYS_PAYMENTAGENT_LIST_RESPONSE_PAYMENTAGENT_LIST_LIST_ITEM_URLS_ITEM
        }
    return obj


def unstructure_paymentagent_list_response_paymentagent_list_list_item_urls_item(
    obj: m.PaymentagentListResponsePaymentagentListListItemUrlsItem,
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
    m.PaymentagentListRequest: structure_paymentagent_list_request,
    m.PaymentagentListResponse: structure_paymentagent_list_response,
    m.PaymentagentListResponsePaymentagentList: structure_paymentagent_list_response_paymentagent_list,
    m.PaymentagentListResponsePaymentagentListListItem: structure_paymentagent_list_response_paymentagent_list_list_item,
    m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem: structure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item,
    m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem: structure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item,
    m.PaymentagentListResponsePaymentagentListListItemUrlsItem: structure_paymentagent_list_response_paymentagent_list_list_item_urls_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentagentListRequest: unstructure_paymentagent_list_request,
    m.PaymentagentListResponse: unstructure_paymentagent_list_response,
    m.PaymentagentListResponsePaymentagentList: unstructure_paymentagent_list_response_paymentagent_list,
    m.PaymentagentListResponsePaymentagentListListItem: unstructure_paymentagent_list_response_paymentagent_list_list_item,
    m.PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem: unstructure_paymentagent_list_response_paymentagent_list_list_item_phone_numbers_item,
    m.PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem: unstructure_paymentagent_list_response_paymentagent_list_list_item_supported_payment_methods_item,
    m.PaymentagentListResponsePaymentagentListListItemUrlsItem: unstructure_paymentagent_list_response_paymentagent_list_list_item_urls_item,
}
