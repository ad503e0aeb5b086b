"""Decoders and encoders of the models of the ``set_settings`` call (account group).

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
    try:
        value = data["set_settings"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_settings",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.set_settings = value
    else:
        raise _not_one_of("1", value).at("set_settings")
    value = data.get("account_opening_reason", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Additional_revenue_Hedging_Income_Earning_and_3_more
    ):
        obj.account_opening_reason = value
    elif value is _MISSING:
        obj.account_opening_reason = None
        count += 1
    else:
        raise _not_one_of(
            "'Speculative', 'Income Earning', 'Hedging', 'Peer-to-peer exchange', 'Additional revenue', 'Savings'",
            value,
        ).at("account_opening_reason")
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
    if value is None or (value.__class__ is str):
        obj.address_line_2 = value
    elif value is _MISSING:
        obj.address_line_2 = UNSET
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
    if value is None or (value.__class__ is str):
        obj.citizen = value
    elif value is _MISSING:
        obj.citizen = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("citizen")
    value = data.get("date_of_birth", _MISSING)
    if value.__class__ is str:
        obj.date_of_birth = value
    elif value is _MISSING:
        obj.date_of_birth = None
        count += 1
    else:
        raise _expected("a string", value).at("date_of_birth")
    value = data.get("dxtrade_user_exception", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.dxtrade_user_exception = value
    elif value is _MISSING:
        obj.dxtrade_user_exception = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("dxtrade_user_exception")
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
    value = data.get("feature_flag", _MISSING)
    if value is _MISSING:
        obj.feature_flag = None
        count += 1
    else:
        try:
            obj.feature_flag = structure_set_settings_request_feature_flag(value)
        except DecodeError as error:
            raise error.at("feature_flag") from None
    value = data.get("financial_information_version", _MISSING)
    if value.__class__ is str:
        obj.financial_information_version = value
    elif value is _MISSING:
        obj.financial_information_version = None
        count += 1
    else:
        raise _expected("a string", value).at("financial_information_version")
    value = data.get("first_name", _MISSING)
    if value.__class__ is str:
        obj.first_name = value
    elif value is _MISSING:
        obj.first_name = None
        count += 1
    else:
        raise _expected("a string", value).at("first_name")
    value = data.get("last_name", _MISSING)
    if value.__class__ is str:
        obj.last_name = value
    elif value is _MISSING:
        obj.last_name = None
        count += 1
    else:
        raise _expected("a string", value).at("last_name")
    value = data.get("non_pep_declaration", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.non_pep_declaration = value
    elif value is _MISSING:
        obj.non_pep_declaration = None
        count += 1
    else:
        raise _not_one_of("1", value).at("non_pep_declaration")
    value = data.get("phone", _MISSING)
    if value is None or (value.__class__ is str):
        obj.phone = value
    elif value is _MISSING:
        obj.phone = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("place_of_birth", _MISSING)
    if value.__class__ is str:
        obj.place_of_birth = value
    elif value is _MISSING:
        obj.place_of_birth = None
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
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.request_professional_status = value
    elif value is _MISSING:
        obj.request_professional_status = None
        count += 1
    else:
        raise _not_one_of("1", value).at("request_professional_status")
    value = data.get("residence", _MISSING)
    if value is None or (value.__class__ is str):
        obj.residence = value
    elif value is _MISSING:
        obj.residence = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("residence")
    value = data.get("salutation", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_Miss_Mr_Mrs_Ms:
        obj.salutation = value
    elif value is _MISSING:
        obj.salutation = None
        count += 1
    else:
        raise _not_one_of("'Mr', 'Ms', 'Miss', 'Mrs'", value).at("salutation")
    value = data.get("secret_answer", _MISSING)
    if value.__class__ is str:
        obj.secret_answer = value
    elif value is _MISSING:
        obj.secret_answer = None
        count += 1
    else:
        raise _expected("a string", value).at("secret_answer")
    value = data.get("secret_question", _MISSING)
    if (
        value.__class__ is _STR
        and value in _ALLOWED_Mother_s_maiden_name_Brand_of_first_car_Favourite_artist_and_5_more
    ):
        obj.secret_question = value
    elif value is _MISSING:
        obj.secret_question = None
        count += 1
    else:
        raise _not_one_of(
            "\"Mother's maiden name\", 'Name of your pet', 'Name of first love', 'Memorable town/city', 'Memorable date', 'Favourite dish', 'Brand of first car', 'Favourite artist'",
            value,
        ).at("secret_question")
    value = data.get("tax_identification_number", _MISSING)
    if value.__class__ is str:
        obj.tax_identification_number = value
    elif value is _MISSING:
        obj.tax_identification_number = None
        count += 1
    else:
        raise _expected("a string", value).at("tax_identification_number")
    value = data.get("tax_residence", _MISSING)
    if value.__class__ is str:
        obj.tax_residence = value
    elif value is _MISSING:
        obj.tax_residence = None
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
    value = data.get("trading_hub", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.trading_hub = value
    elif value is _MISSING:
        obj.trading_hub = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("trading_hub")
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
    value = data.get("wallet", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.wallet = value
    elif value is _MISSING:
        obj.wallet = None
        count += 1
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
    value = data.get("set_settings", _MISSING)
    if value.__class__ is int:
        obj.set_settings = value
    elif value is _MISSING:
        obj.set_settings = None
        count += 1
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
