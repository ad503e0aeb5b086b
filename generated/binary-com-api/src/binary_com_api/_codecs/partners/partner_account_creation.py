"""Decoders and encoders of the models of the ``partner_account_creation`` call (partners group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 28:
        try:
            v_partner_account_creation = data["partner_account_creation"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_calling_country_code = data["calling_country_code"]
            v_citizen = data["citizen"]
            v_company_name = data["company_name"]
            v_company_registration_no = data["company_registration_no"]
            v_currency = data["currency"]
            v_date_of_birth = data["date_of_birth"]
            v_email = data["email"]
            v_fatca_declaration = data["fatca_declaration"]
            v_first_name = data["first_name"]
            v_landing_company_short = data["landing_company_short"]
            v_last_name = data["last_name"]
            v_non_pep_declaration = data["non_pep_declaration"]
            v_partner_type = data["partner_type"]
            v_phone = data["phone"]
            v_provider = data["provider"]
            v_residence = data["residence"]
            v_salutation = data["salutation"]
            v_tnc_acceptance = data["tnc_acceptance"]
            v_website = data["website"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_partner_account_creation.__class__ is _INT
                    and v_partner_account_creation in _ALLOWED_1
                )
                and (v_address_city.__class__ is str)
                and (v_address_line_1.__class__ is str)
                and (v_address_line_2.__class__ is str)
                and (v_address_postcode.__class__ is str)
                and (v_address_state.__class__ is str)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (v_citizen is None or (v_citizen.__class__ is str))
                and (v_company_name.__class__ is str)
                and (v_company_registration_no.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_date_of_birth.__class__ is str)
                and (v_email.__class__ is str)
                and (v_fatca_declaration.__class__ is _INT and v_fatca_declaration in _ALLOWED_0_1)
                and (v_first_name.__class__ is str)
                and (
                    v_landing_company_short.__class__ is _STR
                    and v_landing_company_short in _ALLOWED_maltainvest_svg
                )
                and (v_last_name.__class__ is str)
                and (v_non_pep_declaration.__class__ is int)
                and (
                    v_partner_type.__class__ is _STR
                    and v_partner_type in _ALLOWED_company_individual
                )
                and (v_phone.__class__ is str)
                and (
                    v_provider.__class__ is _STR and v_provider in _ALLOWED_dynamicworks_myaffiliate
                )
                and (v_residence.__class__ is str)
                and (v_salutation.__class__ is _STR and v_salutation in _ALLOWED_Miss_Mr_Mrs_Ms)
                and (v_tnc_acceptance.__class__ is _INT and v_tnc_acceptance in _ALLOWED_0_1)
                and (v_website.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.partner_account_creation = v_partner_account_creation
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.calling_country_code = v_calling_country_code
                obj.citizen = v_citizen
                obj.company_name = v_company_name
                obj.company_registration_no = v_company_registration_no
                obj.currency = v_currency
                obj.date_of_birth = v_date_of_birth
                obj.email = v_email
                obj.fatca_declaration = v_fatca_declaration
                obj.first_name = v_first_name
                obj.landing_company_short = v_landing_company_short
                obj.last_name = v_last_name
                obj.non_pep_declaration = v_non_pep_declaration
                obj.partner_type = v_partner_type
                obj.phone = v_phone
                obj.provider = v_provider
                obj.residence = v_residence
                obj.salutation = v_salutation
                obj.tnc_acceptance = v_tnc_acceptance
                obj.website = v_website
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["partner_account_creation"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_account_creation",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.partner_account_creation = value
    else:
        raise _not_one_of("1", value).at("partner_account_creation")
    if "address_city" not in data:
        obj.address_city = None
        count += 1
    elif (value := data["address_city"]).__class__ is str:
        obj.address_city = value
    else:
        raise _expected("a string", value).at("address_city")
    if "address_line_1" not in data:
        obj.address_line_1 = None
        count += 1
    elif (value := data["address_line_1"]).__class__ is str:
        obj.address_line_1 = value
    else:
        raise _expected("a string", value).at("address_line_1")
    if "address_line_2" not in data:
        obj.address_line_2 = None
        count += 1
    elif (value := data["address_line_2"]).__class__ is str:
        obj.address_line_2 = value
    else:
        raise _expected("a string", value).at("address_line_2")
    if "address_postcode" not in data:
        obj.address_postcode = None
        count += 1
    elif (value := data["address_postcode"]).__class__ is str:
        obj.address_postcode = value
    else:
        raise _expected("a string", value).at("address_postcode")
    if "address_state" not in data:
        obj.address_state = None
        count += 1
    elif (value := data["address_state"]).__class__ is str:
        obj.address_state = value
    else:
        raise _expected("a string", value).at("address_state")
    if "calling_country_code" not in data:
        obj.calling_country_code = UNSET
        count += 1
    elif (value := data["calling_country_code"]) is None or (value.__class__ is str):
        obj.calling_country_code = value
    else:
        raise _expected("a string", value).at("calling_country_code")
    if "citizen" not in data:
        obj.citizen = UNSET
        count += 1
    elif (value := data["citizen"]) is None or (value.__class__ is str):
        obj.citizen = value
    else:
        raise _expected("a string", value).at("citizen")
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
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "date_of_birth" not in data:
        obj.date_of_birth = None
        count += 1
    elif (value := data["date_of_birth"]).__class__ is str:
        obj.date_of_birth = value
    else:
        raise _expected("a string", value).at("date_of_birth")
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "fatca_declaration" not in data:
        obj.fatca_declaration = None
        count += 1
    elif (value := data["fatca_declaration"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.fatca_declaration = value
    else:
        raise _not_one_of("0, 1", value).at("fatca_declaration")
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
    else:
        raise _expected("a string", value).at("first_name")
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (
        value := data["landing_company_short"]
    ).__class__ is _STR and value in _ALLOWED_maltainvest_svg:
        obj.landing_company_short = value
    else:
        raise _not_one_of("'maltainvest', 'svg'", value).at("landing_company_short")
    if "last_name" not in data:
        obj.last_name = None
        count += 1
    elif (value := data["last_name"]).__class__ is str:
        obj.last_name = value
    else:
        raise _expected("a string", value).at("last_name")
    if "non_pep_declaration" not in data:
        obj.non_pep_declaration = None
        count += 1
    elif (value := data["non_pep_declaration"]).__class__ is int:
        obj.non_pep_declaration = value
    else:
        raise _expected("an integer", value).at("non_pep_declaration")
    if "partner_type" not in data:
        obj.partner_type = None
        count += 1
    elif (value := data["partner_type"]).__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    if "phone" not in data:
        obj.phone = None
        count += 1
    elif (value := data["phone"]).__class__ is str:
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "provider" not in data:
        obj.provider = None
        count += 1
    elif (
        value := data["provider"]
    ).__class__ is _STR and value in _ALLOWED_dynamicworks_myaffiliate:
        obj.provider = value
    else:
        raise _not_one_of("'myaffiliate', 'dynamicworks'", value).at("provider")
    if "residence" not in data:
        obj.residence = None
        count += 1
    elif (value := data["residence"]).__class__ is str:
        obj.residence = value
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
    if "tnc_acceptance" not in data:
        obj.tnc_acceptance = None
        count += 1
    elif (value := data["tnc_acceptance"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tnc_acceptance = value
    else:
        raise _not_one_of("0, 1", value).at("tnc_acceptance")
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
    if count == 4:
        try:
            v_partner_account_creation = data["partner_account_creation"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_partner_account_creation
                )
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.partner_account_creation = (
                        structure_partner_account_creation_response_partner_account_creation(
                            v_partner_account_creation
                        )
                    )
                except DecodeError as error:
                    raise error.at("partner_account_creation") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "partner_account_creation" not in data:
        obj.partner_account_creation = None
        count += 1
    else:
        value = data["partner_account_creation"]
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
    if count == 6:
        try:
            v_client_id = data["client_id"]
            v_currency = data["currency"]
            v_currency_type = data["currency_type"]
            v_landing_company = data["landing_company"]
            v_landing_company_shortcode = data["landing_company_shortcode"]
            v_oauth_token = data["oauth_token"]
        except KeyError:
            pass
        else:
            if (
                (v_client_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_currency_type.__class__ is str)
                and (v_landing_company.__class__ is str)
                and (v_landing_company_shortcode.__class__ is str)
                and (v_oauth_token.__class__ is str)
            ):
                obj.client_id = v_client_id
                obj.currency = v_currency
                obj.currency_type = v_currency_type
                obj.landing_company = v_landing_company
                obj.landing_company_shortcode = v_landing_company_shortcode
                obj.oauth_token = v_oauth_token
                obj.extra_fields = {}
                return obj
    if "client_id" not in data:
        obj.client_id = None
        count += 1
    elif (value := data["client_id"]).__class__ is str:
        obj.client_id = value
    else:
        raise _expected("a string", value).at("client_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "currency_type" not in data:
        obj.currency_type = None
        count += 1
    elif (value := data["currency_type"]).__class__ is str:
        obj.currency_type = value
    else:
        raise _expected("a string", value).at("currency_type")
    if "landing_company" not in data:
        obj.landing_company = None
        count += 1
    elif (value := data["landing_company"]).__class__ is str:
        obj.landing_company = value
    else:
        raise _expected("a string", value).at("landing_company")
    if "landing_company_shortcode" not in data:
        obj.landing_company_shortcode = None
        count += 1
    elif (value := data["landing_company_shortcode"]).__class__ is str:
        obj.landing_company_shortcode = value
    else:
        raise _expected("a string", value).at("landing_company_shortcode")
    if "oauth_token" not in data:
        obj.oauth_token = None
        count += 1
    elif (value := data["oauth_token"]).__class__ is str:
        obj.oauth_token = value
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
