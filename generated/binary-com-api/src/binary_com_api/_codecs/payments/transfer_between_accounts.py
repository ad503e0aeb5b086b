"""Decoders and encoders of the models of the ``transfer_between_accounts`` call (payments group).

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ... import models as m
from ..._codec import _INT, _STR, _expected, _locate_item_error, _new, _not_one_of
from ..._runtime.core.types import UNSET
from ...errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_all_brief = frozenset({"all", "brief"})


_ALLOWED_all_deposit_none_withdrawal = frozenset({"all", "deposit", "none", "withdrawal"})


_ALLOWED_all_financial_synthetic = frozenset({"all", "financial", "synthetic"})


_ALLOWED_binary_crypto_ctrader_and_9_more = frozenset(
    {
        "binary",
        "crypto",
        "ctrader",
        "doughflow",
        "dxtrade",
        "mt5",
        "p2p",
        "partner",
        "paymentagent",
        "paymentagent_client",
        "standard",
        "virtual",
    }
)


_ALLOWED_empty_financial_gold_and_5_more = frozenset(
    {"", "financial", "gold", "standard", "stp", "swap_free", "synthetic", "zero_spread"}
)


_ALLOWED_financial_financial_stp_gold_and_3_more = frozenset(
    {"financial", "financial_stp", "gold", "standard", "swap_free", "zero_spread"}
)


_ALLOWED_trading_wallet = frozenset({"trading", "wallet"})


_ALLOWED_transfer_between_accounts = frozenset({"transfer_between_accounts"})


_KEYS_TRANSFER_BETWEEN_ACCOUNTS_REQUEST = frozenset(
    (
        "transfer_between_accounts",
        "account_from",
        "account_to",
        "accounts",
        "amount",
        "currency",
        "loginid",
        "passthrough",
        "req_id",
    )
)


_KEYS_TRANSFER_BETWEEN_ACCOUNTS_RESPONSE = frozenset(
    (
        "transfer_between_accounts",
        "accounts",
        "client_to_full_name",
        "client_to_loginid",
        "transaction_id",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TRANSFER_BETWEEN_ACCOUNTS_RESPONSE_ACCOUNTS_ITEM = frozenset(
    (
        "account_category",
        "account_type",
        "balance",
        "currency",
        "demo_account",
        "landing_company_short",
        "loginid",
        "market_type",
        "mt5_group",
        "product",
        "status",
        "sub_account_type",
        "transfers",
    )
)


def _decode_list_of_TransferBetweenAccountsResponseAccountsItem(
    value: Any,
) -> list[m.TransferBetweenAccountsResponseAccountsItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_transfer_between_accounts_response_accounts_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_transfer_between_accounts_response_accounts_item
        ) from None


def structure_transfer_between_accounts_request(data: Any) -> m.TransferBetweenAccountsRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransferBetweenAccountsRequest)
    count = len(data)
    if count == 9:
        try:
            v_transfer_between_accounts = data["transfer_between_accounts"]
            v_account_from = data["account_from"]
            v_account_to = data["account_to"]
            v_accounts = data["accounts"]
            v_amount = data["amount"]
            v_currency = data["currency"]
            v_loginid = data["loginid"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_transfer_between_accounts.__class__ is _INT
                    and v_transfer_between_accounts in _ALLOWED_1
                )
                and (v_account_from.__class__ is str)
                and (v_account_to.__class__ is str)
                and (v_accounts.__class__ is _STR and v_accounts in _ALLOWED_all_brief)
                and ((kind := v_amount.__class__) is float or kind is int)
                and (v_currency.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.transfer_between_accounts = v_transfer_between_accounts
                obj.account_from = v_account_from
                obj.account_to = v_account_to
                obj.accounts = v_accounts
                obj.amount = v_amount
                obj.currency = v_currency
                obj.loginid = v_loginid
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["transfer_between_accounts"]
    except KeyError:
        raise DecodeError("required field is missing", ("transfer_between_accounts",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.transfer_between_accounts = value
    else:
        raise _not_one_of("1", value).at("transfer_between_accounts")
    if "account_from" not in data:
        obj.account_from = None
        count += 1
    elif (value := data["account_from"]).__class__ is str:
        obj.account_from = value
    else:
        raise _expected("a string", value).at("account_from")
    if "account_to" not in data:
        obj.account_to = None
        count += 1
    elif (value := data["account_to"]).__class__ is str:
        obj.account_to = value
    else:
        raise _expected("a string", value).at("account_to")
    if "accounts" not in data:
        obj.accounts = None
        count += 1
    elif (value := data["accounts"]).__class__ is _STR and value in _ALLOWED_all_brief:
        obj.accounts = value
    else:
        raise _not_one_of("'all', 'brief'", value).at("accounts")
    if "amount" not in data:
        obj.amount = None
        count += 1
    elif (kind := (value := data["amount"]).__class__) is float or kind is int:
        obj.amount = value
    else:
        raise _expected("a number", value).at("amount")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
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
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_TRANSFER_BETWEEN_ACCOUNTS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_transfer_between_accounts_request(
    obj: m.TransferBetweenAccountsRequest,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"transfer_between_accounts": obj.transfer_between_accounts}
    value: Any
    value = obj.account_from
    if value is not None:
        data["account_from"] = value
    value = obj.account_to
    if value is not None:
        data["account_to"] = value
    value = obj.accounts
    if value is not None:
        data["accounts"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
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


def structure_transfer_between_accounts_response(data: Any) -> m.TransferBetweenAccountsResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransferBetweenAccountsResponse)
    count = len(data)
    if count == 8:
        try:
            v_transfer_between_accounts = data["transfer_between_accounts"]
            v_accounts = data["accounts"]
            v_client_to_full_name = data["client_to_full_name"]
            v_client_to_loginid = data["client_to_loginid"]
            v_transaction_id = data["transaction_id"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_transfer_between_accounts.__class__ is _INT
                    and v_transfer_between_accounts in _ALLOWED_0_1
                )
                and (v_client_to_full_name.__class__ is str)
                and (v_client_to_loginid.__class__ is str)
                and (v_transaction_id.__class__ is int)
                and (v_echo_req.__class__ is dict)
                and (
                    v_msg_type.__class__ is _STR
                    and v_msg_type in _ALLOWED_transfer_between_accounts
                )
                and (v_req_id.__class__ is int)
            ):
                obj.transfer_between_accounts = v_transfer_between_accounts
                try:
                    obj.accounts = _decode_list_of_TransferBetweenAccountsResponseAccountsItem(
                        v_accounts
                    )
                except DecodeError as error:
                    raise error.at("accounts") from None
                obj.client_to_full_name = v_client_to_full_name
                obj.client_to_loginid = v_client_to_loginid
                obj.transaction_id = v_transaction_id
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "transfer_between_accounts" not in data:
        obj.transfer_between_accounts = None
        count += 1
    elif (value := data["transfer_between_accounts"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.transfer_between_accounts = value
    else:
        raise _not_one_of("0, 1", value).at("transfer_between_accounts")
    if "accounts" not in data:
        obj.accounts = None
        count += 1
    else:
        value = data["accounts"]
        try:
            obj.accounts = _decode_list_of_TransferBetweenAccountsResponseAccountsItem(value)
        except DecodeError as error:
            raise error.at("accounts") from None
    if "client_to_full_name" not in data:
        obj.client_to_full_name = None
        count += 1
    elif (value := data["client_to_full_name"]).__class__ is str:
        obj.client_to_full_name = value
    else:
        raise _expected("a string", value).at("client_to_full_name")
    if "client_to_loginid" not in data:
        obj.client_to_loginid = None
        count += 1
    elif (value := data["client_to_loginid"]).__class__ is str:
        obj.client_to_loginid = value
    else:
        raise _expected("a string", value).at("client_to_loginid")
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
    if value.__class__ is _STR and value in _ALLOWED_transfer_between_accounts:
        obj.msg_type = value
    else:
        raise _not_one_of("'transfer_between_accounts'", value).at("msg_type")
    if "req_id" not in data:
        obj.req_id = None
        count += 1
    elif (value := data["req_id"]).__class__ is int:
        obj.req_id = value
    else:
        raise _expected("an integer", value).at("req_id")
    if count == 8:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_TRANSFER_BETWEEN_ACCOUNTS_RESPONSE
        }
    return obj


def unstructure_transfer_between_accounts_response(
    obj: m.TransferBetweenAccountsResponse,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.transfer_between_accounts
    if value is not None:
        data["transfer_between_accounts"] = value
    value = obj.accounts
    if value is not None:
        data["accounts"] = [
            unstructure_transfer_between_accounts_response_accounts_item(item) for item in value
        ]
    value = obj.client_to_full_name
    if value is not None:
        data["client_to_full_name"] = value
    value = obj.client_to_loginid
    if value is not None:
        data["client_to_loginid"] = value
    value = obj.transaction_id
    if value is not None:
        data["transaction_id"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_transfer_between_accounts_response_accounts_item(
    data: Any,
) -> m.TransferBetweenAccountsResponseAccountsItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TransferBetweenAccountsResponseAccountsItem)
    count = len(data)
    if count == 13:
        try:
            v_account_category = data["account_category"]
            v_account_type = data["account_type"]
            v_balance = data["balance"]
            v_currency = data["currency"]
            v_demo_account = data["demo_account"]
            v_landing_company_short = data["landing_company_short"]
            v_loginid = data["loginid"]
            v_market_type = data["market_type"]
            v_mt5_group = data["mt5_group"]
            v_product = data["product"]
            v_status = data["status"]
            v_sub_account_type = data["sub_account_type"]
            v_transfers = data["transfers"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_category.__class__ is _STR
                    and v_account_category in _ALLOWED_trading_wallet
                )
                and (
                    v_account_type.__class__ is _STR
                    and v_account_type in _ALLOWED_binary_crypto_ctrader_and_9_more
                )
                and (v_balance.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_demo_account.__class__ is _INT and v_demo_account in _ALLOWED_0_1)
                and (v_landing_company_short.__class__ is str)
                and (v_loginid.__class__ is str)
                and (
                    v_market_type.__class__ is _STR
                    and v_market_type in _ALLOWED_all_financial_synthetic
                )
                and (v_mt5_group.__class__ is str)
                and (
                    v_product.__class__ is _STR
                    and v_product in _ALLOWED_empty_financial_gold_and_5_more
                )
                and (v_status is None or (v_status.__class__ is str))
                and (
                    v_sub_account_type.__class__ is _STR
                    and v_sub_account_type in _ALLOWED_financial_financial_stp_gold_and_3_more
                )
                and (
                    v_transfers.__class__ is _STR
                    and v_transfers in _ALLOWED_all_deposit_none_withdrawal
                )
            ):
                obj.account_category = v_account_category
                obj.account_type = v_account_type
                obj.balance = v_balance
                obj.currency = v_currency
                obj.demo_account = v_demo_account
                obj.landing_company_short = v_landing_company_short
                obj.loginid = v_loginid
                obj.market_type = v_market_type
                obj.mt5_group = v_mt5_group
                obj.product = v_product
                obj.status = v_status
                obj.sub_account_type = v_sub_account_type
                obj.transfers = v_transfers
                obj.extra_fields = {}
                return obj
    if "account_category" not in data:
        obj.account_category = None
        count += 1
    elif (value := data["account_category"]).__class__ is _STR and value in _ALLOWED_trading_wallet:
        obj.account_category = value
    else:
        raise _not_one_of("'trading', 'wallet'", value).at("account_category")
    if "account_type" not in data:
        obj.account_type = None
        count += 1
    elif (
        value := data["account_type"]
    ).__class__ is _STR and value in _ALLOWED_binary_crypto_ctrader_and_9_more:
        obj.account_type = value
    else:
        raise _not_one_of(
            "'binary', 'crypto', 'ctrader', 'doughflow', 'dxtrade', 'mt5', 'p2p', 'paymentagent', 'paymentagent_client', 'standard', 'virtual', 'partner'",
            value,
        ).at("account_type")
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (value := data["balance"]).__class__ is str:
        obj.balance = value
    else:
        raise _expected("a string", value).at("balance")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "demo_account" not in data:
        obj.demo_account = None
        count += 1
    elif (value := data["demo_account"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.demo_account = value
    else:
        raise _not_one_of("0, 1", value).at("demo_account")
    if "landing_company_short" not in data:
        obj.landing_company_short = None
        count += 1
    elif (value := data["landing_company_short"]).__class__ is str:
        obj.landing_company_short = value
    else:
        raise _expected("a string", value).at("landing_company_short")
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "market_type" not in data:
        obj.market_type = None
        count += 1
    elif (
        value := data["market_type"]
    ).__class__ is _STR and value in _ALLOWED_all_financial_synthetic:
        obj.market_type = value
    else:
        raise _not_one_of("'all', 'financial', 'synthetic'", value).at("market_type")
    if "mt5_group" not in data:
        obj.mt5_group = None
        count += 1
    elif (value := data["mt5_group"]).__class__ is str:
        obj.mt5_group = value
    else:
        raise _expected("a string", value).at("mt5_group")
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
    if "status" not in data:
        obj.status = UNSET
        count += 1
    elif (value := data["status"]) is None or (value.__class__ is str):
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "sub_account_type" not in data:
        obj.sub_account_type = None
        count += 1
    elif (
        value := data["sub_account_type"]
    ).__class__ is _STR and value in _ALLOWED_financial_financial_stp_gold_and_3_more:
        obj.sub_account_type = value
    else:
        raise _not_one_of(
            "'financial', 'financial_stp', 'standard', 'swap_free', 'zero_spread', 'gold'", value
        ).at("sub_account_type")
    if "transfers" not in data:
        obj.transfers = None
        count += 1
    elif (
        value := data["transfers"]
    ).__class__ is _STR and value in _ALLOWED_all_deposit_none_withdrawal:
        obj.transfers = value
    else:
        raise _not_one_of("'all', 'deposit', 'none', 'withdrawal'", value).at("transfers")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_TRANSFER_BETWEEN_ACCOUNTS_RESPONSE_ACCOUNTS_ITEM
        }
    return obj


def unstructure_transfer_between_accounts_response_accounts_item(
    obj: m.TransferBetweenAccountsResponseAccountsItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_category
    if value is not None:
        data["account_category"] = value
    value = obj.account_type
    if value is not None:
        data["account_type"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.demo_account
    if value is not None:
        data["demo_account"] = value
    value = obj.landing_company_short
    if value is not None:
        data["landing_company_short"] = value
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.market_type
    if value is not None:
        data["market_type"] = value
    value = obj.mt5_group
    if value is not None:
        data["mt5_group"] = value
    value = obj.product
    if value is not None:
        data["product"] = value
    value = obj.status
    if value is not UNSET:
        data["status"] = value
    value = obj.sub_account_type
    if value is not None:
        data["sub_account_type"] = value
    value = obj.transfers
    if value is not None:
        data["transfers"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.TransferBetweenAccountsRequest: structure_transfer_between_accounts_request,
    m.TransferBetweenAccountsResponse: structure_transfer_between_accounts_response,
    m.TransferBetweenAccountsResponseAccountsItem: structure_transfer_between_accounts_response_accounts_item,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.TransferBetweenAccountsRequest: unstructure_transfer_between_accounts_request,
    m.TransferBetweenAccountsResponse: unstructure_transfer_between_accounts_response,
    m.TransferBetweenAccountsResponseAccountsItem: unstructure_transfer_between_accounts_response_accounts_item,
}
