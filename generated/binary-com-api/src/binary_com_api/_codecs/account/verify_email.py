"""Decoders and encoders of the models of the ``verify_email`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 6:
        try:
            v_verify_email = data["verify_email"]
            v_type = data["type"]
            v_url_parameters = data["url_parameters"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_verify_email.__class__ is str)
                and (
                    v_type.__class__ is _STR
                    and v_type
                    in _ALLOWED_account_opening_account_verification_payment_withdraw_and_7_more
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.verify_email = v_verify_email
                obj.type = v_type
                try:
                    obj.url_parameters = structure_verify_email_request_url_parameters(
                        v_url_parameters
                    )
                except DecodeError as error:
                    raise error.at("url_parameters") from None
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if "url_parameters" not in data:
        obj.url_parameters = None
        count += 1
    else:
        value = data["url_parameters"]
        try:
            obj.url_parameters = structure_verify_email_request_url_parameters(value)
        except DecodeError as error:
            raise error.at("url_parameters") from None
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
    if count == 21:
        try:
            v_affiliate_token = data["affiliate_token"]
            v_date_first_contact = data["date_first_contact"]
            v_gclid_url = data["gclid_url"]
            v_pa_amount = data["pa_amount"]
            v_pa_currency = data["pa_currency"]
            v_pa_loginid = data["pa_loginid"]
            v_pa_remarks = data["pa_remarks"]
            v_redirect_to = data["redirect_to"]
            v_signup_device = data["signup_device"]
            v_utm_ad_id = data["utm_ad_id"]
            v_utm_adgroup_id = data["utm_adgroup_id"]
            v_utm_adrollclk_id = data["utm_adrollclk_id"]
            v_utm_campaign = data["utm_campaign"]
            v_utm_campaign_id = data["utm_campaign_id"]
            v_utm_content = data["utm_content"]
            v_utm_fbcl_id = data["utm_fbcl_id"]
            v_utm_gl_client_id = data["utm_gl_client_id"]
            v_utm_medium = data["utm_medium"]
            v_utm_msclk_id = data["utm_msclk_id"]
            v_utm_source = data["utm_source"]
            v_utm_term = data["utm_term"]
        except KeyError:
            pass
        else:
            if (
                (v_affiliate_token.__class__ is str)
                and (v_date_first_contact.__class__ is str)
                and (v_gclid_url.__class__ is str)
                and ((kind := v_pa_amount.__class__) is float or kind is int)
                and (v_pa_currency.__class__ is str)
                and (v_pa_loginid.__class__ is str)
                and (v_pa_remarks.__class__ is str)
                and (v_redirect_to.__class__ is int)
                and (
                    v_signup_device.__class__ is _STR and v_signup_device in _ALLOWED_desktop_mobile
                )
                and (v_utm_ad_id.__class__ is str)
                and (v_utm_adgroup_id.__class__ is str)
                and (v_utm_adrollclk_id.__class__ is str)
                and (v_utm_campaign.__class__ is str)
                and (v_utm_campaign_id.__class__ is str)
                and (v_utm_content.__class__ is str)
                and (v_utm_fbcl_id.__class__ is str)
                and (v_utm_gl_client_id.__class__ is str)
                and (v_utm_medium.__class__ is str)
                and (v_utm_msclk_id.__class__ is str)
                and (v_utm_source.__class__ is str)
                and (v_utm_term.__class__ is str)
            ):
                obj.affiliate_token = v_affiliate_token
                obj.date_first_contact = v_date_first_contact
                obj.gclid_url = v_gclid_url
                obj.pa_amount = v_pa_amount
                obj.pa_currency = v_pa_currency
                obj.pa_loginid = v_pa_loginid
                obj.pa_remarks = v_pa_remarks
                obj.redirect_to = v_redirect_to
                obj.signup_device = v_signup_device
                obj.utm_ad_id = v_utm_ad_id
                obj.utm_adgroup_id = v_utm_adgroup_id
                obj.utm_adrollclk_id = v_utm_adrollclk_id
                obj.utm_campaign = v_utm_campaign
                obj.utm_campaign_id = v_utm_campaign_id
                obj.utm_content = v_utm_content
                obj.utm_fbcl_id = v_utm_fbcl_id
                obj.utm_gl_client_id = v_utm_gl_client_id
                obj.utm_medium = v_utm_medium
                obj.utm_msclk_id = v_utm_msclk_id
                obj.utm_source = v_utm_source
                obj.utm_term = v_utm_term
                return obj
    if "affiliate_token" not in data:
        obj.affiliate_token = None
        count += 1
    elif (value := data["affiliate_token"]).__class__ is str:
        obj.affiliate_token = value
    else:
        raise _expected("a string", value).at("affiliate_token")
    if "date_first_contact" not in data:
        obj.date_first_contact = None
        count += 1
    elif (value := data["date_first_contact"]).__class__ is str:
        obj.date_first_contact = value
    else:
        raise _expected("a string", value).at("date_first_contact")
    if "gclid_url" not in data:
        obj.gclid_url = None
        count += 1
    elif (value := data["gclid_url"]).__class__ is str:
        obj.gclid_url = value
    else:
        raise _expected("a string", value).at("gclid_url")
    if "pa_amount" not in data:
        obj.pa_amount = None
        count += 1
    elif (kind := (value := data["pa_amount"]).__class__) is float or kind is int:
        obj.pa_amount = value
    else:
        raise _expected("a number", value).at("pa_amount")
    if "pa_currency" not in data:
        obj.pa_currency = None
        count += 1
    elif (value := data["pa_currency"]).__class__ is str:
        obj.pa_currency = value
    else:
        raise _expected("a string", value).at("pa_currency")
    if "pa_loginid" not in data:
        obj.pa_loginid = None
        count += 1
    elif (value := data["pa_loginid"]).__class__ is str:
        obj.pa_loginid = value
    else:
        raise _expected("a string", value).at("pa_loginid")
    if "pa_remarks" not in data:
        obj.pa_remarks = None
        count += 1
    elif (value := data["pa_remarks"]).__class__ is str:
        obj.pa_remarks = value
    else:
        raise _expected("a string", value).at("pa_remarks")
    if "redirect_to" not in data:
        obj.redirect_to = None
        count += 1
    elif (value := data["redirect_to"]).__class__ is int:
        obj.redirect_to = value
    else:
        raise _expected("an integer", value).at("redirect_to")
    if "signup_device" not in data:
        obj.signup_device = None
        count += 1
    elif (value := data["signup_device"]).__class__ is _STR and value in _ALLOWED_desktop_mobile:
        obj.signup_device = value
    else:
        raise _not_one_of("'desktop', 'mobile'", value).at("signup_device")
    if "utm_ad_id" not in data:
        obj.utm_ad_id = None
        count += 1
    elif (value := data["utm_ad_id"]).__class__ is str:
        obj.utm_ad_id = value
    else:
        raise _expected("a string", value).at("utm_ad_id")
    if "utm_adgroup_id" not in data:
        obj.utm_adgroup_id = None
        count += 1
    elif (value := data["utm_adgroup_id"]).__class__ is str:
        obj.utm_adgroup_id = value
    else:
        raise _expected("a string", value).at("utm_adgroup_id")
    if "utm_adrollclk_id" not in data:
        obj.utm_adrollclk_id = None
        count += 1
    elif (value := data["utm_adrollclk_id"]).__class__ is str:
        obj.utm_adrollclk_id = value
    else:
        raise _expected("a string", value).at("utm_adrollclk_id")
    if "utm_campaign" not in data:
        obj.utm_campaign = None
        count += 1
    elif (value := data["utm_campaign"]).__class__ is str:
        obj.utm_campaign = value
    else:
        raise _expected("a string", value).at("utm_campaign")
    if "utm_campaign_id" not in data:
        obj.utm_campaign_id = None
        count += 1
    elif (value := data["utm_campaign_id"]).__class__ is str:
        obj.utm_campaign_id = value
    else:
        raise _expected("a string", value).at("utm_campaign_id")
    if "utm_content" not in data:
        obj.utm_content = None
        count += 1
    elif (value := data["utm_content"]).__class__ is str:
        obj.utm_content = value
    else:
        raise _expected("a string", value).at("utm_content")
    if "utm_fbcl_id" not in data:
        obj.utm_fbcl_id = None
        count += 1
    elif (value := data["utm_fbcl_id"]).__class__ is str:
        obj.utm_fbcl_id = value
    else:
        raise _expected("a string", value).at("utm_fbcl_id")
    if "utm_gl_client_id" not in data:
        obj.utm_gl_client_id = None
        count += 1
    elif (value := data["utm_gl_client_id"]).__class__ is str:
        obj.utm_gl_client_id = value
    else:
        raise _expected("a string", value).at("utm_gl_client_id")
    if "utm_medium" not in data:
        obj.utm_medium = None
        count += 1
    elif (value := data["utm_medium"]).__class__ is str:
        obj.utm_medium = value
    else:
        raise _expected("a string", value).at("utm_medium")
    if "utm_msclk_id" not in data:
        obj.utm_msclk_id = None
        count += 1
    elif (value := data["utm_msclk_id"]).__class__ is str:
        obj.utm_msclk_id = value
    else:
        raise _expected("a string", value).at("utm_msclk_id")
    if "utm_source" not in data:
        obj.utm_source = None
        count += 1
    elif (value := data["utm_source"]).__class__ is str:
        obj.utm_source = value
    else:
        raise _expected("a string", value).at("utm_source")
    if "utm_term" not in data:
        obj.utm_term = None
        count += 1
    elif (value := data["utm_term"]).__class__ is str:
        obj.utm_term = value
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
    if count == 4:
        try:
            v_verify_email = data["verify_email"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_verify_email.__class__ is _INT and v_verify_email in _ALLOWED_0_1)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_verify_email)
                and (v_req_id.__class__ is int)
            ):
                obj.verify_email = v_verify_email
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "verify_email" not in data:
        obj.verify_email = None
        count += 1
    elif (value := data["verify_email"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.verify_email = value
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
