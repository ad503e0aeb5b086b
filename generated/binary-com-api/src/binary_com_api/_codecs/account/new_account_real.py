"""Decoders and encoders of the models of the ``new_account_real`` call (account group).

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


_ALLOWED_Additional_revenue_Hedging_Income_Earning_and_3_more = frozenset(
    {
        "Additional revenue",
        "Hedging",
        "Income Earning",
        "Peer-to-peer exchange",
        "Savings",
        "Speculative",
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


_ALLOWED_new_account_real = frozenset({"new_account_real"})


_ALLOWED_professional_retail = frozenset({"professional", "retail"})


_KEYS_NEW_ACCOUNT_REAL_REQUEST = frozenset(
    (
        "new_account_real",
        "account_opening_reason",
        "account_turnover",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "affiliate_token",
        "calling_country_code",
        "citizen",
        "client_type",
        "currency",
        "date_of_birth",
        "employment_status",
        "fatca_declaration",
        "financial_information_version",
        "first_name",
        "last_name",
        "non_pep_declaration",
        "phone",
        "place_of_birth",
        "residence",
        "salutation",
        "secret_answer",
        "secret_question",
        "tax_identification_number",
        "tax_residence",
        "tin_skipped",
        "tnc_acceptance",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_REAL_RESPONSE = frozenset(
    (
        "new_account_real",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_REAL_RESPONSE_NEW_ACCOUNT_REAL = frozenset(
    (
        "client_id",
        "currency",
        "currency_type",
        "landing_company",
        "landing_company_short",
        "landing_company_shortcode",
        "oauth_token",
    )
)


def structure_new_account_real_request(data: Any) -> m.NewAccountRealRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountRealRequest)
    count = len(data)
    if count == 33:
        try:
            v_new_account_real = data["new_account_real"]
            v_account_opening_reason = data["account_opening_reason"]
            v_account_turnover = data["account_turnover"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_affiliate_token = data["affiliate_token"]
            v_calling_country_code = data["calling_country_code"]
            v_citizen = data["citizen"]
            v_client_type = data["client_type"]
            v_currency = data["currency"]
            v_date_of_birth = data["date_of_birth"]
            v_employment_status = data["employment_status"]
            v_fatca_declaration = data["fatca_declaration"]
            v_financial_information_version = data["financial_information_version"]
            v_first_name = data["first_name"]
            v_last_name = data["last_name"]
            v_non_pep_declaration = data["non_pep_declaration"]
            v_phone = data["phone"]
            v_place_of_birth = data["place_of_birth"]
            v_residence = data["residence"]
            v_salutation = data["salutation"]
            v_secret_answer = data["secret_answer"]
            v_secret_question = data["secret_question"]
            v_tax_identification_number = data["tax_identification_number"]
            v_tax_residence = data["tax_residence"]
            v_tin_skipped = data["tin_skipped"]
            v_tnc_acceptance = data["tnc_acceptance"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_new_account_real.__class__ is _INT and v_new_account_real in _ALLOWED_1)
                and (
                    v_account_opening_reason.__class__ is _STR
                    and v_account_opening_reason
                    in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_3_more
                )
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
                and (v_affiliate_token.__class__ is str)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (v_citizen is None or (v_citizen.__class__ is str))
                and (
                    v_client_type.__class__ is _STR
                    and v_client_type in _ALLOWED_professional_retail
                )
                and (v_currency.__class__ is str)
                and (v_date_of_birth.__class__ is str)
                and (v_employment_status.__class__ is str)
                and (v_fatca_declaration.__class__ is _INT and v_fatca_declaration in _ALLOWED_0_1)
                and (v_financial_information_version.__class__ is str)
                and (v_first_name.__class__ is str)
                and (v_last_name.__class__ is str)
                and (v_non_pep_declaration.__class__ is int)
                and (v_phone is None or (v_phone.__class__ is str))
                and (v_place_of_birth.__class__ is str)
                and (v_residence.__class__ is str)
                and (v_salutation.__class__ is _STR and v_salutation in _ALLOWED_Miss_Mr_Mrs_Ms)
                and (v_secret_answer.__class__ is str)
                and (
                    v_secret_question.__class__ is _STR
                    and v_secret_question
                    in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
                )
                and (v_tax_identification_number.__class__ is str)
                and (v_tax_residence.__class__ is str)
                and (v_tin_skipped.__class__ is _INT and v_tin_skipped in _ALLOWED_0_1)
                and (v_tnc_acceptance.__class__ is _INT and v_tnc_acceptance in _ALLOWED_0_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.new_account_real = v_new_account_real
                obj.account_opening_reason = v_account_opening_reason
                obj.account_turnover = v_account_turnover
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.affiliate_token = v_affiliate_token
                obj.calling_country_code = v_calling_country_code
                obj.citizen = v_citizen
                obj.client_type = v_client_type
                obj.currency = v_currency
                obj.date_of_birth = v_date_of_birth
                obj.employment_status = v_employment_status
                obj.fatca_declaration = v_fatca_declaration
                obj.financial_information_version = v_financial_information_version
                obj.first_name = v_first_name
                obj.last_name = v_last_name
                obj.non_pep_declaration = v_non_pep_declaration
                obj.phone = v_phone
                obj.place_of_birth = v_place_of_birth
                obj.residence = v_residence
                obj.salutation = v_salutation
                obj.secret_answer = v_secret_answer
                obj.secret_question = v_secret_question
                obj.tax_identification_number = v_tax_identification_number
                obj.tax_residence = v_tax_residence
                obj.tin_skipped = v_tin_skipped
                obj.tnc_acceptance = v_tnc_acceptance
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["new_account_real"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_account_real",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_real = value
    else:
        raise _not_one_of("1", value).at("new_account_real")
    if "account_opening_reason" not in data:
        obj.account_opening_reason = None
        count += 1
    elif (
        value := data["account_opening_reason"]
    ).__class__ is _STR and value in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_3_more:
        obj.account_opening_reason = value
    else:
        raise _not_one_of(
            "'Speculative', 'Income Earning', 'Hedging', 'Peer-to-peer exchange', 'Additional revenue', 'Savings'",
            value,
        ).at("account_opening_reason")
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
    if "affiliate_token" not in data:
        obj.affiliate_token = None
        count += 1
    elif (value := data["affiliate_token"]).__class__ is str:
        obj.affiliate_token = value
    else:
        raise _expected("a string", value).at("affiliate_token")
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
    if "employment_status" not in data:
        obj.employment_status = None
        count += 1
    elif (value := data["employment_status"]).__class__ is str:
        obj.employment_status = value
    else:
        raise _expected("a string", value).at("employment_status")
    if "fatca_declaration" not in data:
        obj.fatca_declaration = None
        count += 1
    elif (value := data["fatca_declaration"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.fatca_declaration = value
    else:
        raise _not_one_of("0, 1", value).at("fatca_declaration")
    if "financial_information_version" not in data:
        obj.financial_information_version = None
        count += 1
    elif (value := data["financial_information_version"]).__class__ is str:
        obj.financial_information_version = value
    else:
        raise _expected("a string", value).at("financial_information_version")
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
    else:
        raise _expected("a string", value).at("first_name")
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
    if "phone" not in data:
        obj.phone = UNSET
        count += 1
    elif (value := data["phone"]) is None or (value.__class__ is str):
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "place_of_birth" not in data:
        obj.place_of_birth = None
        count += 1
    elif (value := data["place_of_birth"]).__class__ is str:
        obj.place_of_birth = value
    else:
        raise _expected("a string", value).at("place_of_birth")
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
    if "tax_identification_number" not in data:
        obj.tax_identification_number = None
        count += 1
    elif (value := data["tax_identification_number"]).__class__ is str:
        obj.tax_identification_number = value
    else:
        raise _expected("a string", value).at("tax_identification_number")
    if "tax_residence" not in data:
        obj.tax_residence = None
        count += 1
    elif (value := data["tax_residence"]).__class__ is str:
        obj.tax_residence = value
    else:
        raise _expected("a string", value).at("tax_residence")
    if "tin_skipped" not in data:
        obj.tin_skipped = None
        count += 1
    elif (value := data["tin_skipped"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_skipped = value
    else:
        raise _not_one_of("0, 1", value).at("tin_skipped")
    if "tnc_acceptance" not in data:
        obj.tnc_acceptance = None
        count += 1
    elif (value := data["tnc_acceptance"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.tnc_acceptance = value
    else:
        raise _not_one_of("0, 1", value).at("tnc_acceptance")
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
    if count != 33:
        unknown = sorted(key for key in data if key not in _KEYS_NEW_ACCOUNT_REAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_new_account_real_request(obj: m.NewAccountRealRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"new_account_real": obj.new_account_real}
    value: Any
    value = obj.account_opening_reason
    if value is not None:
        data["account_opening_reason"] = value
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
    value = obj.affiliate_token
    if value is not None:
        data["affiliate_token"] = value
    value = obj.calling_country_code
    if value is not UNSET:
        data["calling_country_code"] = value
    value = obj.citizen
    if value is not UNSET:
        data["citizen"] = value
    value = obj.client_type
    if value is not None:
        data["client_type"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.date_of_birth
    if value is not None:
        data["date_of_birth"] = value
    value = obj.employment_status
    if value is not None:
        data["employment_status"] = value
    value = obj.fatca_declaration
    if value is not None:
        data["fatca_declaration"] = value
    value = obj.financial_information_version
    if value is not None:
        data["financial_information_version"] = value
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    value = obj.non_pep_declaration
    if value is not None:
        data["non_pep_declaration"] = value
    value = obj.phone
    if value is not UNSET:
        data["phone"] = value
    value = obj.place_of_birth
    if value is not None:
        data["place_of_birth"] = value
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
    value = obj.tax_identification_number
    if value is not None:
        data["tax_identification_number"] = value
    value = obj.tax_residence
    if value is not None:
        data["tax_residence"] = value
    value = obj.tin_skipped
    if value is not None:
        data["tin_skipped"] = value
    value = obj.tnc_acceptance
    if value is not None:
        data["tnc_acceptance"] = value
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


def structure_new_account_real_response(data: Any) -> m.NewAccountRealResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountRealResponse)
    count = len(data)
    if count == 4:
        try:
            v_new_account_real = data["new_account_real"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_new_account_real)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.new_account_real = structure_new_account_real_response_new_account_real(
                        v_new_account_real
                    )
                except DecodeError as error:
                    raise error.at("new_account_real") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "new_account_real" not in data:
        obj.new_account_real = None
        count += 1
    else:
        value = data["new_account_real"]
        try:
            obj.new_account_real = structure_new_account_real_response_new_account_real(value)
        except DecodeError as error:
            raise error.at("new_account_real") from None
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
    if value.__class__ is _STR and value in _ALLOWED_new_account_real:
        obj.msg_type = value
    else:
        raise _not_one_of("'new_account_real'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_NEW_ACCOUNT_REAL_RESPONSE
        }
    return obj


def unstructure_new_account_real_response(obj: m.NewAccountRealResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.new_account_real
    if value is not None:
        data["new_account_real"] = unstructure_new_account_real_response_new_account_real(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_new_account_real_response_new_account_real(
    data: Any,
) -> m.NewAccountRealResponseNewAccountReal:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountRealResponseNewAccountReal)
    count = len(data)
    if count == 7:
        try:
            v_client_id = data["client_id"]
            v_currency = data["currency"]
            v_currency_type = data["currency_type"]
            v_landing_company = data["landing_company"]
            v_landing_company_short = data["landing_company_short"]
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
                and (v_landing_company_short.__class__ is str)
                and (v_landing_company_shortcode.__class__ is str)
                and (v_oauth_token.__class__ is str)
            ):
                obj.client_id = v_client_id
                obj.currency = v_currency
                obj.currency_type = v_currency_type
                obj.landing_company = v_landing_company
                obj.landing_company_short = v_landing_company_short
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
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (value := data["landing_company_short"]).__class__ is str:
        obj.landing_company_short = value
    else:
        raise _expected("a string", value).at("landing_company_short")
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
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_NEW_ACCOUNT_REAL_RESPONSE_NEW_ACCOUNT_REAL
        }
    return obj


def unstructure_new_account_real_response_new_account_real(
    obj: m.NewAccountRealResponseNewAccountReal,
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
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.landing_company_shortcode
    if value is not None:
        data["landing_company_shortcode"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.NewAccountRealRequest: structure_new_account_real_request,
    m.NewAccountRealResponse: structure_new_account_real_response,
    m.NewAccountRealResponseNewAccountReal: structure_new_account_real_response_new_account_real,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.NewAccountRealRequest: unstructure_new_account_real_request,
    m.NewAccountRealResponse: unstructure_new_account_real_response,
    m.NewAccountRealResponseNewAccountReal: unstructure_new_account_real_response_new_account_real,
}
