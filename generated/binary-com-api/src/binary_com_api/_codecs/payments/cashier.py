"""Decoders and encoders of the models of the ``cashier`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _encode_any, _expected, _first_match, _new, _not_one_of
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


_KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION = frozenset(
    (
        "action",
        "deposit",
        "withdraw",
    )
)


_KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_DEPOSIT = frozenset(("address",))


_KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_WITHDRAW_LOCKED = frozenset(
    (
        "id",
        "status_code",
        "status_message",
    )
)


_KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_WITHDRAW_WITH_DRY_RUN = frozenset(("dry_run",))


def _decode_CashierResponseCashierWithActionWithdrawLocked_or_CashierResponseCashierWithActionWithdrawWithDryRun(
    value: Any,
) -> (
    m.CashierResponseCashierWithActionWithdrawLocked
    | m.CashierResponseCashierWithActionWithdrawWithDryRun
):
    result: (
        m.CashierResponseCashierWithActionWithdrawLocked
        | m.CashierResponseCashierWithActionWithdrawWithDryRun
    ) = _first_match(
        value,
        (
            structure_cashier_response_cashier_with_action_withdraw_locked,
            structure_cashier_response_cashier_with_action_withdraw_with_dry_run,
        ),
    )
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_CashierResponseCashierWithAction(
    value: Any,
) -> str | m.CashierResponseCashierWithAction:
    result: str | m.CashierResponseCashierWithAction = _first_match(
        value,
        (
            _decode_str,
            structure_cashier_response_cashier_with_action,
        ),
    )
    return result


def structure_cashier_request(data: Any) -> m.CashierRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierRequest)
    count = len(data)
    if count == 11:
        try:
            v_cashier = data["cashier"]
            v_address = data["address"]
            v_amount = data["amount"]
            v_dry_run = data["dry_run"]
            v_estimated_fee_unique_id = data["estimated_fee_unique_id"]
            v_provider = data["provider"]
            v_type = data["type"]
            v_verification_code = data["verification_code"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_cashier.__class__ is _STR and v_cashier in _ALLOWED_deposit_withdraw)
                and (v_address.__class__ is str)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_0_1)
                and (v_estimated_fee_unique_id.__class__ is str)
                and (v_provider.__class__ is _STR and v_provider in _ALLOWED_crypto_doughflow)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_api_url)
                and (v_verification_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.cashier = v_cashier
                obj.address = v_address
                obj.amount = v_amount
                obj.dry_run = v_dry_run
                obj.estimated_fee_unique_id = v_estimated_fee_unique_id
                obj.provider = v_provider
                obj.type = v_type
                obj.verification_code = v_verification_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["cashier"]
    except KeyError:
        raise DecodeError("required field is missing", ("cashier",)) from None
    if value.__class__ is _STR and value in _ALLOWED_deposit_withdraw:
        obj.cashier = value
    else:
        raise _not_one_of("'deposit', 'withdraw'", value).at("cashier")
    if "address" not in data:
        obj.address = None
        count += 1
    elif (value := data["address"]).__class__ is str:
        obj.address = value
    else:
        raise _expected("a string", value).at("address")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "dry_run" not in data:
        obj.dry_run = None
        count += 1
    elif (value := data["dry_run"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
    else:
        raise _not_one_of("0, 1", value).at("dry_run")
    if "estimated_fee_unique_id" not in data:
        obj.estimated_fee_unique_id = None
        count += 1
    elif (value := data["estimated_fee_unique_id"]).__class__ is str:
        obj.estimated_fee_unique_id = value
    else:
        raise _expected("a string", value).at("estimated_fee_unique_id")
    if "provider" not in data:
        obj.provider = None
        count += 1
    elif (value := data["provider"]).__class__ is _STR and value in _ALLOWED_crypto_doughflow:
        obj.provider = value
    else:
        raise _not_one_of("'doughflow', 'crypto'", value).at("provider")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_api_url:
        obj.type = value
    else:
        raise _not_one_of("'url', 'api'", value).at("type")
    if "verification_code" not in data:
        obj.verification_code = None
        count += 1
    elif (value := data["verification_code"]).__class__ is str:
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
    if count == 4:
        try:
            v_cashier = data["cashier"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_cashier)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.cashier = _decode_str_or_CashierResponseCashierWithAction(v_cashier)
                except DecodeError as error:
                    raise error.at("cashier") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "cashier" not in data:
        obj.cashier = None
        count += 1
    else:
        value = data["cashier"]
        try:
            obj.cashier = _decode_str_or_CashierResponseCashierWithAction(value)
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


def structure_cashier_response_cashier_with_action(data: Any) -> m.CashierResponseCashierWithAction:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierWithAction)
    count = len(data)
    if count == 3:
        try:
            v_action = data["action"]
            v_deposit = data["deposit"]
            v_withdraw = data["withdraw"]
        except KeyError:
            pass
        else:
            if v_action.__class__ is _STR and v_action in _ALLOWED_deposit_withdraw:
                obj.action = v_action
                try:
                    obj.deposit = structure_cashier_response_cashier_with_action_deposit(v_deposit)
                except DecodeError as error:
                    raise error.at("deposit") from None
                try:
                    obj.withdraw = _decode_CashierResponseCashierWithActionWithdrawLocked_or_CashierResponseCashierWithActionWithdrawWithDryRun(
                        v_withdraw
                    )
                except DecodeError as error:
                    raise error.at("withdraw") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["action"]
    except KeyError:
        raise DecodeError("required field is missing", ("action",)) from None
    if value.__class__ is _STR and value in _ALLOWED_deposit_withdraw:
        obj.action = value
    else:
        raise _not_one_of("'deposit', 'withdraw'", value).at("action")
    if "deposit" not in data:
        obj.deposit = None
        count += 1
    else:
        value = data["deposit"]
        try:
            obj.deposit = structure_cashier_response_cashier_with_action_deposit(value)
        except DecodeError as error:
            raise error.at("deposit") from None
    if "withdraw" not in data:
        obj.withdraw = None
        count += 1
    else:
        value = data["withdraw"]
        try:
            obj.withdraw = _decode_CashierResponseCashierWithActionWithdrawLocked_or_CashierResponseCashierWithActionWithdrawWithDryRun(
                value
            )
        except DecodeError as error:
            raise error.at("withdraw") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION
        }
    return obj


def unstructure_cashier_response_cashier_with_action(
    obj: m.CashierResponseCashierWithAction,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"action": obj.action}
    value: Any
    value = obj.deposit
    if value is not None:
        data["deposit"] = unstructure_cashier_response_cashier_with_action_deposit(value)
    value = obj.withdraw
    if value is not None:
        data["withdraw"] = _encode_any(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_with_action_deposit(
    data: Any,
) -> m.CashierResponseCashierWithActionDeposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierWithActionDeposit)
    count = len(data)
    if count == 1:
        try:
            v_address = data["address"]
        except KeyError:
            pass
        else:
            if v_address.__class__ is str:
                obj.address = v_address
                obj.extra_fields = {}
                return obj
    try:
        value = data["address"]
    except KeyError:
        raise DecodeError("required field is missing", ("address",)) from None
    if value.__class__ is str:
        obj.address = value
    else:
        raise _expected("a string", value).at("address")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_DEPOSIT
        }
    return obj


def unstructure_cashier_response_cashier_with_action_deposit(
    obj: m.CashierResponseCashierWithActionDeposit,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"address": obj.address}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cashier_response_cashier_with_action_withdraw_locked(
    data: Any,
) -> m.CashierResponseCashierWithActionWithdrawLocked:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierWithActionWithdrawLocked)
    count = len(data)
    if count == 3:
        try:
            v_id = data["id"]
            v_status_code = data["status_code"]
            v_status_message = data["status_message"]
        except KeyError:
            pass
        else:
            if (
                (v_id.__class__ is str)
                and (v_status_code.__class__ is _STR and v_status_code in _ALLOWED_LOCKED)
                and (v_status_message.__class__ is str)
            ):
                obj.id = v_id
                obj.status_code = v_status_code
                obj.status_message = v_status_message
                obj.extra_fields = {}
                return obj
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
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_WITHDRAW_LOCKED
        }
    return obj


def unstructure_cashier_response_cashier_with_action_withdraw_locked(
    obj: m.CashierResponseCashierWithActionWithdrawLocked,
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


def structure_cashier_response_cashier_with_action_withdraw_with_dry_run(
    data: Any,
) -> m.CashierResponseCashierWithActionWithdrawWithDryRun:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CashierResponseCashierWithActionWithdrawWithDryRun)
    count = len(data)
    if count == 1:
        try:
            v_dry_run = data["dry_run"]
        except KeyError:
            pass
        else:
            if v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_1:
                obj.dry_run = v_dry_run
                obj.extra_fields = {}
                return obj
    try:
        value = data["dry_run"]
    except KeyError:
        raise DecodeError("required field is missing", ("dry_run",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.dry_run = value
    else:
        raise _not_one_of("1", value).at("dry_run")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_CASHIER_RESPONSE_CASHIER_WITH_ACTION_WITHDRAW_WITH_DRY_RUN
        }
    return obj


def unstructure_cashier_response_cashier_with_action_withdraw_with_dry_run(
    obj: m.CashierResponseCashierWithActionWithdrawWithDryRun,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"dry_run": obj.dry_run}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.CashierRequest: structure_cashier_request,
    m.CashierResponse: structure_cashier_response,
    m.CashierResponseCashierWithAction: structure_cashier_response_cashier_with_action,
    m.CashierResponseCashierWithActionDeposit: structure_cashier_response_cashier_with_action_deposit,
    m.CashierResponseCashierWithActionWithdrawLocked: structure_cashier_response_cashier_with_action_withdraw_locked,
    m.CashierResponseCashierWithActionWithdrawWithDryRun: structure_cashier_response_cashier_with_action_withdraw_with_dry_run,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.CashierRequest: unstructure_cashier_request,
    m.CashierResponse: unstructure_cashier_response,
    m.CashierResponseCashierWithAction: unstructure_cashier_response_cashier_with_action,
    m.CashierResponseCashierWithActionDeposit: unstructure_cashier_response_cashier_with_action_deposit,
    m.CashierResponseCashierWithActionWithdrawLocked: unstructure_cashier_response_cashier_with_action_withdraw_locked,
    m.CashierResponseCashierWithActionWithdrawWithDryRun: unstructure_cashier_response_cashier_with_action_withdraw_with_dry_run,
}
