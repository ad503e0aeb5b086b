"""Decoders and encoders of the models of the ``new_partner_account`` call (partners group).

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


_ALLOWED_100_001_500_000_25_000_50_000_50_001_100_000_and_2_more = frozenset(
    {
        "$100,001 - $500,000",
        "$25,000 - $50,000",
        "$50,001 - $100,000",
        "Less than $25,000",
        "Over $500,000",
    }
)


_ALLOWED_Miss_Mr_Mrs_Ms = frozenset({"Miss", "Mr", "Mrs", "Ms"})


_ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more = frozenset(
    {
        "Mother's maiden name",
        "Brand of first car",
        "Favourite artist",
        "Favourite dish",
        "Memorable date",
        "Memorable town/city",
        "Name of first love",
        "Name of your pet",
    }
)


_ALLOWED_company_individual = frozenset({"company", "individual"})


_ALLOWED_dynamicworks_myaffiliate = frozenset({"dynamicworks", "myaffiliate"})


_ALLOWED_maltainvest_svg = frozenset({"maltainvest", "svg"})


_ALLOWED_new_partner_account = frozenset({"new_partner_account"})


_ALLOWED_professional_retail = frozenset({"professional", "retail"})


_KEYS_NEW_PARTNER_ACCOUNT_REQUEST = frozenset(
    (
        "new_partner_account",
        "account_turnover",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "calling_country_code",
        "citizen",
        "client_type",
        "company_name",
        "company_registration_no",
        "currency",
        "date_of_birth",
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
        "secret_answer",
        "secret_question",
        "website",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_NEW_PARTNER_ACCOUNT_RESPONSE = frozenset(
    (
        "new_partner_account",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_NEW_PARTNER_ACCOUNT_RESPONSE_NEW_PARTNER_ACCOUNT = frozenset(
    (
        "client_id",
        "currency",
        "currency_type",
        "landing_company",
        "landing_company_shortcode",
        "oauth_token",
    )
)


def structure_new_partner_account_request(data: Any) -> m.NewPartnerAccountRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewPartnerAccountRequest)
    count = len(data)
    if count == 30:
        try:
            v_new_partner_account = data["new_partner_account"]
            v_account_turnover = data["account_turnover"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_calling_country_code = data["calling_country_code"]
            v_citizen = data["citizen"]
            v_client_type = data["client_type"]
            v_company_name = data["company_name"]
            v_company_registration_no = data["company_registration_no"]
            v_currency = data["currency"]
            v_date_of_birth = data["date_of_birth"]
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
            v_secret_answer = data["secret_answer"]
            v_secret_question = data["secret_question"]
            v_website = data["website"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_new_partner_account.__class__ is _INT and v_new_partner_account in _ALLOWED_1)
                and (
                    v_account_turnover.__class__ is _STR
                    and v_account_turnover
                    in _ALLOWED_100_001_500_000_25_000_50_000_50_001_100_000_and_2_more
                )
                and (v_address_city.__class__ is str)
                and (v_address_line_1.__class__ is str)
                and (v_address_line_2.__class__ is str)
                and (v_address_postcode.__class__ is str)
                and (v_address_state.__class__ is str)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (v_citizen is None or (v_citizen.__class__ is str))
                and (
                    v_client_type.__class__ is _STR
                    and v_client_type in _ALLOWED_professional_retail
                )
                and (v_company_name.__class__ is str)
                and (v_company_registration_no.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_date_of_birth.__class__ is str)
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
                and (v_phone is None or (v_phone.__class__ is str))
                and (
                    v_provider.__class__ is _STR and v_provider in _ALLOWED_dynamicworks_myaffiliate
                )
                and (v_residence.__class__ is str)
                and (v_salutation.__class__ is _STR and v_salutation in _ALLOWED_Miss_Mr_Mrs_Ms)
                and (v_secret_answer.__class__ is str)
                and (
                    v_secret_question.__class__ is _STR
                    and v_secret_question
                    in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
                )
                and (v_website.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.new_partner_account = v_new_partner_account
                obj.account_turnover = v_account_turnover
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.calling_country_code = v_calling_country_code
                obj.citizen = v_citizen
                obj.client_type = v_client_type
                obj.company_name = v_company_name
                obj.company_registration_no = v_company_registration_no
                obj.currency = v_currency
                obj.date_of_birth = v_date_of_birth
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
                obj.secret_answer = v_secret_answer
                obj.secret_question = v_secret_question
                obj.website = v_website
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["new_partner_account"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_partner_account",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_partner_account = value
    else:
        raise _not_one_of("1", value).at("new_partner_account")
    if "account_turnover" not in data:
        obj.account_turnover = None
        count += 1
    elif (
        (value := data["account_turnover"]).__class__ is _STR
        and value in _ALLOWED_100_001_500_000_25_000_50_000_50_001_100_000_and_2_more
    ):
        obj.account_turnover = value
    else:
        raise _not_one_of(
            "'Less than $25,000', '$25,000 - $50,000', '$50,001 - $100,000', '$100,001 - $500,000', 'Over $500,000'",
            value,
        ).at("account_turnover")
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
    if "client_type" not in data:
        obj.client_type = None
        count += 1
    elif (value := data["client_type"]).__class__ is _STR and value in _ALLOWED_professional_retail:
        obj.client_type = value
    else:
        raise _not_one_of("'professional', 'retail'", value).at("client_type")
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
    try:
        value = data["partner_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("partner_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_company_individual:
        obj.partner_type = value
    else:
        raise _not_one_of("'individual', 'company'", value).at("partner_type")
    if "phone" not in data:
        obj.phone = UNSET
        count += 1
    elif (value := data["phone"]) is None or (value.__class__ is str):
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
    if "salutation" not in data:
        obj.salutation = None
        count += 1
    elif (value := data["salutation"]).__class__ is _STR and value in _ALLOWED_Miss_Mr_Mrs_Ms:
        obj.salutation = value
    else:
        raise _not_one_of("'Mr', 'Ms', 'Miss', 'Mrs'", value).at("salutation")
    if "secret_answer" not in data:
        obj.secret_answer = None
        count += 1
    elif (value := data["secret_answer"]).__class__ is str:
        obj.secret_answer = value
    else:
        raise _expected("a string", value).at("secret_answer")
    if "secret_question" not in data:
        obj.secret_question = None
        count += 1
    elif (
        (value := data["secret_question"]).__class__ is _STR
        and value in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
    ):
        obj.secret_question = value
    else:
        raise _not_one_of(
            "\"Mother's maiden name\", 'Name of your pet', 'Name of first love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car', 'Favourite artist'",
            value,
        ).at("secret_question")
    try:
        value = data["website"]
    except KeyError:
        raise DecodeError("required field is missing", ("website",)) from None
    if value.__class__ is str:
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
    if count != 30:
        unknown = sorted(key for key in data if key not in _KEYS_NEW_PARTNER_ACCOUNT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_new_partner_account_request(obj: m.NewPartnerAccountRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "new_partner_account": obj.new_partner_account,
        "partner_type": obj.partner_type,
        "website": obj.website,
    }
    value: Any
    value = obj.account_turnover
    if value is not None:
        data["account_turnover"] = value
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
    value = obj.client_type
    if value is not None:
        data["client_type"] = value
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
    value = obj.phone
    if value is not UNSET:
        data["phone"] = value
    value = obj.provider
    if value is not None:
        data["provider"] = value
    value = obj.residence
    if value is not None:
        data["residence"] = value
    value = obj.salutation
    if value is not None:
        data["salutation"] = value
    value = obj.secret_answer
    if value is not None:
        data["secret_answer"] = value
    value = obj.secret_question
    if value is not None:
        data["secret_question"] = value
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


def structure_new_partner_account_response(data: Any) -> m.NewPartnerAccountResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewPartnerAccountResponse)
    count = len(data)
    if count == 4:
        try:
            v_new_partner_account = data["new_partner_account"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_new_partner_account)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.new_partner_account = (
                        structure_new_partner_account_response_new_partner_account(
                            v_new_partner_account
                        )
                    )
                except DecodeError as error:
                    raise error.at("new_partner_account") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "new_partner_account" not in data:
        obj.new_partner_account = None
        count += 1
    else:
        value = data["new_partner_account"]
        try:
            obj.new_partner_account = structure_new_partner_account_response_new_partner_account(
                value
            )
        except DecodeError as error:
            raise error.at("new_partner_account") from None
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
    if value.__class__ is _STR and value in _ALLOWED_new_partner_account:
        obj.msg_type = value
    else:
        raise _not_one_of("'new_partner_account'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_NEW_PARTNER_ACCOUNT_RESPONSE
        }
    return obj


def unstructure_new_partner_account_response(obj: m.NewPartnerAccountResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.new_partner_account
    if value is not None:
        data["new_partner_account"] = unstructure_new_partner_account_response_new_partner_account(
            value
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_new_partner_account_response_new_partner_account(
    data: Any,
) -> m.NewPartnerAccountResponseNewPartnerAccount:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewPartnerAccountResponseNewPartnerAccount)
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
    try:
        value = data["client_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("client_id",)) from None
    if value.__class__ is str:
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
    try:
        value = data["landing_company"]
    except KeyError:
        raise DecodeError("required field is missing", ("landing_company",)) from None
    if value.__class__ is str:
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
    try:
        value = data["oauth_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("oauth_token",)) from None
    if value.__class__ is str:
        obj.oauth_token = value
    else:
        raise _expected("a string", value).at("oauth_token")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_NEW_PARTNER_ACCOUNT_RESPONSE_NEW_PARTNER_ACCOUNT
        }
    return obj


def unstructure_new_partner_account_response_new_partner_account(
    obj: m.NewPartnerAccountResponseNewPartnerAccount,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "client_id": obj.client_id,
        "landing_company": obj.landing_company,
        "oauth_token": obj.oauth_token,
    }
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.currency_type
    if value is not None:
        data["currency_type"] = value
    value = obj.landing_company_shortcode
    if value is not None:
        data["landing_company_shortcode"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.NewPartnerAccountRequest: structure_new_partner_account_request,
    m.NewPartnerAccountResponse: structure_new_partner_account_response,
    m.NewPartnerAccountResponseNewPartnerAccount: structure_new_partner_account_response_new_partner_account,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.NewPartnerAccountRequest: unstructure_new_partner_account_request,
    m.NewPartnerAccountResponse: unstructure_new_partner_account_response,
    m.NewPartnerAccountResponseNewPartnerAccount: unstructure_new_partner_account_response_new_partner_account,
}
