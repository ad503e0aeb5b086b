"""Decoders and encoders of the models of the ``cashier`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_LOCKED = frozenset({"LOCKED"})


_ALLOWED_api_url = frozenset({"api", "url"})


_ALLOWED_cashier = frozenset({"cashier"})


_ALLOWED_crypto_doughflow = frozenset({"crypto", "doughflow"})


_ALLOWED_deposit_withdraw = frozenset({"deposit", "withdraw"})


_KEYS_CASHIER_REQUEST = frozenset(
    (
        "cashier",
        "address",
        "amount",
        "dry_run",
        "estimated_fee_unique_id",
        "provider",
        "type",
        "verification_code",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_CASHIER_RESPONSE = frozenset(
    (
        "cashier",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_CASHIER_RESPONSE_CASHIER_OPTION2 = frozenset(
    (
        "action",
        "deposit",
        "withdraw",
    )
)


_KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_DEPOSIT = frozenset(("address",))


_KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_WITHDRAW_OPTION1 = frozenset(
    (
        "id",
        "status_code",
        "status_message",
    )
)


_KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_WITHDRAW_OPTION2 = frozenset(("dry_run",))


def _decode_CashierResponseCashierOption2WithdrawOption1_or_CashierResponseCashierOption2WithdrawOption2(
    value: Any,
) -> (
    m.CashierResponseCashierOption2WithdrawOption1 | m.CashierResponseCashierOption2WithdrawOption2
):
    result: (
        m.CashierResponseCashierOption2WithdrawOption1
        | m.CashierResponseCashierOption2WithdrawOption2
    ) = _first_match(
        value,
        (
            structure_cashier_response_cashier_option2_withdraw_option1,
            structure_cashier_response_cashier_option2_withdraw_option2,
        ),
    )
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_CashierResponseCashierOption2(
    value: Any,
) -> str | m.CashierResponseCashierOption2:
    result: str | m.CashierResponseCashierOption2 = _first_match(
        value,
        (
            _decode_str,
            structure_cashier_response_cashier_option2,
        ),
    )
    return result


def structure_cashier_request(data: Any) -> m.CashierRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierRequest)
    count = len(data)
    try:
        value = data["cashier"]
    except KeyError:
        raise DecodeError("required field is missing", ("cashier",)) from None
    if value.__class__ is _STR and value in _ALLOWED_deposit_withdraw:
        obj.cashier = value
    else:
        raise _not_one_of("'deposit', 'withdraw'", value).at("cashier")
    value = data.get("address", _MISSING)
    if value.__class__ is str:
        obj.address = value
    elif value is _MISSING:
        obj.address = None
        count += 1
    else:
        raise _expected("a string", value).at("address")
    value = data.get("amount", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.amount = value
    elif value is _MISSING:
        obj.amount = None
        count += 1
    else:
        raise _expected("a number", value).at("amount")
    value = data.get("dry_run", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
    elif value is _MISSING:
        obj.dry_run = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("dry_run")
    value = data.get("estimated_fee_unique_id", _MISSING)
    if value.__class__ is str:
        obj.estimated_fee_unique_id = value
    elif value is _MISSING:
        obj.estimated_fee_unique_id = None
        count += 1
    else:
        raise _expected("a string", value).at("estimated_fee_unique_id")
    value = data.get("provider", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_crypto_doughflow:
        obj.provider = value
    elif value is _MISSING:
        obj.provider = None
        count += 1
    else:
        raise _not_one_of("'doughflow', 'crypto'", value).at("provider")
    value = data.get("type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_api_url:
        obj.type = value
    elif value is _MISSING:
        obj.type = None
        count += 1
    else:
        raise _not_one_of("'url', 'api'", value).at("type")
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
    if count != 11:
        unknown = sorted(key for key in data if key not in _KEYS_CASHIER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_cashier_request(obj: m.CashierRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"cashier": obj.cashier}
    value: Any
    value = obj.address
    if value is not None:
        data["address"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.dry_run
    if value is not None:
        data["dry_run"] = value
    value = obj.estimated_fee_unique_id
    if value is not None:
        data["estimated_fee_unique_id"] = value
    value = obj.provider
    if value is not None:
        data["provider"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
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


def structure_cashier_response(data: Any) -> m.CashierResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponse)
    count = len(data)
    value = data.get("cashier", _MISSING)
    if value is _MISSING:
        obj.cashier = None
        count += 1
    else:
        try:
            obj.cashier = _decode_str_or_CashierResponseCashierOption2(value)
        except DecodeError as error:
            raise error.at("cashier") from None
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
    if value.__class__ is _STR and value in _ALLOWED_cashier:
        obj.msg_type = value
    else:
        raise _not_one_of("'cashier'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CASHIER_RESPONSE}
    return obj


def unstructure_cashier_response(obj: m.CashierResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.cashier
    if value is not None:
        data["cashier"] = _encode_any(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_option2(data: Any) -> m.CashierResponseCashierOption2:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierOption2)
    count = len(data)
    try:
        value = data["action"]
    except KeyError:
        raise DecodeError("required field is missing", ("action",)) from None
    if value.__class__ is _STR and value in _ALLOWED_deposit_withdraw:
        obj.action = value
    else:
        raise _not_one_of("'deposit', 'withdraw'", value).at("action")
    value = data.get("deposit", _MISSING)
    if value is _MISSING:
        obj.deposit = None
        count += 1
    else:
        try:
            obj.deposit = structure_cashier_response_cashier_option2_deposit(value)
        except DecodeError as error:
            raise error.at("deposit") from None
    value = data.get("withdraw", _MISSING)
    if value is _MISSING:
        obj.withdraw = None
        count += 1
    else:
        try:
            obj.withdraw = _decode_CashierResponseCashierOption2WithdrawOption1_or_CashierResponseCashierOption2WithdrawOption2(
                value
            )
        except DecodeError as error:
            raise error.at("withdraw") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CASHIER_RESPONSE_CASHIER_OPTION2
        }
    return obj


def unstructure_cashier_response_cashier_option2(
    obj: m.CashierResponseCashierOption2,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"action": obj.action}
    value: Any
    value = obj.deposit
    if value is not None:
        data["deposit"] = unstructure_cashier_response_cashier_option2_deposit(value)
    value = obj.withdraw
    if value is not None:
        data["withdraw"] = _encode_any(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_option2_deposit(
    data: Any,
) -> m.CashierResponseCashierOption2Deposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierOption2Deposit)
    try:
        value = data["address"]
    except KeyError:
        raise DecodeError("required field is missing", ("address",)) from None
    if value.__class__ is str:
        obj.address = value
    else:
        raise _expected("a string", value).at("address")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_DEPOSIT
        }
    return obj


def unstructure_cashier_response_cashier_option2_deposit(
    obj: m.CashierResponseCashierOption2Deposit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"address": obj.address}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_option2_withdraw_option1(
    data: Any,
) -> m.CashierResponseCashierOption2WithdrawOption1:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierOption2WithdrawOption1)
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["status_code"]
    except KeyError:
        raise DecodeError("required field is missing", ("status_code",)) from None
    if value.__class__ is _STR and value in _ALLOWED_LOCKED:
        obj.status_code = value
    else:
        raise _not_one_of("'LOCKED'", value).at("status_code")
    try:
        value = data["status_message"]
    except KeyError:
        raise DecodeError("required field is missing", ("status_message",)) from None
    if value.__class__ is str:
        obj.status_message = value
    else:
        raise _expected("a string", value).at("status_message")
    if len(data) == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_WITHDRAW_OPTION1
        }
    return obj


def unstructure_cashier_response_cashier_option2_withdraw_option1(
    obj: m.CashierResponseCashierOption2WithdrawOption1,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "id": obj.id,
        "status_code": obj.status_code,
        "status_message": obj.status_message,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_option2_withdraw_option2(
    data: Any,
) -> m.CashierResponseCashierOption2WithdrawOption2:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierOption2WithdrawOption2)
    try:
        value = data["dry_run"]
    except KeyError:
        raise DecodeError("required field is missing", ("dry_run",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.dry_run = value
    else:
        raise _not_one_of("1", value).at("dry_run")
    if len(data) == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CASHIER_RESPONSE_CASHIER_OPTION2_WITHDRAW_OPTION2
        }
    return obj


def unstructure_cashier_response_cashier_option2_withdraw_option2(
    obj: m.CashierResponseCashierOption2WithdrawOption2,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"dry_run": obj.dry_run}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CashierRequest: structure_cashier_request,
    m.CashierResponse: structure_cashier_response,
    m.CashierResponseCashierOption2: structure_cashier_response_cashier_option2,
    m.CashierResponseCashierOption2Deposit: structure_cashier_response_cashier_option2_deposit,
    m.CashierResponseCashierOption2WithdrawOption1: structure_cashier_response_cashier_option2_withdraw_option1,
    m.CashierResponseCashierOption2WithdrawOption2: structure_cashier_response_cashier_option2_withdraw_option2,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CashierRequest: unstructure_cashier_request,
    m.CashierResponse: unstructure_cashier_response,
    m.CashierResponseCashierOption2: unstructure_cashier_response_cashier_option2,
    m.CashierResponseCashierOption2Deposit: unstructure_cashier_response_cashier_option2_deposit,
    m.CashierResponseCashierOption2WithdrawOption1: unstructure_cashier_response_cashier_option2_withdraw_option1,
    m.CashierResponseCashierOption2WithdrawOption2: unstructure_cashier_response_cashier_option2_withdraw_option2,
}
