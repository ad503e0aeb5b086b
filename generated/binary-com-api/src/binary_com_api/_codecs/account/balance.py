"""Decoders and encoders of the models of the ``balance`` call (account group).

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


_ALLOWED_balance = frozenset({"balance"})


_ALLOWED_deriv_mt5 = frozenset({"deriv", "mt5"})


_KEYS_BALANCE_REQUEST = frozenset(
    (
        "balance",
        "account",
        "subscribe",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_BALANCE_RESPONSE = frozenset(
    (
        "balance",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE = frozenset(
    (
        "balance",
        "accounts",
        "currency",
        "id",
        "loginid",
        "total",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_ACCOUNTS_VALUE = frozenset(
    (
        "balance",
        "converted_amount",
        "currency",
        "demo_account",
        "status",
        "type",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_TOTAL = frozenset(
    (
        "deriv",
        "deriv_demo",
        "mt5",
        "mt5_demo",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_DERIV = frozenset(
    (
        "amount",
        "currency",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_DERIV_DEMO = frozenset(
    (
        "amount",
        "currency",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_MT5 = frozenset(
    (
        "amount",
        "currency",
    )
)


_KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_MT5_DEMO = frozenset(
    (
        "amount",
        "currency",
    )
)


_KEYS_BALANCE_RESPONSE_SUBSCRIPTION = frozenset(("id",))


def _decode_dict_of_BalanceResponseBalanceAccountsValue(
    value: Any,
) -> dict[str, m.BalanceResponseBalanceAccountsValue]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = structure_balance_response_balance_accounts_value(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def structure_balance_request(data: Any) -> m.BalanceRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceRequest)
    count = len(data)
    if count == 6:
        try:
            v_balance = data["balance"]
            v_account = data["account"]
            v_subscribe = data["subscribe"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_balance.__class__ is _INT and v_balance in _ALLOWED_1)
                and (v_account.__class__ is str)
                and (v_subscribe.__class__ is _INT and v_subscribe in _ALLOWED_0_1)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.balance = v_balance
                obj.account = v_account
                obj.subscribe = v_subscribe
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.balance = value
    else:
        raise _not_one_of("1", value).at("balance")
    if "account" not in data:
        obj.account = None
        count += 1
    elif (value := data["account"]).__class__ is str:
        obj.account = value
    else:
        raise _expected("a string", value).at("account")
    if "subscribe" not in data:
        obj.subscribe = None
        count += 1
    elif (value := data["subscribe"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.subscribe = value
    else:
        raise _not_one_of("0, 1", value).at("subscribe")
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
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_BALANCE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_balance_request(obj: m.BalanceRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"balance": obj.balance}
    value: Any
    value = obj.account
    if value is not None:
        data["account"] = value
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
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


def structure_balance_response(data: Any) -> m.BalanceResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponse)
    count = len(data)
    if count == 5:
        try:
            v_balance = data["balance"]
            v_subscription = data["subscription"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_balance)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.balance = structure_balance_response_balance(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.subscription = structure_balance_response_subscription(v_subscription)
                except DecodeError as error:
                    raise error.at("subscription") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = structure_balance_response_balance(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "subscription" not in data:
        obj.subscription = None
        count += 1
    else:
        value = data["subscription"]
        try:
            obj.subscription = structure_balance_response_subscription(value)
        except DecodeError as error:
            raise error.at("subscription") from None
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
    if value.__class__ is _STR and value in _ALLOWED_balance:
        obj.msg_type = value
    else:
        raise _not_one_of("'balance'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE}
    return obj


def unstructure_balance_response(obj: m.BalanceResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.balance
    if value is not None:
        data["balance"] = unstructure_balance_response_balance(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_balance_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance(data: Any) -> m.BalanceResponseBalance:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalance)
    count = len(data)
    if count == 6:
        try:
            v_balance = data["balance"]
            v_accounts = data["accounts"]
            v_currency = data["currency"]
            v_id = data["id"]
            v_loginid = data["loginid"]
            v_total = data["total"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and (v_id.__class__ is str)
                and (v_loginid.__class__ is str)
            ):
                obj.balance = v_balance
                try:
                    obj.accounts = _decode_dict_of_BalanceResponseBalanceAccountsValue(v_accounts)
                except DecodeError as error:
                    raise error.at("accounts") from None
                obj.currency = v_currency
                obj.id = v_id
                obj.loginid = v_loginid
                try:
                    obj.total = structure_balance_response_balance_total(v_total)
                except DecodeError as error:
                    raise error.at("total") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    if "accounts" not in data:
        obj.accounts = None
        count += 1
    else:
        value = data["accounts"]
        try:
            obj.accounts = _decode_dict_of_BalanceResponseBalanceAccountsValue(value)
        except DecodeError as error:
            raise error.at("accounts") from None
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["loginid"]
    except KeyError:
        raise DecodeError("required field is missing", ("loginid",)) from None
    if value.__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "total" not in data:
        obj.total = None
        count += 1
    else:
        value = data["total"]
        try:
            obj.total = structure_balance_response_balance_total(value)
        except DecodeError as error:
            raise error.at("total") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE
        }
    return obj


def unstructure_balance_response_balance(obj: m.BalanceResponseBalance) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "balance": obj.balance,
        "currency": obj.currency,
        "loginid": obj.loginid,
    }
    value: Any
    value = obj.accounts
    if value is not None:
        data["accounts"] = {
            k: unstructure_balance_response_balance_accounts_value(item)
            for k, item in value.items()
        }
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.total
    if value is not None:
        data["total"] = unstructure_balance_response_balance_total(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_accounts_value(
    data: Any,
) -> m.BalanceResponseBalanceAccountsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceAccountsValue)
    count = len(data)
    if count == 6:
        try:
            v_balance = data["balance"]
            v_converted_amount = data["converted_amount"]
            v_currency = data["currency"]
            v_demo_account = data["demo_account"]
            v_status = data["status"]
            v_type = data["type"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance.__class__) is float or kind is int)
                and ((kind := v_converted_amount.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and (v_demo_account.__class__ is _INT and v_demo_account in _ALLOWED_0_1)
                and (v_status.__class__ is _INT and v_status in _ALLOWED_0_1)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_deriv_mt5)
            ):
                obj.balance = v_balance
                obj.converted_amount = v_converted_amount
                obj.currency = v_currency
                obj.demo_account = v_demo_account
                obj.status = v_status
                obj.type = v_type
                obj.extra_fields = {}
                return obj
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    try:
        value = data["converted_amount"]
    except KeyError:
        raise DecodeError("required field is missing", ("converted_amount",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.converted_amount = value
    else:
        raise _expected("a number", value).at("converted_amount")
    try:
        value = data["currency"]
    except KeyError:
        raise DecodeError("required field is missing", ("currency",)) from None
    if value.__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    try:
        value = data["demo_account"]
    except KeyError:
        raise DecodeError("required field is missing", ("demo_account",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.demo_account = value
    else:
        raise _not_one_of("0, 1", value).at("demo_account")
    try:
        value = data["status"]
    except KeyError:
        raise DecodeError("required field is missing", ("status",)) from None
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.status = value
    else:
        raise _not_one_of("1, 0", value).at("status")
    try:
        value = data["type"]
    except KeyError:
        raise DecodeError("required field is missing", ("type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_deriv_mt5:
        obj.type = value
    else:
        raise _not_one_of("'mt5', 'deriv'", value).at("type")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE_ACCOUNTS_VALUE
        }
    return obj


def unstructure_balance_response_balance_accounts_value(
    obj: m.BalanceResponseBalanceAccountsValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "balance": obj.balance,
        "converted_amount": obj.converted_amount,
        "currency": obj.currency,
        "demo_account": obj.demo_account,
        "status": obj.status,
        "type": obj.type,
    }
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_total(data: Any) -> m.BalanceResponseBalanceTotal:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceTotal)
    count = len(data)
    if count == 4:
        try:
            v_deriv = data["deriv"]
            v_deriv_demo = data["deriv_demo"]
            v_mt5 = data["mt5"]
            v_mt5_demo = data["mt5_demo"]
        except KeyError:
            pass
        else:
            try:
                obj.deriv = structure_balance_response_balance_total_deriv(v_deriv)
            except DecodeError as error:
                raise error.at("deriv") from None
            try:
                obj.deriv_demo = structure_balance_response_balance_total_deriv_demo(v_deriv_demo)
            except DecodeError as error:
                raise error.at("deriv_demo") from None
            try:
                obj.mt5 = structure_balance_response_balance_total_mt5(v_mt5)
            except DecodeError as error:
                raise error.at("mt5") from None
            try:
                obj.mt5_demo = structure_balance_response_balance_total_mt5_demo(v_mt5_demo)
            except DecodeError as error:
                raise error.at("mt5_demo") from None
            obj.extra_fields = {}
            return obj
    if "deriv" not in data:
        obj.deriv = None
        count += 1
    else:
        value = data["deriv"]
        try:
            obj.deriv = structure_balance_response_balance_total_deriv(value)
        except DecodeError as error:
            raise error.at("deriv") from None
    if "deriv_demo" not in data:
        obj.deriv_demo = None
        count += 1
    else:
        value = data["deriv_demo"]
        try:
            obj.deriv_demo = structure_balance_response_balance_total_deriv_demo(value)
        except DecodeError as error:
            raise error.at("deriv_demo") from None
    if "mt5" not in data:
        obj.mt5 = None
        count += 1
    else:
        value = data["mt5"]
        try:
            obj.mt5 = structure_balance_response_balance_total_mt5(value)
        except DecodeError as error:
            raise error.at("mt5") from None
    if "mt5_demo" not in data:
        obj.mt5_demo = None
        count += 1
    else:
        value = data["mt5_demo"]
        try:
            obj.mt5_demo = structure_balance_response_balance_total_mt5_demo(value)
        except DecodeError as error:
            raise error.at("mt5_demo") from None
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE_TOTAL
        }
    return obj


def unstructure_balance_response_balance_total(
    obj: m.BalanceResponseBalanceTotal,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.deriv
    if value is not None:
        data["deriv"] = unstructure_balance_response_balance_total_deriv(value)
    value = obj.deriv_demo
    if value is not None:
        data["deriv_demo"] = unstructure_balance_response_balance_total_deriv_demo(value)
    value = obj.mt5
    if value is not None:
        data["mt5"] = unstructure_balance_response_balance_total_mt5(value)
    value = obj.mt5_demo
    if value is not None:
        data["mt5_demo"] = unstructure_balance_response_balance_total_mt5_demo(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_total_deriv(data: Any) -> m.BalanceResponseBalanceTotalDeriv:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceTotalDeriv)
    count = len(data)
    if count == 2:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            if ((kind := v_amount.__class__) is float or kind is int) and (
                v_currency.__class__ is str
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.extra_fields = {}
                return obj
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
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_DERIV
        }
    return obj


def unstructure_balance_response_balance_total_deriv(
    obj: m.BalanceResponseBalanceTotalDeriv,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"amount": obj.amount, "currency": obj.currency}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_total_deriv_demo(
    data: Any,
) -> m.BalanceResponseBalanceTotalDerivDemo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceTotalDerivDemo)
    count = len(data)
    if count == 2:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            if ((kind := v_amount.__class__) is float or kind is int) and (
                v_currency.__class__ is str
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.extra_fields = {}
                return obj
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
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_DERIV_DEMO
        }
    return obj


def unstructure_balance_response_balance_total_deriv_demo(
    obj: m.BalanceResponseBalanceTotalDerivDemo,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"amount": obj.amount, "currency": obj.currency}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_total_mt5(data: Any) -> m.BalanceResponseBalanceTotalMt5:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceTotalMt5)
    count = len(data)
    if count == 2:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            if ((kind := v_amount.__class__) is float or kind is int) and (
                v_currency.__class__ is str
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.extra_fields = {}
                return obj
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
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_MT5
        }
    return obj


def unstructure_balance_response_balance_total_mt5(
    obj: m.BalanceResponseBalanceTotalMt5,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"amount": obj.amount, "currency": obj.currency}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_balance_total_mt5_demo(
    data: Any,
) -> m.BalanceResponseBalanceTotalMt5Demo:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseBalanceTotalMt5Demo)
    count = len(data)
    if count == 2:
        try:
            v_amount = data["amount"]
            v_currency = data["currency"]
        except KeyError:
            pass
        else:
            if ((kind := v_amount.__class__) is float or kind is int) and (
                v_currency.__class__ is str
            ):
                obj.amount = v_amount
                obj.currency = v_currency
                obj.extra_fields = {}
                return obj
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
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_BALANCE_TOTAL_MT5_DEMO
        }
    return obj


def unstructure_balance_response_balance_total_mt5_demo(
    obj: m.BalanceResponseBalanceTotalMt5Demo,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"amount": obj.amount, "currency": obj.currency}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_balance_response_subscription(data: Any) -> m.BalanceResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BalanceResponseSubscription)
    count = len(data)
    if count == 1:
        try:
            v_id = data["id"]
        except KeyError:
            pass
        else:
            if v_id.__class__ is str:
                obj.id = v_id
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
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_BALANCE_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_balance_response_subscription(obj: m.BalanceResponseSubscription) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.BalanceRequest: structure_balance_request,
    m.BalanceResponse: structure_balance_response,
    m.BalanceResponseBalance: structure_balance_response_balance,
    m.BalanceResponseBalanceAccountsValue: structure_balance_response_balance_accounts_value,
    m.BalanceResponseBalanceTotal: structure_balance_response_balance_total,
    m.BalanceResponseBalanceTotalDeriv: structure_balance_response_balance_total_deriv,
    m.BalanceResponseBalanceTotalDerivDemo: structure_balance_response_balance_total_deriv_demo,
    m.BalanceResponseBalanceTotalMt5: structure_balance_response_balance_total_mt5,
    m.BalanceResponseBalanceTotalMt5Demo: structure_balance_response_balance_total_mt5_demo,
    m.BalanceResponseSubscription: structure_balance_response_subscription,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.BalanceRequest: unstructure_balance_request,
    m.BalanceResponse: unstructure_balance_response,
    m.BalanceResponseBalance: unstructure_balance_response_balance,
    m.BalanceResponseBalanceAccountsValue: unstructure_balance_response_balance_accounts_value,
    m.BalanceResponseBalanceTotal: unstructure_balance_response_balance_total,
    m.BalanceResponseBalanceTotalDeriv: unstructure_balance_response_balance_total_deriv,
    m.BalanceResponseBalanceTotalDerivDemo: unstructure_balance_response_balance_total_deriv_demo,
    m.BalanceResponseBalanceTotalMt5: unstructure_balance_response_balance_total_mt5,
    m.BalanceResponseBalanceTotalMt5Demo: unstructure_balance_response_balance_total_mt5_demo,
    m.BalanceResponseSubscription: unstructure_balance_response_subscription,
}
