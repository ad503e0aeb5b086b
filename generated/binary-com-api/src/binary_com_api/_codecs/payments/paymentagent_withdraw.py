"""Decoders and encoders of the models of the ``paymentagent_withdraw`` call (payments group).

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


_ALLOWED_1_2 = frozenset({1, 2})


_ALLOWED_paymentagent_withdraw = frozenset({"paymentagent_withdraw"})


_KEYS_PAYMENTAGENT_WITHDRAW_REQUEST = frozenset(
    (
        "paymentagent_withdraw",
        "amount",
        "currency",
        "description",
        "dry_run",
        "paymentagent_loginid",
        "verification_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_PAYMENTAGENT_WITHDRAW_RESPONSE = frozenset(
    (
        "paymentagent_withdraw",
        "paymentagent_name",
        "transaction_id",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


def structure_paymentagent_withdraw_request(data: Any) -> m.PaymentagentWithdrawRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentWithdrawRequest)
    count = len(data)
    if count == 10:
        try:
            v_paymentagent_withdraw = data["paymentagent_withdraw"]
            v_amount = data["amount"]
            v_currency = data["currency"]
            v_description = data["description"]
            v_dry_run = data["dry_run"]
            v_paymentagent_loginid = data["paymentagent_loginid"]
            v_verification_code = data["verification_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_paymentagent_withdraw.__class__ is _INT
                    and v_paymentagent_withdraw in _ALLOWED_1
                )
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and (v_description.__class__ is str)
                and (v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_0_1)
                and (v_paymentagent_loginid.__class__ is str)
                and (v_verification_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_withdraw = v_paymentagent_withdraw
                obj.amount = v_amount
                obj.currency = v_currency
                obj.description = v_description
                obj.dry_run = v_dry_run
                obj.paymentagent_loginid = v_paymentagent_loginid
                obj.verification_code = v_verification_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["paymentagent_withdraw"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_withdraw",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.paymentagent_withdraw = value
    else:
        raise _not_one_of("1", value).at("paymentagent_withdraw")
    try:
        value = data["amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "description" not in data:
        obj.description = None
        count += 1
    elif (value := data["description"]).__class__ is str:
        obj.description = value
    else:
        raise _expected("a string", value).at("description")
    if "dry_run" not in data:
        obj.dry_run = None
        count += 1
    elif (value := data["dry_run"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
    else:
        raise _not_one_of("0, 1", value).at("dry_run")
    try:
        value = data["paymentagent_loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("paymentagent_loginid",)) from None
    if value.__class__ is str:
        obj.paymentagent_loginid = value
    else:
        raise _expected("a string", value).at("paymentagent_loginid")
    try:
        value = data["verification_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("verification_code",)) from None
    if value.__class__ is str:
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
    if count != 10:
        unknown = sorted(key for key in data if key not in _KEYS_PAYMENTAGENT_WITHDRAW_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_paymentagent_withdraw_request(obj: m.PaymentagentWithdrawRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "paymentagent_withdraw": obj.paymentagent_withdraw,
        "amount": obj.amount,
        "currency": obj.currency,
        "paymentagent_loginid": obj.paymentagent_loginid,
        "verification_code": obj.verification_code,
    }
    value: Any
    value = obj.description
    if value is not None:
        data["description"] = value
    value = obj.dry_run
    if value is not None:
        data["dry_run"] = value
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


def structure_paymentagent_withdraw_response(data: Any) -> m.PaymentagentWithdrawResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PaymentagentWithdrawResponse)
    count = len(data)
    if count == 6:
        try:
            v_paymentagent_withdraw = data["paymentagent_withdraw"]
            v_paymentagent_name = data["paymentagent_name"]
            v_transaction_id = data["transaction_id"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_paymentagent_withdraw.__class__ is _INT
                    and v_paymentagent_withdraw in _ALLOWED_1_2
                )
                and (v_paymentagent_name.__class__ is str)
                and (v_transaction_id.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_paymentagent_withdraw)
                and (v_req_id.__class__ is int)
            ):
                obj.paymentagent_withdraw = v_paymentagent_withdraw
                obj.paymentagent_name = v_paymentagent_name
                obj.transaction_id = v_transaction_id
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "paymentagent_withdraw" not in data:
        obj.paymentagent_withdraw = None
        count += 1
    elif (value := data["paymentagent_withdraw"]).__class__ is _INT and value in _ALLOWED_1_2:
        obj.paymentagent_withdraw = value
    else:
        raise _not_one_of("1, 2", value).at("paymentagent_withdraw")
    if "paymentagent_name" not in data:
        obj.paymentagent_name = None
        count += 1
    elif (value := data["paymentagent_name"]).__class__ is str:
        obj.paymentagent_name = value
    else:
        raise _expected("a string", value).at("paymentagent_name")
    if "transaction_id" not in data:
        obj.transaction_id = None
        count += 1
    elif (value := data["transaction_id"]).__class__ is int:
        obj.transaction_id = value
    else:
        raise _expected("an integer", value).at("transaction_id")
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
    if value.__class__ is _STR and value in _ALLOWED_paymentagent_withdraw:
        obj.msg_type = value
    else:
        raise _not_one_of("'paymentagent_withdraw'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_PAYMENTAGENT_WITHDRAW_RESPONSE
        }
    return obj


def unstructure_paymentagent_withdraw_response(
    obj: m.PaymentagentWithdrawResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.paymentagent_withdraw
    if value is not None:
        data["paymentagent_withdraw"] = value
    value = obj.paymentagent_name
    if value is not None:
        data["paymentagent_name"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.PaymentagentWithdrawRequest: structure_paymentagent_withdraw_request,
    m.PaymentagentWithdrawResponse: structure_paymentagent_withdraw_response,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.PaymentagentWithdrawRequest: unstructure_paymentagent_withdraw_request,
    m.PaymentagentWithdrawResponse: unstructure_paymentagent_withdraw_response,
}
