"""Decoders and encoders of the models of the ``partner_settings_update`` call (partners group).

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


_ALLOWED_partner_settings_update = frozenset({"partner_settings_update"})


_KEYS_PARTNER_SETTINGS_UPDATE_REQUEST = frozenset(
    (
        "partner_settings_update",
        "company_name",
        "company_registration_no",
        "partner_type",
        "provider",
        "website",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PARTNER_SETTINGS_UPDATE_RESPONSE = frozenset(
    (
        "partner_settings_update",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_partner_settings_update_request(data: Any) -> m.PartnerSettingsUpdateRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerSettingsUpdateRequest)
    count = len(data)
    try:
        value = data["partner_settings_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_settings_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_settings_update = value
    else:
        raise _not_one_of("1", value).at("partner_settings_update")
    value = data.get("company_name", _MISSING)
    if value.__class__ is str:
        obj.company_name = value
    elif value is _MISSING:
        obj.company_name = None
        count += 1
    else:
        raise _expected("a string", value).at("company_name")
    value = data.get("company_registration_no", _MISSING)
    if value.__class__ is str:
        obj.company_registration_no = value
    elif value is _MISSING:
        obj.company_registration_no = None
        count += 1
    else:
        raise _expected("a string", value).at("company_registration_no")
    value = data.get("partner_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    elif value is _MISSING:
        obj.partner_type = None
        count += 1
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    try:
        value = data["provider"]
    except KeyError:
        raise DecodeError("required field is missing", ("provider",)) from None
    if value.__class__ is _STR and value in _ALLOWED_dynamicworks_myaffiliate:
        obj.provider = value
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
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_PARTNER_SETTINGS_UPDATE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_partner_settings_update_request(
    obj: m.PartnerSettingsUpdateRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "partner_settings_update": obj.partner_settings_update,
        "provider": obj.provider,
    }
    value: Any
    value = obj.company_name
    if value is not None:
        data["company_name"] = value
    value = obj.company_registration_no
    if value is not None:
        data["company_registration_no"] = value
    value = obj.partner_type
    if value is not None:
        data["partner_type"] = value
    value = obj.website
    if value is not None:
        data["website"] = value
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


def structure_partner_settings_update_response(data: Any) -> m.PartnerSettingsUpdateResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerSettingsUpdateResponse)
    count = len(data)
    value = data.get("partner_settings_update", _MISSING)
    if value.__class__ is int:
        obj.partner_settings_update = value
    elif value is _MISSING:
        obj.partner_settings_update = None
        count += 1
    else:
        raise _expected("an integer", value).at("partner_settings_update")
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
    if value.__class__ is _STR and value in _ALLOWED_partner_settings_update:
        obj.msg_type = value
    else:
        raise _not_one_of("'partner_settings_update'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PARTNER_SETTINGS_UPDATE_RESPONSE
        }
    return obj


def unstructure_partner_settings_update_response(
    obj: m.PartnerSettingsUpdateResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.partner_settings_update
    if value is not None:
        data["partner_settings_update"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PartnerSettingsUpdateRequest: structure_partner_settings_update_request,
    m.PartnerSettingsUpdateResponse: structure_partner_settings_update_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PartnerSettingsUpdateRequest: unstructure_partner_settings_update_request,
    m.PartnerSettingsUpdateResponse: unstructure_partner_settings_update_response,
}
