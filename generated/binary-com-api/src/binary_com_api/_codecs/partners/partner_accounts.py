"""Decoders and encoders of the models of the ``partner_accounts`` call (partners group).

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


_ALLOWED_company_individual = frozenset({"company", "individual"})


_ALLOWED_dynamicworks_myaffiliate = frozenset({"dynamicworks", "myaffiliate"})


_ALLOWED_partner_accounts = frozenset({"partner_accounts"})


_KEYS_PARTNER_ACCOUNTS_REQUEST = frozenset(
    (
        "partner_accounts",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNTS_RESPONSE = frozenset(
    (
        "partner_accounts",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNTS_RESPONSE_PARTNER_ACCOUNTS = frozenset(
    (
        "partner_settings",
        "platform_url",
    )
)


_KEYS_PARTNER_ACCOUNTS_RESPONSE_PARTNER_ACCOUNTS_PARTNER_SETTINGS_ITEM = frozenset(
    (
        "binary_user_id",
        "company_name",
        "company_registration_no",
        "partner_loginid",
        "partner_type",
        "provider",
        "website",
    )
)


def _decode_dict_of_str(value: Any) -> dict[str, str]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_str(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_PartnerAccountsResponsePartnerAccountsPartnerSettingsItem(
    value: Any,
) -> list[m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_partner_accounts_response_partner_accounts_partner_settings_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_partner_accounts_response_partner_accounts_partner_settings_item
        ) from None


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def structure_partner_accounts_request(data: Any) -> m.PartnerAccountsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountsRequest)
    count = len(data)
    if count == 4:
        try:
            v_partner_accounts = data["partner_accounts"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_partner_accounts.__class__ is _INT and v_partner_accounts in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.partner_accounts = v_partner_accounts
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["partner_accounts"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_accounts",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_accounts = value
    else:
        raise _not_one_of("1", value).at("partner_accounts")
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
        unknown = sorted(key for key in data if key not in _KEYS_PARTNER_ACCOUNTS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_partner_accounts_request(obj: m.PartnerAccountsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"partner_accounts": obj.partner_accounts}
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


def structure_partner_accounts_response(data: Any) -> m.PartnerAccountsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountsResponse)
    count = len(data)
    if count == 4:
        try:
            v_partner_accounts = data["partner_accounts"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_partner_accounts)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.partner_accounts = structure_partner_accounts_response_partner_accounts(
                        v_partner_accounts
                    )
                except DecodeError as error:
                    raise error.at("partner_accounts") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "partner_accounts" not in data:
        obj.partner_accounts = None
        count += 1
    else:
        value = data["partner_accounts"]
        try:
            obj.partner_accounts = structure_partner_accounts_response_partner_accounts(value)
        except DecodeError as error:
            raise error.at("partner_accounts") from None
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
    if value.__class__ is _STR and value in _ALLOWED_partner_accounts:
        obj.msg_type = value
    else:
        raise _not_one_of("'partner_accounts'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PARTNER_ACCOUNTS_RESPONSE
        }
    return obj


def unstructure_partner_accounts_response(obj: m.PartnerAccountsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.partner_accounts
    if value is not None:
        data["partner_accounts"] = unstructure_partner_accounts_response_partner_accounts(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_accounts_response_partner_accounts(
    data: Any,
) -> m.PartnerAccountsResponsePartnerAccounts:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountsResponsePartnerAccounts)
    count = len(data)
    if count == 2:
        try:
            v_partner_settings = data["partner_settings"]
            v_platform_url = data["platform_url"]
        except KeyError:
            pass
        else:
            try:
                obj.partner_settings = (
                    _decode_list_of_PartnerAccountsResponsePartnerAccountsPartnerSettingsItem(
                        v_partner_settings
                    )
                )
            except DecodeError as error:
                raise error.at("partner_settings") from None
            try:
                obj.platform_url = _decode_dict_of_str(v_platform_url)
            except DecodeError as error:
                raise error.at("platform_url") from None
            obj.extra_fields = {}
            return obj
    if "partner_settings" not in data:
        obj.partner_settings = None
        count += 1
    else:
        value = data["partner_settings"]
        try:
            obj.partner_settings = (
                _decode_list_of_PartnerAccountsResponsePartnerAccountsPartnerSettingsItem(value)
            )
        except DecodeError as error:
            raise error.at("partner_settings") from None
    if "platform_url" not in data:
        obj.platform_url = None
        count += 1
    else:
        value = data["platform_url"]
        try:
            obj.platform_url = _decode_dict_of_str(value)
        except DecodeError as error:
            raise error.at("platform_url") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PARTNER_ACCOUNTS_RESPONSE_PARTNER_ACCOUNTS
        }
    return obj


def unstructure_partner_accounts_response_partner_accounts(
    obj: m.PartnerAccountsResponsePartnerAccounts,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.partner_settings
    if value is not None:
        data["partner_settings"] = [
            unstructure_partner_accounts_response_partner_accounts_partner_settings_item(item)
            for item in value
        ]
    value = obj.platform_url
    if value is not None:
        data["platform_url"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_accounts_response_partner_accounts_partner_settings_item(
    data: Any,
) -> m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem)
    count = len(data)
    if count == 7:
        try:
            v_binary_user_id = data["binary_user_id"]
            v_company_name = data["company_name"]
            v_company_registration_no = data["company_registration_no"]
            v_partner_loginid = data["partner_loginid"]
            v_partner_type = data["partner_type"]
            v_provider = data["provider"]
            v_website = data["website"]
        except KeyError:
            pass
        else:
            if (
                (v_binary_user_id.__class__ is int)
                and (v_company_name.__class__ is str)
                and (v_company_registration_no.__class__ is str)
                and (v_partner_loginid.__class__ is str)
                and (
                    v_partner_type.__class__ is _STR
                    and v_partner_type in _ALLOWED_company_individual
                )
                and (
                    v_provider.__class__ is _STR and v_provider in _ALLOWED_dynamicworks_myaffiliate
                )
                and (v_website.__class__ is str)
            ):
                obj.binary_user_id = v_binary_user_id
                obj.company_name = v_company_name
                obj.company_registration_no = v_company_registration_no
                obj.partner_loginid = v_partner_loginid
                obj.partner_type = v_partner_type
                obj.provider = v_provider
                obj.website = v_website
                obj.extra_fields = {}
                return obj
    if "binary_user_id" not in data:
        obj.binary_user_id = None
        count += 1
    elif (value := data["binary_user_id"]).__class__ is int:
        obj.binary_user_id = value
    else:
        raise _expected("an integer", value).at("binary_user_id")
    if "company_name" not in data:
        obj.company_name = None
        count += 1
    elif (value := data["company_name"]).__class__ is str:
        obj.company_name = value
    else:
        raise _expected("a string", value).at("company_name")
    if "company_registration_no" not in data:
        obj.company_registration_no = None
        count += 1
    elif (value := data["company_registration_no"]).__class__ is str:
        obj.company_registration_no = value
    else:
        raise _expected("a string", value).at("company_registration_no")
    if "partner_loginid" not in data:
        obj.partner_loginid = None
        count += 1
    elif (value := data["partner_loginid"]).__class__ is str:
        obj.partner_loginid = value
    else:
        raise _expected("a string", value).at("partner_loginid")
    if "partner_type" not in data:
        obj.partner_type = None
        count += 1
    elif (value := data["partner_type"]).__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    if "provider" not in data:
        obj.provider = None
        count += 1
    elif (
        value := data["provider"]
    ).__class__ is _STR and value in _ALLOWED_dynamicworks_myaffiliate:
        obj.provider = value
    else:
        raise _not_one_of("'myaffiliate', 'dynamicworks'", value).at("provider")
    if "website" not in data:
        obj.website = None
        count += 1
    elif (value := data["website"]).__class__ is str:
        obj.website = value
    else:
        raise _expected("a string", value).at("website")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PARTNER_ACCOUNTS_RESPONSE_PARTNER_ACCOUNTS_PARTNER_SETTINGS_ITEM
        }
    return obj


def unstructure_partner_accounts_response_partner_accounts_partner_settings_item(
    obj: m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.binary_user_id
    if value is not None:
        data["binary_user_id"] = value
    value = obj.company_name
    if value is not None:
        data["company_name"] = value
    value = obj.company_registration_no
    if value is not None:
        data["company_registration_no"] = value
    value = obj.partner_loginid
    if value is not None:
        data["partner_loginid"] = value
    value = obj.partner_type
    if value is not None:
        data["partner_type"] = value
    value = obj.provider
    if value is not None:
        data["provider"] = value
    value = obj.website
    if value is not None:
        data["website"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PartnerAccountsRequest: structure_partner_accounts_request,
    m.PartnerAccountsResponse: structure_partner_accounts_response,
    m.PartnerAccountsResponsePartnerAccounts: structure_partner_accounts_response_partner_accounts,
    m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem: structure_partner_accounts_response_partner_accounts_partner_settings_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PartnerAccountsRequest: unstructure_partner_accounts_request,
    m.PartnerAccountsResponse: unstructure_partner_accounts_response,
    m.PartnerAccountsResponsePartnerAccounts: unstructure_partner_accounts_response_partner_accounts,
    m.PartnerAccountsResponsePartnerAccountsPartnerSettingsItem: unstructure_partner_accounts_response_partner_accounts_partner_settings_item,
}
