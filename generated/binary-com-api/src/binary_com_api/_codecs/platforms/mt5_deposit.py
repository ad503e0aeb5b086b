"""Decoders and encoders of the models of the ``mt5_deposit`` call (platforms group).

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


_ALLOWED_mt5_deposit = frozenset({"mt5_deposit"})


_KEYS_MT5_DEPOSIT_REQUEST = frozenset(
    (
        "mt5_deposit",
        "amount",
        "from_binary",
        "to_mt5",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_DEPOSIT_RESPONSE = frozenset(
    (
        "mt5_deposit",
        "binary_transaction_id",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_mt5_deposit_request(data: Any) -> m.Mt5DepositRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5DepositRequest)
    count = len(data)
    if count == 7:
        try:
            v_mt5_deposit = data["mt5_deposit"]
            v_amount = data["amount"]
            v_from_binary = data["from_binary"]
            v_to_mt5 = data["to_mt5"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_deposit.__class__ is _INT and v_mt5_deposit in _ALLOWED_1)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_from_binary.__class__ is str)
                and (v_to_mt5.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_deposit = v_mt5_deposit
                obj.amount = v_amount
                obj.from_binary = v_from_binary
                obj.to_mt5 = v_to_mt5
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["mt5_deposit"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_deposit",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_deposit = value
    else:
        raise _not_one_of("1", value).at("mt5_deposit")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "from_binary" not in data:
        obj.from_binary = None
        count += 1
    elif (value := data["from_binary"]).__class__ is str:
        obj.from_binary = value
    else:
        raise _expected("a string", value).at("from_binary")
    try:
        value = data["to_mt5"]
    except KeyError:
        raise DecodeError("required field is missing", ("to_mt5",)) from None
    if value.__class__ is str:
        obj.to_mt5 = value
    else:
        raise _expected("a string", value).at("to_mt5")
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_MT5_DEPOSIT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_deposit_request(obj: m.Mt5DepositRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"mt5_deposit": obj.mt5_deposit, "to_mt5": obj.to_mt5}
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.from_binary
    if value is not None:
        data["from_binary"] = value
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


def structure_mt5_deposit_response(data: Any) -> m.Mt5DepositResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5DepositResponse)
    count = len(data)
    if count == 5:
        try:
            v_mt5_deposit = data["mt5_deposit"]
            v_binary_transaction_id = data["binary_transaction_id"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_deposit.__class__ is int)
                and (v_binary_transaction_id.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_deposit)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_deposit = v_mt5_deposit
                obj.binary_transaction_id = v_binary_transaction_id
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_deposit" not in data:
        obj.mt5_deposit = None
        count += 1
    elif (value := data["mt5_deposit"]).__class__ is int:
        obj.mt5_deposit = value
    else:
        raise _expected("an integer", value).at("mt5_deposit")
    if "binary_transaction_id" not in data:
        obj.binary_transaction_id = None
        count += 1
    elif (value := data["binary_transaction_id"]).__class__ is int:
        obj.binary_transaction_id = value
    else:
        raise _expected("an integer", value).at("binary_transaction_id")
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_deposit:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_deposit'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_MT5_DEPOSIT_RESPONSE}
    return obj


def unstructure_mt5_deposit_response(obj: m.Mt5DepositResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_deposit
    if value is not None:
        data["mt5_deposit"] = value
    value = obj.binary_transaction_id
    if value is not None:
        data["binary_transaction_id"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5DepositRequest: structure_mt5_deposit_request,
    m.Mt5DepositResponse: structure_mt5_deposit_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5DepositRequest: unstructure_mt5_deposit_request,
    m.Mt5DepositResponse: unstructure_mt5_deposit_response,
}
