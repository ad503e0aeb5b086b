"""Decoders and encoders of the models of the calls of the account group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .. import models as m
from .._codec import (
    _decimal,
    _decimal_text,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
)
from ..errors import DecodeError

_KEYS_CURRENCY = frozenset(
    (
        "currency",
        "name",
        "can_deposit",
        "can_withdraw",
        "min_withdrawal",
    )
)


_KEYS_DEPOSIT = frozenset(
    (
        "deposit_id",
        "currency",
        "amount",
        "txid",
        "from",
        "to",
        "tag",
        "timestamp",
        "status",
    )
)


_KEYS_DEPOSIT_ADDRESS = frozenset(
    (
        "address",
        "currency",
        "tag",
        "payment_id",
        "memo",
    )
)


_KEYS_FUNDING_LEDGER_ENTRY = frozenset(
    (
        "ledger_id",
        "currency",
        "amount",
        "balance",
        "fee",
        "typename",
        "timestamp",
    )
)


_KEYS_TRANSFER_RESULT = frozenset(
    (
        "transfer_id",
        "currency",
        "from",
        "to",
        "amount",
        "result",
    )
)


_KEYS_WALLET = frozenset(
    (
        "currency",
        "balance",
        "hold",
        "available",
    )
)


_KEYS_WITHDRAWAL = frozenset(
    (
        "withdrawal_id",
        "currency",
        "amount",
        "fee",
        "txid",
        "from",
        "to",
        "timestamp",
        "status",
    )
)


_KEYS_WITHDRAWAL_FEE = frozenset(
    (
        "currency",
        "min_fee",
        "max_fee",
    )
)


_KEYS_WITHDRAWAL_RESULT = frozenset(
    (
        "withdrawal_id",
        "currency",
        "amount",
        "result",
    )
)


def _decode_decimal(value: Any) -> Decimal:
    value = _decimal(value)
    result: Decimal = value
    return result


def _decode_decimal_or_float(value: Any) -> float | Decimal:
    result: float | Decimal = _first_match(
        value,
        (
            _decode_decimal,
            _decode_float,
        ),
    )
    return result


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result


def _decode_float(value: Any) -> float:
    if value.__class__ is not float and value.__class__ is not int:
        raise _expected("a number", value)
    result: float = value
    return result


def _decode_int(value: Any) -> int:
    if value.__class__ is not int:
        raise _expected("an integer", value)
    result: int = value
    return result


def _decode_list_of_Currency(value: Any) -> list[m.Currency]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_currency(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_currency) from None


def _decode_list_of_Deposit(value: Any) -> list[m.Deposit]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_deposit(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_deposit) from None


def _decode_list_of_DepositAddress(value: Any) -> list[m.DepositAddress]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_deposit_address(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_deposit_address) from None


def _decode_list_of_FundingLedgerEntry(value: Any) -> list[m.FundingLedgerEntry]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_funding_ledger_entry(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_funding_ledger_entry) from None


def _decode_list_of_Wallet(value: Any) -> list[m.Wallet]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_wallet(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_wallet) from None


def _decode_list_of_Withdrawal(value: Any) -> list[m.Withdrawal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_withdrawal(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_withdrawal) from None


def _decode_list_of_WithdrawalFee(value: Any) -> list[m.WithdrawalFee]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_withdrawal_fee(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_withdrawal_fee) from None


def _decode_list_of_dict_of_any(value: Any) -> list[dict[str, Any]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_dict_of_any(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_dict_of_any) from None


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_int(value: Any) -> int | str:
    result: int | str = _first_match(
        value,
        (
            _decode_str,
            _decode_int,
        ),
    )
    return result


def structure_currency(data: Any) -> m.Currency:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Currency)
    count = len(data)
    if count == 5:
        try:
            v_currency = data["currency"]
            v_name = data["name"]
            v_can_deposit = data["can_deposit"]
            v_can_withdraw = data["can_withdraw"]
            v_min_withdrawal = data["min_withdrawal"]
        except KeyError:
            pass
        else:
            if (
                (v_currency.__class__ is str)
                and (v_name.__class__ is str)
                and (v_can_deposit.__class__ is str)
                and (v_can_withdraw.__class__ is str)
            ):
                obj.currency = v_currency
                obj.name = v_name
                obj.can_deposit = v_can_deposit
                obj.can_withdraw = v_can_withdraw
                try:
                    obj.min_withdrawal = _decimal(v_min_withdrawal)
                except DecodeError as error:
                    raise error.at("min_withdrawal") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "name" not in data:
        obj.name = None
        count += 1
    elif (value := data["name"]).__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    if "can_deposit" not in data:
        obj.can_deposit = None
        count += 1
    elif (value := data["can_deposit"]).__class__ is str:
        obj.can_deposit = value
    else:
        raise _expected("a string", value).at("can_deposit")
    if "can_withdraw" not in data:
        obj.can_withdraw = None
        count += 1
    elif (value := data["can_withdraw"]).__class__ is str:
        obj.can_withdraw = value
    else:
        raise _expected("a string", value).at("can_withdraw")
    if "min_withdrawal" not in data:
        obj.min_withdrawal = None
        count += 1
    else:
        value = data["min_withdrawal"]
        try:
            obj.min_withdrawal = _decimal(value)
        except DecodeError as error:
            raise error.at("min_withdrawal") from None
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CURRENCY}
    return obj


def unstructure_currency(obj: m.Currency) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.name
    if value is not None:
        data["name"] = value
    value = obj.can_deposit
    if value is not None:
        data["can_deposit"] = value
    value = obj.can_withdraw
    if value is not None:
        data["can_withdraw"] = value
    value = obj.min_withdrawal
    if value is not None:
        data["min_withdrawal"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_deposit(data: Any) -> m.Deposit:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Deposit)
    count = len(data)
    if count == 9:
        try:
            v_deposit_id = data["deposit_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_txid = data["txid"]
            v_from_ = data["from"]
            v_to = data["to"]
            v_tag = data["tag"]
            v_timestamp = data["timestamp"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (
                (v_currency.__class__ is str)
                and (v_txid.__class__ is str)
                and (v_from_.__class__ is str)
                and (v_to.__class__ is str)
                and (v_tag.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_status.__class__ is str)
            ):
                try:
                    obj.deposit_id = _decode_str_or_int(v_deposit_id)
                except DecodeError as error:
                    raise error.at("deposit_id") from None
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                obj.txid = v_txid
                obj.from_ = v_from_
                obj.to = v_to
                obj.tag = v_tag
                obj.timestamp = v_timestamp
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    if "deposit_id" not in data:
        obj.deposit_id = None
        count += 1
    else:
        value = data["deposit_id"]
        try:
            obj.deposit_id = _decode_str_or_int(value)
        except DecodeError as error:
            raise error.at("deposit_id") from None
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "txid" not in data:
        obj.txid = None
        count += 1
    elif (value := data["txid"]).__class__ is str:
        obj.txid = value
    else:
        raise _expected("a string", value).at("txid")
    if "from" not in data:
        obj.from_ = None
        count += 1
    elif (value := data["from"]).__class__ is str:
        obj.from_ = value
    else:
        raise _expected("a string", value).at("from")
    if "to" not in data:
        obj.to = None
        count += 1
    elif (value := data["to"]).__class__ is str:
        obj.to = value
    else:
        raise _expected("a string", value).at("to")
    if "tag" not in data:
        obj.tag = None
        count += 1
    elif (value := data["tag"]).__class__ is str:
        obj.tag = value
    else:
        raise _expected("a string", value).at("tag")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_DEPOSIT}
    return obj


def unstructure_deposit(obj: m.Deposit) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.deposit_id
    if value is not None:
        data["deposit_id"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.txid
    if value is not None:
        data["txid"] = value
    value = obj.from_
    if value is not None:
        data["from"] = value
    value = obj.to
    if value is not None:
        data["to"] = value
    value = obj.tag
    if value is not None:
        data["tag"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_deposit_address(data: Any) -> m.DepositAddress:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.DepositAddress)
    count = len(data)
    if count == 5:
        try:
            v_address = data["address"]
            v_currency = data["currency"]
            v_tag = data["tag"]
            v_payment_id = data["payment_id"]
            v_memo = data["memo"]
        except KeyError:
            pass
        else:
            if (
                (v_address.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_tag.__class__ is str)
                and (v_payment_id.__class__ is str)
                and (v_memo.__class__ is str)
            ):
                obj.address = v_address
                obj.currency = v_currency
                obj.tag = v_tag
                obj.payment_id = v_payment_id
                obj.memo = v_memo
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
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "tag" not in data:
        obj.tag = None
        count += 1
    elif (value := data["tag"]).__class__ is str:
        obj.tag = value
    else:
        raise _expected("a string", value).at("tag")
    if "payment_id" not in data:
        obj.payment_id = None
        count += 1
    elif (value := data["payment_id"]).__class__ is str:
        obj.payment_id = value
    else:
        raise _expected("a string", value).at("payment_id")
    if "memo" not in data:
        obj.memo = None
        count += 1
    elif (value := data["memo"]).__class__ is str:
        obj.memo = value
    else:
        raise _expected("a string", value).at("memo")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_DEPOSIT_ADDRESS}
    return obj


def unstructure_deposit_address(obj: m.DepositAddress) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"address": obj.address, "currency": obj.currency}
    value: Any
    value = obj.tag
    if value is not None:
        data["tag"] = value
    value = obj.payment_id
    if value is not None:
        data["payment_id"] = value
    value = obj.memo
    if value is not None:
        data["memo"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_funding_ledger_entry(data: Any) -> m.FundingLedgerEntry:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.FundingLedgerEntry)
    count = len(data)
    if count == 7:
        try:
            v_ledger_id = data["ledger_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_balance = data["balance"]
            v_fee = data["fee"]
            v_typename = data["typename"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_currency.__class__ is str)
                and (v_typename.__class__ is str)
                and (v_timestamp.__class__ is str)
            ):
                try:
                    obj.ledger_id = _decode_str_or_int(v_ledger_id)
                except DecodeError as error:
                    raise error.at("ledger_id") from None
                obj.currency = v_currency
                try:
                    obj.amount = _decode_decimal_or_float(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                try:
                    obj.balance = _decode_decimal_or_float(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.fee = _decode_decimal_or_float(v_fee)
                except DecodeError as error:
                    raise error.at("fee") from None
                obj.typename = v_typename
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["ledger_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("ledger_id",)) from None
    try:
        obj.ledger_id = _decode_str_or_int(value)
    except DecodeError as error:
        raise error.at("ledger_id") from None
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    else:
        value = data["fee"]
        try:
            obj.fee = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("fee") from None
    if "typename" not in data:
        obj.typename = None
        count += 1
    elif (value := data["typename"]).__class__ is str:
        obj.typename = value
    else:
        raise _expected("a string", value).at("typename")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FUNDING_LEDGER_ENTRY}
    return obj


def unstructure_funding_ledger_entry(obj: m.FundingLedgerEntry) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ledger_id": obj.ledger_id, "currency": obj.currency}
    value: Any
    value = obj.amount
    if value is not None:
        data["amount"] = _encode_any(value)
    value = obj.balance
    if value is not None:
        data["balance"] = _encode_any(value)
    value = obj.fee
    if value is not None:
        data["fee"] = _encode_any(value)
    value = obj.typename
    if value is not None:
        data["typename"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_transfer_result(data: Any) -> m.TransferResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransferResult)
    count = len(data)
    if count == 6:
        try:
            v_transfer_id = data["transfer_id"]
            v_currency = data["currency"]
            v_from_ = data["from"]
            v_to = data["to"]
            v_amount = data["amount"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_transfer_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_from_.__class__ is str)
                and (v_to.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.transfer_id = v_transfer_id
                obj.currency = v_currency
                obj.from_ = v_from_
                obj.to = v_to
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "transfer_id" not in data:
        obj.transfer_id = None
        count += 1
    elif (value := data["transfer_id"]).__class__ is str:
        obj.transfer_id = value
    else:
        raise _expected("a string", value).at("transfer_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "from" not in data:
        obj.from_ = None
        count += 1
    elif (value := data["from"]).__class__ is str:
        obj.from_ = value
    else:
        raise _expected("a string", value).at("from")
    if "to" not in data:
        obj.to = None
        count += 1
    elif (value := data["to"]).__class__ is str:
        obj.to = value
    else:
        raise _expected("a string", value).at("to")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TRANSFER_RESULT}
    return obj


def unstructure_transfer_result(obj: m.TransferResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.transfer_id
    if value is not None:
        data["transfer_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.from_
    if value is not None:
        data["from"] = value
    value = obj.to
    if value is not None:
        data["to"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_wallet(data: Any) -> m.Wallet:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Wallet)
    count = len(data)
    if count == 4:
        try:
            v_currency = data["currency"]
            v_balance = data["balance"]
            v_hold = data["hold"]
            v_available = data["available"]
        except KeyError:
            pass
        else:
            if v_currency.__class__ is str:
                obj.currency = v_currency
                try:
                    obj.balance = _decode_decimal_or_float(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.hold = _decode_decimal_or_float(v_hold)
                except DecodeError as error:
                    raise error.at("hold") from None
                try:
                    obj.available = _decode_decimal_or_float(v_available)
                except DecodeError as error:
                    raise error.at("available") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "hold" not in data:
        obj.hold = None
        count += 1
    else:
        value = data["hold"]
        try:
            obj.hold = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("hold") from None
    if "available" not in data:
        obj.available = None
        count += 1
    else:
        value = data["available"]
        try:
            obj.available = _decode_decimal_or_float(value)
        except DecodeError as error:
            raise error.at("available") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WALLET}
    return obj


def unstructure_wallet(obj: m.Wallet) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.balance
    if value is not None:
        data["balance"] = _encode_any(value)
    value = obj.hold
    if value is not None:
        data["hold"] = _encode_any(value)
    value = obj.available
    if value is not None:
        data["available"] = _encode_any(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_withdrawal(data: Any) -> m.Withdrawal:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Withdrawal)
    count = len(data)
    if count == 9:
        try:
            v_withdrawal_id = data["withdrawal_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_fee = data["fee"]
            v_txid = data["txid"]
            v_from_ = data["from"]
            v_to = data["to"]
            v_timestamp = data["timestamp"]
            v_status = data["status"]
        except KeyError:
            pass
        else:
            if (
                (v_withdrawal_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_fee.__class__ is str)
                and (v_txid.__class__ is str)
                and (v_from_.__class__ is str)
                and (v_to.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_status.__class__ is str)
            ):
                obj.withdrawal_id = v_withdrawal_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                obj.fee = v_fee
                obj.txid = v_txid
                obj.from_ = v_from_
                obj.to = v_to
                obj.timestamp = v_timestamp
                obj.status = v_status
                obj.extra_fields = {}
                return obj
    try:
        value = data["withdrawal_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("withdrawal_id",)) from None
    if value.__class__ is str:
        obj.withdrawal_id = value
    else:
        raise _expected("a string", value).at("withdrawal_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    elif (value := data["fee"]).__class__ is str:
        obj.fee = value
    else:
        raise _expected("a string", value).at("fee")
    if "txid" not in data:
        obj.txid = None
        count += 1
    elif (value := data["txid"]).__class__ is str:
        obj.txid = value
    else:
        raise _expected("a string", value).at("txid")
    if "from" not in data:
        obj.from_ = None
        count += 1
    elif (value := data["from"]).__class__ is str:
        obj.from_ = value
    else:
        raise _expected("a string", value).at("from")
    if "to" not in data:
        obj.to = None
        count += 1
    elif (value := data["to"]).__class__ is str:
        obj.to = value
    else:
        raise _expected("a string", value).at("to")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if count == 9:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WITHDRAWAL}
    return obj


def unstructure_withdrawal(obj: m.Withdrawal) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"withdrawal_id": obj.withdrawal_id}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.fee
    if value is not None:
        data["fee"] = value
    value = obj.txid
    if value is not None:
        data["txid"] = value
    value = obj.from_
    if value is not None:
        data["from"] = value
    value = obj.to
    if value is not None:
        data["to"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_withdrawal_fee(data: Any) -> m.WithdrawalFee:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WithdrawalFee)
    count = len(data)
    if count == 3:
        try:
            v_currency = data["currency"]
            v_min_fee = data["min_fee"]
            v_max_fee = data["max_fee"]
        except KeyError:
            pass
        else:
            if v_currency.__class__ is str:
                obj.currency = v_currency
                try:
                    obj.min_fee = _decimal(v_min_fee)
                except DecodeError as error:
                    raise error.at("min_fee") from None
                try:
                    obj.max_fee = _decimal(v_max_fee)
                except DecodeError as error:
                    raise error.at("max_fee") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "min_fee" not in data:
        obj.min_fee = None
        count += 1
    else:
        value = data["min_fee"]
        try:
            obj.min_fee = _decimal(value)
        except DecodeError as error:
            raise error.at("min_fee") from None
    if "max_fee" not in data:
        obj.max_fee = None
        count += 1
    else:
        value = data["max_fee"]
        try:
            obj.max_fee = _decimal(value)
        except DecodeError as error:
            raise error.at("max_fee") from None
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WITHDRAWAL_FEE}
    return obj


def unstructure_withdrawal_fee(obj: m.WithdrawalFee) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.min_fee
    if value is not None:
        data["min_fee"] = _decimal_text(value)
    value = obj.max_fee
    if value is not None:
        data["max_fee"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_withdrawal_result(data: Any) -> m.WithdrawalResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.WithdrawalResult)
    count = len(data)
    if count == 4:
        try:
            v_withdrawal_id = data["withdrawal_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_withdrawal_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.withdrawal_id = v_withdrawal_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "withdrawal_id" not in data:
        obj.withdrawal_id = None
        count += 1
    elif (value := data["withdrawal_id"]).__class__ is str:
        obj.withdrawal_id = value
    else:
        raise _expected("a string", value).at("withdrawal_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "amount" not in data:
        obj.amount = None
        count += 1
    else:
        value = data["amount"]
        try:
            obj.amount = _decimal(value)
        except DecodeError as error:
            raise error.at("amount") from None
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_WITHDRAWAL_RESULT}
    return obj


def unstructure_withdrawal_result(obj: m.WithdrawalResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.withdrawal_id
    if value is not None:
        data["withdrawal_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Currency: structure_currency,
    m.Deposit: structure_deposit,
    m.DepositAddress: structure_deposit_address,
    m.FundingLedgerEntry: structure_funding_ledger_entry,
    m.TransferResult: structure_transfer_result,
    m.Wallet: structure_wallet,
    m.Withdrawal: structure_withdrawal,
    m.WithdrawalFee: structure_withdrawal_fee,
    m.WithdrawalResult: structure_withdrawal_result,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Currency: unstructure_currency,
    m.Deposit: unstructure_deposit,
    m.DepositAddress: unstructure_deposit_address,
    m.FundingLedgerEntry: unstructure_funding_ledger_entry,
    m.TransferResult: unstructure_transfer_result,
    m.Wallet: unstructure_wallet,
    m.Withdrawal: unstructure_withdrawal,
    m.WithdrawalFee: unstructure_withdrawal_fee,
    m.WithdrawalResult: unstructure_withdrawal_result,
}
