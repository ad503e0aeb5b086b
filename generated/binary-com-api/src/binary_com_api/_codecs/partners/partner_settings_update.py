"""Decoders and encoders of the models of the ``partner_settings_update`` call (partners group).

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
    if count == 9:
        try:
            v_partner_settings_update = data["partner_settings_update"]
            v_company_name = data["company_name"]
            v_company_registration_no = data["company_registration_no"]
            v_partner_type = data["partner_type"]
            v_provider = data["provider"]
            v_website = data["website"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_partner_settings_update.__class__ is _INT
                    and v_partner_settings_update in _ALLOWED_1
                )
                and (v_company_name.__class__ is str)
                and (v_company_registration_no.__class__ is str)
                and (
                    v_partner_type.__class__ is _STR
                    and v_partner_type in _ALLOWED_company_individual
                )
                and (
                    v_provider.__class__ is _STR and v_provider in _ALLOWED_dynamicworks_myaffiliate
                )
                and (v_website.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.partner_settings_update = v_partner_settings_update
                obj.company_name = v_company_name
                obj.company_registration_no = v_company_registration_no
                obj.partner_type = v_partner_type
                obj.provider = v_provider
                obj.website = v_website
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["partner_settings_update"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_settings_update",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_settings_update = value
    else:
        raise _not_one_of("1", value).at("partner_settings_update")
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
    if "partner_type" not in data:
        obj.partner_type = None
        count += 1
    elif (value := data["partner_type"]).__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
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
    if "website" not in data:
        obj.website = None
        count += 1
    elif (value := data["website"]).__class__ is str:
        obj.website = value
    else:
        raise _expected("a string", value).at("website")
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
    if count == 4:
        try:
            v_partner_settings_update = data["partner_settings_update"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_partner_settings_update.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_partner_settings_update
                )
                and (v_req_id.__class__ is int)
            ):
                obj.partner_settings_update = v_partner_settings_update
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "partner_settings_update" not in data:
        obj.partner_settings_update = None
        count += 1
    elif (value := data["partner_settings_update"]).__class__ is int:
        obj.partner_settings_update = value
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
