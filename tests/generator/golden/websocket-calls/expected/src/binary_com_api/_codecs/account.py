"""Decoders and encoders of the models of the calls of the account group.

Written out per model for speed; reached through `binary_com_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import models as m
from .._codec import (
    _INT,
    _STR,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
)
from .._runtime.core.types import UNSET
from ..errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_authorize = frozenset({"authorize"})


_ALLOWED_balance = frozenset({"balance"})


_ALLOWED_ctrader_dtrade_dwallet_and_2_more = frozenset(
    {"ctrader", "dtrade", "dwallet", "dxtrade", "mt5"}
)


_ALLOWED_deriv_mt5 = frozenset({"deriv", "mt5"})


_ALLOWED_trading_wallet = frozenset({"trading", "wallet"})


_KEYS_AUTHORIZE_REQUEST = frozenset(
    (
        "authorize",
        "add_to_login_history",
        "tokens",
        "passthrough",
        "req_id",
    )
)


_KEYS_AUTHORIZE_RESPONSE = frozenset(
    (
        "authorize",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_AUTHORIZE_RESPONSE_AUTHORIZE = frozenset(
    (
        "account_list",
        "balance",
        "country",
        "currency",
        "email",
        "fullname",
        "is_virtual",
        "landing_company_fullname",
        "landing_company_name",
        "linked_to",
        "local_currencies",
        "loginid",
        "preferred_language",
        "scopes",
        "upgradeable_landing_companies",
        "user_id",
    )
)


_KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_ACCOUNT_LIST_ITEM = frozenset(
    (
        "account_category",
        "account_type",
        "broker",
        "created_at",
        "currency",
        "currency_type",
        "excluded_until",
        "is_disabled",
        "is_virtual",
        "landing_company_name",
        "linked_to",
        "loginid",
    )
)


_KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_ACCOUNT_LIST_ITEM_LINKED_TO_ITEM = frozenset(
    (
        "loginid",
        "platform",
    )
)


_KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_LINKED_TO_ITEM = frozenset(
    (
        "loginid",
        "platform",
    )
)


_KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_LOCAL_CURRENCIES_VALUE = frozenset(("fractional_digits",))


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


def _decode_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(
    value: Any,
) -> m.AuthorizeResponseAuthorizeLocalCurrenciesValue | Any:
    result: m.AuthorizeResponseAuthorizeLocalCurrenciesValue | Any = _first_match(
        value,
        (
            structure_authorize_response_authorize_local_currencies_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_dict_of_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(
    value: Any,
) -> dict[str, m.AuthorizeResponseAuthorizeLocalCurrenciesValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


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


def _decode_list_of_AuthorizeResponseAuthorizeAccountListItem(
    value: Any,
) -> list[m.AuthorizeResponseAuthorizeAccountListItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_authorize_response_authorize_account_list_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_authorize_response_authorize_account_list_item
        ) from None


def _decode_list_of_AuthorizeResponseAuthorizeAccountListItemLinkedToItem(
    value: Any,
) -> list[m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            structure_authorize_response_authorize_account_list_item_linked_to_item(item)
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value, structure_authorize_response_authorize_account_list_item_linked_to_item
        ) from None


def _decode_list_of_AuthorizeResponseAuthorizeLinkedToItem(
    value: Any,
) -> list[m.AuthorizeResponseAuthorizeLinkedToItem]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_authorize_response_authorize_linked_to_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(
            value, structure_authorize_response_authorize_linked_to_item
        ) from None


def _decode_list_of_str(value: Any) -> list[str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            if item.__class__ is not str:
                raise _expected("a string", item)
        except DecodeError as error:
            raise error.at(index) from None
    result: list[str] = value
    return result


def structure_authorize_request(data: Any) -> m.AuthorizeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeRequest)
    count = len(data)
    if count == 5:
        try:
            v_authorize = data["authorize"]
            v_add_to_login_history = data["add_to_login_history"]
            v_tokens = data["tokens"]
            v_passthrough = data["passthrough"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_authorize.__class__ is str)
                and (
                    v_add_to_login_history.__class__ is _INT
                    and v_add_to_login_history in _ALLOWED_0_1
                )
                and (v_passthrough.__class__ is dict)
                and (v_req_id.__class__ is int)
            ):
                obj.authorize = v_authorize
                obj.add_to_login_history = v_add_to_login_history
                try:
                    obj.tokens = _decode_list_of_str(v_tokens)
                except DecodeError as error:
                    raise error.at("tokens") from None
                obj.passthrough = v_passthrough
                obj.req_id = v_req_id
                return obj
    try:
        value = data["authorize"]
    except KeyError:
        raise DecodeError("required field is missing", ("authorize",)) from None
    if value.__class__ is str:
        obj.authorize = value
    else:
        raise _expected("a string", value).at("authorize")
    if "add_to_login_history" not in data:
        obj.add_to_login_history = None
        count += 1
    elif (value := data["add_to_login_history"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.add_to_login_history = value
    else:
        raise _not_one_of("1, 0", value).at("add_to_login_history")
    if "tokens" not in data:
        obj.tokens = None
        count += 1
    else:
        value = data["tokens"]
        try:
            obj.tokens = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tokens") from None
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
    if count != 5:
        unknown = sorted(key for key in data if key not in _KEYS_AUTHORIZE_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_authorize_request(obj: m.AuthorizeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"authorize": obj.authorize}
    value: Any
    value = obj.add_to_login_history
    if value is not None:
        data["add_to_login_history"] = value
    value = obj.tokens
    if value is not None:
        data["tokens"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_authorize_response(data: Any) -> m.AuthorizeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponse)
    count = len(data)
    if count == 4:
        try:
            v_authorize = data["authorize"]
            v_echo_req = data["echo_req"]
            v_msg_type = data["msg_type"]
            v_req_id = data["req_id"]
        except KeyError:
            pass
        else:
            if (
                (v_echo_req.__class__ is dict)
                and (v_msg_type.__class__ is _STR and v_msg_type in _ALLOWED_authorize)
                and (v_req_id.__class__ is int)
            ):
                try:
                    obj.authorize = structure_authorize_response_authorize(v_authorize)
                except DecodeError as error:
                    raise error.at("authorize") from None
                obj.echo_req = v_echo_req
                obj.msg_type = v_msg_type
                obj.req_id = v_req_id
                obj.extra_fields = {}
                return obj
    if "authorize" not in data:
        obj.authorize = None
        count += 1
    else:
        value = data["authorize"]
        try:
            obj.authorize = structure_authorize_response_authorize(value)
        except DecodeError as error:
            raise error.at("authorize") from None
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
    if value.__class__ is _STR and value in _ALLOWED_authorize:
        obj.msg_type = value
    else:
        raise _not_one_of("'authorize'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_AUTHORIZE_RESPONSE}
    return obj


def unstructure_authorize_response(obj: m.AuthorizeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.authorize
    if value is not None:
        data["authorize"] = unstructure_authorize_response_authorize(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_authorize_response_authorize(data: Any) -> m.AuthorizeResponseAuthorize:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponseAuthorize)
    count = len(data)
    if count == 16:
        try:
            v_account_list = data["account_list"]
            v_balance = data["balance"]
            v_country = data["country"]
            v_currency = data["currency"]
            v_email = data["email"]
            v_fullname = data["fullname"]
            v_is_virtual = data["is_virtual"]
            v_landing_company_fullname = data["landing_company_fullname"]
            v_landing_company_name = data["landing_company_name"]
            v_linked_to = data["linked_to"]
            v_local_currencies = data["local_currencies"]
            v_loginid = data["loginid"]
            v_preferred_language = data["preferred_language"]
            v_scopes = data["scopes"]
            v_upgradeable_landing_companies = data["upgradeable_landing_companies"]
            v_user_id = data["user_id"]
        except KeyError:
            pass
        else:
            if (
                ((kind := v_balance.__class__) is float or kind is int)
                and (v_country.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_email.__class__ is str)
                and (v_fullname.__class__ is str)
                and (v_is_virtual.__class__ is _INT and v_is_virtual in _ALLOWED_0_1)
                and (v_landing_company_fullname.__class__ is str)
                and (v_landing_company_name.__class__ is str)
                and (v_loginid.__class__ is str)
                and (v_preferred_language is None or (v_preferred_language.__class__ is str))
                and (v_upgradeable_landing_companies.__class__ is list)
                and (v_user_id.__class__ is int)
            ):
                try:
                    obj.account_list = _decode_list_of_AuthorizeResponseAuthorizeAccountListItem(
                        v_account_list
                    )
                except DecodeError as error:
                    raise error.at("account_list") from None
                obj.balance = v_balance
                obj.country = v_country
                obj.currency = v_currency
                obj.email = v_email
                obj.fullname = v_fullname
                obj.is_virtual = v_is_virtual
                obj.landing_company_fullname = v_landing_company_fullname
                obj.landing_company_name = v_landing_company_name
                try:
                    obj.linked_to = _decode_list_of_AuthorizeResponseAuthorizeLinkedToItem(
                        v_linked_to
                    )
                except DecodeError as error:
                    raise error.at("linked_to") from None
                try:
                    obj.local_currencies = (
                        _decode_dict_of_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(
                            v_local_currencies
                        )
                    )
                except DecodeError as error:
                    raise error.at("local_currencies") from None
                obj.loginid = v_loginid
                obj.preferred_language = v_preferred_language
                try:
                    obj.scopes = _decode_list_of_str(v_scopes)
                except DecodeError as error:
                    raise error.at("scopes") from None
                obj.upgradeable_landing_companies = v_upgradeable_landing_companies
                obj.user_id = v_user_id
                obj.extra_fields = {}
                return obj
    if "account_list" not in data:
        obj.account_list = None
        count += 1
    else:
        value = data["account_list"]
        try:
            obj.account_list = _decode_list_of_AuthorizeResponseAuthorizeAccountListItem(value)
        except DecodeError as error:
            raise error.at("account_list") from None
    if "balance" not in data:
        obj.balance = None
        count += 1
    elif (kind := (value := data["balance"]).__class__) is float or kind is int:
        obj.balance = value
    else:
        raise _expected("a number", value).at("balance")
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
    if "email" not in data:
        obj.email = None
        count += 1
    elif (value := data["email"]).__class__ is str:
        obj.email = value
    else:
        raise _expected("a string", value).at("email")
    if "fullname" not in data:
        obj.fullname = None
        count += 1
    elif (value := data["fullname"]).__class__ is str:
        obj.fullname = value
    else:
        raise _expected("a string", value).at("fullname")
    if "is_virtual" not in data:
        obj.is_virtual = None
        count += 1
    elif (value := data["is_virtual"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_virtual = value
    else:
        raise _not_one_of("0, 1", value).at("is_virtual")
    if "landing_company_fullname" not in data:
        obj.landing_company_fullname = None
        count += 1
    elif (value := data["landing_company_fullname"]).__class__ is str:
        obj.landing_company_fullname = value
    else:
        raise _expected("a string", value).at("landing_company_fullname")
    if "landing_company_name" not in data:
        obj.landing_company_name = None
        count += 1
    elif (value := data["landing_company_name"]).__class__ is str:
        obj.landing_company_name = value
    else:
        raise _expected("a string", value).at("landing_company_name")
    if "linked_to" not in data:
        obj.linked_to = None
        count += 1
    else:
        value = data["linked_to"]
        try:
            obj.linked_to = _decode_list_of_AuthorizeResponseAuthorizeLinkedToItem(value)
        except DecodeError as error:
            raise error.at("linked_to") from None
    if "local_currencies" not in data:
        obj.local_currencies = None
        count += 1
    else:
        value = data["local_currencies"]
        try:
            obj.local_currencies = (
                _decode_dict_of_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(value)
            )
        except DecodeError as error:
            raise error.at("local_currencies") from None
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "preferred_language" not in data:
        obj.preferred_language = UNSET
        count += 1
    elif (value := data["preferred_language"]) is None or (value.__class__ is str):
        obj.preferred_language = value
    else:
        raise _expected("a string", value).at("preferred_language")
    if "scopes" not in data:
        obj.scopes = None
        count += 1
    else:
        value = data["scopes"]
        try:
            obj.scopes = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("scopes") from None
    if "upgradeable_landing_companies" not in data:
        obj.upgradeable_landing_companies = None
        count += 1
    elif (value := data["upgradeable_landing_companies"]).__class__ is list:
        obj.upgradeable_landing_companies = value
    else:
        raise _expected("an array", value).at("upgradeable_landing_companies")
    if "user_id" not in data:
        obj.user_id = None
        count += 1
    elif (value := data["user_id"]).__class__ is int:
        obj.user_id = value
    else:
        raise _expected("an integer", value).at("user_id")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v for k, v in data.items() if k not in _KEYS_AUTHORIZE_RESPONSE_AUTHORIZE
        }
    return obj


def unstructure_authorize_response_authorize(obj: m.AuthorizeResponseAuthorize) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.account_list
    if value is not None:
        data["account_list"] = [
            unstructure_authorize_response_authorize_account_list_item(item) for item in value
        ]
    value = obj.balance
    if value is not None:
        data["balance"] = value
    value = obj.country
    if value is not None:
        data["country"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.email
    if value is not None:
        data["email"] = value
    value = obj.fullname
    if value is not None:
        data["fullname"] = value
    value = obj.is_virtual
    if value is not None:
        data["is_virtual"] = value
    value = obj.landing_company_fullname
    if value is not None:
        data["landing_company_fullname"] = value
    value = obj.landing_company_name
    if value is not None:
        data["landing_company_name"] = value
    value = obj.linked_to
    if value is not None:
        data["linked_to"] = [
            unstructure_authorize_response_authorize_linked_to_item(item) for item in value
        ]
    value = obj.local_currencies
    if value is not None:
        data["local_currencies"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.preferred_language
    if value is not UNSET:
        data["preferred_language"] = value
    value = obj.scopes
    if value is not None:
        data["scopes"] = value
    value = obj.upgradeable_landing_companies
    if value is not None:
        data["upgradeable_landing_companies"] = value
    value = obj.user_id
    if value is not None:
        data["user_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_authorize_response_authorize_account_list_item(
    data: Any,
) -> m.AuthorizeResponseAuthorizeAccountListItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponseAuthorizeAccountListItem)
    count = len(data)
    if count == 12:
        try:
            v_account_category = data["account_category"]
            v_account_type = data["account_type"]
            v_broker = data["broker"]
            v_created_at = data["created_at"]
            v_currency = data["currency"]
            v_currency_type = data["currency_type"]
            v_excluded_until = data["excluded_until"]
            v_is_disabled = data["is_disabled"]
            v_is_virtual = data["is_virtual"]
            v_landing_company_name = data["landing_company_name"]
            v_linked_to = data["linked_to"]
            v_loginid = data["loginid"]
        except KeyError:
            pass
        else:
            if (
                (
                    v_account_category.__class__ is _STR
                    and v_account_category in _ALLOWED_trading_wallet
                )
                and (v_account_type.__class__ is str)
                and (v_broker.__class__ is str)
                and (v_created_at.__class__ is int)
                and (v_currency.__class__ is str)
                and (v_currency_type.__class__ is str)
                and (v_excluded_until.__class__ is int)
                and (v_is_disabled.__class__ is _INT and v_is_disabled in _ALLOWED_0_1)
                and (v_is_virtual.__class__ is _INT and v_is_virtual in _ALLOWED_0_1)
                and (v_landing_company_name.__class__ is str)
                and (v_loginid.__class__ is str)
            ):
                obj.account_category = v_account_category
                obj.account_type = v_account_type
                obj.broker = v_broker
                obj.created_at = v_created_at
                obj.currency = v_currency
                obj.currency_type = v_currency_type
                obj.excluded_until = v_excluded_until
                obj.is_disabled = v_is_disabled
                obj.is_virtual = v_is_virtual
                obj.landing_company_name = v_landing_company_name
                try:
                    obj.linked_to = (
                        _decode_list_of_AuthorizeResponseAuthorizeAccountListItemLinkedToItem(
                            v_linked_to
                        )
                    )
                except DecodeError as error:
                    raise error.at("linked_to") from None
                obj.loginid = v_loginid
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
    elif (value := data["account_type"]).__class__ is str:
        obj.account_type = value
    else:
        raise _expected("a string", value).at("account_type")
    if "broker" not in data:
        obj.broker = None
        count += 1
    elif (value := data["broker"]).__class__ is str:
        obj.broker = value
    else:
        raise _expected("a string", value).at("broker")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is int:
        obj.created_at = value
    else:
        raise _expected("an integer", value).at("created_at")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "currency_type" not in data:
        obj.currency_type = None
        count += 1
    elif (value := data["currency_type"]).__class__ is str:
        obj.currency_type = value
    else:
        raise _expected("a string", value).at("currency_type")
    if "excluded_until" not in data:
        obj.excluded_until = None
        count += 1
    elif (value := data["excluded_until"]).__class__ is int:
        obj.excluded_until = value
    else:
        raise _expected("an integer", value).at("excluded_until")
    if "is_disabled" not in data:
        obj.is_disabled = None
        count += 1
    elif (value := data["is_disabled"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_disabled = value
    else:
        raise _not_one_of("1, 0", value).at("is_disabled")
    if "is_virtual" not in data:
        obj.is_virtual = None
        count += 1
    elif (value := data["is_virtual"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_virtual = value
    else:
        raise _not_one_of("1, 0", value).at("is_virtual")
    if "landing_company_name" not in data:
        obj.landing_company_name = None
        count += 1
    elif (value := data["landing_company_name"]).__class__ is str:
        obj.landing_company_name = value
    else:
        raise _expected("a string", value).at("landing_company_name")
    if "linked_to" not in data:
        obj.linked_to = None
        count += 1
    else:
        value = data["linked_to"]
        try:
            obj.linked_to = _decode_list_of_AuthorizeResponseAuthorizeAccountListItemLinkedToItem(
                value
            )
        except DecodeError as error:
            raise error.at("linked_to") from None
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_ACCOUNT_LIST_ITEM
        }
    return obj


def unstructure_authorize_response_authorize_account_list_item(
    obj: m.AuthorizeResponseAuthorizeAccountListItem,
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
    value = obj.broker
    if value is not None:
        data["broker"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.currency_type
    if value is not None:
        data["currency_type"] = value
    value = obj.excluded_until
    if value is not None:
        data["excluded_until"] = value
    value = obj.is_disabled
    if value is not None:
        data["is_disabled"] = value
    value = obj.is_virtual
    if value is not None:
        data["is_virtual"] = value
    value = obj.landing_company_name
    if value is not None:
        data["landing_company_name"] = value
    value = obj.linked_to
    if value is not None:
        data["linked_to"] = [
            unstructure_authorize_response_authorize_account_list_item_linked_to_item(item)
            for item in value
        ]
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_authorize_response_authorize_account_list_item_linked_to_item(
    data: Any,
) -> m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem)
    count = len(data)
    if count == 2:
        try:
            v_loginid = data["loginid"]
            v_platform = data["platform"]
        except KeyError:
            pass
        else:
            if (v_loginid.__class__ is str) and (
                v_platform.__class__ is _STR
                and v_platform in _ALLOWED_ctrader_dtrade_dwallet_and_2_more
            ):
                obj.loginid = v_loginid
                obj.platform = v_platform
                obj.extra_fields = {}
                return obj
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "platform" not in data:
        obj.platform = None
        count += 1
    elif (
        value := data["platform"]
    ).__class__ is _STR and value in _ALLOWED_ctrader_dtrade_dwallet_and_2_more:
        obj.platform = value
    else:
        raise _not_one_of("'ctrader', 'dtrade', 'dwallet', 'dxtrade', 'mt5'", value).at("platform")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_ACCOUNT_LIST_ITEM_LINKED_TO_ITEM
        }
    return obj


def unstructure_authorize_response_authorize_account_list_item_linked_to_item(
    obj: m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.platform
    if value is not None:
        data["platform"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_authorize_response_authorize_linked_to_item(
    data: Any,
) -> m.AuthorizeResponseAuthorizeLinkedToItem:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponseAuthorizeLinkedToItem)
    count = len(data)
    if count == 2:
        try:
            v_loginid = data["loginid"]
            v_platform = data["platform"]
        except KeyError:
            pass
        else:
            if (v_loginid.__class__ is str) and (
                v_platform.__class__ is _STR
                and v_platform in _ALLOWED_ctrader_dtrade_dwallet_and_2_more
            ):
                obj.loginid = v_loginid
                obj.platform = v_platform
                obj.extra_fields = {}
                return obj
    if "loginid" not in data:
        obj.loginid = None
        count += 1
    elif (value := data["loginid"]).__class__ is str:
        obj.loginid = value
    else:
        raise _expected("a string", value).at("loginid")
    if "platform" not in data:
        obj.platform = None
        count += 1
    elif (
        value := data["platform"]
    ).__class__ is _STR and value in _ALLOWED_ctrader_dtrade_dwallet_and_2_more:
        obj.platform = value
    else:
        raise _not_one_of("'ctrader', 'dtrade', 'dwallet', 'dxtrade', 'mt5'", value).at("platform")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_LINKED_TO_ITEM
        }
    return obj


def unstructure_authorize_response_authorize_linked_to_item(
    obj: m.AuthorizeResponseAuthorizeLinkedToItem,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.loginid
    if value is not None:
        data["loginid"] = value
    value = obj.platform
    if value is not None:
        data["platform"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_authorize_response_authorize_local_currencies_value(
    data: Any,
) -> m.AuthorizeResponseAuthorizeLocalCurrenciesValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeResponseAuthorizeLocalCurrenciesValue)
    count = len(data)
    if count == 1:
        try:
            v_fractional_digits = data["fractional_digits"]
        except KeyError:
            pass
        else:
            if v_fractional_digits.__class__ is int:
                obj.fractional_digits = v_fractional_digits
                obj.extra_fields = {}
                return obj
    try:
        value = data["fractional_digits"]
    except KeyError:
        raise DecodeError("required field is missing", ("fractional_digits",)) from None
    if value.__class__ is int:
        obj.fractional_digits = value
    else:
        raise _expected("an integer", value).at("fractional_digits")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {
            k: v
            for k, v in data.items()
            if k not in _KEYS_AUTHORIZE_RESPONSE_AUTHORIZE_LOCAL_CURRENCIES_VALUE
        }
    return obj


def unstructure_authorize_response_authorize_local_currencies_value(
    obj: m.AuthorizeResponseAuthorizeLocalCurrenciesValue,
) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"fractional_digits": obj.fractional_digits}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


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
    m.AuthorizeRequest: structure_authorize_request,
    m.AuthorizeResponse: structure_authorize_response,
    m.AuthorizeResponseAuthorize: structure_authorize_response_authorize,
    m.AuthorizeResponseAuthorizeAccountListItem: structure_authorize_response_authorize_account_list_item,
    m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem: structure_authorize_response_authorize_account_list_item_linked_to_item,
    m.AuthorizeResponseAuthorizeLinkedToItem: structure_authorize_response_authorize_linked_to_item,
    m.AuthorizeResponseAuthorizeLocalCurrenciesValue: structure_authorize_response_authorize_local_currencies_value,
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
    m.AuthorizeRequest: unstructure_authorize_request,
    m.AuthorizeResponse: unstructure_authorize_response,
    m.AuthorizeResponseAuthorize: unstructure_authorize_response_authorize,
    m.AuthorizeResponseAuthorizeAccountListItem: unstructure_authorize_response_authorize_account_list_item,
    m.AuthorizeResponseAuthorizeAccountListItemLinkedToItem: unstructure_authorize_response_authorize_account_list_item_linked_to_item,
    m.AuthorizeResponseAuthorizeLinkedToItem: unstructure_authorize_response_authorize_linked_to_item,
    m.AuthorizeResponseAuthorizeLocalCurrenciesValue: unstructure_authorize_response_authorize_local_currencies_value,
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
