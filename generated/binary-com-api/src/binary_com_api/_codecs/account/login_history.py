"""Decoders and encoders of the models of the ``login_history`` call (account group).

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


_ALLOWED_login_history = frozenset({"login_history"})


_KEYS_LOGIN_HISTORY_REQUEST = frozenset(
    (
        "login_history",
        "limit",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_LOGIN_HISTORY_RESPONSE = frozenset(
    (
        "login_history",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_LOGIN_HISTORY_RESPONSE_LOGIN_HISTORY_ITEM = frozenset(
    (
        "action",
        "browser",
        "country",
        "datetime",
        "device",
        "environment",
        "ip",
        "language",
        "os",
        "status",
        "time",
        "version",
    )
)


def _decode_list_of_LoginHistoryResponseLoginHistoryItem(
    value: Any,
) -> list[m.LoginHistoryResponseLoginHistoryItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_login_history_response_login_history_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_login_history_response_login_history_item
        ) from None


def structure_login_history_request(data: Any) -> m.LoginHistoryRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LoginHistoryRequest)
    count = len(data)
    if count == 5:
        try:
            v_login_history = data["login_history"]
            v_limit = data["limit"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_login_history.__class__ is _INT and v_login_history in _ALLOWED_1)
                and (v_limit.__class__ is int)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.login_history = v_login_history
                obj.limit = v_limit
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["login_history"]
    except KeyError:
        raise DecodeError("required field is missing", ("login_history",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.login_history = value
    else:
        raise _not_one_of("1", value).at("login_history")
    if "limit" not in data:
        obj.limit = None
        count += 1
    elif (value := data["limit"]).__class__ is int:
        obj.limit = value
    else:
        raise _expected("an integer", value).at("limit")
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_LOGIN_HISTORY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_login_history_request(obj: m.LoginHistoryRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"login_history": obj.login_history}
    value: Any
    value = obj.limit
    if value is not None:
        data["limit"] = value
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


def structure_login_history_response(data: Any) -> m.LoginHistoryResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LoginHistoryResponse)
    count = len(data)
    if count == 4:
        try:
            v_login_history = data["login_history"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_login_history)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.login_history = _decode_list_of_LoginHistoryResponseLoginHistoryItem(
                        v_login_history
                    )
                except DecodeError as error:
                    raise error.at("login_history") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "login_history" not in data:
        obj.login_history = None
        count += 1
    else:
        value = data["login_history"]
        try:
            obj.login_history = _decode_list_of_LoginHistoryResponseLoginHistoryItem(value)
        except DecodeError as error:
            raise error.at("login_history") from None
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
    if value.__class__ is _STR and value in _ALLOWED_login_history:
        obj.msg_type = value
    else:
        raise _not_one_of("'login_history'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_LOGIN_HISTORY_RESPONSE}
    return obj


def unstructure_login_history_response(obj: m.LoginHistoryResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.login_history
    if value is not None:
        data["login_history"] = [
            unstructure_login_history_response_login_history_item(item) for item in value
        ]
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_login_history_response_login_history_item(
    data: Any,
) -> m.LoginHistoryResponseLoginHistoryItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LoginHistoryResponseLoginHistoryItem)
    count = len(data)
    if count == 12:
        try:
            v_action = data["action"]
            v_browser = data["browser"]
            v_country = data["country"]
            v_datetime = data["datetime"]
            v_device = data["device"]
            v_environment = data["environment"]
            v_ip = data["ip"]
            v_language = data["language"]
            v_os = data["os"]
            v_status = data["status"]
            v_time = data["time"]
            v_version = data["version"]
        except KeyError:
            pass
        else:
            if (
                (v_action.__class__ is str)
                and (v_browser.__class__ is str)
                and (v_country.__class__ is str)
                and (v_datetime.__class__ is str)
                and (v_device.__class__ is str)
                and (v_environment.__class__ is str)
                and (v_ip.__class__ is str)
                and (v_language.__class__ is str)
                and (v_os.__class__ is str)
                and (v_status.__class__ is _INT and v_status in _ALLOWED_0_1)
                and (v_time.__class__ is int)
                and (v_version.__class__ is str)
            ):
                obj.action = v_action
                obj.browser = v_browser
                obj.country = v_country
                obj.datetime = v_datetime
                obj.device = v_device
                obj.environment = v_environment
                obj.ip = v_ip
                obj.language = v_language
                obj.os = v_os
                obj.status = v_status
                obj.time = v_time
                obj.version = v_version
                obj.extra_fields = {}
                return obj
    try:
        value = data["action"]
    except KeyError:
        raise DecodeError("required field is missing", ("action",)) from None
    if value.__class__ is str:
        obj.action = value
    else:
        raise _expected("a string", value).at("action")
    try:
        value = data["browser"]
    except KeyError:
        raise DecodeError("required field is missing", ("browser",)) from None
    if value.__class__ is str:
        obj.browser = value
    else:
        raise _expected("a string", value).at("browser")
    try:
        value = data["country"]
    except KeyError:
        raise DecodeError("required field is missing", ("country",)) from None
    if value.__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    try:
        value = data["datetime"]
    except KeyError:
        raise DecodeError("required field is missing", ("datetime",)) from None
    if value.__class__ is str:
        obj.datetime = value
    else:
        raise _expected("a string", value).at("datetime")
    try:
        value = data["device"]
    except KeyError:
        raise DecodeError("required field is missing", ("device",)) from None
    if value.__class__ is str:
        obj.device = value
    else:
        raise _expected("a string", value).at("device")
    try:
        value = data["environment"]
    except KeyError:
        raise DecodeError("required field is missing", ("environment",)) from None
    if value.__class__ is str:
        obj.environment = value
    else:
        raise _expected("a string", value).at("environment")
    try:
        value = data["ip"]
    except KeyError:
        raise DecodeError("required field is missing", ("ip",)) from None
    if value.__class__ is str:
        obj.ip = value
    else:
        raise _expected("a string", value).at("ip")
    try:
        value = data["language"]
    except KeyError:
        raise DecodeError("required field is missing", ("language",)) from None
    if value.__class__ is str:
        obj.language = value
    else:
        raise _expected("a string", value).at("language")
    try:
        value = data["os"]
    except KeyError:
        raise DecodeError("required field is missing", ("os",)) from None
    if value.__class__ is str:
        obj.os = value
    else:
        raise _expected("a string", value).at("os")
    try:
        value = data["status"]
    except KeyError:
        raise DecodeError("required field is missing", ("status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.status = value
    else:
        raise _not_one_of("0, 1", value).at("status")
    try:
        value = data["time"]
    except KeyError:
        raise DecodeError("required field is missing", ("time",)) from None
    if value.__class__ is int:
        obj.time = value
    else:
        raise _expected("an integer", value).at("time")
    try:
        value = data["version"]
    except KeyError:
        raise DecodeError("required field is missing", ("version",)) from None
    if value.__class__ is str:
        obj.version = value
    else:
        raise _expected("a string", value).at("version")
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_LOGIN_HISTORY_RESPONSE_LOGIN_HISTORY_ITEM
        }
    return obj


def unstructure_login_history_response_login_history_item(
    obj: m.LoginHistoryResponseLoginHistoryItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "action": obj.action,
        "browser": obj.browser,
        "country": obj.country,
        "datetime": obj.datetime,
        "device": obj.device,
        "environment": obj.environment,
        "ip": obj.ip,
        "language": obj.language,
        "os": obj.os,
        "status": obj.status,
        "time": obj.time,
        "version": obj.version,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.LoginHistoryRequest: structure_login_history_request,
    m.LoginHistoryResponse: structure_login_history_response,
    m.LoginHistoryResponseLoginHistoryItem: structure_login_history_response_login_history_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.LoginHistoryRequest: unstructure_login_history_request,
    m.LoginHistoryResponse: unstructure_login_history_response,
    m.LoginHistoryResponseLoginHistoryItem: unstructure_login_history_response_login_history_item,
}
