"""Decoders and encoders of the models of the ``payout_currencies`` call (market group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_payout_currencies = frozenset({"payout_currencies"})


_KEYS_PAYOUT_CURRENCIES_REQUEST = frozenset(
    (
        "payout_currencies",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYOUT_CURRENCIES_RESPONSE = frozenset(
    (
        "payout_currencies",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


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


def structure_payout_currencies_request(data: Any) -> m.PayoutCurrenciesRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PayoutCurrenciesRequest)
    count = len(data)
    if count == 4:
        try:
            v_payout_currencies = data["payout_currencies"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_payout_currencies.__class__ is _INT and v_payout_currencies in _ALLOWED_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.payout_currencies = v_payout_currencies
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["payout_currencies"]
    except KeyError:
        raise DecodeError("required field is missing", ("payout_currencies",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.payout_currencies = value
    else:
        raise _not_one_of("1", value).at("payout_currencies")
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
        unknown = sorted(key for key in data if key not in _KEYS_PAYOUT_CURRENCIES_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_payout_currencies_request(obj: m.PayoutCurrenciesRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"payout_currencies": obj.payout_currencies}
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


def structure_payout_currencies_response(data: Any) -> m.PayoutCurrenciesResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PayoutCurrenciesResponse)
    count = len(data)
    if count == 4:
        try:
            v_payout_currencies = data["payout_currencies"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_payout_currencies)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.payout_currencies = _decode_list_of_str(v_payout_currencies)
                except DecodeError as error:
                    raise error.at("payout_currencies") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "payout_currencies" not in data:
        obj.payout_currencies = None
        count += 1
    else:
        value = data["payout_currencies"]
        try:
            obj.payout_currencies = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("payout_currencies") from None
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
    if value.__class__ is _STR and value in _ALLOWED_payout_currencies:
        obj.msg_type = value
    else:
        raise _not_one_of("'payout_currencies'", value).at("msg_type")
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
            k: v for k, v in data.items() if k not in _KEYS_PAYOUT_CURRENCIES_RESPONSE
        }
    return obj


def unstructure_payout_currencies_response(obj: m.PayoutCurrenciesResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.payout_currencies
    if value is not None:
        data["payout_currencies"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PayoutCurrenciesRequest: structure_payout_currencies_request,
    m.PayoutCurrenciesResponse: structure_payout_currencies_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PayoutCurrenciesRequest: unstructure_payout_currencies_request,
    m.PayoutCurrenciesResponse: unstructure_payout_currencies_response,
}
