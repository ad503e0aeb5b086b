"""Decoders and encoders of the models of the ``partner_account_creation`` call (partners group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_Miss_Mr_Mrs_Ms = frozenset({"Miss", "Mr", "Mrs", "Ms"})


_ALLOWED_company_individual = frozenset({"company", "individual"})


_ALLOWED_dynamicworks_myaffiliate = frozenset({"dynamicworks", "myaffiliate"})


_ALLOWED_maltainvest_svg = frozenset({"maltainvest", "svg"})


_ALLOWED_partner_account_creation = frozenset({"partner_account_creation"})


_KEYS_PARTNER_ACCOUNT_CREATION_REQUEST = frozenset(
    (
        "partner_account_creation",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "calling_country_code",
        "citizen",
        "company_name",
        "company_registration_no",
        "currency",
        "date_of_birth",
        "email",
        "fatca_declaration",
        "first_name",
        "landing_company_short",
        "last_name",
        "non_pep_declaration",
        "partner_type",
        "phone",
        "provider",
        "residence",
        "salutation",
        "tnc_acceptance",
        "website",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_RESPONSE = frozenset(
    (
        "partner_account_creation",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PARTNER_ACCOUNT_CREATION_RESPONSE_PARTNER_ACCOUNT_CREATION = frozenset(
    (
        "client_id",
        "currency",
        "currency_type",
        "landing_company",
        "landing_company_shortcode",
        "oauth_token",
    )
)


def structure_partner_account_creation_request(data: Any) -> m.PartnerAccountCreationRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationRequest)
    count = len(data)
    try:
        value = data["partner_account_creation"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_account_creation",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_account_creation = value
    else:
        raise _not_one_of("1", value).at("partner_account_creation")
    value = data.get("address_city", _MISSING)
    if value.__class__ is str:
        obj.address_city = value
    elif value is _MISSING:
        obj.address_city = None
        count += 1
    else:
        raise _expected("a string", value).at("address_city")
    value = data.get("address_line_1", _MISSING)
    if value.__class__ is str:
        obj.address_line_1 = value
    elif value is _MISSING:
        obj.address_line_1 = None
        count += 1
    else:
        raise _expected("a string", value).at("address_line_1")
    value = data.get("address_line_2", _MISSING)
    if value.__class__ is str:
        obj.address_line_2 = value
    elif value is _MISSING:
        obj.address_line_2 = None
        count += 1
    else:
        raise _expected("a string", value).at("address_line_2")
    value = data.get("address_postcode", _MISSING)
    if value.__class__ is str:
        obj.address_postcode = value
    elif value is _MISSING:
        obj.address_postcode = None
        count += 1
    else:
        raise _expected("a string", value).at("address_postcode")
    value = data.get("address_state", _MISSING)
    if value.__class__ is str:
        obj.address_state = value
    elif value is _MISSING:
        obj.address_state = None
        count += 1
    else:
        raise _expected("a string", value).at("address_state")
    value = data.get("calling_country_code", _MISSING)
    if value is None or (value.__class__ is str):
        obj.calling_country_code = value
    elif value is _MISSING:
        obj.calling_country_code = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("calling_country_code")
    value = data.get("citizen", _MISSING)
    if value is None or (value.__class__ is str):
        obj.citizen = value
    elif value is _MISSING:
        obj.citizen = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("citizen")
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
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("date_of_birth", _MISSING)
    if value.__class__ is str:
        obj.date_of_birth = value
    elif value is _MISSING:
        obj.date_of_birth = None
        count += 1
    else:
        raise _expected("a string", value).at("date_of_birth")
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("fatca_declaration", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.fatca_declaration = value
    elif value is _MISSING:
        obj.fatca_declaration = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("fatca_declaration")
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    value = data.get("landing_company_short", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_maltainvest_svg:
        obj.landing_company_short = value
    elif value is _MISSING:
        obj.landing_company_short = None
        count += 1
    else:
        raise _not_one_of("'maltainvest', 'svg'", value).at("landing_company_short")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    value = data.get("non_pep_declaration", _MISSING)
    if value.__class__ is int:
        obj.non_pep_declaration = value
    elif value is _MISSING:
        obj.non_pep_declaration = None
        count += 1
    else:
        raise _expected("an integer", value).at("non_pep_declaration")
    value = data.get("partner_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    elif value is _MISSING:
        obj.partner_type = None
        count += 1
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    value = data.get("phone", _MISSING)
    if value.__class__ is str:
        obj.phone = value
    elif value is _MISSING:
        obj.phone = None
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("provider", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_dynamicworks_myaffiliate:
        obj.provider = value
    elif value is _MISSING:
        obj.provider = None
        count += 1
    else:
        raise _not_one_of("'myaffiliate', 'dynamicworks'", value).at("provider")
    value = data.get("residence", _MISSING)
    if value.__class__ is str:
        obj.residence = value
    elif value is _MISSING:
        obj.residence = None
        count += 1
    else:
        raise _expected("a string", value).at("residence")
    try:
        value = data["salutation"]
    except KeyError:
        raise DecodeError("required field is missing", ("salutation",)) from None
    if value.__class__ is _STR and value in _ALLOWED_Miss_Mr_Mrs_Ms:
        obj.salutation = value
    else:
        raise _not_one_of("'Mr', 'Ms', 'Miss', 'Mrs'", value).at("salutation")
    value = data.get("tnc_acceptance", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.tnc_acceptance = value
    elif value is _MISSING:
        obj.tnc_acceptance = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("tnc_acceptance")
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
    if count != 28:
        unknown = sorted(key for key in data if key not in _KEYS_PARTNER_ACCOUNT_CREATION_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_partner_account_creation_request(
    obj: m.PartnerAccountCreationRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "partner_account_creation": obj.partner_account_creation,
        "salutation": obj.salutation,
    }
    value: Any
    value = obj.address_city
    if value is not None:
        data["address_city"] = value
    value = obj.address_line_1
    if value is not None:
        data["address_line_1"] = value
    value = obj.address_line_2
    if value is not None:
        data["address_line_2"] = value
    value = obj.address_postcode
    if value is not None:
        data["address_postcode"] = value
    value = obj.address_state
    if value is not None:
        data["address_state"] = value
    value = obj.calling_country_code
    if value is not UNSET:
        data["calling_country_code"] = value
    value = obj.citizen
    if value is not UNSET:
        data["citizen"] = value
    value = obj.company_name
    if value is not None:
        data["company_name"] = value
    value = obj.company_registration_no
    if value is not None:
        data["company_registration_no"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.date_of_birth
    if value is not None:
        data["date_of_birth"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.fatca_declaration
    if value is not None:
        data["fatca_declaration"] = value
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    value = obj.non_pep_declaration
    if value is not None:
        data["non_pep_declaration"] = value
    value = obj.partner_type
    if value is not None:
        data["partner_type"] = value
    value = obj.phone
    if value is not None:
        data["phone"] = value
    value = obj.provider
    if value is not None:
        data["provider"] = value
    value = obj.residence
    if value is not None:
        data["residence"] = value
    value = obj.tnc_acceptance
    if value is not None:
        data["tnc_acceptance"] = value
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


def structure_partner_account_creation_response(data: Any) -> m.PartnerAccountCreationResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationResponse)
    count = len(data)
    value = data.get("partner_account_creation", _MISSING)
    if value is _MISSING:
        obj.partner_account_creation = None
        count += 1
    else:
        try:
            obj.partner_account_creation = (
                structure_partner_account_creation_response_partner_account_creation(value)
            )
        except DecodeError as error:
            raise error.at("partner_account_creation") from None
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
    if value.__class__ is _STR and value in _ALLOWED_partner_account_creation:
        obj.msg_type = value
    else:
        raise _not_one_of("'partner_account_creation'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PARTNER_ACCOUNT_CREATION_RESPONSE
        }
    return obj


def unstructure_partner_account_creation_response(
    obj: m.PartnerAccountCreationResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.partner_account_creation
    if value is not None:
        data["partner_account_creation"] = (
            unstructure_partner_account_creation_response_partner_account_creation(value)
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_partner_account_creation_response_partner_account_creation(
    data: Any,
) -> m.PartnerAccountCreationResponsePartnerAccountCreation:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PartnerAccountCreationResponsePartnerAccountCreation)
    count = len(data)
    value = data.get("client_id", _MISSING)
    if value.__class__ is str:
        obj.client_id = value
    elif value is _MISSING:
        obj.client_id = None
        count += 1
    else:
        raise _expected("a string", value).at("client_id")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("currency_type", _MISSING)
    if value.__class__ is str:
        obj.currency_type = value
    elif value is _MISSING:
        obj.currency_type = None
        count += 1
    else:
        raise _expected("a string", value).at("currency_type")
    value = data.get("landing_company", _MISSING)
    if value.__class__ is str:
        obj.landing_company = value
    elif value is _MISSING:
        obj.landing_company = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company")
    value = data.get("landing_company_shortcode", _MISSING)
    if value.__class__ is str:
        obj.landing_company_shortcode = value
    elif value is _MISSING:
        obj.landing_company_shortcode = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_shortcode")
    value = data.get("oauth_token", _MISSING)
    if value.__class__ is str:
        obj.oauth_token = value
    elif value is _MISSING:
        obj.oauth_token = None
        count += 1
    else:
        raise _expected("a string", value).at("oauth_token")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_PARTNER_ACCOUNT_CREATION_RESPONSE_PARTNER_ACCOUNT_CREATION
        }
    return obj


def unstructure_partner_account_creation_response_partner_account_creation(
    obj: m.PartnerAccountCreationResponsePartnerAccountCreation,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.client_id
    if value is not None:
        data["client_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.currency_type
    if value is not None:
        data["currency_type"] = value
    value = obj.landing_company
    if value is not None:
        data["landing_company"] = value
    value = obj.landing_company_shortcode
    if value is not None:
        data["landing_company_shortcode"] = value
    value = obj.oauth_token
    if value is not None:
        data["oauth_token"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PartnerAccountCreationRequest: structure_partner_account_creation_request,
    m.PartnerAccountCreationResponse: structure_partner_account_creation_response,
    m.PartnerAccountCreationResponsePartnerAccountCreation: structure_partner_account_creation_response_partner_account_creation,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PartnerAccountCreationRequest: unstructure_partner_account_creation_request,
    m.PartnerAccountCreationResponse: unstructure_partner_account_creation_response,
    m.PartnerAccountCreationResponsePartnerAccountCreation: unstructure_partner_account_creation_response_partner_account_creation,
}
