"""Decoders and encoders of the models of the ``mt5_new_account`` call (platforms group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _new, _not_one_of
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
    if count == 27:
        try:
            v_mt5_new_account = data["mt5_new_account"]
            v_account_type = data["account_type"]
            v_address = data["address"]
            v_city = data["city"]
            v_company = data["company"]
            v_country = data["country"]
            v_currency = data["currency"]
            v_dry_run = data["dry_run"]
            v_email = data["email"]
            v_invest_password = data["investPassword"]
            v_leverage = data["leverage"]
            v_main_password = data["mainPassword"]
            v_migrate = data["migrate"]
            v_mt5_account_category = data["mt5_account_category"]
            v_mt5_account_type = data["mt5_account_type"]
            v_name = data["name"]
            v_phone = data["phone"]
            v_phone_password = data["phonePassword"]
            v_product = data["product"]
            v_server = data["server"]
            v_state = data["state"]
            v_sub_account_category = data["sub_account_category"]
            v_sub_account_type = data["sub_account_type"]
            v_zip_code = data["zipCode"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_mt5_new_account.__class__ is _INT and v_mt5_new_account in _ALLOWED_1)
                and (
                    v_account_type.__class__ is _STR
                    and v_account_type in _ALLOWED_all_demo_financial_gaming
                )
                and (v_address.__class__ is str)
                and (v_city.__class__ is str)
                and (v_company.__class__ is str)
                and (v_country.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_dry_run.__class__ is _INT and v_dry_run in _ALLOWED_0_1)
                and (v_email.__class__ is str)
                and (v_invest_password.__class__ is str)
                and ((kind := v_leverage.__class__) is float or kind is int)
                and (v_main_password.__class__ is str)
                and (v_migrate.__class__ is bool)
                and (
                    v_mt5_account_category.__class__ is _STR
                    and v_mt5_account_category in _ALLOWED_conventional_gold_swap_free
                )
                and (
                    v_mt5_account_type.__class__ is _STR
                    and v_mt5_account_type in _ALLOWED_financial_financial_stp_gold
                )
                and (v_name.__class__ is str)
                and (v_phone is None or (v_phone.__class__ is str))
                and (v_phone_password.__class__ is str)
                and (
                    v_product.__class__ is _STR
                    and v_product in _ALLOWED_empty_financial_gold_and_5_more
                )
                and (
                    v_server is None
                    or (
                        v_server.__class__ is _STR
                        and v_server in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more
                    )
                )
                and (v_state.__class__ is str)
                and (
                    v_sub_account_category.__class__ is _STR
                    and v_sub_account_category in _ALLOWED_empty_ab_ba_and_4_more
                )
                and (
                    v_sub_account_type.__class__ is _STR
                    and v_sub_account_type in _ALLOWED_gold_ibt_standard_and_3_more
                )
                and (v_zip_code.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.mt5_new_account = v_mt5_new_account
                obj.account_type = v_account_type
                obj.address = v_address
                obj.city = v_city
                obj.company = v_company
                obj.country = v_country
                obj.currency = v_currency
                obj.dry_run = v_dry_run
                obj.email = v_email
                obj.invest_password = v_invest_password
                obj.leverage = v_leverage
                obj.main_password = v_main_password
                obj.migrate = v_migrate
                obj.mt5_account_category = v_mt5_account_category
                obj.mt5_account_type = v_mt5_account_type
                obj.name = v_name
                obj.phone = v_phone
                obj.phone_password = v_phone_password
                obj.product = v_product
                obj.server = v_server
                obj.state = v_state
                obj.sub_account_category = v_sub_account_category
                obj.sub_account_type = v_sub_account_type
                obj.zip_code = v_zip_code
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
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
    if "address" not in data:
        obj.address = None
        count += 1
    elif (value := data["address"]).__class__ is str:
        obj.address = value
    else:
        raise _expected("a string", value).at("address")
    if "city" not in data:
        obj.city = None
        count += 1
    elif (value := data["city"]).__class__ is str:
        obj.city = value
    else:
        raise _expected("a string", value).at("city")
    if "company" not in data:
        obj.company = None
        count += 1
    elif (value := data["company"]).__class__ is str:
        obj.company = value
    else:
        raise _expected("a string", value).at("company")
    if "country" not in data:
        obj.country = None
        count += 1
    elif (value := data["country"]).__class__ is str:
        obj.country = value
    else:
        raise _expected("a string", value).at("country")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "dry_run" not in data:
        obj.dry_run = None
        count += 1
    elif (value := data["dry_run"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.dry_run = value
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
    if "investPassword" not in data:
        obj.invest_password = None
        count += 1
    elif (value := data["investPassword"]).__class__ is str:
        obj.invest_password = value
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
    if "migrate" not in data:
        obj.migrate = None
        count += 1
    elif (value := data["migrate"]).__class__ is bool:
        obj.migrate = value
    else:
        raise _expected("a boolean", value).at("migrate")
    if "mt5_account_category" not in data:
        obj.mt5_account_category = None
        count += 1
    elif (
        value := data["mt5_account_category"]
    ).__class__ is _STR and value in _ALLOWED_conventional_gold_swap_free:
        obj.mt5_account_category = value
    else:
        raise _not_one_of("'conventional', 'swap_free', 'gold'", value).at("mt5_account_category")
    if "mt5_account_type" not in data:
        obj.mt5_account_type = None
        count += 1
    elif (
        value := data["mt5_account_type"]
    ).__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold:
        obj.mt5_account_type = value
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
    if "phone" not in data:
        obj.phone = UNSET
        count += 1
    elif (value := data["phone"]) is None or (value.__class__ is str):
        obj.phone = value
    else:
        raise _expected("a string", value).at("phone")
    if "phonePassword" not in data:
        obj.phone_password = None
        count += 1
    elif (value := data["phonePassword"]).__class__ is str:
        obj.phone_password = value
    else:
        raise _expected("a string", value).at("phonePassword")
    if "product" not in data:
        obj.product = None
        count += 1
    elif (
        value := data["product"]
    ).__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    if "server" not in data:
        obj.server = UNSET
        count += 1
    elif (value := data["server"]) is None or (
        value.__class__ is _STR and value in _ALLOWED_p01_ts01_p01_ts02_p01_ts03_and_4_more
    ):
        obj.server = value
    else:
        raise _not_one_of(
            "'p01_ts01', 'p01_ts02', 'p01_ts03', 'p01_ts04', 'p02_ts02', 'p03_ts01', 'p03_ts02'",
            value,
        ).at("server")
    if "state" not in data:
        obj.state = None
        count += 1
    elif (value := data["state"]).__class__ is str:
        obj.state = value
    else:
        raise _expected("a string", value).at("state")
    if "sub_account_category" not in data:
        obj.sub_account_category = None
        count += 1
    elif (
        value := data["sub_account_category"]
    ).__class__ is _STR and value in _ALLOWED_empty_ab_ba_and_4_more:
        obj.sub_account_category = value
    else:
        raise _not_one_of("'', 'swap_free', 'ab', 'ba', 'lim', 'hr', 'gold'", value).at(
            "sub_account_category"
        )
    if "sub_account_type" not in data:
        obj.sub_account_type = None
        count += 1
    elif (
        value := data["sub_account_type"]
    ).__class__ is _STR and value in _ALLOWED_gold_ibt_standard_and_3_more:
        obj.sub_account_type = value
    else:
        raise _not_one_of("'standard', 'stp', 'ibt', 'swap_free', 'zero_spread', 'gold'", value).at(
            "sub_account_type"
        )
    if "zipCode" not in data:
        obj.zip_code = None
        count += 1
    elif (value := data["zipCode"]).__class__ is str:
        obj.zip_code = value
    else:
        raise _expected("a string", value).at("zipCode")
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
    if count == 4:
        try:
            v_mt5_new_account = data["mt5_new_account"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_mt5_new_account)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.mt5_new_account = structure_mt5_new_account_response_mt5_new_account(
                        v_mt5_new_account
                    )
                except DecodeError as error:
                    raise error.at("mt5_new_account") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "mt5_new_account" not in data:
        obj.mt5_new_account = None
        count += 1
    else:
        value = data["mt5_new_account"]
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
    if count == 10:
        try:
            v_account_type = data["account_type"]
            v_agent = data["agent"]
            v_balance = data["balance"]
            v_currency = data["currency"]
            v_display_balance = data["display_balance"]
            v_login = data["login"]
            v_mt5_account_category = data["mt5_account_category"]
            v_mt5_account_type = data["mt5_account_type"]
            v_product = data["product"]
            v_sub_account_type = data["sub_account_type"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_type.__class__ is _STR
                    and v_account_type in _ALLOWED_all_demo_financial_gaming
                )
                and (v_agent is None or (v_agent.__class__ is str))
                and ((kind := v_balance.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and (v_display_balance.__class__ is str)
                and (v_login.__class__ is str)
                and (
                    v_mt5_account_category.__class__ is _STR
                    and v_mt5_account_category in _ALLOWED_conventional_gold_swap_free
                )
                and (
                    v_mt5_account_type.__class__ is _STR
                    and v_mt5_account_type in _ALLOWED_financial_financial_stp_gold_standard
                )
                and (
                    v_product.__class__ is _STR
                    and v_product in _ALLOWED_empty_financial_gold_and_5_more
                )
                and (
                    v_sub_account_type.__class__ is _STR
                    and v_sub_account_type in _ALLOWED_gold_ibt_standard_and_3_more
                )
            ):
                obj.account_type = v_account_type
                obj.agent = v_agent
                obj.balance = v_balance
                obj.currency = v_currency
                obj.display_balance = v_display_balance
                obj.login = v_login
                obj.mt5_account_category = v_mt5_account_category
                obj.mt5_account_type = v_mt5_account_type
                obj.product = v_product
                obj.sub_account_type = v_sub_account_type
                obj.extra_fields = {}
                return obj
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (
        value := data["account_type"]
    ).__class__ is _STR and value in _ALLOWED_all_demo_financial_gaming:
        obj.account_type = value
    else:
        raise _not_one_of("'demo', 'gaming', 'financial', 'all'", value).at("account_type")
    if "agent" not in data:
        obj.agent = UNSET
        count += 1
    elif (value := data["agent"]) is None or (value.__class__ is str):
        obj.agent = value
    else:
        raise _expected("a string", value).at("agent")
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (kind := (value := data["balance"]).__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "display_balance" not in data:
        obj.display_balance = None
        count += 1
    elif (value := data["display_balance"]).__class__ is str:
        obj.display_balance = value
    else:
        raise _expected("a string", value).at("display_balance")
    if "login" not in data:
        obj.login = None
        count += 1
    elif (value := data["login"]).__class__ is str:
        obj.login = value
    else:
        raise _expected("a string", value).at("login")
    if "mt5_account_category" not in data:
        obj.mt5_account_category = None
        count += 1
    elif (
        value := data["mt5_account_category"]
    ).__class__ is _STR and value in _ALLOWED_conventional_gold_swap_free:
        obj.mt5_account_category = value
    else:
        raise _not_one_of("'conventional', 'swap_free', 'gold'", value).at("mt5_account_category")
    if "mt5_account_type" not in data:
        obj.mt5_account_type = None
        count += 1
    elif (
        value := data["mt5_account_type"]
    ).__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold_standard:
        obj.mt5_account_type = value
    else:
        raise _not_one_of("'financial', 'financial_stp', 'standard', 'gold'", value).at(
            "mt5_account_type"
        )
    if "product" not in data:
        obj.product = None
        count += 1
    elif (
        value := data["product"]
    ).__class__ is _STR and value in _ALLOWED_empty_financial_gold_and_5_more:
        obj.product = value
    else:
        raise _not_one_of(
            "'', 'synthetic', 'financial', 'swap_free', 'zero_spread', 'standard', 'stp', 'gold'",
            value,
        ).at("product")
    if "sub_account_type" not in data:
        obj.sub_account_type = None
        count += 1
    elif (
        value := data["sub_account_type"]
    ).__class__ is _STR and value in _ALLOWED_gold_ibt_standard_and_3_more:
        obj.sub_account_type = value
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
