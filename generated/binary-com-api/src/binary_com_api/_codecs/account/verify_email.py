"""Decoders and encoders of the models of the ``verify_email`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_account_opening_account_verification_payment_withdraw_and_7_more = frozenset(
    {
        "account_opening",
        "account_verification",
        "payment_withdraw",
        "paymentagent_withdraw",
        "phone_number_verification",
        "request_email",
        "reset_password",
        "trading_platform_dxtrade_password_reset",
        "trading_platform_investor_password_reset",
        "trading_platform_mt5_password_reset",
    }
)


_ALLOWED_desktop_mobile = frozenset({"desktop", "mobile"})


_ALLOWED_verify_email = frozenset({"verify_email"})


_KEYS_VERIFY_EMAIL_REQUEST = frozenset(
    (
        "verify_email",
        "type",
        "url_parameters",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_VERIFY_EMAIL_REQUEST_URL_PARAMETERS = frozenset(
    (
        "affiliate_token",
        "date_first_contact",
        "gclid_url",
        "pa_amount",
        "pa_currency",
        "pa_loginid",
        "pa_remarks",
        "redirect_to",
        "signup_device",
        "utm_ad_id",
        "utm_adgroup_id",
        "utm_adrollclk_id",
        "utm_campaign",
        "utm_campaign_id",
        "utm_content",
        "utm_fbcl_id",
        "utm_gl_client_id",
        "utm_medium",
        "utm_msclk_id",
        "utm_source",
        "utm_term",
    )
)


_KEYS_VERIFY_EMAIL_RESPONSE = frozenset(
    (
        "verify_email",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_verify_email_request(data: Any) -> m.VerifyEmailRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.VerifyEmailRequest)
    count = len(data)
    try:
        value = data["verify_email"]
    except KeyError:
        raise DecodeError("required field is missing", ("verify_email",)) from None
    if value.__class__ is str:
        obj.verify_email = value
    else:
        raise _expected("a string", value).at("verify_email")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if (
        value.__class__ is _STR
        and value in _ALLOWED_account_opening_account_verification_payment_withdraw_and_7_more
    ):
        obj.type = value
    else:
        raise _not_one_of(
            "'account_opening', 'account_verification', 'reset_password', 'paymentagent_withdraw', 'payment_withdraw', 'trading_platform_dxtrade_password_reset', 'trading_platform_mt5_password_reset', 'trading_platform_investor_password_reset', 'request_email', 'phone_number_verification'",
            value,
        ).at("type")
    value = data.get("url_parameters", _MISSING)
    if value is _MISSING:
        obj.url_parameters = None
        count += 1
    else:
        try:
            obj.url_parameters = structure_verify_email_request_url_parameters(value)
        except DecodeError as error:
            raise error.at("url_parameters") from None
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_VERIFY_EMAIL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_verify_email_request(obj: m.VerifyEmailRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"verify_email": obj.verify_email, "type": obj.type}
    value: Any
    value = obj.url_parameters
    if value is not None:
        data["url_parameters"] = unstructure_verify_email_request_url_parameters(value)
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


def structure_verify_email_request_url_parameters(data: Any) -> m.VerifyEmailRequestUrlParameters:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.VerifyEmailRequestUrlParameters)
    count = len(data)
    value = data.get("affiliate_token", _MISSING)
    if value.__class__ is str:
        obj.affiliate_token = value
    elif value is _MISSING:
        obj.affiliate_token = None
        count += 1
    else:
        raise _expected("a string", value).at("affiliate_token")
    value = data.get("date_first_contact", _MISSING)
    if value.__class__ is str:
        obj.date_first_contact = value
    elif value is _MISSING:
        obj.date_first_contact = None
        count += 1
    else:
        raise _expected("a string", value).at("date_first_contact")
    value = data.get("gclid_url", _MISSING)
    if value.__class__ is str:
        obj.gclid_url = value
    elif value is _MISSING:
        obj.gclid_url = None
        count += 1
    else:
        raise _expected("a string", value).at("gclid_url")
    value = data.get("pa_amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.pa_amount = value
    elif value is _MISSING:
        obj.pa_amount = None
        count += 1
    else:
        raise _expected("a number", value).at("pa_amount")
    value = data.get("pa_currency", _MISSING)
    if value.__class__ is str:
        obj.pa_currency = value
    elif value is _MISSING:
        obj.pa_currency = None
        count += 1
    else:
        raise _expected("a string", value).at("pa_currency")
    value = data.get("pa_loginid", _MISSING)
    if value.__class__ is str:
        obj.pa_loginid = value
    elif value is _MISSING:
        obj.pa_loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("pa_loginid")
    value = data.get("pa_remarks", _MISSING)
    if value.__class__ is str:
        obj.pa_remarks = value
    elif value is _MISSING:
        obj.pa_remarks = None
        count += 1
    else:
        raise _expected("a string", value).at("pa_remarks")
    value = data.get("redirect_to", _MISSING)
    if value.__class__ is int:
        obj.redirect_to = value
    elif value is _MISSING:
        obj.redirect_to = None
        count += 1
    else:
        raise _expected("an integer", value).at("redirect_to")
    value = data.get("signup_device", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_desktop_mobile:
        obj.signup_device = value
    elif value is _MISSING:
        obj.signup_device = None
        count += 1
    else:
        raise _not_one_of("'desktop', 'mobile'", value).at("signup_device")
    value = data.get("utm_ad_id", _MISSING)
    if value.__class__ is str:
        obj.utm_ad_id = value
    elif value is _MISSING:
        obj.utm_ad_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_ad_id")
    value = data.get("utm_adgroup_id", _MISSING)
    if value.__class__ is str:
        obj.utm_adgroup_id = value
    elif value is _MISSING:
        obj.utm_adgroup_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_adgroup_id")
    value = data.get("utm_adrollclk_id", _MISSING)
    if value.__class__ is str:
        obj.utm_adrollclk_id = value
    elif value is _MISSING:
        obj.utm_adrollclk_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_adrollclk_id")
    value = data.get("utm_campaign", _MISSING)
    if value.__class__ is str:
        obj.utm_campaign = value
    elif value is _MISSING:
        obj.utm_campaign = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_campaign")
    value = data.get("utm_campaign_id", _MISSING)
    if value.__class__ is str:
        obj.utm_campaign_id = value
    elif value is _MISSING:
        obj.utm_campaign_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_campaign_id")
    value = data.get("utm_content", _MISSING)
    if value.__class__ is str:
        obj.utm_content = value
    elif value is _MISSING:
        obj.utm_content = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_content")
    value = data.get("utm_fbcl_id", _MISSING)
    if value.__class__ is str:
        obj.utm_fbcl_id = value
    elif value is _MISSING:
        obj.utm_fbcl_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_fbcl_id")
    value = data.get("utm_gl_client_id", _MISSING)
    if value.__class__ is str:
        obj.utm_gl_client_id = value
    elif value is _MISSING:
        obj.utm_gl_client_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_gl_client_id")
    value = data.get("utm_medium", _MISSING)
    if value.__class__ is str:
        obj.utm_medium = value
    elif value is _MISSING:
        obj.utm_medium = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_medium")
    value = data.get("utm_msclk_id", _MISSING)
    if value.__class__ is str:
        obj.utm_msclk_id = value
    elif value is _MISSING:
        obj.utm_msclk_id = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_msclk_id")
    value = data.get("utm_source", _MISSING)
    if value.__class__ is str:
        obj.utm_source = value
    elif value is _MISSING:
        obj.utm_source = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_source")
    value = data.get("utm_term", _MISSING)
    if value.__class__ is str:
        obj.utm_term = value
    elif value is _MISSING:
        obj.utm_term = None
        count += 1
    else:
        raise _expected("a string", value).at("utm_term")
    if count != 21:
        unknown = sorted(
            key for key in data if key not in _KEYS_VERIFY_EMAIL_REQUEST_URL_PARAMETERS
        )
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_verify_email_request_url_parameters(
    obj: m.VerifyEmailRequestUrlParameters,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.affiliate_token
    if value is not None:
        data["affiliate_token"] = value
    value = obj.date_first_contact
    if value is not None:
        data["date_first_contact"] = value
    value = obj.gclid_url
    if value is not None:
        data["gclid_url"] = value
    value = obj.pa_amount
    if value is not None:
        data["pa_amount"] = value
    value = obj.pa_currency
    if value is not None:
        data["pa_currency"] = value
    value = obj.pa_loginid
    if value is not None:
        data["pa_loginid"] = value
    value = obj.pa_remarks
    if value is not None:
        data["pa_remarks"] = value
    value = obj.redirect_to
    if value is not None:
        data["redirect_to"] = value
    value = obj.signup_device
    if value is not None:
        data["signup_device"] = value
    value = obj.utm_ad_id
    if value is not None:
        data["utm_ad_id"] = value
    value = obj.utm_adgroup_id
    if value is not None:
        data["utm_adgroup_id"] = value
    value = obj.utm_adrollclk_id
    if value is not None:
        data["utm_adrollclk_id"] = value
    value = obj.utm_campaign
    if value is not None:
        data["utm_campaign"] = value
    value = obj.utm_campaign_id
    if value is not None:
        data["utm_campaign_id"] = value
    value = obj.utm_content
    if value is not None:
        data["utm_content"] = value
    value = obj.utm_fbcl_id
    if value is not None:
        data["utm_fbcl_id"] = value
    value = obj.utm_gl_client_id
    if value is not None:
        data["utm_gl_client_id"] = value
    value = obj.utm_medium
    if value is not None:
        data["utm_medium"] = value
    value = obj.utm_msclk_id
    if value is not None:
        data["utm_msclk_id"] = value
    value = obj.utm_source
    if value is not None:
        data["utm_source"] = value
    value = obj.utm_term
    if value is not None:
        data["utm_term"] = value
    return data


def structure_verify_email_response(data: Any) -> m.VerifyEmailResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.VerifyEmailResponse)
    count = len(data)
    value = data.get("verify_email", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.verify_email = value
    elif value is _MISSING:
        obj.verify_email = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("verify_email")
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
    if value.__class__ is _STR and value in _ALLOWED_verify_email:
        obj.msg_type = value
    else:
        raise _not_one_of("'verify_email'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_VERIFY_EMAIL_RESPONSE}
    return obj


def unstructure_verify_email_response(obj: m.VerifyEmailResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.verify_email
    if value is not None:
        data["verify_email"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.VerifyEmailRequest: structure_verify_email_request,
    m.VerifyEmailRequestUrlParameters: structure_verify_email_request_url_parameters,
    m.VerifyEmailResponse: structure_verify_email_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.VerifyEmailRequest: unstructure_verify_email_request,
    m.VerifyEmailRequestUrlParameters: unstructure_verify_email_request_url_parameters,
    m.VerifyEmailResponse: unstructure_verify_email_response,
}
