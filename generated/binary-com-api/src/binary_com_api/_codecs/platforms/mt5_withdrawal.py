"""Decoders and encoders of the models of the ``mt5_withdrawal`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_1 = frozenset({1})


_ALLOWED_mt5_withdrawal = frozenset({"mt5_withdrawal"})


_KEYS_MT5_WITHDRAWAL_REQUEST = frozenset(
    (
        "mt5_withdrawal",
        "amount",
        "from_mt5",
        "to_binary",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_WITHDRAWAL_RESPONSE = frozenset(
    (
        "mt5_withdrawal",
        "binary_transaction_id",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_mt5_withdrawal_request(data: Any) -> m.Mt5WithdrawalRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5WithdrawalRequest)
    count = len(data)
    try:
        value = data["mt5_withdrawal"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_withdrawal",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_withdrawal = value
    else:
        raise _not_one_of("1", value).at("mt5_withdrawal")
    try:
        value = data["amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    try:
        value = data["from_mt5"]
    except KeyError:
        raise DecodeError("required field is missing", ("from_mt5",)) from None
    if value.__class__ is str:
        obj.from_mt5 = value
    else:
        raise _expected("a string", value).at("from_mt5")
    try:
        value = data["to_binary"]
    except KeyError:
        raise DecodeError("required field is missing", ("to_binary",)) from None
    if value.__class__ is str:
        obj.to_binary = value
    else:
        raise _expected("a string", value).at("to_binary")
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
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_MT5_WITHDRAWAL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_withdrawal_request(obj: m.Mt5WithdrawalRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "mt5_withdrawal": obj.mt5_withdrawal,
        "amount": obj.amount,
        "from_mt5": obj.from_mt5,
        "to_binary": obj.to_binary,
    }
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


def structure_mt5_withdrawal_response(data: Any) -> m.Mt5WithdrawalResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5WithdrawalResponse)
    count = len(data)
    value = data.get("mt5_withdrawal", _MISSING)
    if value.__class__ is int:
        obj.mt5_withdrawal = value
    elif value is _MISSING:
        obj.mt5_withdrawal = None
        count += 1
    else:
        raise _expected("an integer", value).at("mt5_withdrawal")
    value = data.get("binary_transaction_id", _MISSING)
    if value.__class__ is int:
        obj.binary_transaction_id = value
    elif value is _MISSING:
        obj.binary_transaction_id = None
        count += 1
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_withdrawal:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_withdrawal'", value).at("msg_type")
    value = data.get("req_id", _MISSING)
    if value.__class__ is int:
        obj.req_id = value
    elif value is _MISSING:
        obj.req_id = None
        count += 1
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_MT5_WITHDRAWAL_RESPONSE}
    return obj


def unstructure_mt5_withdrawal_response(obj: m.Mt5WithdrawalResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_withdrawal
    if value is not None:
        data["mt5_withdrawal"] = value
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
    m.Mt5WithdrawalRequest: structure_mt5_withdrawal_request,
    m.Mt5WithdrawalResponse: structure_mt5_withdrawal_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5WithdrawalRequest: unstructure_mt5_withdrawal_request,
    m.Mt5WithdrawalResponse: unstructure_mt5_withdrawal_response,
}
