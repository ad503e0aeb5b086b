"""Decoders and encoders of the models of the ``set_settings`` call (account group).

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


_ALLOWED_set_settings = frozenset({"set_settings"})


_KEYS_SET_SETTINGS_REQUEST = frozenset(
    (
        "set_settings",
        "account_opening_reason",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "allow_copiers",
        "calling_country_code",
        "citizen",
        "date_of_birth",
        "dxtrade_user_exception",
        "email_consent",
        "employment_status",
        "feature_flag",
        "financial_information_version",
        "first_name",
        "last_name",
        "non_pep_declaration",
        "phone",
        "place_of_birth",
        "preferred_language",
        "request_professional_status",
        "residence",
        "salutation",
        "secret_answer",
        "secret_question",
        "tax_identification_number",
        "tax_residence",
        "tin_skipped",
        "trading_hub",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SET_SETTINGS_REQUEST_FEATURE_FLAG = frozenset(("wallet",))


_KEYS_SET_SETTINGS_RESPONSE = frozenset(
    (
        "set_settings",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_set_settings_request(data: Any) -> m.SetSettingsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetSettingsRequest)
    count = len(data)
    if count == 34:
        try:
            v_set_settings = data["set_settings"]
            v_account_opening_reason = data["account_opening_reason"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_allow_copiers = data["allow_copiers"]
            v_calling_country_code = data["calling_country_code"]
            v_citizen = data["citizen"]
            v_date_of_birth = data["date_of_birth"]
            v_dxtrade_user_exception = data["dxtrade_user_exception"]
            v_email_consent = data["email_consent"]
            v_employment_status = data["employment_status"]
            v_feature_flag = data["feature_flag"]
            v_financial_information_version = data["financial_information_version"]
            v_first_name = data["first_name"]
            v_last_name = data["last_name"]
            v_non_pep_declaration = data["non_pep_declaration"]
            v_phone = data["phone"]
            v_place_of_birth = data["place_of_birth"]
            v_preferred_language = data["preferred_language"]
            v_request_professional_status = data["request_professional_status"]
            v_residence = data["residence"]
            v_salutation = data["salutation"]
            v_secret_answer = data["secret_answer"]
            v_secret_question = data["secret_question"]
            v_tax_identification_number = data["tax_identification_number"]
            v_tax_residence = data["tax_residence"]
            v_tin_skipped = data["tin_skipped"]
            v_trading_hub = data["trading_hub"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_set_settings.__class__ is _INT and v_set_settings in _ALLOWED_1)
                and (
                    v_account_opening_reason.__class__ is _STR
                    and v_account_opening_reason
                    in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_3_more
                )
                and (v_address_city.__class__ is str)
                and (v_address_line_1.__class__ is str)
                and (v_address_line_2 is None or (v_address_line_2.__class__ is str))
                and (v_address_postcode.__class__ is str)
                and (v_address_state.__class__ is str)
                and (v_allow_copiers.__class__ is _INT and v_allow_copiers in _ALLOWED_0_1)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (v_citizen is None or (v_citizen.__class__ is str))
                and (v_date_of_birth.__class__ is str)
                and (
                    v_dxtrade_user_exception.__class__ is _INT
                    and v_dxtrade_user_exception in _ALLOWED_0_1
                )
                and (v_email_consent.__class__ is _INT and v_email_consent in _ALLOWED_0_1)
                and (v_employment_status.__class__ is str)
                and (v_financial_information_version.__class__ is str)
                and (v_first_name.__class__ is str)
                and (v_last_name.__class__ is str)
                and (
                    v_non_pep_declaration.__class__ is _INT and v_non_pep_declaration in _ALLOWED_1
                )
                and (v_phone is None or (v_phone.__class__ is str))
                and (v_place_of_birth.__class__ is str)
                and (v_preferred_language is None or (v_preferred_language.__class__ is str))
                and (
                    v_request_professional_status.__class__ is _INT
                    and v_request_professional_status in _ALLOWED_1
                )
                and (v_residence is None or (v_residence.__class__ is str))
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
                and (v_trading_hub.__class__ is _INT and v_trading_hub in _ALLOWED_0_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.set_settings = v_set_settings
                obj.account_opening_reason = v_account_opening_reason
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.allow_copiers = v_allow_copiers
                obj.calling_country_code = v_calling_country_code
                obj.citizen = v_citizen
                obj.date_of_birth = v_date_of_birth
                obj.dxtrade_user_exception = v_dxtrade_user_exception
                obj.email_consent = v_email_consent
                obj.employment_status = v_employment_status
                try:
                    obj.feature_flag = structure_set_settings_request_feature_flag(v_feature_flag)
                except DecodeError as error:
                    raise error.at("feature_flag") from None
                obj.financial_information_version = v_financial_information_version
                obj.first_name = v_first_name
                obj.last_name = v_last_name
                obj.non_pep_declaration = v_non_pep_declaration
                obj.phone = v_phone
                obj.place_of_birth = v_place_of_birth
                obj.preferred_language = v_preferred_language
                obj.request_professional_status = v_request_professional_status
                obj.residence = v_residence
                obj.salutation = v_salutation
                obj.secret_answer = v_secret_answer
                obj.secret_question = v_secret_question
                obj.tax_identification_number = v_tax_identification_number
                obj.tax_residence = v_tax_residence
                obj.tin_skipped = v_tin_skipped
                obj.trading_hub = v_trading_hub
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["set_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.set_settings = value
    else:
        raise _not_one_of("1", value).at("set_settings")
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
        obj.address_line_2 = UNSET
        count += 1
    elif (value := data["address_line_2"]) is None or (value.__class__ is str):
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
    if "allow_copiers" not in data:
        obj.allow_copiers = None
        count += 1
    elif (value := data["allow_copiers"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.allow_copiers = value
    else:
        raise _not_one_of("0, 1", value).at("allow_copiers")
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
    if "date_of_birth" not in data:
        obj.date_of_birth = None
        count += 1
    elif (value := data["date_of_birth"]).__class__ is str:
        obj.date_of_birth = value
    else:
        raise _expected("a string", value).at("date_of_birth")
    if "dxtrade_user_exception" not in data:
        obj.dxtrade_user_exception = None
        count += 1
    elif (value := data["dxtrade_user_exception"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dxtrade_user_exception = value
    else:
        raise _not_one_of("0, 1", value).at("dxtrade_user_exception")
    if "email_consent" not in data:
        obj.email_consent = None
        count += 1
    elif (value := data["email_consent"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.email_consent = value
    else:
        raise _not_one_of("0, 1", value).at("email_consent")
    if "employment_status" not in data:
        obj.employment_status = None
        count += 1
    elif (value := data["employment_status"]).__class__ is str:
        obj.employment_status = value
    else:
        raise _expected("a string", value).at("employment_status")
    if "feature_flag" not in data:
        obj.feature_flag = None
        count += 1
    else:
        value = data["feature_flag"]
        try:
            obj.feature_flag = structure_set_settings_request_feature_flag(value)
        except DecodeError as error:
            raise error.at("feature_flag") from None
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
    elif (value := data["non_pep_declaration"]).__class__ is _INT and value in _ALLOWED_1:
        obj.non_pep_declaration = value
    else:
        raise _not_one_of("1", value).at("non_pep_declaration")
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
    if "preferred_language" not in data:
        obj.preferred_language = UNSET
        count += 1
    elif (value := data["preferred_language"]) is None or (value.__class__ is str):
        obj.preferred_language = value
    else:
        raise _expected("a string", value).at("preferred_language")
    if "request_professional_status" not in data:
        obj.request_professional_status = None
        count += 1
    elif (value := data["request_professional_status"]).__class__ is _INT and value in _ALLOWED_1:
        obj.request_professional_status = value
    else:
        raise _not_one_of("1", value).at("request_professional_status")
    if "residence" not in data:
        obj.residence = UNSET
        count += 1
    elif (value := data["residence"]) is None or (value.__class__ is str):
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
    if "trading_hub" not in data:
        obj.trading_hub = None
        count += 1
    elif (value := data["trading_hub"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.trading_hub = value
    else:
        raise _not_one_of("0, 1", value).at("trading_hub")
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
    if count != 34:
        unknown = sorted(key for key in data if key not in _KEYS_SET_SETTINGS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_set_settings_request(obj: m.SetSettingsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"set_settings": obj.set_settings}
    value: Any
    value = obj.account_opening_reason
    if value is not None:
        data["account_opening_reason"] = value
    value = obj.address_city
    if value is not None:
        data["address_city"] = value
    value = obj.address_line_1
    if value is not None:
        data["address_line_1"] = value
    value = obj.address_line_2
    if value is not UNSET:
        data["address_line_2"] = value
    value = obj.address_postcode
    if value is not None:
        data["address_postcode"] = value
    value = obj.address_state
    if value is not None:
        data["address_state"] = value
    value = obj.allow_copiers
    if value is not None:
        data["allow_copiers"] = value
    value = obj.calling_country_code
    if value is not UNSET:
        data["calling_country_code"] = value
    value = obj.citizen
    if value is not UNSET:
        data["citizen"] = value
    value = obj.date_of_birth
    if value is not None:
        data["date_of_birth"] = value
    value = obj.dxtrade_user_exception
    if value is not None:
        data["dxtrade_user_exception"] = value
    value = obj.email_consent
    if value is not None:
        data["email_consent"] = value
    value = obj.employment_status
    if value is not None:
        data["employment_status"] = value
    value = obj.feature_flag
    if value is not None:
        data["feature_flag"] = unstructure_set_settings_request_feature_flag(value)
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
    value = obj.preferred_language
    if value is not UNSET:
        data["preferred_language"] = value
    value = obj.request_professional_status
    if value is not None:
        data["request_professional_status"] = value
    value = obj.residence
    if value is not UNSET:
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
    value = obj.trading_hub
    if value is not None:
        data["trading_hub"] = value
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


def structure_set_settings_request_feature_flag(data: Any) -> m.SetSettingsRequestFeatureFlag:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetSettingsRequestFeatureFlag)
    count = len(data)
    if count == 1:
        try:
            v_wallet = data["wallet"]
        except KeyError:
            pass
        else:
            if v_wallet.__class__ is _INT and v_wallet in _ALLOWED_0_1:
                obj.wallet = v_wallet
                return obj
    if "wallet" not in data:
        obj.wallet = None
        count += 1
    elif (value := data["wallet"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.wallet = value
    else:
        raise _not_one_of("0, 1", value).at("wallet")
    if count != 1:
        unknown = sorted(key for key in data if key not in _KEYS_SET_SETTINGS_REQUEST_FEATURE_FLAG)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_set_settings_request_feature_flag(
    obj: m.SetSettingsRequestFeatureFlag,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.wallet
    if value is not None:
        data["wallet"] = value
    return data


def structure_set_settings_response(data: Any) -> m.SetSettingsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetSettingsResponse)
    count = len(data)
    if count == 4:
        try:
            v_set_settings = data["set_settings"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_set_settings.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_set_settings)
                and (v_req_id.__class__ is int)
            ):
                obj.set_settings = v_set_settings
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "set_settings" not in data:
        obj.set_settings = None
        count += 1
    elif (value := data["set_settings"]).__class__ is int:
        obj.set_settings = value
    else:
        raise _expected("an integer", value).at("set_settings")
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
    if value.__class__ is _STR and value in _ALLOWED_set_settings:
        obj.msg_type = value
    else:
        raise _not_one_of("'set_settings'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SET_SETTINGS_RESPONSE}
    return obj


def unstructure_set_settings_response(obj: m.SetSettingsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.set_settings
    if value is not None:
        data["set_settings"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SetSettingsRequest: structure_set_settings_request,
    m.SetSettingsRequestFeatureFlag: structure_set_settings_request_feature_flag,
    m.SetSettingsResponse: structure_set_settings_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SetSettingsRequest: unstructure_set_settings_request,
    m.SetSettingsRequestFeatureFlag: unstructure_set_settings_request_feature_flag,
    m.SetSettingsResponse: unstructure_set_settings_response,
}
