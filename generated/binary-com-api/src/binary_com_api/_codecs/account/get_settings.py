"""Decoders and encoders of the models of the ``get_settings`` call (account group).

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
    try:
        value = data["get_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("get_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.get_settings = value
    else:
        raise _not_one_of("1", value).at("get_settings")
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
    value = data.get("get_settings", _MISSING)
    if value is _MISSING:
        obj.get_settings = None
        count += 1
    else:
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
    value = data.get("account_opening_reason", _MISSING)
    if value is None or (value.__class__ is str):
        obj.account_opening_reason = value
    elif value is _MISSING:
        obj.account_opening_reason = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("account_opening_reason")
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
    value = data.get("allow_copiers", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.allow_copiers = value
    elif value is _MISSING:
        obj.allow_copiers = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("allow_copiers")
    value = data.get("calling_country_code", _MISSING)
    if value is None or (value.__class__ is str):
        obj.calling_country_code = value
    elif value is _MISSING:
        obj.calling_country_code = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("calling_country_code")
    value = data.get("citizen", _MISSING)
    if value.__class__ is str:
        obj.citizen = value
    elif value is _MISSING:
        obj.citizen = None
        count += 1
    else:
        raise _expected("a string", value).at("citizen")
    value = data.get("client_tnc_status", _MISSING)
    if value is None or (value.__class__ is str):
        obj.client_tnc_status = value
    elif value is _MISSING:
        obj.client_tnc_status = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("client_tnc_status")
    value = data.get("cooling_off_expiration_date", _MISSING)
    if value is None or (value.__class__ is int):
        obj.cooling_off_expiration_date = value
    elif value is _MISSING:
        obj.cooling_off_expiration_date = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("cooling_off_expiration_date")
    value = data.get("country", _MISSING)
    if value is None or (value.__class__ is str):
        obj.country = value
    elif value is _MISSING:
        obj.country = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("country")
    value = data.get("country_code", _MISSING)
    if value is None or (value.__class__ is str):
        obj.country_code = value
    elif value is _MISSING:
        obj.country_code = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("country_code")
    value = data.get("date_of_birth", _MISSING)
    if value is None or (value.__class__ is int):
        obj.date_of_birth = value
    elif value is _MISSING:
        obj.date_of_birth = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("date_of_birth")
    value = data.get("dxtrade_user_exception", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.dxtrade_user_exception = value
    elif value is _MISSING:
        obj.dxtrade_user_exception = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("dxtrade_user_exception")
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("email_consent", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.email_consent = value
    elif value is _MISSING:
        obj.email_consent = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("email_consent")
    value = data.get("employment_status", _MISSING)
    if value.__class__ is str:
        obj.employment_status = value
    elif value is _MISSING:
        obj.employment_status = None
        count += 1
    else:
        raise _expected("a string", value).at("employment_status")
    value = data.get("fatca_declaration", _MISSING)
    if value is None or (value.__class__ is int):
        obj.fatca_declaration = value
    elif value is _MISSING:
        obj.fatca_declaration = UNSET
        count += 1
    else:
        raise _expected("an integer", value).at("fatca_declaration")
    value = data.get("feature_flag", _MISSING)
    if value is _MISSING:
        obj.feature_flag = None
        count += 1
    else:
        try:
            obj.feature_flag = structure_get_settings_response_get_settings_feature_flag(value)
        except DecodeError as error:
            raise error.at("feature_flag") from None
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    value = data.get("has_secret_answer", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.has_secret_answer = value
    elif value is _MISSING:
        obj.has_secret_answer = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("has_secret_answer")
    value = data.get("immutable_fields", _MISSING)
    if value is _MISSING:
        obj.immutable_fields = None
        count += 1
    else:
        try:
            obj.immutable_fields = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("immutable_fields") from None
    value = data.get("is_authenticated_payment_agent", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_authenticated_payment_agent = value
    elif value is _MISSING:
        obj.is_authenticated_payment_agent = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_authenticated_payment_agent")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    value = data.get("non_pep_declaration", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.non_pep_declaration = value
    elif value is _MISSING:
        obj.non_pep_declaration = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("non_pep_declaration")
    value = data.get("phone", _MISSING)
    if value is None or (value.__class__ is str):
        obj.phone = value
    elif value is _MISSING:
        obj.phone = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("phone_number_verification", _MISSING)
    if value is _MISSING:
        obj.phone_number_verification = None
        count += 1
    else:
        try:
            obj.phone_number_verification = (
                structure_get_settings_response_get_settings_phone_number_verification(value)
            )
        except DecodeError as error:
            raise error.at("phone_number_verification") from None
    value = data.get("place_of_birth", _MISSING)
    if value is None or (value.__class__ is str):
        obj.place_of_birth = value
    elif value is _MISSING:
        obj.place_of_birth = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("place_of_birth")
    value = data.get("preferred_language", _MISSING)
    if value is None or (value.__class__ is str):
        obj.preferred_language = value
    elif value is _MISSING:
        obj.preferred_language = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("preferred_language")
    value = data.get("request_professional_status", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.request_professional_status = value
    elif value is _MISSING:
        obj.request_professional_status = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("request_professional_status")
    value = data.get("residence", _MISSING)
    if value is None or (value.__class__ is str):
        obj.residence = value
    elif value is _MISSING:
        obj.residence = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("residence")
    value = data.get("salutation", _MISSING)
    if value.__class__ is str:
        obj.salutation = value
    elif value is _MISSING:
        obj.salutation = None
        count += 1
    else:
        raise _expected("a string", value).at("salutation")
    value = data.get("tax_identification_number", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tax_identification_number = value
    elif value is _MISSING:
        obj.tax_identification_number = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tax_identification_number")
    value = data.get("tax_residence", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tax_residence = value
    elif value is _MISSING:
        obj.tax_residence = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tax_residence")
    value = data.get("tin_skipped", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.tin_skipped = value
    elif value is _MISSING:
        obj.tin_skipped = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("tin_skipped")
    value = data.get("tnc_status", _MISSING)
    if value.__class__ is dict:
        obj.tnc_status = value
    elif value is _MISSING:
        obj.tnc_status = None
        count += 1
    else:
        raise _expected("an object", value).at("tnc_status")
    value = data.get("tnc_update_notification_start_date", _MISSING)
    if value is None or (value.__class__ is str):
        obj.tnc_update_notification_start_date = value
    elif value is _MISSING:
        obj.tnc_update_notification_start_date = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("tnc_update_notification_start_date")
    value = data.get("trading_hub", _MISSING)
    if value.__class__ is int:
        obj.trading_hub = value
    elif value is _MISSING:
        obj.trading_hub = None
        count += 1
    else:
        raise _expected("an integer", value).at("trading_hub")
    value = data.get("user_hash", _MISSING)
    if value is None or (value.__class__ is str):
        obj.user_hash = value
    elif value is _MISSING:
        obj.user_hash = UNSET
        count += 1
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
    value = data.get("wallet", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.wallet = value
    elif value is _MISSING:
        obj.wallet = None
        count += 1
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
    value = data.get("challenge_attempts_remaining", _MISSING)
    if value.__class__ is int:
        obj.challenge_attempts_remaining = value
    elif value is _MISSING:
        obj.challenge_attempts_remaining = None
        count += 1
    else:
        raise _expected("an integer", value).at("challenge_attempts_remaining")
    value = data.get("next_attempt", _MISSING)
    if value.__class__ is int:
        obj.next_attempt = value
    elif value is _MISSING:
        obj.next_attempt = None
        count += 1
    else:
        raise _expected("an integer", value).at("next_attempt")
    value = data.get("next_email_attempt", _MISSING)
    if value.__class__ is int:
        obj.next_email_attempt = value
    elif value is _MISSING:
        obj.next_email_attempt = None
        count += 1
    else:
        raise _expected("an integer", value).at("next_email_attempt")
    value = data.get("next_verify_attempt", _MISSING)
    if value.__class__ is int:
        obj.next_verify_attempt = value
    elif value is _MISSING:
        obj.next_verify_attempt = None
        count += 1
    else:
        raise _expected("an integer", value).at("next_verify_attempt")
    value = data.get("session_timestamp", _MISSING)
    if value.__class__ is int:
        obj.session_timestamp = value
    elif value is _MISSING:
        obj.session_timestamp = None
        count += 1
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
    value = data.get("verify_attempts_remaining", _MISSING)
    if value.__class__ is int:
        obj.verify_attempts_remaining = value
    elif value is _MISSING:
        obj.verify_attempts_remaining = None
        count += 1
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
