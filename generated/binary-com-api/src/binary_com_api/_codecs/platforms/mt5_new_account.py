"""Decoders and encoders of the models of the ``mt5_new_account`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _MISSING, _STR, _expected, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_all_demo_financial_gaming = frozenset({"all", "demo", "financial", "gaming"})


_ALLOWED_conventional_gold_swap_free = frozenset({"conventional", "gold", "swap_free"})


_ALLOWED_empty_ab_ba_and_4_more = frozenset({"", "ab", "ba", "gold", "hr", "lim", "swap_free"})


_ALLOWED_empty_financial_gold_and_5_more = frozenset(
    {"", "financial", "gold", "standard", "stp", "swap_free", "synthetic", "zero_spread"}
)


_ALLOWED_financial_financial_stp_gold = frozenset({"financial", "financial_stp", "gold"})


_ALLOWED_financial_financial_stp_gold_standard = frozenset(
    {"financial", "financial_stp", "gold", "standard"}
)


_ALLOWED_gold_ibt_standard_and_3_more = frozenset(
    {"gold", "ibt", "standard", "stp", "swap_free", "zero_spread"}
)


_ALLOWED_mt5_new_account = frozenset({"mt5_new_account"})


_ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more = frozenset(
    {"p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"}
)


_KEYS_MT5_NEW_ACCOUNT_REQUEST = frozenset(
    (
        "mt5_new_account",
        "account_type",
        "address",
        "city",
        "company",
        "country",
        "currency",
        "dry_run",
        "email",
        "investPassword",
        "leverage",
        "mainPassword",
        "migrate",
        "mt5_account_category",
        "mt5_account_type",
        "name",
        "phone",
        "phonePassword",
        "product",
        "server",
        "state",
        "sub_account_category",
        "sub_account_type",
        "zipCode",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_MT5_NEW_ACCOUNT_RESPONSE = frozenset(
    (
        "mt5_new_account",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_MT5_NEW_ACCOUNT_RESPONSE_MT5_NEW_ACCOUNT = frozenset(
    (
        "account_type",
        "agent",
        "balance",
        "currency",
        "display_balance",
        "login",
        "mt5_account_category",
        "mt5_account_type",
        "product",
        "sub_account_type",
    )
)


def structure_mt5_new_account_request(data: Any) -> m.Mt5NewAccountRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5NewAccountRequest)
    count = len(data)
    try:
        value = data["mt5_new_account"]
    except KeyError:
        raise DecodeError("required field is missing", ("mt5_new_account",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.mt5_new_account = value
    else:
        raise _not_one_of("1", value).at("mt5_new_account")
    try:
        value = data["account_type"]
    except KeyError:
        raise DecodeError("required field is missing", ("account_type",)) from None
    if value.__class__ is _STR and value in _ALLOWED_all_demo_financial_gaming:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'gaming', 'financial', 'all'", value).at("account_type")
    value = data.get("address", _MISSING)
    if value.__class__ is str:
        obj.address = value
    elif value is _MISSING:
        obj.address = None
        count += 1
    else:
        raise _expected("a string", value).at("address")
    value = data.get("city", _MISSING)
    if value.__class__ is str:
        obj.city = value
    elif value is _MISSING:
        obj.city = None
        count += 1
    else:
        raise _expected("a string", value).at("city")
    value = data.get("company", _MISSING)
    if value.__class__ is str:
        obj.company = value
    elif value is _MISSING:
        obj.company = None
        count += 1
    else:
        raise _expected("a string", value).at("company")
    value = data.get("country", _MISSING)
    if value.__class__ is str:
        obj.country = value
    elif value is _MISSING:
        obj.country = None
        count += 1
    else:
        raise _expected("a string", value).at("country")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("dry_run", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
    elif value is _MISSING:
        obj.dry_run = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("dry_run")
    try:
        value = data["email"]
    except KeyError:
        raise DecodeError("required field is missing", ("email",)) from None
    if value.__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    value = data.get("investPassword", _MISSING)
    if value.__class__ is str:
        obj.invest_password = value
    elif value is _MISSING:
        obj.invest_password = None
        count += 1
    else:
        raise _expected("a string", value).at("investPassword")
    try:
        value = data["leverage"]
    except KeyError:
        raise DecodeError("required field is missing", ("leverage",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.leverage = value
    else:
        raise _expected("a number", value).at("leverage")
    try:
        value = data["mainPassword"]
    except KeyError:
        raise DecodeError("required field is missing", ("mainPassword",)) from None
    if value.__class__ is str:
        obj.main_password = value
    else:
        raise _expected("a string", value).at("mainPassword")
    value = data.get("migrate", _MISSING)
    if value.__class__ is bool:
        obj.migrate = value
    elif value is _MISSING:
        obj.migrate = None
        count += 1
    else:
        raise _expected("a boolean", value).at("migrate")
    value = data.get("mt5_account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_conventional_gold_swap_free:
        obj.mt5_account_category = value
    elif value is _MISSING:
        obj.mt5_account_category = None
        count += 1
    else:
        raise _not_one_of("'conventional', 'swap_free', 'gold'", value).at("mt5_account_category")
    value = data.get("mt5_account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold:
        obj.mt5_account_type = value
    elif value is _MISSING:
        obj.mt5_account_type = None
        count += 1
    else:
        raise _not_one_of("'financial', 'financial_stp', 'gold'", value).at("mt5_account_type")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    value = data.get("phone", _MISSING)
    if value is None or (value.__class__ is str):
        obj.phone = value
    elif value is _MISSING:
        obj.phone = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("phone")
    value = data.get("phonePassword", _MISSING)
    if value.__class__ is str:
        obj.phone_password = value
    elif value is _MISSING:
        obj.phone_password = None
        count += 1
    else:
        raise _expected("a string", value).at("phonePassword")
    value = data.get("product", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    elif value is _MISSING:
        obj.product = None
        count += 1
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    value = data.get("server", _MISSING)
    if value is None or (
        value.__class__ is _STR and value in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more
    ):
        obj.server = value
    elif value is _MISSING:
        obj.server = UNSET
        count += 1
    else:
        raise _not_one_of(
            "'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02', 'p03_ts01', 'p03_ts02'",
            value,
        ).at("server")
    value = data.get("state", _MISSING)
    if value.__class__ is str:
        obj.state = value
    elif value is _MISSING:
        obj.state = None
        count += 1
    else:
        raise _expected("a string", value).at("state")
    value = data.get("sub_account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_ab_ba_and_4_more:
        obj.sub_account_category = value
    elif value is _MISSING:
        obj.sub_account_category = None
        count += 1
    else:
        raise _not_one_of("'', 'swap_free', 'ab', 'ba', 'lim', 'hr', 'gold'", value).at(
            "sub_account_category"
        )
    value = data.get("sub_account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_gold_ibt_standard_and_3_more:
        obj.sub_account_type = value
    elif value is _MISSING:
        obj.sub_account_type = None
        count += 1
    else:
        raise _not_one_of("'standard', 'stp', 'ibt', 'swap_free', 'zero_spread', 'gold'", value).at(
            "sub_account_type"
        )
    value = data.get("zipCode", _MISSING)
    if value.__class__ is str:
        obj.zip_code = value
    elif value is _MISSING:
        obj.zip_code = None
        count += 1
    else:
        raise _expected("a string", value).at("zipCode")
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
    if count != 27:
        unknown = sorted(key for key in data if key not in _KEYS_MT5_NEW_ACCOUNT_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_mt5_new_account_request(obj: m.Mt5NewAccountRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "mt5_new_account": obj.mt5_new_account,
        "account_type": obj.account_type,
        "email": obj.email,
        "leverage": obj.leverage,
        "mainPassword": obj.main_password,
        "name": obj.name,
    }
    value: Any
    value = obj.address
    if value is not None:
        data["address"] = value
    value = obj.city
    if value is not None:
        data["city"] = value
    value = obj.company
    if value is not None:
        data["company"] = value
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.dry_run
    if value is not None:
        data["dry_run"] = value
    value = obj.invest_password
    if value is not None:
        data["investPassword"] = value
    value = obj.migrate
    if value is not None:
        data["migrate"] = value
    value = obj.mt5_account_category
    if value is not None:
        data["mt5_account_category"] = value
    value = obj.mt5_account_type
    if value is not None:
        data["mt5_account_type"] = value
    value = obj.phone
    if value is not UNSET:
        data["phone"] = value
    value = obj.phone_password
    if value is not None:
        data["phonePassword"] = value
    value = obj.product
    if value is not None:
        data["product"] = value
    value = obj.server
    if value is not UNSET:
        data["server"] = value
    value = obj.state
    if value is not None:
        data["state"] = value
    value = obj.sub_account_category
    if value is not None:
        data["sub_account_category"] = value
    value = obj.sub_account_type
    if value is not None:
        data["sub_account_type"] = value
    value = obj.zip_code
    if value is not None:
        data["zipCode"] = value
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


def structure_mt5_new_account_response(data: Any) -> m.Mt5NewAccountResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5NewAccountResponse)
    count = len(data)
    value = data.get("mt5_new_account", _MISSING)
    if value is _MISSING:
        obj.mt5_new_account = None
        count += 1
    else:
        try:
            obj.mt5_new_account = structure_mt5_new_account_response_mt5_new_account(value)
        except DecodeError as error:
            raise error.at("mt5_new_account") from None
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
    if value.__class__ is _STR and value in _ALLOWED_mt5_new_account:
        obj.msg_type = value
    else:
        raise _not_one_of("'mt5_new_account'", value).at("msg_type")
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
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_MT5_NEW_ACCOUNT_RESPONSE
        }
    return obj


def unstructure_mt5_new_account_response(obj: m.Mt5NewAccountResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.mt5_new_account
    if value is not None:
        data["mt5_new_account"] = unstructure_mt5_new_account_response_mt5_new_account(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_mt5_new_account_response_mt5_new_account(
    data: Any,
) -> m.Mt5NewAccountResponseMt5NewAccount:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Mt5NewAccountResponseMt5NewAccount)
    count = len(data)
    value = data.get("account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_all_demo_financial_gaming:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _not_one_of("'demo', 'gaming', 'financial', 'all'", value).at("account_type")
    value = data.get("agent", _MISSING)
    if value is None or (value.__class__ is str):
        obj.agent = value
    elif value is _MISSING:
        obj.agent = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("agent")
    value = data.get("balance", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    elif value is _MISSING:
        obj.balance = None
        count += 1
    else:
        raise _expected("a number", value).at("balance")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("display_balance", _MISSING)
    if value.__class__ is str:
        obj.display_balance = value
    elif value is _MISSING:
        obj.display_balance = None
        count += 1
    else:
        raise _expected("a string", value).at("display_balance")
    value = data.get("login", _MISSING)
    if value.__class__ is str:
        obj.login = value
    elif value is _MISSING:
        obj.login = None
        count += 1
    else:
        raise _expected("a string", value).at("login")
    value = data.get("mt5_account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_conventional_gold_swap_free:
        obj.mt5_account_category = value
    elif value is _MISSING:
        obj.mt5_account_category = None
        count += 1
    else:
        raise _not_one_of("'conventional', 'swap_free', 'gold'", value).at("mt5_account_category")
    value = data.get("mt5_account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold_standard:
        obj.mt5_account_type = value
    elif value is _MISSING:
        obj.mt5_account_type = None
        count += 1
    else:
        raise _not_one_of("'financial', 'financial_stp', 'standard', 'gold'", value).at(
            "mt5_account_type"
        )
    value = data.get("product", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    elif value is _MISSING:
        obj.product = None
        count += 1
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    value = data.get("sub_account_type", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_gold_ibt_standard_and_3_more:
        obj.sub_account_type = value
    elif value is _MISSING:
        obj.sub_account_type = None
        count += 1
    else:
        raise _not_one_of("'standard', 'stp', 'ibt', 'swap_free', 'zero_spread', 'gold'", value).at(
            "sub_account_type"
        )
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_MT5_NEW_ACCOUNT_RESPONSE_MT5_NEW_ACCOUNT
        }
    return obj


def unstructure_mt5_new_account_response_mt5_new_account(
    obj: m.Mt5NewAccountResponseMt5NewAccount,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.agent
    if value is not UNSET:
        data["agent"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.display_balance
    if value is not None:
        data["display_balance"] = value
    value = obj.login
    if value is not None:
        data["login"] = value
    value = obj.mt5_account_category
    if value is not None:
        data["mt5_account_category"] = value
    value = obj.mt5_account_type
    if value is not None:
        data["mt5_account_type"] = value
    value = obj.product
    if value is not None:
        data["product"] = value
    value = obj.sub_account_type
    if value is not None:
        data["sub_account_type"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Mt5NewAccountRequest: structure_mt5_new_account_request,
    m.Mt5NewAccountResponse: structure_mt5_new_account_response,
    m.Mt5NewAccountResponseMt5NewAccount: structure_mt5_new_account_response_mt5_new_account,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Mt5NewAccountRequest: unstructure_mt5_new_account_request,
    m.Mt5NewAccountResponse: unstructure_mt5_new_account_response,
    m.Mt5NewAccountResponseMt5NewAccount: unstructure_mt5_new_account_response_mt5_new_account,
}
