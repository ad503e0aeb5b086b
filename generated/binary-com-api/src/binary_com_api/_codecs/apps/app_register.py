"""Decoders and encoders of the models of the ``app_register`` call (apps group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_admin_payments_read_and_2_more = frozenset(
    {"admin", "payments", "read", "trade", "trading_information"}
)


_ALLOWED_app_register = frozenset({"app_register"})


_KEYS_APP_REGISTER_REQUEST = frozenset(
    (
        "app_register",
        "app_markup_percentage",
        "appstore",
        "github",
        "googleplay",
        "homepage",
        "name",
        "redirect_uri",
        "scopes",
        "verification_uri",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_APP_REGISTER_RESPONSE = frozenset(
    (
        "app_register",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_APP_REGISTER_RESPONSE_APP_REGISTER = frozenset(
    (
        "active",
        "app_id",
        "app_markup_percentage",
        "appstore",
        "github",
        "googleplay",
        "homepage",
        "name",
        "redirect_uri",
        "scopes",
        "verification_uri",
    )
)


def _decode_list_of_one_of_admin_payments_read_and_2_more(
    value: Any,
) -> list[Literal["read", "trade", "trading_information", "payments", "admin"]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_admin_payments_read_and_2_more:
                raise _not_one_of(
                    "'read', 'trade', 'trading_information', 'payments', 'admin'", item
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[Literal["read", "trade", "trading_information", "payments", "admin"]] = value
    return result


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


def structure_app_register_request(data: Any) -> m.AppRegisterRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppRegisterRequest)
    count = len(data)
    if count == 13:
        try:
            v_app_register = data["app_register"]
            v_app_markup_percentage = data["app_markup_percentage"]
            v_appstore = data["appstore"]
            v_github = data["github"]
            v_googleplay = data["googleplay"]
            v_homepage = data["homepage"]
            v_name = data["name"]
            v_redirect_uri = data["redirect_uri"]
            v_scopes = data["scopes"]
            v_verification_uri = data["verification_uri"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_app_register.__class__ is _INT and v_app_register in _ALLOWED_1)
                and ((kind := v_app_markup_percentage.__class__) is float or kind is int)
                and (v_appstore.__class__ is str)
                and (v_github.__class__ is str)
                and (v_googleplay.__class__ is str)
                and (v_homepage.__class__ is str)
                and (v_name.__class__ is str)
                and (v_redirect_uri.__class__ is str)
                and (v_verification_uri.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.app_register = v_app_register
                obj.app_markup_percentage = v_app_markup_percentage
                obj.appstore = v_appstore
                obj.github = v_github
                obj.googleplay = v_googleplay
                obj.homepage = v_homepage
                obj.name = v_name
                obj.redirect_uri = v_redirect_uri
                try:
                    obj.scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(v_scopes)
                except DecodeError as error:
                    raise error.at("scopes") from None
                obj.verification_uri = v_verification_uri
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["app_register"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_register",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.app_register = value
    else:
        raise _not_one_of("1", value).at("app_register")
    if "app_markup_percentage" not in data:
        obj.app_markup_percentage = None
        count += 1
    elif (kind := (value := data["app_markup_percentage"]).__class__) is float or kind is int:
        obj.app_markup_percentage = value
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    if "appstore" not in data:
        obj.appstore = None
        count += 1
    elif (value := data["appstore"]).__class__ is str:
        obj.appstore = value
    else:
        raise _expected("a string", value).at("appstore")
    if "github" not in data:
        obj.github = None
        count += 1
    elif (value := data["github"]).__class__ is str:
        obj.github = value
    else:
        raise _expected("a string", value).at("github")
    if "googleplay" not in data:
        obj.googleplay = None
        count += 1
    elif (value := data["googleplay"]).__class__ is str:
        obj.googleplay = value
    else:
        raise _expected("a string", value).at("googleplay")
    if "homepage" not in data:
        obj.homepage = None
        count += 1
    elif (value := data["homepage"]).__class__ is str:
        obj.homepage = value
    else:
        raise _expected("a string", value).at("homepage")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "redirect_uri" not in data:
        obj.redirect_uri = None
        count += 1
    elif (value := data["redirect_uri"]).__class__ is str:
        obj.redirect_uri = value
    else:
        raise _expected("a string", value).at("redirect_uri")
    try:
        value = data["scopes"]
    except KeyError:
        raise DecodeError("required field is missing", ("scopes",)) from None
    try:
        obj.scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(value)
    except DecodeError as error:
        raise error.at("scopes") from None
    if "verification_uri" not in data:
        obj.verification_uri = None
        count += 1
    elif (value := data["verification_uri"]).__class__ is str:
        obj.verification_uri = value
    else:
        raise _expected("a string", value).at("verification_uri")
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
    if count != 13:
        unknown = sorted(key for key in data if key not in _KEYS_APP_REGISTER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_app_register_request(obj: m.AppRegisterRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "app_register": obj.app_register,
        "name": obj.name,
        "scopes": obj.scopes,
    }
    value: Any
    value = obj.app_markup_percentage
    if value is not None:
        data["app_markup_percentage"] = value
    value = obj.appstore
    if value is not None:
        data["appstore"] = value
    value = obj.github
    if value is not None:
        data["github"] = value
    value = obj.googleplay
    if value is not None:
        data["googleplay"] = value
    value = obj.homepage
    if value is not None:
        data["homepage"] = value
    value = obj.redirect_uri
    if value is not None:
        data["redirect_uri"] = value
    value = obj.verification_uri
    if value is not None:
        data["verification_uri"] = value
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


def structure_app_register_response(data: Any) -> m.AppRegisterResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppRegisterResponse)
    count = len(data)
    if count == 4:
        try:
            v_app_register = data["app_register"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_app_register)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.app_register = structure_app_register_response_app_register(v_app_register)
                except DecodeError as error:
                    raise error.at("app_register") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "app_register" not in data:
        obj.app_register = None
        count += 1
    else:
        value = data["app_register"]
        try:
            obj.app_register = structure_app_register_response_app_register(value)
        except DecodeError as error:
            raise error.at("app_register") from None
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
    if value.__class__ is _STR and value in _ALLOWED_app_register:
        obj.msg_type = value
    else:
        raise _not_one_of("'app_register'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_APP_REGISTER_RESPONSE}
    return obj


def unstructure_app_register_response(obj: m.AppRegisterResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.app_register
    if value is not None:
        data["app_register"] = unstructure_app_register_response_app_register(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_app_register_response_app_register(data: Any) -> m.AppRegisterResponseAppRegister:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AppRegisterResponseAppRegister)
    count = len(data)
    if count == 11:
        try:
            v_active = data["active"]
            v_app_id = data["app_id"]
            v_app_markup_percentage = data["app_markup_percentage"]
            v_appstore = data["appstore"]
            v_github = data["github"]
            v_googleplay = data["googleplay"]
            v_homepage = data["homepage"]
            v_name = data["name"]
            v_redirect_uri = data["redirect_uri"]
            v_scopes = data["scopes"]
            v_verification_uri = data["verification_uri"]
        except KeyError:
            pass
        else:
            if (
                (v_active.__class__ is int)
                and (v_app_id.__class__ is int)
                and ((kind := v_app_markup_percentage.__class__) is float or kind is int)
                and (v_appstore.__class__ is str)
                and (v_github.__class__ is str)
                and (v_googleplay.__class__ is str)
                and (v_homepage.__class__ is str)
                and (v_name.__class__ is str)
                and (v_redirect_uri.__class__ is str)
                and (v_verification_uri.__class__ is str)
            ):
                obj.active = v_active
                obj.app_id = v_app_id
                obj.app_markup_percentage = v_app_markup_percentage
                obj.appstore = v_appstore
                obj.github = v_github
                obj.googleplay = v_googleplay
                obj.homepage = v_homepage
                obj.name = v_name
                obj.redirect_uri = v_redirect_uri
                try:
                    obj.scopes = _decode_list_of_str(v_scopes)
                except DecodeError as error:
                    raise error.at("scopes") from None
                obj.verification_uri = v_verification_uri
                obj.extra_fields = {}
                return obj
    if "active" not in data:
        obj.active = None
        count += 1
    elif (value := data["active"]).__class__ is int:
        obj.active = value
    else:
        raise _expected("an integer", value).at("active")
    try:
        value = data["app_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_id",)) from None
    if value.__class__ is int:
        obj.app_id = value
    else:
        raise _expected("an integer", value).at("app_id")
    try:
        value = data["app_markup_percentage"]
    except KeyError:
        raise DecodeError("required field is missing", ("app_markup_percentage",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.app_markup_percentage = value
    else:
        raise _expected("a number", value).at("app_markup_percentage")
    try:
        value = data["appstore"]
    except KeyError:
        raise DecodeError("required field is missing", ("appstore",)) from None
    if value.__class__ is str:
        obj.appstore = value
    else:
        raise _expected("a string", value).at("appstore")
    try:
        value = data["github"]
    except KeyError:
        raise DecodeError("required field is missing", ("github",)) from None
    if value.__class__ is str:
        obj.github = value
    else:
        raise _expected("a string", value).at("github")
    try:
        value = data["googleplay"]
    except KeyError:
        raise DecodeError("required field is missing", ("googleplay",)) from None
    if value.__class__ is str:
        obj.googleplay = value
    else:
        raise _expected("a string", value).at("googleplay")
    try:
        value = data["homepage"]
    except KeyError:
        raise DecodeError("required field is missing", ("homepage",)) from None
    if value.__class__ is str:
        obj.homepage = value
    else:
        raise _expected("a string", value).at("homepage")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["redirect_uri"]
    except KeyError:
        raise DecodeError("required field is missing", ("redirect_uri",)) from None
    if value.__class__ is str:
        obj.redirect_uri = value
    else:
        raise _expected("a string", value).at("redirect_uri")
    if "scopes" not in data:
        obj.scopes = None
        count += 1
    else:
        value = data["scopes"]
        try:
            obj.scopes = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("scopes") from None
    try:
        value = data["verification_uri"]
    except KeyError:
        raise DecodeError("required field is missing", ("verification_uri",)) from None
    if value.__class__ is str:
        obj.verification_uri = value
    else:
        raise _expected("a string", value).at("verification_uri")
    if count == 11:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_APP_REGISTER_RESPONSE_APP_REGISTER
        }
    return obj


def unstructure_app_register_response_app_register(
    obj: m.AppRegisterResponseAppRegister,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "app_id": obj.app_id,
        "app_markup_percentage": obj.app_markup_percentage,
        "appstore": obj.appstore,
        "github": obj.github,
        "googleplay": obj.googleplay,
        "homepage": obj.homepage,
        "name": obj.name,
        "redirect_uri": obj.redirect_uri,
        "verification_uri": obj.verification_uri,
    }
    value: Any
    value = obj.active
    if value is not None:
        data["active"] = value
    value = obj.scopes
    if value is not None:
        data["scopes"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AppRegisterRequest: structure_app_register_request,
    m.AppRegisterResponse: structure_app_register_response,
    m.AppRegisterResponseAppRegister: structure_app_register_response_app_register,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AppRegisterRequest: unstructure_app_register_request,
    m.AppRegisterResponse: unstructure_app_register_response,
    m.AppRegisterResponseAppRegister: unstructure_app_register_response_app_register,
}
