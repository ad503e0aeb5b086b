"""Decoders and encoders of the models of the ``new_account_virtual`` call (account group).

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
    try:
        value = data["new_account_virtual"]
    except KeyError:
        raise DecodeError("required field is missing", ("new_account_virtual",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.new_account_virtual = value
    else:
        raise _not_one_of("1", value).at("new_account_virtual")
    value = data.get("affiliate_token", _MISSING)
    if value.__class__ is str:
        obj.affiliate_token = value
    elif value is _MISSING:
        obj.affiliate_token = None
        count += 1
    else:
        raise _expected("a string", value).at("affiliate_token")
    value = data.get("client_password", _MISSING)
    if value.__class__ is str:
        obj.client_password = value
    elif value is _MISSING:
        obj.client_password = None
        count += 1
    else:
        raise _expected("a string", value).at("client_password")
    value = data.get("date_first_contact", _MISSING)
    if value.__class__ is str:
        obj.date_first_contact = value
    elif value is _MISSING:
        obj.date_first_contact = None
        count += 1
    else:
        raise _expected("a string", value).at("date_first_contact")
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
        raise _not_one_of("1, 0", value).at("email_consent")
    value = data.get("gclid_url", _MISSING)
    if value.__class__ is str:
        obj.gclid_url = value
    elif value is _MISSING:
        obj.gclid_url = None
        count += 1
    else:
        raise _expected("a string", value).at("gclid_url")
    value = data.get("residence", _MISSING)
    if value.__class__ is str:
        obj.residence = value
    elif value is _MISSING:
        obj.residence = None
        count += 1
    else:
        raise _expected("a string", value).at("residence")
    value = data.get("signup_device", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_desktop_mobile:
        obj.signup_device = value
    elif value is _MISSING:
        obj.signup_device = None
        count += 1
    else:
        raise _not_one_of("'desktop', 'mobile'", value).at("signup_device")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_dynamic_trading_wallet:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _not_one_of("'trading', 'wallet', 'dynamic'", value).at("type")
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
    value = data.get("verification_code", _MISSING)
    if value.__class__ is str:
        obj.verification_code = value
    elif value is _MISSING:
        obj.verification_code = None
        count += 1
    else:
        raise _expected("a string", value).at("verification_code")
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
    value = data.get("new_account_virtual", _MISSING)
    if value is _MISSING:
        obj.new_account_virtual = None
        count += 1
    else:
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
    value = data.get("currency_type", _MISSING)
    if value.__class__ is str:
        obj.currency_type = value
    elif value is _MISSING:
        obj.currency_type = None
        count += 1
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
    value = data.get("login_code", _MISSING)
    if value.__class__ is str:
        obj.login_code = value
    elif value is _MISSING:
        obj.login_code = None
        count += 1
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
    value = data.get("refresh_token", _MISSING)
    if value.__class__ is str:
        obj.refresh_token = value
    elif value is _MISSING:
        obj.refresh_token = None
        count += 1
    else:
        raise _expected("a string", value).at("refresh_token")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_trading_wallet:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
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
