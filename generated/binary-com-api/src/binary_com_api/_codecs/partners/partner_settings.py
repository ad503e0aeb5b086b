"""Decoders and encoders of the models of the ``partner_settings`` call (partners group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    try:
        value = data["partner_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_settings = value
    else:
        raise _not_one_of("1", value).at("partner_settings")
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
    value = data.get("partner_settings", _MISSING)
    if value is _MISSING:
        obj.partner_settings = None
        count += 1
    else:
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
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
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
    value = data.get("company_name", _MISSING)
    if value.__class__ is str:
        obj.company_name = value
    elif value is _MISSING:
        obj.company_name = None
        count += 1
    else:
        raise _expected("a string", value).at("company_name")
    value = data.get("company_registration_number", _MISSING)
    if value.__class__ is str:
        obj.company_registration_number = value
    elif value is _MISSING:
        obj.company_registration_number = None
        count += 1
    else:
        raise _expected("a string", value).at("company_registration_number")
    value = data.get("partner_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    elif value is _MISSING:
        obj.partner_type = None
        count += 1
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    value = data.get("platform_URL", _MISSING)
    if value.__class__ is str:
        obj.platform_url = value
    elif value is _MISSING:
        obj.platform_url = None
        count += 1
    else:
        raise _expected("a string", value).at("platform_URL")
    value = data.get("provider", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_dynamicworks_myaffiliate:
        obj.provider = value
    elif value is _MISSING:
        obj.provider = None
        count += 1
    else:
        raise _not_one_of("'myaffiliate', 'dynamicworks'", value).at("provider")
    value = data.get("website", _MISSING)
    if value.__class__ is str:
        obj.website = value
    elif value is _MISSING:
        obj.website = None
        count += 1
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
