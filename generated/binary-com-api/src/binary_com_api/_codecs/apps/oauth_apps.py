"""Decoders and encoders of the models of the ``oauth_apps`` call (apps group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_oauth_apps = frozenset({"oauth_apps"})


_KEYS_OAUTH_APPS_REQUEST = frozenset(
    (
        "oauth_apps",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_OAUTH_APPS_RESPONSE = frozenset(
    (
        "oauth_apps",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_OAUTH_APPS_RESPONSE_OAUTH_APPS_ITEM = frozenset(
    (
        "app_id",
        "app_markup_percentage",
        "last_used",
        "name",
        "official",
        "scopes",
    )
)


def _decode_list_of_OauthAppsResponseOauthAppsItem(
    value: Any,
) -> list[m.OauthAppsResponseOauthAppsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_oauth_apps_response_oauth_apps_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_oauth_apps_response_oauth_apps_item) from None


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


def structure_oauth_apps_request(data: Any) -> m.OauthAppsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OauthAppsRequest)
    count = len(data)
    if count == 4:
        try:
            v_oauth_apps = data["oauth_apps"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_oauth_apps.__class__ is _INT and v_oauth_apps in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.oauth_apps = v_oauth_apps
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["oauth_apps"]
    except KeyError:
        raise DecodeError("required field is missing", ("oauth_apps",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.oauth_apps = value
    else:
        raise _not_one_of("1", value).at("oauth_apps")
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
        unknown = sorted(key for key in data if key not in _KEYS_OAUTH_APPS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_oauth_apps_request(obj: m.OauthAppsRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"oauth_apps": obj.oauth_apps}
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


def structure_oauth_apps_response(data: Any) -> m.OauthAppsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OauthAppsResponse)
    count = len(data)
    if count == 4:
        try:
            v_oauth_apps = data["oauth_apps"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_oauth_apps)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.oauth_apps = _decode_list_of_OauthAppsResponseOauthAppsItem(v_oauth_apps)
                except DecodeError as error:
                    raise error.at("oauth_apps") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "oauth_apps" not in data:
        obj.oauth_apps = None
        count += 1
    else:
        value = data["oauth_apps"]
        try:
            obj.oauth_apps = _decode_list_of_OauthAppsResponseOauthAppsItem(value)
        except DecodeError as error:
            raise error.at("oauth_apps") from None
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
    if value.__class__ is _STR and value in _ALLOWED_oauth_apps:
        obj.msg_type = value
    else:
        raise _not_one_of("'oauth_apps'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_OAUTH_APPS_RESPONSE}
    return obj


def unstructure_oauth_apps_response(obj: m.OauthAppsResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.oauth_apps
    if value is not None:
        data["oauth_apps"] = [
            unstructure_oauth_apps_response_oauth_apps_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_oauth_apps_response_oauth_apps_item(data: Any) -> m.OauthAppsResponseOauthAppsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OauthAppsResponseOauthAppsItem)
    count = len(data)
    if count == 6:
        try:
            v_app_id = data["app_id"]
            v_app_markup_percentage = data["app_markup_percentage"]
            v_last_used = data["last_used"]
            v_name = data["name"]
            v_official = data["official"]
            v_scopes = data["scopes"]
        except KeyError:
            pass
        else:
            if (
                (v_app_id.__class__ is int)
                and ((kind := v_app_markup_percentage.__class__) is float or kind is int)
                and (v_last_used is None or (v_last_used.__class__ is str))
                and (v_name.__class__ is str)
                and (v_official.__class__ is _INT and v_official in _ALLOWED_0_1)
            ):
                obj.app_id = v_app_id
                obj.app_markup_percentage = v_app_markup_percentage
                obj.last_used = v_last_used
                obj.name = v_name
                obj.official = v_official
                try:
                    obj.scopes = _decode_list_of_str(v_scopes)
                except DecodeError as error:
                    raise error.at("scopes") from None
                obj.extra_fields = {}
                return obj
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
        value = data["last_used"]
    except KeyError:
        raise DecodeError("required field is missing", ("last_used",)) from None
    if value is None or (value.__class__ is str):
        obj.last_used = value
    else:
        raise _expected("a string", value).at("last_used")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["official"]
    except KeyError:
        raise DecodeError("required field is missing", ("official",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.official = value
    else:
        raise _not_one_of("1, 0", value).at("official")
    try:
        value = data["scopes"]
    except KeyError:
        raise DecodeError("required field is missing", ("scopes",)) from None
    try:
        obj.scopes = _decode_list_of_str(value)
    except DecodeError as error:
        raise error.at("scopes") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_OAUTH_APPS_RESPONSE_OAUTH_APPS_ITEM
        }
    return obj


def unstructure_oauth_apps_response_oauth_apps_item(
    obj: m.OauthAppsResponseOauthAppsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "app_id": obj.app_id,
        "app_markup_percentage": obj.app_markup_percentage,
        "last_used": obj.last_used,
        "name": obj.name,
        "official": obj.official,
        "scopes": obj.scopes,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.OauthAppsRequest: structure_oauth_apps_request,
    m.OauthAppsResponse: structure_oauth_apps_response,
    m.OauthAppsResponseOauthAppsItem: structure_oauth_apps_response_oauth_apps_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.OauthAppsRequest: unstructure_oauth_apps_request,
    m.OauthAppsResponse: unstructure_oauth_apps_response,
    m.OauthAppsResponseOauthAppsItem: unstructure_oauth_apps_response_oauth_apps_item,
}
