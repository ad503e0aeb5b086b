"""Decoders and encoders for every model, written out per model for speed.

`converter()` exposes them as a cattrs converter for callers who prefer the cattrs API; it is
built on first use so importing the package stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal

from . import models as m
from ._runtime.core.exact_json import MAX_EXPONENT, in_range
from ._runtime.core.types import UNSET
from .errors import DecodeError

if TYPE_CHECKING:
    import cattrs

_MISSING: Any = object()
_SCALAR_CLASSES = frozenset({str, int, float, bool, type(None)})
# The classes of Literal values, typed Any so that a class test does not narrow the value
# to the class (a Literal field does not accept a plain `str`).
_STR: Any = str
_INT: Any = int
_FLOAT: Any = float
_BOOL: Any = bool
_new = object.__new__
_JSON_KINDS = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "a boolean",
    type(None): "null",
    # (A number read exactly because a float cannot hold it: see `_runtime.core.exact_json`.)
    Decimal: "a number a float cannot hold exactly",
}


def _expected(what: str, value: object) -> DecodeError:
    return DecodeError(f"expected {what}, got {_JSON_KINDS.get(type(value), type(value).__name__)}")


def _not_one_of(allowed: str, value: object) -> DecodeError:
    shown = repr(value)
    if len(shown) > 40:
        shown = shown[:37] + "..."
    return DecodeError(f"expected one of {allowed}, got {shown}")


def _wrong_length(size: int, value: list[Any]) -> DecodeError:
    return DecodeError(f"expected an array of {size} items, got {len(value)}")


def _decimal(value: Any) -> Decimal:
    """Decimal strings become `Decimal`; bare JSON numbers are accepted too (read exactly:
    see `_runtime.core.exact_json`). An exponent past `MAX_EXPONENT` is refused."""
    if value.__class__ is str:
        try:
            result = Decimal(value)
        except InvalidOperation:
            raise _not_one_of("decimal strings", value) from None
        if not result.is_finite():
            raise _not_one_of("finite decimal strings", value)
        if not in_range(result):
            raise _not_one_of(f"decimal strings with an exponent within {MAX_EXPONENT}", value)
        return result
    if value.__class__ is int or value.__class__ is float:
        return Decimal(str(value))
    if value.__class__ is Decimal:
        exact: Decimal = value
        return exact
    raise _expected("a decimal string", value)


def _decimal_text(value: Decimal) -> str:
    """Plain notation keeps every digit the server sent, trailing zeros included."""
    return format(value, "f")


def _first_match(value: Any, decoders: tuple[Callable[[Any], Any], ...]) -> Any:
    reasons = []
    for decode in decoders:
        try:
            return decode(value)
        except DecodeError as error:
            # Where inside the value each form failed, e.g. "... at [3]" for a tuple position.
            where = "".join(
                f"[{part}]" if part.__class__ is int else f".{part}" for part in error.path
            )
            reasons.append(f"{error.message} at {where}" if where else str(error.message))
    raise DecodeError("matches none of the allowed forms: " + "; ".join(reasons))


def _locate_item_error(items: list[Any], decode: Callable[[Any], Any]) -> DecodeError:
    for index, item in enumerate(items):
        try:
            decode(item)
        except DecodeError as error:
            return error.at(index)
    return DecodeError("array item failed to decode")


def _decode_extras(
    data: dict[str, Any], known: frozenset[str], decode: Callable[[Any], Any]
) -> dict[str, Any]:
    extras = {}
    for key, item in data.items():
        if key not in known:
            try:
                extras[key] = decode(item)
            except DecodeError as error:
                raise error.at(key) from None
    return extras


def _encode_any(value: Any) -> Any:
    """The generic path, for union-typed values whose class decides how they encode."""
    encode = _UNSTRUCTURE.get(value.__class__)
    if encode is not None:
        return encode(value)
    if value.__class__ is Decimal:
        return _decimal_text(value)
    if value.__class__ is list or value.__class__ is tuple:
        return [_encode_any(item) for item in value]
    if value.__class__ is dict:
        return {key: _encode_any(item) for key, item in value.items()}
    return value


_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_1 = frozenset({1})


_ALLOWED_authorize = frozenset({"authorize"})


_ALLOWED_balance = frozenset({"balance"})


_ALLOWED_balance_candles_cashier_payments_and_11_more = frozenset(
    {
        "balance",
        "candles",
        "cashier_payments",
        "crypto_estimations",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "p2p_settings",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "trading_platform_asset_listing",
        "transaction",
        "website_status",
    }
)


_ALLOWED_ctrader_dtrade_dwallet_and_2_more = frozenset(
    {"ctrader", "dtrade", "dwallet", "dxtrade", "mt5"}
)


_ALLOWED_deriv_mt5 = frozenset({"deriv", "mt5"})


_ALLOWED_forget = frozenset({"forget"})


_ALLOWED_forget_all = frozenset({"forget_all"})


_ALLOWED_ping = frozenset({"ping"})


_ALLOWED_pong = frozenset({"pong"})


_ALLOWED_tick = frozenset({"tick"})


_ALLOWED_time = frozenset({"time"})


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


_KEYS_FORGET_ALL_REQUEST = frozenset(
    (
        "forget_all",
        "passthrough",
        "req_id",
    )
)


_KEYS_FORGET_ALL_RESPONSE = frozenset(
    (
        "forget_all",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_FORGET_REQUEST = frozenset(
    (
        "forget",
        "passthrough",
        "req_id",
    )
)


_KEYS_FORGET_RESPONSE = frozenset(
    (
        "forget",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_PING_REQUEST = frozenset(
    (
        "ping",
        "passthrough",
        "req_id",
    )
)


_KEYS_PING_RESPONSE = frozenset(
    (
        "ping",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TICKS_REQUEST = frozenset(
    (
        "ticks",
        "subscribe",
        "passthrough",
        "req_id",
    )
)


_KEYS_TICKS_RESPONSE = frozenset(
    (
        "tick",
        "subscription",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


_KEYS_TICKS_RESPONSE_SUBSCRIPTION = frozenset(("id",))


_KEYS_TICKS_RESPONSE_TICK = frozenset(
    (
        "ask",
        "bid",
        "epoch",
        "id",
        "pip_size",
        "quote",
        "symbol",
    )
)


_KEYS_TIME_REQUEST = frozenset(
    (
        "time",
        "passthrough",
        "req_id",
    )
)


_KEYS_TIME_RESPONSE = frozenset(
    (
        "time",
        "echo_req",
        "msg_type",
        "req_id",
    )
)


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


def _decode_list_of_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> list[
    Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ]
]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    for index, item in enumerate(value):
        try:
            kind = item.__class__
            if kind is not str or item not in _ALLOWED_balance_candles_cashier_payments_and_11_more:
                raise _not_one_of(
                    "'balance', 'candles', 'cashier_payments', 'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', 'p2p_settings', 'crypto_estimations'",
                    item,
                )
        except DecodeError as error:
            raise error.at(index) from None
    result: list[
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
    ] = value
    return result


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


def _decode_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> Literal[
    "balance",
    "candles",
    "cashier_payments",
    "p2p_advert",
    "p2p_advertiser",
    "p2p_order",
    "proposal",
    "proposal_open_contract",
    "ticks",
    "transaction",
    "trading_platform_asset_listing",
    "website_status",
    "p2p_settings",
    "crypto_estimations",
]:
    kind = value.__class__
    if kind is not str or value not in _ALLOWED_balance_candles_cashier_payments_and_11_more:
        raise _not_one_of(
            "'balance', 'candles', 'cashier_payments', 'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', 'p2p_settings', 'crypto_estimations'",
            value,
        )
    result: Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ] = value
    return result


def _decode_one_of_balance_candles_cashier_payments_and_11_more_or_list_of_one_of_balance_candles_cashier_payments_and_11_more(
    value: Any,
) -> (
    Literal[
        "balance",
        "candles",
        "cashier_payments",
        "p2p_advert",
        "p2p_advertiser",
        "p2p_order",
        "proposal",
        "proposal_open_contract",
        "ticks",
        "transaction",
        "trading_platform_asset_listing",
        "website_status",
        "p2p_settings",
        "crypto_estimations",
    ]
    | list[
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
    ]
):
    result: (
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
        | list[
            Literal[
                "balance",
                "candles",
                "cashier_payments",
                "p2p_advert",
                "p2p_advertiser",
                "p2p_order",
                "proposal",
                "proposal_open_contract",
                "ticks",
                "transaction",
                "trading_platform_asset_listing",
                "website_status",
                "p2p_settings",
                "crypto_estimations",
            ]
        ]
    ) = _first_match(
        value,
        (
            _decode_one_of_balance_candles_cashier_payments_and_11_more,
            _decode_list_of_one_of_balance_candles_cashier_payments_and_11_more,
        ),
    )
    return result


def _decode_str(value: Any) -> str:
    if value.__class__ is not str:
        raise _expected("a string", value)
    result: str = value
    return result


def _decode_str_or_list_of_str(value: Any) -> str | list[str]:
    result: str | list[str] = _first_match(
        value,
        (
            _decode_str,
            _decode_list_of_str,
        ),
    )
    return result


def structure_authorize_request(data: Any) -> m.AuthorizeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AuthorizeRequest)
    count = len(data)
    try:
        value = data["authorize"]
    except KeyError:
        raise DecodeError("required field is missing", ("authorize",)) from None
    if value.__class__ is str:
        obj.authorize = value
    else:
        raise _expected("a string", value).at("authorize")
    value = data.get("add_to_login_history", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.add_to_login_history = value
    elif value is _MISSING:
        obj.add_to_login_history = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("add_to_login_history")
    value = data.get("tokens", _MISSING)
    if value is _MISSING:
        obj.tokens = None
        count += 1
    else:
        try:
            obj.tokens = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("tokens") from None
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
    value = data.get("authorize", _MISSING)
    if value is _MISSING:
        obj.authorize = None
        count += 1
    else:
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
    value = data.get("account_list", _MISSING)
    if value is _MISSING:
        obj.account_list = None
        count += 1
    else:
        try:
            obj.account_list = _decode_list_of_AuthorizeResponseAuthorizeAccountListItem(value)
        except DecodeError as error:
            raise error.at("account_list") from None
    value = data.get("balance", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.balance = value
    elif value is _MISSING:
        obj.balance = None
        count += 1
    else:
        raise _expected("a number", value).at("balance")
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
    value = data.get("email", _MISSING)
    if value.__class__ is str:
        obj.email = value
    elif value is _MISSING:
        obj.email = None
        count += 1
    else:
        raise _expected("a string", value).at("email")
    value = data.get("fullname", _MISSING)
    if value.__class__ is str:
        obj.fullname = value
    elif value is _MISSING:
        obj.fullname = None
        count += 1
    else:
        raise _expected("a string", value).at("fullname")
    value = data.get("is_virtual", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_virtual = value
    elif value is _MISSING:
        obj.is_virtual = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("is_virtual")
    value = data.get("landing_company_fullname", _MISSING)
    if value.__class__ is str:
        obj.landing_company_fullname = value
    elif value is _MISSING:
        obj.landing_company_fullname = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_fullname")
    value = data.get("landing_company_name", _MISSING)
    if value.__class__ is str:
        obj.landing_company_name = value
    elif value is _MISSING:
        obj.landing_company_name = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_name")
    value = data.get("linked_to", _MISSING)
    if value is _MISSING:
        obj.linked_to = None
        count += 1
    else:
        try:
            obj.linked_to = _decode_list_of_AuthorizeResponseAuthorizeLinkedToItem(value)
        except DecodeError as error:
            raise error.at("linked_to") from None
    value = data.get("local_currencies", _MISSING)
    if value is _MISSING:
        obj.local_currencies = None
        count += 1
    else:
        try:
            obj.local_currencies = (
                _decode_dict_of_AuthorizeResponseAuthorizeLocalCurrenciesValue_or_any(value)
            )
        except DecodeError as error:
            raise error.at("local_currencies") from None
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("preferred_language", _MISSING)
    if value is None or (value.__class__ is str):
        obj.preferred_language = value
    elif value is _MISSING:
        obj.preferred_language = UNSET
        count += 1
    else:
        raise _expected("a string", value).at("preferred_language")
    value = data.get("scopes", _MISSING)
    if value is _MISSING:
        obj.scopes = None
        count += 1
    else:
        try:
            obj.scopes = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("scopes") from None
    value = data.get("upgradeable_landing_companies", _MISSING)
    if value.__class__ is list:
        obj.upgradeable_landing_companies = value
    elif value is _MISSING:
        obj.upgradeable_landing_companies = None
        count += 1
    else:
        raise _expected("an array", value).at("upgradeable_landing_companies")
    value = data.get("user_id", _MISSING)
    if value.__class__ is int:
        obj.user_id = value
    elif value is _MISSING:
        obj.user_id = None
        count += 1
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
    value = data.get("account_category", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_trading_wallet:
        obj.account_category = value
    elif value is _MISSING:
        obj.account_category = None
        count += 1
    else:
        raise _not_one_of("'trading', 'wallet'", value).at("account_category")
    value = data.get("account_type", _MISSING)
    if value.__class__ is str:
        obj.account_type = value
    elif value is _MISSING:
        obj.account_type = None
        count += 1
    else:
        raise _expected("a string", value).at("account_type")
    value = data.get("broker", _MISSING)
    if value.__class__ is str:
        obj.broker = value
    elif value is _MISSING:
        obj.broker = None
        count += 1
    else:
        raise _expected("a string", value).at("broker")
    value = data.get("created_at", _MISSING)
    if value.__class__ is int:
        obj.created_at = value
    elif value is _MISSING:
        obj.created_at = None
        count += 1
    else:
        raise _expected("an integer", value).at("created_at")
    value = data.get("currency", _MISSING)
    if value.__class__ is str:
        obj.currency = value
    elif value is _MISSING:
        obj.currency = None
        count += 1
    else:
        raise _expected("a string", value).at("currency")
    value = data.get("currency_type", _MISSING)
    if value.__class__ is str:
        obj.currency_type = value
    elif value is _MISSING:
        obj.currency_type = None
        count += 1
    else:
        raise _expected("a string", value).at("currency_type")
    value = data.get("excluded_until", _MISSING)
    if value.__class__ is int:
        obj.excluded_until = value
    elif value is _MISSING:
        obj.excluded_until = None
        count += 1
    else:
        raise _expected("an integer", value).at("excluded_until")
    value = data.get("is_disabled", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_disabled = value
    elif value is _MISSING:
        obj.is_disabled = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("is_disabled")
    value = data.get("is_virtual", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.is_virtual = value
    elif value is _MISSING:
        obj.is_virtual = None
        count += 1
    else:
        raise _not_one_of("1, 0", value).at("is_virtual")
    value = data.get("landing_company_name", _MISSING)
    if value.__class__ is str:
        obj.landing_company_name = value
    elif value is _MISSING:
        obj.landing_company_name = None
        count += 1
    else:
        raise _expected("a string", value).at("landing_company_name")
    value = data.get("linked_to", _MISSING)
    if value is _MISSING:
        obj.linked_to = None
        count += 1
    else:
        try:
            obj.linked_to = _decode_list_of_AuthorizeResponseAuthorizeAccountListItemLinkedToItem(
                value
            )
        except DecodeError as error:
            raise error.at("linked_to") from None
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
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
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("platform", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_ctrader_dtrade_dwallet_and_2_more:
        obj.platform = value
    elif value is _MISSING:
        obj.platform = None
        count += 1
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
    value = data.get("loginid", _MISSING)
    if value.__class__ is str:
        obj.loginid = value
    elif value is _MISSING:
        obj.loginid = None
        count += 1
    else:
        raise _expected("a string", value).at("loginid")
    value = data.get("platform", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_ctrader_dtrade_dwallet_and_2_more:
        obj.platform = value
    elif value is _MISSING:
        obj.platform = None
        count += 1
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
    try:
        value = data["fractional_digits"]
    except KeyError:
        raise DecodeError("required field is missing", ("fractional_digits",)) from None
    if value.__class__ is int:
        obj.fractional_digits = value
    else:
        raise _expected("an integer", value).at("fractional_digits")
    if len(data) == 1:
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


def structure_forget_all_request(data: Any) -> m.ForgetAllRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetAllRequest)
    count = len(data)
    try:
        value = data["forget_all"]
    except KeyError:
        raise DecodeError("required field is missing", ("forget_all",)) from None
    try:
        obj.forget_all = _decode_one_of_balance_candles_cashier_payments_and_11_more_or_list_of_one_of_balance_candles_cashier_payments_and_11_more(
            value
        )
    except DecodeError as error:
        raise error.at("forget_all") from None
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_FORGET_ALL_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_forget_all_request(obj: m.ForgetAllRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"forget_all": obj.forget_all}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_forget_all_response(data: Any) -> m.ForgetAllResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetAllResponse)
    count = len(data)
    value = data.get("forget_all", _MISSING)
    if value.__class__ is list:
        obj.forget_all = value
    elif value is _MISSING:
        obj.forget_all = None
        count += 1
    else:
        raise _expected("an array", value).at("forget_all")
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
    if value.__class__ is _STR and value in _ALLOWED_forget_all:
        obj.msg_type = value
    else:
        raise _not_one_of("'forget_all'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FORGET_ALL_RESPONSE}
    return obj


def unstructure_forget_all_response(obj: m.ForgetAllResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.forget_all
    if value is not None:
        data["forget_all"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_forget_request(data: Any) -> m.ForgetRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetRequest)
    count = len(data)
    try:
        value = data["forget"]
    except KeyError:
        raise DecodeError("required field is missing", ("forget",)) from None
    if value.__class__ is str:
        obj.forget = value
    else:
        raise _expected("a string", value).at("forget")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_FORGET_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_forget_request(obj: m.ForgetRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"forget": obj.forget}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_forget_response(data: Any) -> m.ForgetResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ForgetResponse)
    count = len(data)
    value = data.get("forget", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_0_1:
        obj.forget = value
    elif value is _MISSING:
        obj.forget = None
        count += 1
    else:
        raise _not_one_of("0, 1", value).at("forget")
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
    if value.__class__ is _STR and value in _ALLOWED_forget:
        obj.msg_type = value
    else:
        raise _not_one_of("'forget'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FORGET_RESPONSE}
    return obj


def unstructure_forget_response(obj: m.ForgetResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.forget
    if value is not None:
        data["forget"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ping_request(data: Any) -> m.PingRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingRequest)
    count = len(data)
    try:
        value = data["ping"]
    except KeyError:
        raise DecodeError("required field is missing", ("ping",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.ping = value
    else:
        raise _not_one_of("1", value).at("ping")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_PING_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ping_request(obj: m.PingRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ping": obj.ping}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ping_response(data: Any) -> m.PingResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.PingResponse)
    count = len(data)
    value = data.get("ping", _MISSING)
    if value.__class__ is _STR and value in _ALLOWED_pong:
        obj.ping = value
    elif value is _MISSING:
        obj.ping = None
        count += 1
    else:
        raise _not_one_of("'pong'", value).at("ping")
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
    if value.__class__ is _STR and value in _ALLOWED_ping:
        obj.msg_type = value
    else:
        raise _not_one_of("'ping'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_PING_RESPONSE}
    return obj


def unstructure_ping_response(obj: m.PingResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.ping
    if value is not None:
        data["ping"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_request(data: Any) -> m.TicksRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksRequest)
    count = len(data)
    try:
        value = data["ticks"]
    except KeyError:
        raise DecodeError("required field is missing", ("ticks",)) from None
    try:
        obj.ticks = _decode_str_or_list_of_str(value)
    except DecodeError as error:
        raise error.at("ticks") from None
    value = data.get("subscribe", _MISSING)
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.subscribe = value
    elif value is _MISSING:
        obj.subscribe = None
        count += 1
    else:
        raise _not_one_of("1", value).at("subscribe")
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
    if count != 4:
        unknown = sorted(key for key in data if key not in _KEYS_TICKS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_ticks_request(obj: m.TicksRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ticks": obj.ticks}
    value: Any
    value = obj.subscribe
    if value is not None:
        data["subscribe"] = value
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_ticks_response(data: Any) -> m.TicksResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponse)
    count = len(data)
    value = data.get("tick", _MISSING)
    if value is _MISSING:
        obj.tick = None
        count += 1
    else:
        try:
            obj.tick = structure_ticks_response_tick(value)
        except DecodeError as error:
            raise error.at("tick") from None
    value = data.get("subscription", _MISSING)
    if value is _MISSING:
        obj.subscription = None
        count += 1
    else:
        try:
            obj.subscription = structure_ticks_response_subscription(value)
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
    if value.__class__ is _STR and value in _ALLOWED_tick:
        obj.msg_type = value
    else:
        raise _not_one_of("'tick'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE}
    return obj


def unstructure_ticks_response(obj: m.TicksResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.tick
    if value is not None:
        data["tick"] = unstructure_ticks_response_tick(value)
    value = obj.subscription
    if value is not None:
        data["subscription"] = unstructure_ticks_response_subscription(value)
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_response_subscription(data: Any) -> m.TicksResponseSubscription:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponseSubscription)
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
            k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE_SUBSCRIPTION
        }
    return obj


def unstructure_ticks_response_subscription(obj: m.TicksResponseSubscription) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ticks_response_tick(data: Any) -> m.TicksResponseTick:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TicksResponseTick)
    count = len(data)
    value = data.get("ask", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.ask = value
    elif value is _MISSING:
        obj.ask = None
        count += 1
    else:
        raise _expected("a number", value).at("ask")
    value = data.get("bid", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.bid = value
    elif value is _MISSING:
        obj.bid = None
        count += 1
    else:
        raise _expected("a number", value).at("bid")
    value = data.get("epoch", _MISSING)
    if value.__class__ is int:
        obj.epoch = value
    elif value is _MISSING:
        obj.epoch = None
        count += 1
    else:
        raise _expected("an integer", value).at("epoch")
    value = data.get("id", _MISSING)
    if value.__class__ is str:
        obj.id = value
    elif value is _MISSING:
        obj.id = None
        count += 1
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["pip_size"]
    except KeyError:
        raise DecodeError("required field is missing", ("pip_size",)) from None
    if (kind := value.__class__) is float or kind is int:
        obj.pip_size = value
    else:
        raise _expected("a number", value).at("pip_size")
    value = data.get("quote", _MISSING)
    if (kind := value.__class__) is float or kind is int:
        obj.quote = value
    elif value is _MISSING:
        obj.quote = None
        count += 1
    else:
        raise _expected("a number", value).at("quote")
    value = data.get("symbol", _MISSING)
    if value.__class__ is str:
        obj.symbol = value
    elif value is _MISSING:
        obj.symbol = None
        count += 1
    else:
        raise _expected("a string", value).at("symbol")
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKS_RESPONSE_TICK}
    return obj


def unstructure_ticks_response_tick(obj: m.TicksResponseTick) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"pip_size": obj.pip_size}
    value: Any
    value = obj.ask
    if value is not None:
        data["ask"] = value
    value = obj.bid
    if value is not None:
        data["bid"] = value
    value = obj.epoch
    if value is not None:
        data["epoch"] = value
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.quote
    if value is not None:
        data["quote"] = value
    value = obj.symbol
    if value is not None:
        data["symbol"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_time_request(data: Any) -> m.TimeRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeRequest)
    count = len(data)
    try:
        value = data["time"]
    except KeyError:
        raise DecodeError("required field is missing", ("time",)) from None
    if value.__class__ is _INT and value in _ALLOWED_1:
        obj.time = value
    else:
        raise _not_one_of("1", value).at("time")
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
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_TIME_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_time_request(obj: m.TimeRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"time": obj.time}
    value: Any
    value = obj.passthrough
    if value is not None:
        data["passthrough"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    return data


def structure_time_response(data: Any) -> m.TimeResponse:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.TimeResponse)
    count = len(data)
    value = data.get("time", _MISSING)
    if value.__class__ is int:
        obj.time = value
    elif value is _MISSING:
        obj.time = None
        count += 1
    else:
        raise _expected("an integer", value).at("time")
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
    if value.__class__ is _STR and value in _ALLOWED_time:
        obj.msg_type = value
    else:
        raise _not_one_of("'time'", value).at("msg_type")
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
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TIME_RESPONSE}
    return obj


def unstructure_time_response(obj: m.TimeResponse) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"echo_req": obj.echo_req, "msg_type": obj.msg_type}
    value: Any
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.req_id
    if value is not None:
        data["req_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


_STRUCTURE: dict[type, Callable[[Any], Any]] = {
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
    m.ForgetAllRequest: structure_forget_all_request,
    m.ForgetAllResponse: structure_forget_all_response,
    m.ForgetRequest: structure_forget_request,
    m.ForgetResponse: structure_forget_response,
    m.PingRequest: structure_ping_request,
    m.PingResponse: structure_ping_response,
    m.TicksRequest: structure_ticks_request,
    m.TicksResponse: structure_ticks_response,
    m.TicksResponseSubscription: structure_ticks_response_subscription,
    m.TicksResponseTick: structure_ticks_response_tick,
    m.TimeRequest: structure_time_request,
    m.TimeResponse: structure_time_response,
}
_UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
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
    m.ForgetAllRequest: unstructure_forget_all_request,
    m.ForgetAllResponse: unstructure_forget_all_response,
    m.ForgetRequest: unstructure_forget_request,
    m.ForgetResponse: unstructure_forget_response,
    m.PingRequest: unstructure_ping_request,
    m.PingResponse: unstructure_ping_response,
    m.TicksRequest: unstructure_ticks_request,
    m.TicksResponse: unstructure_ticks_response,
    m.TicksResponseSubscription: unstructure_ticks_response_subscription,
    m.TicksResponseTick: unstructure_ticks_response_tick,
    m.TimeRequest: unstructure_time_request,
    m.TimeResponse: unstructure_time_response,
}
_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """A cattrs converter with this package's fast hooks registered for every model."""
    global _converter
    if _converter is None:
        import cattrs

        instance = cattrs.Converter()
        for cls, decode in _STRUCTURE.items():
            # Registered by predicate: by class, cattrs would evaluate the model's annotations,
            # which fails for a model with a field named like a builtin it uses (``list``).
            instance.register_structure_hook_func(_exactly(cls), _ignore_type(decode))
            instance.register_unstructure_hook_func(_exactly(cls), _UNSTRUCTURE[cls])
        _converter = instance
    return _converter


def _exactly(cls: type[Any]) -> Callable[[Any], bool]:
    return lambda candidate: candidate is cls


def _ignore_type(decode: Callable[[Any], Any]) -> Callable[[Any, Any], Any]:
    return lambda data, _cls: decode(data)


def structure(data: Any, cls: type[Any]) -> Any:
    """Decodes JSON data (as `json.loads` returns it) into an instance of `cls`."""
    try:
        decode = _STRUCTURE[cls]
    except KeyError:
        raise TypeError(f"{cls!r} is not a model of this package") from None
    return decode(data)


def unstructure(obj: Any) -> Any:
    """The JSON data for a model instance (or a list or dict of them)."""
    return _encode_any(obj)
