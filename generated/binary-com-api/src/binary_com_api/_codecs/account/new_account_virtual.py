"""Decoders and encoders of the models of the ``new_account_virtual`` call (account group).

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


_ALLOWED_1 = frozenset({1})


_ALLOWED_desktop_mobile = frozenset({"desktop", "mobile"})


_ALLOWED_dynamic_trading_wallet = frozenset({"dynamic", "trading", "wallet"})


_ALLOWED_new_account_virtual = frozenset({"new_account_virtual"})


_ALLOWED_trading_wallet = frozenset({"trading", "wallet"})


_KEYS_NEW_ACCOUNT_VIRTUAL_REQUEST = frozenset(
    (
        "new_account_virtual",
        "affiliate_token",
        "client_password",
        "date_first_contact",
        "email",
        "email_consent",
        "gclid_url",
        "residence",
        "signup_device",
        "type",
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
        "verification_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_VIRTUAL_RESPONSE = frozenset(
    (
        "new_account_virtual",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_NEW_ACCOUNT_VIRTUAL_RESPONSE_NEW_ACCOUNT_VIRTUAL = frozenset(
    (
        "balance",
        "client_id",
        "currency",
        "currency_type",
        "email",
        "login_code",
        "oauth_token",
        "refresh_token",
        "type",
    )
)


def structure_new_account_virtual_request(data: Any) -> m.NewAccountVirtualRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountVirtualRequest)
    count = len(data)
    if count == 26:
        try:
            v_new_account_virtual = data["new_account_virtual"]
            v_affiliate_token = data["affiliate_token"]
            v_client_password = data["client_password"]
            v_date_first_contact = data["date_first_contact"]
            v_email = data["email"]
            v_email_consent = data["email_consent"]
            v_gclid_url = data["gclid_url"]
            v_residence = data["residence"]
            v_signup_device = data["signup_device"]
            v_type = data["type"]
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
            v_verification_code = data["verification_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_new_account_virtual.__class__ is _INT and v_new_account_virtual in _ALLOWED_1)
                and (v_affiliate_token.__class__ is str)
                and (v_client_password.__class__ is str)
                and (v_date_first_contact.__class__ is str)
                and (v_email.__class__ is str)
                and (v_email_consent.__class__ is _INT and v_email_consent in _ALLOWED_0_1)
                and (v_gclid_url.__class__ is str)
                and (v_residence.__class__ is str)
                and (
                    v_signup_device.__class__ is _STR and v_signup_device in _ALLOWED_desktop_mobile
                )
                and (v_type.__class__ is _STR and v_type in _ALLOWED_dynamic_trading_wallet)
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
                and (v_verification_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.new_account_virtual = v_new_account_virtual
                obj.affiliate_token = v_affiliate_token
                obj.client_password = v_client_password
                obj.date_first_contact = v_date_first_contact
                obj.email = v_email
                obj.email_consent = v_email_consent
                obj.gclid_url = v_gclid_url
                obj.residence = v_residence
                obj.signup_device = v_signup_device
                obj.type = v_type
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
                obj.verification_code = v_verification_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["new_account_virtual"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_account_virtual",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_virtual = value
    else:
        raise _not_one_of("1", value).at("new_account_virtual")
    if "affiliate_token" not in data:
        obj.affiliate_token = None
        count += 1
    elif (value := data["affiliate_token"]).__class__ is str:
        obj.affiliate_token = value
    else:
        raise _expected("a string", value).at("affiliate_token")
    if "client_password" not in data:
        obj.client_password = None
        count += 1
    elif (value := data["client_password"]).__class__ is str:
        obj.client_password = value
    else:
        raise _expected("a string", value).at("client_password")
    if "date_first_contact" not in data:
        obj.date_first_contact = None
        count += 1
    elif (value := data["date_first_contact"]).__class__ is str:
        obj.date_first_contact = value
    else:
        raise _expected("a string", value).at("date_first_contact")
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
        raise _not_one_of("1, 0", value).at("email_consent")
    if "gclid_url" not in data:
        obj.gclid_url = None
        count += 1
    elif (value := data["gclid_url"]).__class__ is str:
        obj.gclid_url = value
    else:
        raise _expected("a string", value).at("gclid_url")
    if "residence" not in data:
        obj.residence = None
        count += 1
    elif (value := data["residence"]).__class__ is str:
        obj.residence = value
    else:
        raise _expected("a string", value).at("residence")
    if "signup_device" not in data:
        obj.signup_device = None
        count += 1
    elif (value := data["signup_device"]).__class__ is _STR and value in _ALLOWED_desktop_mobile:
        obj.signup_device = value
    else:
        raise _not_one_of("'desktop', 'mobile'", value).at("signup_device")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_dynamic_trading_wallet:
        obj.type = value
    else:
        raise _not_one_of("'trading', 'wallet', 'dynamic'", value).at("type")
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
    if "verification_code" not in data:
        obj.verification_code = None
        count += 1
    elif (value := data["verification_code"]).__class__ is str:
        obj.verification_code = value
    else:
        raise _expected("a string", value).at("verification_code")
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
    if count != 26:
        unknown = sorted(key for key in data if key not in _KEYS_NEW_ACCOUNT_VIRTUAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_new_account_virtual_request(obj: m.NewAccountVirtualRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"new_account_virtual": obj.new_account_virtual}
    value: Any
    value = obj.affiliate_token
    if value is not None:
        data["affiliate_token"] = value
    value = obj.client_password
    if value is not None:
        data["client_password"] = value
    value = obj.date_first_contact
    if value is not None:
        data["date_first_contact"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.email_consent
    if value is not None:
        data["email_consent"] = value
    value = obj.gclid_url
    if value is not None:
        data["gclid_url"] = value
    value = obj.residence
    if value is not None:
        data["residence"] = value
    value = obj.signup_device
    if value is not None:
        data["signup_device"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
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
    value = obj.verification_code
    if value is not None:
        data["verification_code"] = value
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


def structure_new_account_virtual_response(data: Any) -> m.NewAccountVirtualResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountVirtualResponse)
    count = len(data)
    if count == 4:
        try:
            v_new_account_virtual = data["new_account_virtual"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_new_account_virtual)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.new_account_virtual = (
                        structure_new_account_virtual_response_new_account_virtual(
                            v_new_account_virtual
                        )
                    )
                except DecodeError as error:
                    raise error.at("new_account_virtual") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "new_account_virtual" not in data:
        obj.new_account_virtual = None
        count += 1
    else:
        value = data["new_account_virtual"]
        try:
            obj.new_account_virtual = structure_new_account_virtual_response_new_account_virtual(
                value
            )
        except DecodeError as error:
            raise error.at("new_account_virtual") from None
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
    if value.__class__ is _STR and value in _ALLOWED_new_account_virtual:
        obj.msg_type = value
    else:
        raise _not_one_of("'new_account_virtual'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_NEW_ACCOUNT_VIRTUAL_RESPONSE
        }
    return obj


def unstructure_new_account_virtual_response(obj: m.NewAccountVirtualResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.new_account_virtual
    if value is not None:
        data["new_account_virtual"] = unstructure_new_account_virtual_response_new_account_virtual(
            value
        )
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_new_account_virtual_response_new_account_virtual(
    data: Any,
) -> m.NewAccountVirtualResponseNewAccountVirtual:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.NewAccountVirtualResponseNewAccountVirtual)
    count = len(data)
    if count == 9:
        try:
            v_balance = data["balance"]
            v_client_id = data["client_id"]
            v_currency = data["currency"]
            v_currency_type = data["currency_type"]
            v_email = data["email"]
            v_login_code = data["login_code"]
            v_oauth_token = data["oauth_token"]
            v_refresh_token = data["refresh_token"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance.__class__) is float or kind is int)
                and (v_client_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_currency_type.__class__ is str)
                and (v_email.__class__ is str)
                and (v_login_code.__class__ is str)
                and (v_oauth_token.__class__ is str)
                and (v_refresh_token.__class__ is str)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_trading_wallet)
            ):
                obj.balance = v_balance
                obj.client_id = v_client_id
                obj.currency = v_currency
                obj.currency_type = v_currency_type
                obj.email = v_email
                obj.login_code = v_login_code
                obj.oauth_token = v_oauth_token
                obj.refresh_token = v_refresh_token
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    try:
        value = data["client_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("client_id",)) from None
    if value.__class__ is str:
        obj.client_id = value
    else:
        raise _expected("a string", value).at("client_id")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
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
        value = data["email"]
    except KeyError:
        raise DecodeError("required field is missing", ("email",)) from None
    if value.__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "login_code" not in data:
        obj.login_code = None
        count += 1
    elif (value := data["login_code"]).__class__ is str:
        obj.login_code = value
    else:
        raise _expected("a string", value).at("login_code")
    try:
        value = data["oauth_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("oauth_token",)) from None
    if value.__class__ is str:
        obj.oauth_token = value
    else:
        raise _expected("a string", value).at("oauth_token")
    if "refresh_token" not in data:
        obj.refresh_token = None
        count += 1
    elif (value := data["refresh_token"]).__class__ is str:
        obj.refresh_token = value
    else:
        raise _expected("a string", value).at("refresh_token")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_trading_wallet:
        obj.type = value
    else:
        raise _not_one_of("'trading', 'wallet'", value).at("type")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_NEW_ACCOUNT_VIRTUAL_RESPONSE_NEW_ACCOUNT_VIRTUAL
        }
    return obj


def unstructure_new_account_virtual_response_new_account_virtual(
    obj: m.NewAccountVirtualResponseNewAccountVirtual,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "balance": obj.balance,
        "client_id": obj.client_id,
        "currency": obj.currency,
        "email": obj.email,
        "oauth_token": obj.oauth_token,
    }
    value: Any
    value = obj.currency_type
    if value is not None:
        data["currency_type"] = value
    value = obj.login_code
    if value is not None:
        data["login_code"] = value
    value = obj.refresh_token
    if value is not None:
        data["refresh_token"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.NewAccountVirtualRequest: structure_new_account_virtual_request,
    m.NewAccountVirtualResponse: structure_new_account_virtual_response,
    m.NewAccountVirtualResponseNewAccountVirtual: structure_new_account_virtual_response_new_account_virtual,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.NewAccountVirtualRequest: unstructure_new_account_virtual_request,
    m.NewAccountVirtualResponse: unstructure_new_account_virtual_response,
    m.NewAccountVirtualResponseNewAccountVirtual: unstructure_new_account_virtual_response_new_account_virtual,
}
