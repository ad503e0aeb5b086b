"""Decoders and encoders of the models of the ``get_settings`` call (account group).

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


_ALLOWED_get_settings = frozenset({"get_settings"})


_KEYS_GET_SETTINGS_REQUEST = frozenset(
    (
        "get_settings",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_GET_SETTINGS_RESPONSE = frozenset(
    (
        "get_settings",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS = frozenset(
    (
        "account_opening_reason",
        "address_city",
        "address_line_1",
        "address_line_2",
        "address_postcode",
        "address_state",
        "allow_copiers",
        "calling_country_code",
        "citizen",
        "client_tnc_status",
        "cooling_off_expiration_date",
        "country",
        "country_code",
        "date_of_birth",
        "dxtrade_user_exception",
        "email",
        "email_consent",
        "employment_status",
        "fatca_declaration",
        "feature_flag",
        "first_name",
        "has_secret_answer",
        "immutable_fields",
        "is_authenticated_payment_agent",
        "last_name",
        "non_pep_declaration",
        "phone",
        "phone_number_verification",
        "place_of_birth",
        "preferred_language",
        "request_professional_status",
        "residence",
        "salutation",
        "tax_identification_number",
        "tax_residence",
        "tin_skipped",
        "tnc_status",
        "tnc_update_notification_start_date",
        "trading_hub",
        "user_hash",
    )
)


_KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS_FEATURE_FLAG = frozenset(("wallet",))


_KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS_PHONE_NUMBER_VERIFICATION = frozenset(
    (
        "challenge_attempts_remaining",
        "next_attempt",
        "next_email_attempt",
        "next_verify_attempt",
        "session_timestamp",
        "verified",
        "verify_attempts_remaining",
    )
)


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_get_settings_request(data: Any) -> m.GetSettingsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetSettingsRequest)
    count = len(data)
    if count == 4:
        try:
            v_get_settings = data["get_settings"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_get_settings.__class__ is _INT and v_get_settings in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.get_settings = v_get_settings
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["get_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_settings = value
    else:
        raise _not_one_of("1", value).at("get_settings")
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
        unknown = sorted(key for key in data if key not in _KEYS_GET_SETTINGS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_get_settings_request(obj: m.GetSettingsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"get_settings": obj.get_settings}
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


def structure_get_settings_response(data: Any) -> m.GetSettingsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetSettingsResponse)
    count = len(data)
    if count == 4:
        try:
            v_get_settings = data["get_settings"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_get_settings)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.get_settings = structure_get_settings_response_get_settings(v_get_settings)
                except DecodeError as error:
                    raise error.at("get_settings") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "get_settings" not in data:
        obj.get_settings = None
        count += 1
    else:
        value = data["get_settings"]
        try:
            obj.get_settings = structure_get_settings_response_get_settings(value)
        except DecodeError as error:
            raise error.at("get_settings") from None
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
    if value.__class__ is _STR and value in _ALLOWED_get_settings:
        obj.msg_type = value
    else:
        raise _not_one_of("'get_settings'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_GET_SETTINGS_RESPONSE}
    return obj


def unstructure_get_settings_response(obj: m.GetSettingsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.get_settings
    if value is not None:
        data["get_settings"] = unstructure_get_settings_response_get_settings(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_settings_response_get_settings(data: Any) -> m.GetSettingsResponseGetSettings:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetSettingsResponseGetSettings)
    count = len(data)
    if count == 40:
        try:
            v_account_opening_reason = data["account_opening_reason"]
            v_address_city = data["address_city"]
            v_address_line_1 = data["address_line_1"]
            v_address_line_2 = data["address_line_2"]
            v_address_postcode = data["address_postcode"]
            v_address_state = data["address_state"]
            v_allow_copiers = data["allow_copiers"]
            v_calling_country_code = data["calling_country_code"]
            v_citizen = data["citizen"]
            v_client_tnc_status = data["client_tnc_status"]
            v_cooling_off_expiration_date = data["cooling_off_expiration_date"]
            v_country = data["country"]
            v_country_code = data["country_code"]
            v_date_of_birth = data["date_of_birth"]
            v_dxtrade_user_exception = data["dxtrade_user_exception"]
            v_email = data["email"]
            v_email_consent = data["email_consent"]
            v_employment_status = data["employment_status"]
            v_fatca_declaration = data["fatca_declaration"]
            v_feature_flag = data["feature_flag"]
            v_first_name = data["first_name"]
            v_has_secret_answer = data["has_secret_answer"]
            v_immutable_fields = data["immutable_fields"]
            v_is_authenticated_payment_agent = data["is_authenticated_payment_agent"]
            v_last_name = data["last_name"]
            v_non_pep_declaration = data["non_pep_declaration"]
            v_phone = data["phone"]
            v_phone_number_verification = data["phone_number_verification"]
            v_place_of_birth = data["place_of_birth"]
            v_preferred_language = data["preferred_language"]
            v_request_professional_status = data["request_professional_status"]
            v_residence = data["residence"]
            v_salutation = data["salutation"]
            v_tax_identification_number = data["tax_identification_number"]
            v_tax_residence = data["tax_residence"]
            v_tin_skipped = data["tin_skipped"]
            v_tnc_status = data["tnc_status"]
            v_tnc_update_notification_start_date = data["tnc_update_notification_start_date"]
            v_trading_hub = data["trading_hub"]
            v_user_hash = data["user_hash"]
        except KeyError:
            pass
        else:
            if (
                (v_account_opening_reason is None or (v_account_opening_reason.__class__ is str))
                and (v_address_city.__class__ is str)
                and (v_address_line_1.__class__ is str)
                and (v_address_line_2.__class__ is str)
                and (v_address_postcode.__class__ is str)
                and (v_address_state.__class__ is str)
                and (v_allow_copiers.__class__ is _INT and v_allow_copiers in _ALLOWED_0_1)
                and (v_calling_country_code is None or (v_calling_country_code.__class__ is str))
                and (v_citizen.__class__ is str)
                and (v_client_tnc_status is None or (v_client_tnc_status.__class__ is str))
                and (
                    v_cooling_off_expiration_date is None
                    or (v_cooling_off_expiration_date.__class__ is int)
                )
                and (v_country is None or (v_country.__class__ is str))
                and (v_country_code is None or (v_country_code.__class__ is str))
                and (v_date_of_birth is None or (v_date_of_birth.__class__ is int))
                and (
                    v_dxtrade_user_exception.__class__ is _INT
                    and v_dxtrade_user_exception in _ALLOWED_0_1
                )
                and (v_email.__class__ is str)
                and (v_email_consent.__class__ is _INT and v_email_consent in _ALLOWED_0_1)
                and (v_employment_status.__class__ is str)
                and (v_fatca_declaration is None or (v_fatca_declaration.__class__ is int))
                and (v_first_name.__class__ is str)
                and (v_has_secret_answer.__class__ is _INT and v_has_secret_answer in _ALLOWED_0_1)
                and (
                    v_is_authenticated_payment_agent.__class__ is _INT
                    and v_is_authenticated_payment_agent in _ALLOWED_0_1
                )
                and (v_last_name.__class__ is str)
                and (
                    v_non_pep_declaration.__class__ is _INT
                    and v_non_pep_declaration in _ALLOWED_0_1
                )
                and (v_phone is None or (v_phone.__class__ is str))
                and (v_place_of_birth is None or (v_place_of_birth.__class__ is str))
                and (v_preferred_language is None or (v_preferred_language.__class__ is str))
                and (
                    v_request_professional_status.__class__ is _INT
                    and v_request_professional_status in _ALLOWED_0_1
                )
                and (v_residence is None or (v_residence.__class__ is str))
                and (v_salutation.__class__ is str)
                and (
                    v_tax_identification_number is None
                    or (v_tax_identification_number.__class__ is str)
                )
                and (v_tax_residence is None or (v_tax_residence.__class__ is str))
                and (v_tin_skipped.__class__ is _INT and v_tin_skipped in _ALLOWED_0_1)
                and (v_tnc_status.__class__ is dict)
                and (
                    v_tnc_update_notification_start_date is None
                    or (v_tnc_update_notification_start_date.__class__ is str)
                )
                and (v_trading_hub.__class__ is int)
                and (v_user_hash is None or (v_user_hash.__class__ is str))
            ):
                obj.account_opening_reason = v_account_opening_reason
                obj.address_city = v_address_city
                obj.address_line_1 = v_address_line_1
                obj.address_line_2 = v_address_line_2
                obj.address_postcode = v_address_postcode
                obj.address_state = v_address_state
                obj.allow_copiers = v_allow_copiers
                obj.calling_country_code = v_calling_country_code
                obj.citizen = v_citizen
                obj.client_tnc_status = v_client_tnc_status
                obj.cooling_off_expiration_date = v_cooling_off_expiration_date
                obj.country = v_country
                obj.country_code = v_country_code
                obj.date_of_birth = v_date_of_birth
                obj.dxtrade_user_exception = v_dxtrade_user_exception
                obj.email = v_email
                obj.email_consent = v_email_consent
                obj.employment_status = v_employment_status
                obj.fatca_declaration = v_fatca_declaration
                try:
                    obj.feature_flag = structure_get_settings_response_get_settings_feature_flag(
                        v_feature_flag
                    )
                except DecodeError as error:
                    raise error.at("feature_flag") from None
                obj.first_name = v_first_name
                obj.has_secret_answer = v_has_secret_answer
                try:
                    obj.immutable_fields = _decode_list_of_str(v_immutable_fields)
                except DecodeError as error:
                    raise error.at("immutable_fields") from None
                obj.is_authenticated_payment_agent = v_is_authenticated_payment_agent
                obj.last_name = v_last_name
                obj.non_pep_declaration = v_non_pep_declaration
                obj.phone = v_phone
                try:
                    obj.phone_number_verification = (
                        structure_get_settings_response_get_settings_phone_number_verification(
                            v_phone_number_verification
                        )
                    )
                except DecodeError as error:
                    raise error.at("phone_number_verification") from None
                obj.place_of_birth = v_place_of_birth
                obj.preferred_language = v_preferred_language
                obj.request_professional_status = v_request_professional_status
                obj.residence = v_residence
                obj.salutation = v_salutation
                obj.tax_identification_number = v_tax_identification_number
                obj.tax_residence = v_tax_residence
                obj.tin_skipped = v_tin_skipped
                obj.tnc_status = v_tnc_status
                obj.tnc_update_notification_start_date = v_tnc_update_notification_start_date
                obj.trading_hub = v_trading_hub
                obj.user_hash = v_user_hash
                obj.extra_fields = {}
                return obj
    if "account_opening_reason" not in data:
        obj.account_opening_reason = UNSET
        count += 1
    elif (value := data["account_opening_reason"]) is None or (value.__class__ is str):
        obj.account_opening_reason = value
    else:
        raise _expected("a string", value).at("account_opening_reason")
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
        obj.citizen = None
        count += 1
    elif (value := data["citizen"]).__class__ is str:
        obj.citizen = value
    else:
        raise _expected("a string", value).at("citizen")
    if "client_tnc_status" not in data:
        obj.client_tnc_status = UNSET
        count += 1
    elif (value := data["client_tnc_status"]) is None or (value.__class__ is str):
        obj.client_tnc_status = value
    else:
        raise _expected("a string", value).at("client_tnc_status")
    if "cooling_off_expiration_date" not in data:
        obj.cooling_off_expiration_date = UNSET
        count += 1
    elif (value := data["cooling_off_expiration_date"]) is None or (value.__class__ is int):
        obj.cooling_off_expiration_date = value
    else:
        raise _expected("an integer", value).at("cooling_off_expiration_date")
    if "country" not in data:
        obj.country = UNSET
        count += 1
    elif (value := data["country"]) is None or (value.__class__ is str):
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "country_code" not in data:
        obj.country_code = UNSET
        count += 1
    elif (value := data["country_code"]) is None or (value.__class__ is str):
        obj.country_code = value
    else:
        raise _expected("a string", value).at("country_code")
    if "date_of_birth" not in data:
        obj.date_of_birth = UNSET
        count += 1
    elif (value := data["date_of_birth"]) is None or (value.__class__ is int):
        obj.date_of_birth = value
    else:
        raise _expected("an integer", value).at("date_of_birth")
    if "dxtrade_user_exception" not in data:
        obj.dxtrade_user_exception = None
        count += 1
    elif (value := data["dxtrade_user_exception"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dxtrade_user_exception = value
    else:
        raise _not_one_of("0, 1", value).at("dxtrade_user_exception")
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
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
    if "fatca_declaration" not in data:
        obj.fatca_declaration = UNSET
        count += 1
    elif (value := data["fatca_declaration"]) is None or (value.__class__ is int):
        obj.fatca_declaration = value
    else:
        raise _expected("an integer", value).at("fatca_declaration")
    if "feature_flag" not in data:
        obj.feature_flag = None
        count += 1
    else:
        value = data["feature_flag"]
        try:
            obj.feature_flag = structure_get_settings_response_get_settings_feature_flag(value)
        except DecodeError as error:
            raise error.at("feature_flag") from None
    if "first_name" not in data:
        obj.first_name = None
        count += 1
    elif (value := data["first_name"]).__class__ is str:
        obj.first_name = value
    else:
        raise _expected("a string", value).at("first_name")
    if "has_secret_answer" not in data:
        obj.has_secret_answer = None
        count += 1
    elif (value := data["has_secret_answer"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_secret_answer = value
    else:
        raise _not_one_of("0, 1", value).at("has_secret_answer")
    if "immutable_fields" not in data:
        obj.immutable_fields = None
        count += 1
    else:
        value = data["immutable_fields"]
        try:
            obj.immutable_fields = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("immutable_fields") from None
    if "is_authenticated_payment_agent" not in data:
        obj.is_authenticated_payment_agent = None
        count += 1
    elif (
        value := data["is_authenticated_payment_agent"]
    ).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_authenticated_payment_agent = value
    else:
        raise _not_one_of("0, 1", value).at("is_authenticated_payment_agent")
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
    elif (value := data["non_pep_declaration"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.non_pep_declaration = value
    else:
        raise _not_one_of("0, 1", value).at("non_pep_declaration")
    if "phone" not in data:
        obj.phone = UNSET
        count += 1
    elif (value := data["phone"]) is None or (value.__class__ is str):
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "phone_number_verification" not in data:
        obj.phone_number_verification = None
        count += 1
    else:
        value = data["phone_number_verification"]
        try:
            obj.phone_number_verification = (
                structure_get_settings_response_get_settings_phone_number_verification(value)
            )
        except DecodeError as error:
            raise error.at("phone_number_verification") from None
    if "place_of_birth" not in data:
        obj.place_of_birth = UNSET
        count += 1
    elif (value := data["place_of_birth"]) is None or (value.__class__ is str):
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
    elif (value := data["request_professional_status"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.request_professional_status = value
    else:
        raise _not_one_of("0, 1", value).at("request_professional_status")
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
    elif (value := data["salutation"]).__class__ is str:
        obj.salutation = value
    else:
        raise _expected("a string", value).at("salutation")
    if "tax_identification_number" not in data:
        obj.tax_identification_number = UNSET
        count += 1
    elif (value := data["tax_identification_number"]) is None or (value.__class__ is str):
        obj.tax_identification_number = value
    else:
        raise _expected("a string", value).at("tax_identification_number")
    if "tax_residence" not in data:
        obj.tax_residence = UNSET
        count += 1
    elif (value := data["tax_residence"]) is None or (value.__class__ is str):
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
    if "tnc_status" not in data:
        obj.tnc_status = None
        count += 1
    elif (value := data["tnc_status"]).__class__ is dict:
        obj.tnc_status = value
    else:
        raise _expected("an object", value).at("tnc_status")
    if "tnc_update_notification_start_date" not in data:
        obj.tnc_update_notification_start_date = UNSET
        count += 1
    elif (value := data["tnc_update_notification_start_date"]) is None or (value.__class__ is str):
        obj.tnc_update_notification_start_date = value
    else:
        raise _expected("a string", value).at("tnc_update_notification_start_date")
    if "trading_hub" not in data:
        obj.trading_hub = None
        count += 1
    elif (value := data["trading_hub"]).__class__ is int:
        obj.trading_hub = value
    else:
        raise _expected("an integer", value).at("trading_hub")
    if "user_hash" not in data:
        obj.user_hash = UNSET
        count += 1
    elif (value := data["user_hash"]) is None or (value.__class__ is str):
        obj.user_hash = value
    else:
        raise _expected("a string", value).at("user_hash")
    if count == 40:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS
        }
    return obj


def unstructure_get_settings_response_get_settings(
    obj: m.GetSettingsResponseGetSettings,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_opening_reason
    if value is not UNSET:
        data["account_opening_reason"] = value
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
    value = obj.allow_copiers
    if value is not None:
        data["allow_copiers"] = value
    value = obj.calling_country_code
    if value is not UNSET:
        data["calling_country_code"] = value
    value = obj.citizen
    if value is not None:
        data["citizen"] = value
    value = obj.client_tnc_status
    if value is not UNSET:
        data["client_tnc_status"] = value
    value = obj.cooling_off_expiration_date
    if value is not UNSET:
        data["cooling_off_expiration_date"] = value
    value = obj.country
    if value is not UNSET:
        data["country"] = value
    value = obj.country_code
    if value is not UNSET:
        data["country_code"] = value
    value = obj.date_of_birth
    if value is not UNSET:
        data["date_of_birth"] = value
    value = obj.dxtrade_user_exception
    if value is not None:
        data["dxtrade_user_exception"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.email_consent
    if value is not None:
        data["email_consent"] = value
    value = obj.employment_status
    if value is not None:
        data["employment_status"] = value
    value = obj.fatca_declaration
    if value is not UNSET:
        data["fatca_declaration"] = value
    value = obj.feature_flag
    if value is not None:
        data["feature_flag"] = unstructure_get_settings_response_get_settings_feature_flag(value)
    value = obj.first_name
    if value is not None:
        data["first_name"] = value
    value = obj.has_secret_answer
    if value is not None:
        data["has_secret_answer"] = value
    value = obj.immutable_fields
    if value is not None:
        data["immutable_fields"] = value
    value = obj.is_authenticated_payment_agent
    if value is not None:
        data["is_authenticated_payment_agent"] = value
    value = obj.last_name
    if value is not None:
        data["last_name"] = value
    value = obj.non_pep_declaration
    if value is not None:
        data["non_pep_declaration"] = value
    value = obj.phone
    if value is not UNSET:
        data["phone"] = value
    value = obj.phone_number_verification
    if value is not None:
        data["phone_number_verification"] = (
            unstructure_get_settings_response_get_settings_phone_number_verification(value)
        )
    value = obj.place_of_birth
    if value is not UNSET:
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
    value = obj.tax_identification_number
    if value is not UNSET:
        data["tax_identification_number"] = value
    value = obj.tax_residence
    if value is not UNSET:
        data["tax_residence"] = value
    value = obj.tin_skipped
    if value is not None:
        data["tin_skipped"] = value
    value = obj.tnc_status
    if value is not None:
        data["tnc_status"] = value
    value = obj.tnc_update_notification_start_date
    if value is not UNSET:
        data["tnc_update_notification_start_date"] = value
    value = obj.trading_hub
    if value is not None:
        data["trading_hub"] = value
    value = obj.user_hash
    if value is not UNSET:
        data["user_hash"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_settings_response_get_settings_feature_flag(
    data: Any,
) -> m.GetSettingsResponseGetSettingsFeatureFlag:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetSettingsResponseGetSettingsFeatureFlag)
    count = len(data)
    if count == 1:
        try:
            v_wallet = data["wallet"]
        except KeyError:
            pass
        else:
            if v_wallet.__class__ is _INT and v_wallet in _ALLOWED_0_1:
                obj.wallet = v_wallet
                obj.extra_fields = {}
                return obj
    if "wallet" not in data:
        obj.wallet = None
        count += 1
    elif (value := data["wallet"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.wallet = value
    else:
        raise _not_one_of("0, 1", value).at("wallet")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS_FEATURE_FLAG
        }
    return obj


def unstructure_get_settings_response_get_settings_feature_flag(
    obj: m.GetSettingsResponseGetSettingsFeatureFlag,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.wallet
    if value is not None:
        data["wallet"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_get_settings_response_get_settings_phone_number_verification(
    data: Any,
) -> m.GetSettingsResponseGetSettingsPhoneNumberVerification:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.GetSettingsResponseGetSettingsPhoneNumberVerification)
    count = len(data)
    if count == 7:
        try:
            v_challenge_attempts_remaining = data["challenge_attempts_remaining"]
            v_next_attempt = data["next_attempt"]
            v_next_email_attempt = data["next_email_attempt"]
            v_next_verify_attempt = data["next_verify_attempt"]
            v_session_timestamp = data["session_timestamp"]
            v_verified = data["verified"]
            v_verify_attempts_remaining = data["verify_attempts_remaining"]
        except KeyError:
            pass
        else:
            if (
                (v_challenge_attempts_remaining.__class__ is int)
                and (v_next_attempt.__class__ is int)
                and (v_next_email_attempt.__class__ is int)
                and (v_next_verify_attempt.__class__ is int)
                and (v_session_timestamp.__class__ is int)
                and (v_verified.__class__ is _INT and v_verified in _ALLOWED_0_1)
                and (v_verify_attempts_remaining.__class__ is int)
            ):
                obj.challenge_attempts_remaining = v_challenge_attempts_remaining
                obj.next_attempt = v_next_attempt
                obj.next_email_attempt = v_next_email_attempt
                obj.next_verify_attempt = v_next_verify_attempt
                obj.session_timestamp = v_session_timestamp
                obj.verified = v_verified
                obj.verify_attempts_remaining = v_verify_attempts_remaining
                obj.extra_fields = {}
                return obj
    if "challenge_attempts_remaining" not in data:
        obj.challenge_attempts_remaining = None
        count += 1
    elif (value := data["challenge_attempts_remaining"]).__class__ is int:
        obj.challenge_attempts_remaining = value
    else:
        raise _expected("an integer", value).at("challenge_attempts_remaining")
    if "next_attempt" not in data:
        obj.next_attempt = None
        count += 1
    elif (value := data["next_attempt"]).__class__ is int:
        obj.next_attempt = value
    else:
        raise _expected("an integer", value).at("next_attempt")
    if "next_email_attempt" not in data:
        obj.next_email_attempt = None
        count += 1
    elif (value := data["next_email_attempt"]).__class__ is int:
        obj.next_email_attempt = value
    else:
        raise _expected("an integer", value).at("next_email_attempt")
    if "next_verify_attempt" not in data:
        obj.next_verify_attempt = None
        count += 1
    elif (value := data["next_verify_attempt"]).__class__ is int:
        obj.next_verify_attempt = value
    else:
        raise _expected("an integer", value).at("next_verify_attempt")
    if "session_timestamp" not in data:
        obj.session_timestamp = None
        count += 1
    elif (value := data["session_timestamp"]).__class__ is int:
        obj.session_timestamp = value
    else:
        raise _expected("an integer", value).at("session_timestamp")
    try:
        value = data["verified"]
    except KeyError:
        raise DecodeError("required field is missing", ("verified",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.verified = value
    else:
        raise _not_one_of("0, 1", value).at("verified")
    if "verify_attempts_remaining" not in data:
        obj.verify_attempts_remaining = None
        count += 1
    elif (value := data["verify_attempts_remaining"]).__class__ is int:
        obj.verify_attempts_remaining = value
    else:
        raise _expected("an integer", value).at("verify_attempts_remaining")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_GET_SETTINGS_RESPONSE_GET_SETTINGS_PHONE_NUMBER_VERIFICATION
        }
    return obj


def unstructure_get_settings_response_get_settings_phone_number_verification(
    obj: m.GetSettingsResponseGetSettingsPhoneNumberVerification,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"verified": obj.verified}
    value: Any
    value = obj.challenge_attempts_remaining
    if value is not None:
        data["challenge_attempts_remaining"] = value
    value = obj.next_attempt
    if value is not None:
        data["next_attempt"] = value
    value = obj.next_email_attempt
    if value is not None:
        data["next_email_attempt"] = value
    value = obj.next_verify_attempt
    if value is not None:
        data["next_verify_attempt"] = value
    value = obj.session_timestamp
    if value is not None:
        data["session_timestamp"] = value
    value = obj.verify_attempts_remaining
    if value is not None:
        data["verify_attempts_remaining"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.GetSettingsRequest: structure_get_settings_request,
    m.GetSettingsResponse: structure_get_settings_response,
    m.GetSettingsResponseGetSettings: structure_get_settings_response_get_settings,
    m.GetSettingsResponseGetSettingsFeatureFlag: structure_get_settings_response_get_settings_feature_flag,
    m.GetSettingsResponseGetSettingsPhoneNumberVerification: structure_get_settings_response_get_settings_phone_number_verification,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.GetSettingsRequest: unstructure_get_settings_request,
    m.GetSettingsResponse: unstructure_get_settings_response,
    m.GetSettingsResponseGetSettings: unstructure_get_settings_response_get_settings,
    m.GetSettingsResponseGetSettingsFeatureFlag: unstructure_get_settings_response_get_settings_feature_flag,
    m.GetSettingsResponseGetSettingsPhoneNumberVerification: unstructure_get_settings_response_get_settings_phone_number_verification,
}
