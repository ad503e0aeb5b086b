"""Decoders and encoders of the models of the ``api_token`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_admin_payments_read_and_2_more = frozenset(
    {"admin", "payments", "read", "trade", "trading_information"}
)


_ALLOWED_api_token = frozenset({"api_token"})


_KEYS_API_TOKEN_REQUEST = frozenset(
    (
        "api_token",
        "delete_token",
        "new_token",
        "new_token_scopes",
        "valid_for_current_ip_only",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_API_TOKEN_RESPONSE = frozenset(
    (
        "api_token",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_API_TOKEN_RESPONSE_API_TOKEN = frozenset(
    (
        "delete_token",
        "new_token",
        "tokens",
    )
)


_KEYS_API_TOKEN_RESPONSE_API_TOKEN_TOKENS_ITEM = frozenset(
    (
        "display_name",
        "last_used",
        "scopes",
        "token",
        "valid_for_ip",
    )
)


def _decode_list_of_ApiTokenResponseApiTokenTokensItem(
    value: Any,
) -> list[m.ApiTokenResponseApiTokenTokensItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_api_token_response_api_token_tokens_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_api_token_response_api_token_tokens_item
        ) from None


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


def structure_api_token_request(data: Any) -> m.ApiTokenRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ApiTokenRequest)
    count = len(data)
    if count == 8:
        try:
            v_api_token = data["api_token"]
            v_delete_token = data["delete_token"]
            v_new_token = data["new_token"]
            v_new_token_scopes = data["new_token_scopes"]
            v_valid_for_current_ip_only = data["valid_for_current_ip_only"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_api_token.__class__ is _INT and v_api_token in _ALLOWED_1)
                and (v_delete_token.__class__ is str)
                and (v_new_token.__class__ is str)
                and (
                    v_valid_for_current_ip_only.__class__ is _INT
                    and v_valid_for_current_ip_only in _ALLOWED_0_1
                )
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.api_token = v_api_token
                obj.delete_token = v_delete_token
                obj.new_token = v_new_token
                try:
                    obj.new_token_scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(
                        v_new_token_scopes
                    )
                except DecodeError as error:
                    raise error.at("new_token_scopes") from None
                obj.valid_for_current_ip_only = v_valid_for_current_ip_only
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["api_token"]
    except KeyError:
        raise DecodeError("required field is missing", ("api_token",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.api_token = value
    else:
        raise _not_one_of("1", value).at("api_token")
    if "delete_token" not in data:
        obj.delete_token = None
        count += 1
    elif (value := data["delete_token"]).__class__ is str:
        obj.delete_token = value
    else:
        raise _expected("a string", value).at("delete_token")
    if "new_token" not in data:
        obj.new_token = None
        count += 1
    elif (value := data["new_token"]).__class__ is str:
        obj.new_token = value
    else:
        raise _expected("a string", value).at("new_token")
    if "new_token_scopes" not in data:
        obj.new_token_scopes = None
        count += 1
    else:
        value = data["new_token_scopes"]
        try:
            obj.new_token_scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(value)
        except DecodeError as error:
            raise error.at("new_token_scopes") from None
    if "valid_for_current_ip_only" not in data:
        obj.valid_for_current_ip_only = None
        count += 1
    elif (value := data["valid_for_current_ip_only"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.valid_for_current_ip_only = value
    else:
        raise _not_one_of("0, 1", value).at("valid_for_current_ip_only")
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
    if count != 8:
        unknown = sorted(key for key in data if key not in _KEYS_API_TOKEN_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_api_token_request(obj: m.ApiTokenRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"api_token": obj.api_token}
    value: Any
    value = obj.delete_token
    if value is not None:
        data["delete_token"] = value
    value = obj.new_token
    if value is not None:
        data["new_token"] = value
    value = obj.new_token_scopes
    if value is not None:
        data["new_token_scopes"] = value
    value = obj.valid_for_current_ip_only
    if value is not None:
        data["valid_for_current_ip_only"] = value
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


def structure_api_token_response(data: Any) -> m.ApiTokenResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ApiTokenResponse)
    count = len(data)
    if count == 4:
        try:
            v_api_token = data["api_token"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_api_token)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.api_token = structure_api_token_response_api_token(v_api_token)
                except DecodeError as error:
                    raise error.at("api_token") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "api_token" not in data:
        obj.api_token = None
        count += 1
    else:
        value = data["api_token"]
        try:
            obj.api_token = structure_api_token_response_api_token(value)
        except DecodeError as error:
            raise error.at("api_token") from None
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
    if value.__class__ is _STR and value in _ALLOWED_api_token:
        obj.msg_type = value
    else:
        raise _not_one_of("'api_token'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_API_TOKEN_RESPONSE}
    return obj


def unstructure_api_token_response(obj: m.ApiTokenResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.api_token
    if value is not None:
        data["api_token"] = unstructure_api_token_response_api_token(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_api_token_response_api_token(data: Any) -> m.ApiTokenResponseApiToken:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ApiTokenResponseApiToken)
    count = len(data)
    if count == 3:
        try:
            v_delete_token = data["delete_token"]
            v_new_token = data["new_token"]
            v_tokens = data["tokens"]
        except KeyError:
            pass
        else:
            if (v_delete_token.__class__ is _INT and v_delete_token in _ALLOWED_1) and (
                v_new_token.__class__ is _INT and v_new_token in _ALLOWED_1
            ):
                obj.delete_token = v_delete_token
                obj.new_token = v_new_token
                try:
                    obj.tokens = _decode_list_of_ApiTokenResponseApiTokenTokensItem(v_tokens)
                except DecodeError as error:
                    raise error.at("tokens") from None
                obj.extra_fields = {}
                return obj
    if "delete_token" not in data:
        obj.delete_token = None
        count += 1
    elif (value := data["delete_token"]).__class__ is _INT and value in _ALLOWED_1:
        obj.delete_token = value
    else:
        raise _not_one_of("1", value).at("delete_token")
    if "new_token" not in data:
        obj.new_token = None
        count += 1
    elif (value := data["new_token"]).__class__ is _INT and value in _ALLOWED_1:
        obj.new_token = value
    else:
        raise _not_one_of("1", value).at("new_token")
    if "tokens" not in data:
        obj.tokens = None
        count += 1
    else:
        value = data["tokens"]
        try:
            obj.tokens = _decode_list_of_ApiTokenResponseApiTokenTokensItem(value)
        except DecodeError as error:
            raise error.at("tokens") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_API_TOKEN_RESPONSE_API_TOKEN
        }
    return obj


def unstructure_api_token_response_api_token(obj: m.ApiTokenResponseApiToken) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.delete_token
    if value is not None:
        data["delete_token"] = value
    value = obj.new_token
    if value is not None:
        data["new_token"] = value
    value = obj.tokens
    if value is not None:
        data["tokens"] = [
            unstructure_api_token_response_api_token_tokens_item(item) for item in value
        ]
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_api_token_response_api_token_tokens_item(
    data: Any,
) -> m.ApiTokenResponseApiTokenTokensItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ApiTokenResponseApiTokenTokensItem)
    count = len(data)
    if count == 5:
        try:
            v_display_name = data["display_name"]
            v_last_used = data["last_used"]
            v_scopes = data["scopes"]
            v_token = data["token"]
            v_valid_for_ip = data["valid_for_ip"]
        except KeyError:
            pass
        else:
            if (
                (v_display_name.__class__ is str)
                and (v_last_used.__class__ is str)
                and (v_token.__class__ is str)
                and (v_valid_for_ip.__class__ is str)
            ):
                obj.display_name = v_display_name
                obj.last_used = v_last_used
                try:
                    obj.scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(v_scopes)
                except DecodeError as error:
                    raise error.at("scopes") from None
                obj.token = v_token
                obj.valid_for_ip = v_valid_for_ip
                obj.extra_fields = {}
                return obj
    if "display_name" not in data:
        obj.display_name = None
        count += 1
    elif (value := data["display_name"]).__class__ is str:
        obj.display_name = value
    else:
        raise _expected("a string", value).at("display_name")
    if "last_used" not in data:
        obj.last_used = None
        count += 1
    elif (value := data["last_used"]).__class__ is str:
        obj.last_used = value
    else:
        raise _expected("a string", value).at("last_used")
    if "scopes" not in data:
        obj.scopes = None
        count += 1
    else:
        value = data["scopes"]
        try:
            obj.scopes = _decode_list_of_one_of_admin_payments_read_and_2_more(value)
        except DecodeError as error:
            raise error.at("scopes") from None
    if "token" not in data:
        obj.token = None
        count += 1
    elif (value := data["token"]).__class__ is str:
        obj.token = value
    else:
        raise _expected("a string", value).at("token")
    if "valid_for_ip" not in data:
        obj.valid_for_ip = None
        count += 1
    elif (value := data["valid_for_ip"]).__class__ is str:
        obj.valid_for_ip = value
    else:
        raise _expected("a string", value).at("valid_for_ip")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_API_TOKEN_RESPONSE_API_TOKEN_TOKENS_ITEM
        }
    return obj


def unstructure_api_token_response_api_token_tokens_item(
    obj: m.ApiTokenResponseApiTokenTokensItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.display_name
    if value is not None:
        data["display_name"] = value
    value = obj.last_used
    if value is not None:
        data["last_used"] = value
    value = obj.scopes
    if value is not None:
        data["scopes"] = value
    value = obj.token
    if value is not None:
        data["token"] = value
    value = obj.valid_for_ip
    if value is not None:
        data["valid_for_ip"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.ApiTokenRequest: structure_api_token_request,
    m.ApiTokenResponse: structure_api_token_response,
    m.ApiTokenResponseApiToken: structure_api_token_response_api_token,
    m.ApiTokenResponseApiTokenTokensItem: structure_api_token_response_api_token_tokens_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.ApiTokenRequest: unstructure_api_token_request,
    m.ApiTokenResponse: unstructure_api_token_response,
    m.ApiTokenResponseApiToken: unstructure_api_token_response_api_token,
    m.ApiTokenResponseApiTokenTokensItem: unstructure_api_token_response_api_token_tokens_item,
}
