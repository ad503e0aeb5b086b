"""Decoders and encoders of the models of the ``balance`` call (account group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
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
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.balance = value
    else:
        raise _not_one_of("1", value).at("balance")
    value = data.get("account", _MISSING)
    if value.__class__ is str:
        obj.account = value
    elif value is _MISSING:
        obj.account = None
        count += 1
    else:
        raise _expected("a string", value).at("account")
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("subscribe")
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
    value = data.get("balance", _MISSING)
    if value is _MISSING:
        obj.balance = None
        count += 1
    else:
        try:
            obj.balance = structure_balance_response_balance(value)
        except DecodeError as error:
            raise error.at("balance") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
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
    try:
        value = data["balance"]
    except KeyError:
        raise DecodeError("required field is missing", ("balance",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    value = data.get("accounts", _MISSING)
    if value is _MISSING:
        obj.accounts = None
        count += 1
    else:
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
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
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
    value = data.get("total", _MISSING)
    if value is _MISSING:
        obj.total = None
        count += 1
    else:
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
    if len(data) == 6:
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
    value = data.get("deriv", _MISSING)
    if value is _MISSING:
        obj.deriv = None
        count += 1
    else:
        try:
            obj.deriv = structure_balance_response_balance_total_deriv(value)
        except DecodeError as error:
            raise error.at("deriv") from None
    value = data.get("deriv_demo", _MISSING)
    if value is _MISSING:
        obj.deriv_demo = None
        count += 1
    else:
        try:
            obj.deriv_demo = structure_balance_response_balance_total_deriv_demo(value)
        except DecodeError as error:
            raise error.at("deriv_demo") from None
    value = data.get("mt5", _MISSING)
    if value is _MISSING:
        obj.mt5 = None
        count += 1
    else:
        try:
            obj.mt5 = structure_balance_response_balance_total_mt5(value)
        except DecodeError as error:
            raise error.at("mt5") from None
    value = data.get("mt5_demo", _MISSING)
    if value is _MISSING:
        obj.mt5_demo = None
        count += 1
    else:
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
    if len(data) == 2:
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
    if len(data) == 2:
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
    if len(data) == 2:
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
    if len(data) == 2:
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
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    if len(data) == 1:
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
