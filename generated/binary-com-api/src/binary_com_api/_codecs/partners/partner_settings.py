"""Decoders and encoders of the models of the ``partner_settings`` call (partners group).

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


_ALLOWED_company_individual = frozenset({"company", "individual"})


_ALLOWED_dynamicworks_myaffiliate = frozenset({"dynamicworks", "myaffiliate"})


_ALLOWED_partner_settings = frozenset({"partner_settings"})


_KEYS_PARTNER_SETTINGS_REQUEST = frozenset(
    (
        "partner_settings",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PARTNER_SETTINGS_RESPONSE = frozenset(
    (
        "partner_settings",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PARTNER_SETTINGS_RESPONSE_PARTNER_SETTINGS = frozenset(
    (
        "company_name",
        "company_registration_number",
        "partner_type",
        "platform_URL",
        "provider",
        "website",
    )
)


def structure_partner_settings_request(data: Any) -> m.PartnerSettingsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerSettingsRequest)
    count = len(data)
    if count == 4:
        try:
            v_partner_settings = data["partner_settings"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_partner_settings.__class__ is _INT and v_partner_settings in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.partner_settings = v_partner_settings
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["partner_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_settings = value
    else:
        raise _not_one_of("1", value).at("partner_settings")
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
        unknown = sorted(key for key in data if key not in _KEYS_PARTNER_SETTINGS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_partner_settings_request(obj: m.PartnerSettingsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"partner_settings": obj.partner_settings}
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


def structure_partner_settings_response(data: Any) -> m.PartnerSettingsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerSettingsResponse)
    count = len(data)
    if count == 4:
        try:
            v_partner_settings = data["partner_settings"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_partner_settings)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.partner_settings = structure_partner_settings_response_partner_settings(
                        v_partner_settings
                    )
                except DecodeError as error:
                    raise error.at("partner_settings") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "partner_settings" not in data:
        obj.partner_settings = None
        count += 1
    else:
        value = data["partner_settings"]
        try:
            obj.partner_settings = structure_partner_settings_response_partner_settings(value)
        except DecodeError as error:
            raise error.at("partner_settings") from None
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
    if value.__class__ is _STR and value in _ALLOWED_partner_settings:
        obj.msg_type = value
    else:
        raise _not_one_of("'partner_settings'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PARTNER_SETTINGS_RESPONSE
        }
    return obj


def unstructure_partner_settings_response(obj: m.PartnerSettingsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.partner_settings
    if value is not None:
        data["partner_settings"] = unstructure_partner_settings_response_partner_settings(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_settings_response_partner_settings(
    data: Any,
) -> m.PartnerSettingsResponsePartnerSettings:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerSettingsResponsePartnerSettings)
    count = len(data)
    if count == 6:
        try:
            v_company_name = data["company_name"]
            v_company_registration_number = data["company_registration_number"]
            v_partner_type = data["partner_type"]
            v_platform_url = data["platform_URL"]
            v_provider = data["provider"]
            v_website = data["website"]
        except KeyError:
            pass
        else:
            if (
                (v_company_name.__class__ is str)
                and (v_company_registration_number.__class__ is str)
                and (
                    v_partner_type.__class__ is _STR
                    and v_partner_type in _ALLOWED_company_individual
                )
                and (v_platform_url.__class__ is str)
                and (
                    v_provider.__class__ is _STR and v_provider in _ALLOWED_dynamicworks_myaffiliate
                )
                and (v_website.__class__ is str)
            ):
                obj.company_name = v_company_name
                obj.company_registration_number = v_company_registration_number
                obj.partner_type = v_partner_type
                obj.platform_url = v_platform_url
                obj.provider = v_provider
                obj.website = v_website
                obj.extra_fields = {}
                return obj
    if "company_name" not in data:
        obj.company_name = None
        count += 1
    elif (value := data["company_name"]).__class__ is str:
        obj.company_name = value
    else:
        raise _expected("a string", value).at("company_name")
    if "company_registration_number" not in data:
        obj.company_registration_number = None
        count += 1
    elif (value := data["company_registration_number"]).__class__ is str:
        obj.company_registration_number = value
    else:
        raise _expected("a string", value).at("company_registration_number")
    if "partner_type" not in data:
        obj.partner_type = None
        count += 1
    elif (value := data["partner_type"]).__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    if "platform_URL" not in data:
        obj.platform_url = None
        count += 1
    elif (value := data["platform_URL"]).__class__ is str:
        obj.platform_url = value
    else:
        raise _expected("a string", value).at("platform_URL")
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
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PARTNER_SETTINGS_RESPONSE_PARTNER_SETTINGS
        }
    return obj


def unstructure_partner_settings_response_partner_settings(
    obj: m.PartnerSettingsResponsePartnerSettings,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.company_name
    if value is not None:
        data["company_name"] = value
    value = obj.company_registration_number
    if value is not None:
        data["company_registration_number"] = value
    value = obj.partner_type
    if value is not None:
        data["partner_type"] = value
    value = obj.platform_url
    if value is not None:
        data["platform_URL"] = value
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
    m.PartnerSettingsRequest: structure_partner_settings_request,
    m.PartnerSettingsResponse: structure_partner_settings_response,
    m.PartnerSettingsResponsePartnerSettings: structure_partner_settings_response_partner_settings,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PartnerSettingsRequest: unstructure_partner_settings_request,
    m.PartnerSettingsResponse: unstructure_partner_settings_response,
    m.PartnerSettingsResponsePartnerSettings: unstructure_partner_settings_response_partner_settings,
}
