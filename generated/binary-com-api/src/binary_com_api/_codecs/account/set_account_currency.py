"""Decoders and encoders of the models of the ``set_account_currency`` call (account group).

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


_ALLOWED_set_account_currency = frozenset({"set_account_currency"})


_KEYS_SET_ACCOUNT_CURRENCY_REQUEST = frozenset(
    (
        "set_account_currency",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_SET_ACCOUNT_CURRENCY_RESPONSE = frozenset(
    (
        "set_account_currency",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_set_account_currency_request(data: Any) -> m.SetAccountCurrencyRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetAccountCurrencyRequest)
    count = len(data)
    if count == 4:
        try:
            v_set_account_currency = data["set_account_currency"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_set_account_currency.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.set_account_currency = v_set_account_currency
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["set_account_currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("set_account_currency",)) from None
    if value.__class__ is str:
        obj.set_account_currency = value
    else:
        raise _expected("a string", value).at("set_account_currency")
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
        unknown = sorted(key for key in data if key not in _KEYS_SET_ACCOUNT_CURRENCY_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_set_account_currency_request(obj: m.SetAccountCurrencyRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"set_account_currency": obj.set_account_currency}
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


def structure_set_account_currency_response(data: Any) -> m.SetAccountCurrencyResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SetAccountCurrencyResponse)
    count = len(data)
    if count == 4:
        try:
            v_set_account_currency = data["set_account_currency"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_set_account_currency.__class__ is _INT
                    and v_set_account_currency in _ALLOWED_0_1
                )
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_set_account_currency)
                and (v_req_id.__class__ is int)
            ):
                obj.set_account_currency = v_set_account_currency
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "set_account_currency" not in data:
        obj.set_account_currency = None
        count += 1
    elif (value := data["set_account_currency"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.set_account_currency = value
    else:
        raise _not_one_of("0, 1", value).at("set_account_currency")
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
    if value.__class__ is _STR and value in _ALLOWED_set_account_currency:
        obj.msg_type = value
    else:
        raise _not_one_of("'set_account_currency'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_SET_ACCOUNT_CURRENCY_RESPONSE
        }
    return obj


def unstructure_set_account_currency_response(obj: m.SetAccountCurrencyResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.set_account_currency
    if value is not None:
        data["set_account_currency"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.SetAccountCurrencyRequest: structure_set_account_currency_request,
    m.SetAccountCurrencyResponse: structure_set_account_currency_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.SetAccountCurrencyRequest: unstructure_set_account_currency_request,
    m.SetAccountCurrencyResponse: unstructure_set_account_currency_response,
}
