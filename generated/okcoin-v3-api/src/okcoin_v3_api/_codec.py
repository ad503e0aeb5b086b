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
from .errors import DecodeError

if TYPE_CHECKING:
    import cattrs

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


_ALLOWED_0_1 = frozenset({"0", "1"})


_ALLOWED_0_1_2_3 = frozenset({"0", "1", "2", "3"})


_ALLOWED_1_2 = frozenset({"1", "2"})


_ALLOWED_2 = frozenset({"2"})


_ALLOWED_buy_sell = frozenset({"buy", "sell"})


_ALLOWED_empty = frozenset({""})


_ALLOWED_limit_market = frozenset({"limit", "market"})


_KEYS_ALGO_ORDER = frozenset(
    (
        "algo_id",
        "instrument_id",
        "order_type",
        "type",
        "status",
        "size",
        "trigger_price",
        "algo_price",
        "real_amount",
        "callback_rate",
        "algo_variance",
        "avg_amount",
        "limit_price",
        "deal_value",
        "sweep_range",
        "sweep_ratio",
        "single_limit",
        "time_interval",
        "timestamp",
        "rejected_at",
    )
)


_KEYS_ALGO_ORDER_RESULT = frozenset(
    (
        "algo_id",
        "instrument_id",
        "order_type",
        "result",
        "error_code",
        "error_message",
    )
)


_KEYS_AMEND_ORDER_ITEM = frozenset(
    (
        "order_id",
        "client_oid",
        "new_size",
        "new_price",
        "cancel_on_fail",
        "request_id",
    )
)


_KEYS_AMEND_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "order_id",
        "client_oid",
        "new_size",
        "new_price",
        "cancel_on_fail",
        "request_id",
    )
)


_KEYS_BORROW_RESULT = frozenset(
    (
        "borrow_id",
        "client_oid",
        "result",
    )
)


_KEYS_CANCEL_ORDERS_REQUEST = frozenset(
    (
        "instrument_id",
        "order_ids",
        "client_oids",
    )
)


_KEYS_CANDLE_OBJECT = frozenset(
    (
        "time",
        "open",
        "high",
        "low",
        "close",
        "volume",
    )
)


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


_KEYS_FILL = frozenset(
    (
        "ledger_id",
        "trade_id",
        "order_id",
        "instrument_id",
        "product_id",
        "currency",
        "side",
        "price",
        "size",
        "fee",
        "liquidity",
        "exec_type",
        "timestamp",
        "created_at",
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


_KEYS_INSTRUMENT = frozenset(
    (
        "instrument_id",
        "product_id",
        "base_currency",
        "quote_currency",
        "min_size",
        "size_increment",
        "tick_size",
        "base_min_size",
        "base_increment",
        "quote_increment",
    )
)


_KEYS_LEDGER_DETAILS = frozenset(
    (
        "instrument_id",
        "order_id",
        "product_id",
    )
)


_KEYS_LEDGER_ENTRY = frozenset(
    (
        "ledger_id",
        "currency",
        "amount",
        "balance",
        "fee",
        "type",
        "instrument_id",
        "order_id",
        "details",
        "timestamp",
        "created_at",
    )
)


_KEYS_MARGIN_LOAN = frozenset(
    (
        "borrow_id",
        "instrument_id",
        "product_id",
        "currency",
        "amount",
        "interest",
        "repay_amount",
        "returned_amount",
        "repay_interest",
        "paid_interest",
        "timestamp",
        "created_at",
        "last_interest_time",
    )
)


_KEYS_MARGIN_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "side",
        "type",
        "client_oid",
        "order_type",
        "price",
        "size",
        "notional",
        "margin_trading",
    )
)


_KEYS_ORACLE_PAYLOAD = frozenset(
    (
        "messages",
        "signatures",
        "prices",
        "timestamp",
    )
)


_KEYS_ORDER = frozenset(
    (
        "order_id",
        "client_oid",
        "instrument_id",
        "product_id",
        "side",
        "type",
        "order_type",
        "price",
        "size",
        "notional",
        "funds",
        "price_avg",
        "filled_size",
        "filled_notional",
        "state",
        "status",
        "timestamp",
        "created_at",
    )
)


_KEYS_ORDER_BOOK = frozenset(
    (
        "asks",
        "bids",
        "timestamp",
    )
)


_KEYS_ORDER_RESULT = frozenset(
    (
        "order_id",
        "client_oid",
        "result",
        "error_code",
        "error_message",
    )
)


_KEYS_REPAYMENT_RESULT = frozenset(
    (
        "repayment_id",
        "client_oid",
        "result",
    )
)


_KEYS_SERVER_TIME = frozenset(
    (
        "iso",
        "epoch",
    )
)


_KEYS_SPOT_ACCOUNT = frozenset(
    (
        "id",
        "currency",
        "balance",
        "available",
        "hold",
        "holds",
        "frozen",
    )
)


_KEYS_SPOT_ORDER_REQUEST = frozenset(
    (
        "instrument_id",
        "side",
        "type",
        "client_oid",
        "order_type",
        "price",
        "size",
        "notional",
        "margin_trading",
    )
)


_KEYS_TICKER = frozenset(
    (
        "instrument_id",
        "product_id",
        "last",
        "last_qty",
        "best_bid",
        "best_bid_size",
        "best_ask",
        "best_ask_size",
        "bid",
        "ask",
        "open_24h",
        "high_24h",
        "low_24h",
        "base_volume_24h",
        "quote_volume_24h",
        "timestamp",
    )
)


_KEYS_TRADE = frozenset(
    (
        "trade_id",
        "price",
        "size",
        "side",
        "time",
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


def _decode_OrderResult_or_dict_of_list_of_OrderResult(
    value: Any,
) -> dict[str, list[m.OrderResult]] | m.OrderResult:
    result: dict[str, list[m.OrderResult]] | m.OrderResult = _first_match(
        value,
        (
            structure_order_result,
            _decode_dict_of_list_of_OrderResult,
        ),
    )
    return result


def _decode_bool(value: Any) -> bool:
    if value.__class__ is not bool:
        raise _expected("a boolean", value)
    result: bool = value
    return result


def _decode_bool_or_str(value: Any) -> bool | str:
    result: bool | str = _first_match(
        value,
        (
            _decode_bool,
            _decode_str,
        ),
    )
    return result


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


def _decode_decimal_or_one_of_empty(value: Any) -> Decimal | Literal[""]:
    result: Decimal | Literal[""] = _first_match(
        value,
        (
            _decode_decimal,
            _decode_one_of_empty,
        ),
    )
    return result


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result


def _decode_dict_of_list_of_OrderResult(value: Any) -> dict[str, list[m.OrderResult]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_OrderResult(item)
        except DecodeError as error:
            raise error.at(key) from None
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


def _decode_list_of_AlgoOrder(value: Any) -> list[m.AlgoOrder]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_algo_order(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_algo_order) from None


def _decode_list_of_AlgoOrder_or_dict_of_any(value: Any) -> list[m.AlgoOrder] | dict[str, Any]:
    result: list[m.AlgoOrder] | dict[str, Any] = _first_match(
        value,
        (
            _decode_list_of_AlgoOrder,
            _decode_dict_of_any,
        ),
    )
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


def _decode_list_of_Fill(value: Any) -> list[m.Fill]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_fill(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_fill) from None


def _decode_list_of_FundingLedgerEntry(value: Any) -> list[m.FundingLedgerEntry]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_funding_ledger_entry(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_funding_ledger_entry) from None


def _decode_list_of_Instrument(value: Any) -> list[m.Instrument]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_instrument(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_instrument) from None


def _decode_list_of_LedgerEntry(value: Any) -> list[m.LedgerEntry]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ledger_entry(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ledger_entry) from None


def _decode_list_of_MarginLoan(value: Any) -> list[m.MarginLoan]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_margin_loan(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_margin_loan) from None


def _decode_list_of_Order(value: Any) -> list[m.Order]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order) from None


def _decode_list_of_OrderResult(value: Any) -> list[m.OrderResult]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order_result(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order_result) from None


def _decode_list_of_SpotAccount(value: Any) -> list[m.SpotAccount]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_spot_account(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_spot_account) from None


def _decode_list_of_Ticker(value: Any) -> list[m.Ticker]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ticker(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ticker) from None


def _decode_list_of_Trade(value: Any) -> list[m.Trade]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_trade(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_trade) from None


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


def _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(
    value: Any,
) -> list[tuple[Decimal, Decimal, Decimal]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_tuple_of_decimal_and_decimal_and_decimal(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_tuple_of_decimal_and_decimal_and_decimal) from None


def _decode_list_of_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
    value: Any,
) -> list[tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
                item
            )
            for item in value
        ]
    except DecodeError:
        raise _locate_item_error(
            value,
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject,
        ) from None


def _decode_one_of_empty(value: Any) -> Literal[""]:
    kind = value.__class__
    if kind is not str or value not in _ALLOWED_empty:
        raise _not_one_of("''", value)
    result: Literal[""] = value
    return result


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


def _decode_tuple_of_decimal_and_decimal_and_decimal(
    value: Any,
) -> tuple[Decimal, Decimal, Decimal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    if len(value) != 3:
        raise _wrong_length(3, value)
    item0, item1, item2 = value
    try:
        item0 = _decimal(item0)
    except DecodeError as error:
        raise error.at(0) from None
    try:
        item1 = _decimal(item1)
    except DecodeError as error:
        raise error.at(1) from None
    try:
        item2 = _decimal(item2)
    except DecodeError as error:
        raise error.at(2) from None
    result: tuple[Decimal, Decimal, Decimal] = (item0, item1, item2)
    return result


def _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal(
    value: Any,
) -> tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    if len(value) != 6:
        raise _wrong_length(6, value)
    item0, item1, item2, item3, item4, item5 = value
    try:
        if item0.__class__ is not str:
            raise _expected("a string", item0)
    except DecodeError as error:
        raise error.at(0) from None
    try:
        item1 = _decimal(item1)
    except DecodeError as error:
        raise error.at(1) from None
    try:
        item2 = _decimal(item2)
    except DecodeError as error:
        raise error.at(2) from None
    try:
        item3 = _decimal(item3)
    except DecodeError as error:
        raise error.at(3) from None
    try:
        item4 = _decimal(item4)
    except DecodeError as error:
        raise error.at(4) from None
    try:
        item5 = _decimal(item5)
    except DecodeError as error:
        raise error.at(5) from None
    result: tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] = (
        item0,
        item1,
        item2,
        item3,
        item4,
        item5,
    )
    return result


def _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject(
    value: Any,
) -> tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject:
    result: tuple[str, Decimal, Decimal, Decimal, Decimal, Decimal] | m.CandleObject = _first_match(
        value,
        (
            _decode_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal,
            structure_candle_object,
        ),
    )
    return result


def structure_algo_order(data: Any) -> m.AlgoOrder:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AlgoOrder)
    count = len(data)
    if count == 20:
        try:
            v_algo_id = data["algo_id"]
            v_instrument_id = data["instrument_id"]
            v_order_type = data["order_type"]
            v_type = data["type"]
            v_status = data["status"]
            v_size = data["size"]
            v_trigger_price = data["trigger_price"]
            v_algo_price = data["algo_price"]
            v_real_amount = data["real_amount"]
            v_callback_rate = data["callback_rate"]
            v_algo_variance = data["algo_variance"]
            v_avg_amount = data["avg_amount"]
            v_limit_price = data["limit_price"]
            v_deal_value = data["deal_value"]
            v_sweep_range = data["sweep_range"]
            v_sweep_ratio = data["sweep_ratio"]
            v_single_limit = data["single_limit"]
            v_time_interval = data["time_interval"]
            v_timestamp = data["timestamp"]
            v_rejected_at = data["rejected_at"]
        except KeyError:
            pass
        else:
            if (
                (v_algo_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_type.__class__ is str)
                and (v_status.__class__ is str)
                and (v_time_interval.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_rejected_at.__class__ is str)
            ):
                obj.algo_id = v_algo_id
                obj.instrument_id = v_instrument_id
                obj.order_type = v_order_type
                obj.type = v_type
                obj.status = v_status
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.trigger_price = _decimal(v_trigger_price)
                except DecodeError as error:
                    raise error.at("trigger_price") from None
                try:
                    obj.algo_price = _decimal(v_algo_price)
                except DecodeError as error:
                    raise error.at("algo_price") from None
                try:
                    obj.real_amount = _decimal(v_real_amount)
                except DecodeError as error:
                    raise error.at("real_amount") from None
                try:
                    obj.callback_rate = _decimal(v_callback_rate)
                except DecodeError as error:
                    raise error.at("callback_rate") from None
                try:
                    obj.algo_variance = _decimal(v_algo_variance)
                except DecodeError as error:
                    raise error.at("algo_variance") from None
                try:
                    obj.avg_amount = _decimal(v_avg_amount)
                except DecodeError as error:
                    raise error.at("avg_amount") from None
                try:
                    obj.limit_price = _decimal(v_limit_price)
                except DecodeError as error:
                    raise error.at("limit_price") from None
                try:
                    obj.deal_value = _decimal(v_deal_value)
                except DecodeError as error:
                    raise error.at("deal_value") from None
                try:
                    obj.sweep_range = _decimal(v_sweep_range)
                except DecodeError as error:
                    raise error.at("sweep_range") from None
                try:
                    obj.sweep_ratio = _decimal(v_sweep_ratio)
                except DecodeError as error:
                    raise error.at("sweep_ratio") from None
                try:
                    obj.single_limit = _decimal(v_single_limit)
                except DecodeError as error:
                    raise error.at("single_limit") from None
                obj.time_interval = v_time_interval
                obj.timestamp = v_timestamp
                obj.rejected_at = v_rejected_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["algo_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("algo_id",)) from None
    if value.__class__ is str:
        obj.algo_id = value
    else:
        raise _expected("a string", value).at("algo_id")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "trigger_price" not in data:
        obj.trigger_price = None
        count += 1
    else:
        value = data["trigger_price"]
        try:
            obj.trigger_price = _decimal(value)
        except DecodeError as error:
            raise error.at("trigger_price") from None
    if "algo_price" not in data:
        obj.algo_price = None
        count += 1
    else:
        value = data["algo_price"]
        try:
            obj.algo_price = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_price") from None
    if "real_amount" not in data:
        obj.real_amount = None
        count += 1
    else:
        value = data["real_amount"]
        try:
            obj.real_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("real_amount") from None
    if "callback_rate" not in data:
        obj.callback_rate = None
        count += 1
    else:
        value = data["callback_rate"]
        try:
            obj.callback_rate = _decimal(value)
        except DecodeError as error:
            raise error.at("callback_rate") from None
    if "algo_variance" not in data:
        obj.algo_variance = None
        count += 1
    else:
        value = data["algo_variance"]
        try:
            obj.algo_variance = _decimal(value)
        except DecodeError as error:
            raise error.at("algo_variance") from None
    if "avg_amount" not in data:
        obj.avg_amount = None
        count += 1
    else:
        value = data["avg_amount"]
        try:
            obj.avg_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("avg_amount") from None
    if "limit_price" not in data:
        obj.limit_price = None
        count += 1
    else:
        value = data["limit_price"]
        try:
            obj.limit_price = _decimal(value)
        except DecodeError as error:
            raise error.at("limit_price") from None
    if "deal_value" not in data:
        obj.deal_value = None
        count += 1
    else:
        value = data["deal_value"]
        try:
            obj.deal_value = _decimal(value)
        except DecodeError as error:
            raise error.at("deal_value") from None
    if "sweep_range" not in data:
        obj.sweep_range = None
        count += 1
    else:
        value = data["sweep_range"]
        try:
            obj.sweep_range = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_range") from None
    if "sweep_ratio" not in data:
        obj.sweep_ratio = None
        count += 1
    else:
        value = data["sweep_ratio"]
        try:
            obj.sweep_ratio = _decimal(value)
        except DecodeError as error:
            raise error.at("sweep_ratio") from None
    if "single_limit" not in data:
        obj.single_limit = None
        count += 1
    else:
        value = data["single_limit"]
        try:
            obj.single_limit = _decimal(value)
        except DecodeError as error:
            raise error.at("single_limit") from None
    if "time_interval" not in data:
        obj.time_interval = None
        count += 1
    elif (value := data["time_interval"]).__class__ is str:
        obj.time_interval = value
    else:
        raise _expected("a string", value).at("time_interval")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "rejected_at" not in data:
        obj.rejected_at = None
        count += 1
    elif (value := data["rejected_at"]).__class__ is str:
        obj.rejected_at = value
    else:
        raise _expected("a string", value).at("rejected_at")
    if count == 20:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ALGO_ORDER}
    return obj


def unstructure_algo_order(obj: m.AlgoOrder) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"algo_id": obj.algo_id}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.trigger_price
    if value is not None:
        data["trigger_price"] = _decimal_text(value)
    value = obj.algo_price
    if value is not None:
        data["algo_price"] = _decimal_text(value)
    value = obj.real_amount
    if value is not None:
        data["real_amount"] = _decimal_text(value)
    value = obj.callback_rate
    if value is not None:
        data["callback_rate"] = _decimal_text(value)
    value = obj.algo_variance
    if value is not None:
        data["algo_variance"] = _decimal_text(value)
    value = obj.avg_amount
    if value is not None:
        data["avg_amount"] = _decimal_text(value)
    value = obj.limit_price
    if value is not None:
        data["limit_price"] = _decimal_text(value)
    value = obj.deal_value
    if value is not None:
        data["deal_value"] = _decimal_text(value)
    value = obj.sweep_range
    if value is not None:
        data["sweep_range"] = _decimal_text(value)
    value = obj.sweep_ratio
    if value is not None:
        data["sweep_ratio"] = _decimal_text(value)
    value = obj.single_limit
    if value is not None:
        data["single_limit"] = _decimal_text(value)
    value = obj.time_interval
    if value is not None:
        data["time_interval"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.rejected_at
    if value is not None:
        data["rejected_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_algo_order_result(data: Any) -> m.AlgoOrderResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AlgoOrderResult)
    count = len(data)
    if count == 6:
        try:
            v_algo_id = data["algo_id"]
            v_instrument_id = data["instrument_id"]
            v_order_type = data["order_type"]
            v_result = data["result"]
            v_error_code = data["error_code"]
            v_error_message = data["error_message"]
        except KeyError:
            pass
        else:
            if (
                (v_algo_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_error_code.__class__ is str)
                and (v_error_message.__class__ is str)
            ):
                obj.algo_id = v_algo_id
                obj.instrument_id = v_instrument_id
                obj.order_type = v_order_type
                try:
                    obj.result = _decode_bool_or_str(v_result)
                except DecodeError as error:
                    raise error.at("result") from None
                obj.error_code = v_error_code
                obj.error_message = v_error_message
                obj.extra_fields = {}
                return obj
    if "algo_id" not in data:
        obj.algo_id = None
        count += 1
    elif (value := data["algo_id"]).__class__ is str:
        obj.algo_id = value
    else:
        raise _expected("a string", value).at("algo_id")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "result" not in data:
        obj.result = None
        count += 1
    else:
        value = data["result"]
        try:
            obj.result = _decode_bool_or_str(value)
        except DecodeError as error:
            raise error.at("result") from None
    if "error_code" not in data:
        obj.error_code = None
        count += 1
    elif (value := data["error_code"]).__class__ is str:
        obj.error_code = value
    else:
        raise _expected("a string", value).at("error_code")
    if "error_message" not in data:
        obj.error_message = None
        count += 1
    elif (value := data["error_message"]).__class__ is str:
        obj.error_message = value
    else:
        raise _expected("a string", value).at("error_message")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ALGO_ORDER_RESULT}
    return obj


def unstructure_algo_order_result(obj: m.AlgoOrderResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.algo_id
    if value is not None:
        data["algo_id"] = value
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    value = obj.error_code
    if value is not None:
        data["error_code"] = value
    value = obj.error_message
    if value is not None:
        data["error_message"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_amend_order_item(data: Any) -> m.AmendOrderItem:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AmendOrderItem)
    count = len(data)
    if count == 6:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_new_size = data["new_size"]
            v_new_price = data["new_price"]
            v_cancel_on_fail = data["cancel_on_fail"]
            v_request_id = data["request_id"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_cancel_on_fail.__class__ is _STR and v_cancel_on_fail in _ALLOWED_0_1)
                and (v_request_id.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                try:
                    obj.new_size = _decimal(v_new_size)
                except DecodeError as error:
                    raise error.at("new_size") from None
                try:
                    obj.new_price = _decimal(v_new_price)
                except DecodeError as error:
                    raise error.at("new_price") from None
                obj.cancel_on_fail = v_cancel_on_fail
                obj.request_id = v_request_id
                return obj
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "new_size" not in data:
        obj.new_size = None
        count += 1
    else:
        value = data["new_size"]
        try:
            obj.new_size = _decimal(value)
        except DecodeError as error:
            raise error.at("new_size") from None
    if "new_price" not in data:
        obj.new_price = None
        count += 1
    else:
        value = data["new_price"]
        try:
            obj.new_price = _decimal(value)
        except DecodeError as error:
            raise error.at("new_price") from None
    if "cancel_on_fail" not in data:
        obj.cancel_on_fail = None
        count += 1
    elif (value := data["cancel_on_fail"]).__class__ is _STR and value in _ALLOWED_0_1:
        obj.cancel_on_fail = value
    else:
        raise _not_one_of("'0', '1'", value).at("cancel_on_fail")
    if "request_id" not in data:
        obj.request_id = None
        count += 1
    elif (value := data["request_id"]).__class__ is str:
        obj.request_id = value
    else:
        raise _expected("a string", value).at("request_id")
    if count != 6:
        unknown = sorted(key for key in data if key not in _KEYS_AMEND_ORDER_ITEM)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_amend_order_item(obj: m.AmendOrderItem) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.new_size
    if value is not None:
        data["new_size"] = _decimal_text(value)
    value = obj.new_price
    if value is not None:
        data["new_price"] = _decimal_text(value)
    value = obj.cancel_on_fail
    if value is not None:
        data["cancel_on_fail"] = value
    value = obj.request_id
    if value is not None:
        data["request_id"] = value
    return data


def structure_amend_order_request(data: Any) -> m.AmendOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.AmendOrderRequest)
    count = len(data)
    if count == 7:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_new_size = data["new_size"]
            v_new_price = data["new_price"]
            v_cancel_on_fail = data["cancel_on_fail"]
            v_request_id = data["request_id"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_cancel_on_fail.__class__ is _STR and v_cancel_on_fail in _ALLOWED_0_1)
                and (v_request_id.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                try:
                    obj.new_size = _decimal(v_new_size)
                except DecodeError as error:
                    raise error.at("new_size") from None
                try:
                    obj.new_price = _decimal(v_new_price)
                except DecodeError as error:
                    raise error.at("new_price") from None
                obj.cancel_on_fail = v_cancel_on_fail
                obj.request_id = v_request_id
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "new_size" not in data:
        obj.new_size = None
        count += 1
    else:
        value = data["new_size"]
        try:
            obj.new_size = _decimal(value)
        except DecodeError as error:
            raise error.at("new_size") from None
    if "new_price" not in data:
        obj.new_price = None
        count += 1
    else:
        value = data["new_price"]
        try:
            obj.new_price = _decimal(value)
        except DecodeError as error:
            raise error.at("new_price") from None
    if "cancel_on_fail" not in data:
        obj.cancel_on_fail = None
        count += 1
    elif (value := data["cancel_on_fail"]).__class__ is _STR and value in _ALLOWED_0_1:
        obj.cancel_on_fail = value
    else:
        raise _not_one_of("'0', '1'", value).at("cancel_on_fail")
    if "request_id" not in data:
        obj.request_id = None
        count += 1
    elif (value := data["request_id"]).__class__ is str:
        obj.request_id = value
    else:
        raise _expected("a string", value).at("request_id")
    if count != 7:
        unknown = sorted(key for key in data if key not in _KEYS_AMEND_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_amend_order_request(obj: m.AmendOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.new_size
    if value is not None:
        data["new_size"] = _decimal_text(value)
    value = obj.new_price
    if value is not None:
        data["new_price"] = _decimal_text(value)
    value = obj.cancel_on_fail
    if value is not None:
        data["cancel_on_fail"] = value
    value = obj.request_id
    if value is not None:
        data["request_id"] = value
    return data


def structure_borrow_result(data: Any) -> m.BorrowResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.BorrowResult)
    count = len(data)
    if count == 3:
        try:
            v_borrow_id = data["borrow_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_borrow_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.borrow_id = v_borrow_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "borrow_id" not in data:
        obj.borrow_id = None
        count += 1
    elif (value := data["borrow_id"]).__class__ is str:
        obj.borrow_id = value
    else:
        raise _expected("a string", value).at("borrow_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_BORROW_RESULT}
    return obj


def unstructure_borrow_result(obj: m.BorrowResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.borrow_id
    if value is not None:
        data["borrow_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_cancel_orders_request(data: Any) -> m.CancelOrdersRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CancelOrdersRequest)
    count = len(data)
    if count == 3:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_ids = data["order_ids"]
            v_client_oids = data["client_oids"]
        except KeyError:
            pass
        else:
            if v_instrument_id.__class__ is str:
                obj.instrument_id = v_instrument_id
                try:
                    obj.order_ids = _decode_list_of_str(v_order_ids)
                except DecodeError as error:
                    raise error.at("order_ids") from None
                try:
                    obj.client_oids = _decode_list_of_str(v_client_oids)
                except DecodeError as error:
                    raise error.at("client_oids") from None
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_ids" not in data:
        obj.order_ids = None
        count += 1
    else:
        value = data["order_ids"]
        try:
            obj.order_ids = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("order_ids") from None
    if "client_oids" not in data:
        obj.client_oids = None
        count += 1
    else:
        value = data["client_oids"]
        try:
            obj.client_oids = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("client_oids") from None
    if count != 3:
        unknown = sorted(key for key in data if key not in _KEYS_CANCEL_ORDERS_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_cancel_orders_request(obj: m.CancelOrdersRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.order_ids
    if value is not None:
        data["order_ids"] = value
    value = obj.client_oids
    if value is not None:
        data["client_oids"] = value
    return data


def structure_candle_object(data: Any) -> m.CandleObject:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.CandleObject)
    count = len(data)
    if count == 6:
        try:
            v_time = data["time"]
            v_open = data["open"]
            v_high = data["high"]
            v_low = data["low"]
            v_close = data["close"]
            v_volume = data["volume"]
        except KeyError:
            pass
        else:
            if v_time.__class__ is str:
                obj.time = v_time
                try:
                    obj.open = _decimal(v_open)
                except DecodeError as error:
                    raise error.at("open") from None
                try:
                    obj.high = _decimal(v_high)
                except DecodeError as error:
                    raise error.at("high") from None
                try:
                    obj.low = _decimal(v_low)
                except DecodeError as error:
                    raise error.at("low") from None
                try:
                    obj.close = _decimal(v_close)
                except DecodeError as error:
                    raise error.at("close") from None
                try:
                    obj.volume = _decimal(v_volume)
                except DecodeError as error:
                    raise error.at("volume") from None
                obj.extra_fields = {}
                return obj
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is str:
        obj.time = value
    else:
        raise _expected("a string", value).at("time")
    if "open" not in data:
        obj.open = None
        count += 1
    else:
        value = data["open"]
        try:
            obj.open = _decimal(value)
        except DecodeError as error:
            raise error.at("open") from None
    if "high" not in data:
        obj.high = None
        count += 1
    else:
        value = data["high"]
        try:
            obj.high = _decimal(value)
        except DecodeError as error:
            raise error.at("high") from None
    if "low" not in data:
        obj.low = None
        count += 1
    else:
        value = data["low"]
        try:
            obj.low = _decimal(value)
        except DecodeError as error:
            raise error.at("low") from None
    if "close" not in data:
        obj.close = None
        count += 1
    else:
        value = data["close"]
        try:
            obj.close = _decimal(value)
        except DecodeError as error:
            raise error.at("close") from None
    if "volume" not in data:
        obj.volume = None
        count += 1
    else:
        value = data["volume"]
        try:
            obj.volume = _decimal(value)
        except DecodeError as error:
            raise error.at("volume") from None
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_CANDLE_OBJECT}
    return obj


def unstructure_candle_object(obj: m.CandleObject) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.time
    if value is not None:
        data["time"] = value
    value = obj.open
    if value is not None:
        data["open"] = _decimal_text(value)
    value = obj.high
    if value is not None:
        data["high"] = _decimal_text(value)
    value = obj.low
    if value is not None:
        data["low"] = _decimal_text(value)
    value = obj.close
    if value is not None:
        data["close"] = _decimal_text(value)
    value = obj.volume
    if value is not None:
        data["volume"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


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


def structure_fill(data: Any) -> m.Fill:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Fill)
    count = len(data)
    if count == 14:
        try:
            v_ledger_id = data["ledger_id"]
            v_trade_id = data["trade_id"]
            v_order_id = data["order_id"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_currency = data["currency"]
            v_side = data["side"]
            v_price = data["price"]
            v_size = data["size"]
            v_fee = data["fee"]
            v_liquidity = data["liquidity"]
            v_exec_type = data["exec_type"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_ledger_id.__class__ is str)
                and (v_trade_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_side.__class__ is str)
                and (v_liquidity.__class__ is str)
                and (v_exec_type.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.ledger_id = v_ledger_id
                obj.trade_id = v_trade_id
                obj.order_id = v_order_id
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.currency = v_currency
                obj.side = v_side
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.fee = _decimal(v_fee)
                except DecodeError as error:
                    raise error.at("fee") from None
                obj.liquidity = v_liquidity
                obj.exec_type = v_exec_type
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    if "ledger_id" not in data:
        obj.ledger_id = None
        count += 1
    elif (value := data["ledger_id"]).__class__ is str:
        obj.ledger_id = value
    else:
        raise _expected("a string", value).at("ledger_id")
    if "trade_id" not in data:
        obj.trade_id = None
        count += 1
    elif (value := data["trade_id"]).__class__ is str:
        obj.trade_id = value
    else:
        raise _expected("a string", value).at("trade_id")
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "currency" not in data:
        obj.currency = None
        count += 1
    elif (value := data["currency"]).__class__ is str:
        obj.currency = value
    else:
        raise _expected("a string", value).at("currency")
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    else:
        value = data["fee"]
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    if "liquidity" not in data:
        obj.liquidity = None
        count += 1
    elif (value := data["liquidity"]).__class__ is str:
        obj.liquidity = value
    else:
        raise _expected("a string", value).at("liquidity")
    if "exec_type" not in data:
        obj.exec_type = None
        count += 1
    elif (value := data["exec_type"]).__class__ is str:
        obj.exec_type = value
    else:
        raise _expected("a string", value).at("exec_type")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
    else:
        raise _expected("a string", value).at("created_at")
    if count == 14:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_FILL}
    return obj


def unstructure_fill(obj: m.Fill) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id, "instrument_id": obj.instrument_id}
    value: Any
    value = obj.ledger_id
    if value is not None:
        data["ledger_id"] = value
    value = obj.trade_id
    if value is not None:
        data["trade_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.fee
    if value is not None:
        data["fee"] = _decimal_text(value)
    value = obj.liquidity
    if value is not None:
        data["liquidity"] = value
    value = obj.exec_type
    if value is not None:
        data["exec_type"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
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


def structure_instrument(data: Any) -> m.Instrument:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Instrument)
    count = len(data)
    if count == 10:
        try:
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_base_currency = data["base_currency"]
            v_quote_currency = data["quote_currency"]
            v_min_size = data["min_size"]
            v_size_increment = data["size_increment"]
            v_tick_size = data["tick_size"]
            v_base_min_size = data["base_min_size"]
            v_base_increment = data["base_increment"]
            v_quote_increment = data["quote_increment"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_base_currency.__class__ is str)
                and (v_quote_currency.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.base_currency = v_base_currency
                obj.quote_currency = v_quote_currency
                try:
                    obj.min_size = _decimal(v_min_size)
                except DecodeError as error:
                    raise error.at("min_size") from None
                try:
                    obj.size_increment = _decimal(v_size_increment)
                except DecodeError as error:
                    raise error.at("size_increment") from None
                try:
                    obj.tick_size = _decimal(v_tick_size)
                except DecodeError as error:
                    raise error.at("tick_size") from None
                try:
                    obj.base_min_size = _decimal(v_base_min_size)
                except DecodeError as error:
                    raise error.at("base_min_size") from None
                try:
                    obj.base_increment = _decimal(v_base_increment)
                except DecodeError as error:
                    raise error.at("base_increment") from None
                try:
                    obj.quote_increment = _decimal(v_quote_increment)
                except DecodeError as error:
                    raise error.at("quote_increment") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "base_currency" not in data:
        obj.base_currency = None
        count += 1
    elif (value := data["base_currency"]).__class__ is str:
        obj.base_currency = value
    else:
        raise _expected("a string", value).at("base_currency")
    if "quote_currency" not in data:
        obj.quote_currency = None
        count += 1
    elif (value := data["quote_currency"]).__class__ is str:
        obj.quote_currency = value
    else:
        raise _expected("a string", value).at("quote_currency")
    if "min_size" not in data:
        obj.min_size = None
        count += 1
    else:
        value = data["min_size"]
        try:
            obj.min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("min_size") from None
    if "size_increment" not in data:
        obj.size_increment = None
        count += 1
    else:
        value = data["size_increment"]
        try:
            obj.size_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("size_increment") from None
    if "tick_size" not in data:
        obj.tick_size = None
        count += 1
    else:
        value = data["tick_size"]
        try:
            obj.tick_size = _decimal(value)
        except DecodeError as error:
            raise error.at("tick_size") from None
    if "base_min_size" not in data:
        obj.base_min_size = None
        count += 1
    else:
        value = data["base_min_size"]
        try:
            obj.base_min_size = _decimal(value)
        except DecodeError as error:
            raise error.at("base_min_size") from None
    if "base_increment" not in data:
        obj.base_increment = None
        count += 1
    else:
        value = data["base_increment"]
        try:
            obj.base_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("base_increment") from None
    if "quote_increment" not in data:
        obj.quote_increment = None
        count += 1
    else:
        value = data["quote_increment"]
        try:
            obj.quote_increment = _decimal(value)
        except DecodeError as error:
            raise error.at("quote_increment") from None
    if count == 10:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_INSTRUMENT}
    return obj


def unstructure_instrument(obj: m.Instrument) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.base_currency
    if value is not None:
        data["base_currency"] = value
    value = obj.quote_currency
    if value is not None:
        data["quote_currency"] = value
    value = obj.min_size
    if value is not None:
        data["min_size"] = _decimal_text(value)
    value = obj.size_increment
    if value is not None:
        data["size_increment"] = _decimal_text(value)
    value = obj.tick_size
    if value is not None:
        data["tick_size"] = _decimal_text(value)
    value = obj.base_min_size
    if value is not None:
        data["base_min_size"] = _decimal_text(value)
    value = obj.base_increment
    if value is not None:
        data["base_increment"] = _decimal_text(value)
    value = obj.quote_increment
    if value is not None:
        data["quote_increment"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ledger_details(data: Any) -> m.LedgerDetails:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LedgerDetails)
    count = len(data)
    if count == 3:
        try:
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_product_id = data["product_id"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_product_id.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                obj.product_id = v_product_id
                obj.extra_fields = {}
                return obj
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_LEDGER_DETAILS}
    return obj


def unstructure_ledger_details(obj: m.LedgerDetails) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_ledger_entry(data: Any) -> m.LedgerEntry:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.LedgerEntry)
    count = len(data)
    if count == 11:
        try:
            v_ledger_id = data["ledger_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_balance = data["balance"]
            v_fee = data["fee"]
            v_type = data["type"]
            v_instrument_id = data["instrument_id"]
            v_order_id = data["order_id"]
            v_details = data["details"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_ledger_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_type.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_order_id.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.ledger_id = v_ledger_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                try:
                    obj.balance = _decimal(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.fee = _decimal(v_fee)
                except DecodeError as error:
                    raise error.at("fee") from None
                obj.type = v_type
                obj.instrument_id = v_instrument_id
                obj.order_id = v_order_id
                try:
                    obj.details = structure_ledger_details(v_details)
                except DecodeError as error:
                    raise error.at("details") from None
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["ledger_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("ledger_id",)) from None
    if value.__class__ is str:
        obj.ledger_id = value
    else:
        raise _expected("a string", value).at("ledger_id")
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
    if "balance" not in data:
        obj.balance = None
        count += 1
    else:
        value = data["balance"]
        try:
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "fee" not in data:
        obj.fee = None
        count += 1
    else:
        value = data["fee"]
        try:
            obj.fee = _decimal(value)
        except DecodeError as error:
            raise error.at("fee") from None
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "order_id" not in data:
        obj.order_id = None
        count += 1
    elif (value := data["order_id"]).__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "details" not in data:
        obj.details = None
        count += 1
    else:
        value = data["details"]
        try:
            obj.details = structure_ledger_details(value)
        except DecodeError as error:
            raise error.at("details") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
    else:
        raise _expected("a string", value).at("created_at")
    if count == 11:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_LEDGER_ENTRY}
    return obj


def unstructure_ledger_entry(obj: m.LedgerEntry) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"ledger_id": obj.ledger_id}
    value: Any
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.balance
    if value is not None:
        data["balance"] = _decimal_text(value)
    value = obj.fee
    if value is not None:
        data["fee"] = _decimal_text(value)
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.order_id
    if value is not None:
        data["order_id"] = value
    value = obj.details
    if value is not None:
        data["details"] = unstructure_ledger_details(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_margin_loan(data: Any) -> m.MarginLoan:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.MarginLoan)
    count = len(data)
    if count == 13:
        try:
            v_borrow_id = data["borrow_id"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_currency = data["currency"]
            v_amount = data["amount"]
            v_interest = data["interest"]
            v_repay_amount = data["repay_amount"]
            v_returned_amount = data["returned_amount"]
            v_repay_interest = data["repay_interest"]
            v_paid_interest = data["paid_interest"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
            v_last_interest_time = data["last_interest_time"]
        except KeyError:
            pass
        else:
            if (
                (v_borrow_id.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_currency.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
                and (v_last_interest_time.__class__ is str)
            ):
                obj.borrow_id = v_borrow_id
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.currency = v_currency
                try:
                    obj.amount = _decimal(v_amount)
                except DecodeError as error:
                    raise error.at("amount") from None
                try:
                    obj.interest = _decimal(v_interest)
                except DecodeError as error:
                    raise error.at("interest") from None
                try:
                    obj.repay_amount = _decimal(v_repay_amount)
                except DecodeError as error:
                    raise error.at("repay_amount") from None
                try:
                    obj.returned_amount = _decimal(v_returned_amount)
                except DecodeError as error:
                    raise error.at("returned_amount") from None
                try:
                    obj.repay_interest = _decimal(v_repay_interest)
                except DecodeError as error:
                    raise error.at("repay_interest") from None
                try:
                    obj.paid_interest = _decimal(v_paid_interest)
                except DecodeError as error:
                    raise error.at("paid_interest") from None
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.last_interest_time = v_last_interest_time
                obj.extra_fields = {}
                return obj
    try:
        value = data["borrow_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("borrow_id",)) from None
    if value.__class__ is str:
        obj.borrow_id = value
    else:
        raise _expected("a string", value).at("borrow_id")
    if "instrument_id" not in data:
        obj.instrument_id = None
        count += 1
    elif (value := data["instrument_id"]).__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
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
    if "interest" not in data:
        obj.interest = None
        count += 1
    else:
        value = data["interest"]
        try:
            obj.interest = _decimal(value)
        except DecodeError as error:
            raise error.at("interest") from None
    if "repay_amount" not in data:
        obj.repay_amount = None
        count += 1
    else:
        value = data["repay_amount"]
        try:
            obj.repay_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_amount") from None
    if "returned_amount" not in data:
        obj.returned_amount = None
        count += 1
    else:
        value = data["returned_amount"]
        try:
            obj.returned_amount = _decimal(value)
        except DecodeError as error:
            raise error.at("returned_amount") from None
    if "repay_interest" not in data:
        obj.repay_interest = None
        count += 1
    else:
        value = data["repay_interest"]
        try:
            obj.repay_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("repay_interest") from None
    if "paid_interest" not in data:
        obj.paid_interest = None
        count += 1
    else:
        value = data["paid_interest"]
        try:
            obj.paid_interest = _decimal(value)
        except DecodeError as error:
            raise error.at("paid_interest") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
    else:
        raise _expected("a string", value).at("created_at")
    if "last_interest_time" not in data:
        obj.last_interest_time = None
        count += 1
    elif (value := data["last_interest_time"]).__class__ is str:
        obj.last_interest_time = value
    else:
        raise _expected("a string", value).at("last_interest_time")
    if count == 13:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_MARGIN_LOAN}
    return obj


def unstructure_margin_loan(obj: m.MarginLoan) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"borrow_id": obj.borrow_id}
    value: Any
    value = obj.instrument_id
    if value is not None:
        data["instrument_id"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.currency
    if value is not None:
        data["currency"] = value
    value = obj.amount
    if value is not None:
        data["amount"] = _decimal_text(value)
    value = obj.interest
    if value is not None:
        data["interest"] = _decimal_text(value)
    value = obj.repay_amount
    if value is not None:
        data["repay_amount"] = _decimal_text(value)
    value = obj.returned_amount
    if value is not None:
        data["returned_amount"] = _decimal_text(value)
    value = obj.repay_interest
    if value is not None:
        data["repay_interest"] = _decimal_text(value)
    value = obj.paid_interest
    if value is not None:
        data["paid_interest"] = _decimal_text(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    value = obj.last_interest_time
    if value is not None:
        data["last_interest_time"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_margin_order_request(data: Any) -> m.MarginOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.MarginOrderRequest)
    count = len(data)
    if count == 9:
        try:
            v_instrument_id = data["instrument_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_client_oid = data["client_oid"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_margin_trading = data["margin_trading"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_side.__class__ is _STR and v_side in _ALLOWED_buy_sell)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_limit_market)
                and (v_client_oid.__class__ is str)
                and (v_order_type.__class__ is _STR and v_order_type in _ALLOWED_0_1_2_3)
                and (v_margin_trading.__class__ is _STR and v_margin_trading in _ALLOWED_2)
            ):
                obj.instrument_id = v_instrument_id
                obj.side = v_side
                obj.type = v_type
                obj.client_oid = v_client_oid
                obj.order_type = v_order_type
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decimal(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                obj.margin_trading = v_margin_trading
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    try:
        value = data["side"]
    except KeyError:
        raise DecodeError("required field is missing", ("side",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.side = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("side")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
        try:
            obj.notional = _decimal(value)
        except DecodeError as error:
            raise error.at("notional") from None
    try:
        value = data["margin_trading"]
    except KeyError:
        raise DecodeError("required field is missing", ("margin_trading",)) from None
    if value.__class__ is _STR and value in _ALLOWED_2:
        obj.margin_trading = value
    else:
        raise _not_one_of("'2'", value).at("margin_trading")
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_MARGIN_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_margin_order_request(obj: m.MarginOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "instrument_id": obj.instrument_id,
        "side": obj.side,
        "margin_trading": obj.margin_trading,
    }
    value: Any
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _decimal_text(value)
    return data


def structure_oracle_payload(data: Any) -> m.OraclePayload:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OraclePayload)
    count = len(data)
    if count == 4:
        try:
            v_messages = data["messages"]
            v_signatures = data["signatures"]
            v_prices = data["prices"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (v_prices.__class__ is dict) and (v_timestamp.__class__ is str):
                try:
                    obj.messages = _decode_list_of_str(v_messages)
                except DecodeError as error:
                    raise error.at("messages") from None
                try:
                    obj.signatures = _decode_list_of_str(v_signatures)
                except DecodeError as error:
                    raise error.at("signatures") from None
                obj.prices = v_prices
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    if "messages" not in data:
        obj.messages = None
        count += 1
    else:
        value = data["messages"]
        try:
            obj.messages = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("messages") from None
    if "signatures" not in data:
        obj.signatures = None
        count += 1
    else:
        value = data["signatures"]
        try:
            obj.signatures = _decode_list_of_str(value)
        except DecodeError as error:
            raise error.at("signatures") from None
    if "prices" not in data:
        obj.prices = None
        count += 1
    elif (value := data["prices"]).__class__ is dict:
        obj.prices = value
    else:
        raise _expected("an object", value).at("prices")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 4:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORACLE_PAYLOAD}
    return obj


def unstructure_oracle_payload(obj: m.OraclePayload) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.messages
    if value is not None:
        data["messages"] = value
    value = obj.signatures
    if value is not None:
        data["signatures"] = value
    value = obj.prices
    if value is not None:
        data["prices"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_order(data: Any) -> m.Order:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Order)
    count = len(data)
    if count == 18:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_funds = data["funds"]
            v_price_avg = data["price_avg"]
            v_filled_size = data["filled_size"]
            v_filled_notional = data["filled_notional"]
            v_state = data["state"]
            v_status = data["status"]
            v_timestamp = data["timestamp"]
            v_created_at = data["created_at"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_side.__class__ is str)
                and (v_type.__class__ is str)
                and (v_order_type.__class__ is str)
                and (v_state.__class__ is str)
                and (v_status.__class__ is str)
                and (v_timestamp.__class__ is str)
                and (v_created_at.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                obj.side = v_side
                obj.type = v_type
                obj.order_type = v_order_type
                try:
                    obj.price = _decode_decimal_or_one_of_empty(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decode_decimal_or_one_of_empty(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decode_decimal_or_one_of_empty(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                try:
                    obj.funds = _decode_decimal_or_one_of_empty(v_funds)
                except DecodeError as error:
                    raise error.at("funds") from None
                try:
                    obj.price_avg = _decimal(v_price_avg)
                except DecodeError as error:
                    raise error.at("price_avg") from None
                try:
                    obj.filled_size = _decimal(v_filled_size)
                except DecodeError as error:
                    raise error.at("filled_size") from None
                try:
                    obj.filled_notional = _decimal(v_filled_notional)
                except DecodeError as error:
                    raise error.at("filled_notional") from None
                obj.state = v_state
                obj.status = v_status
                obj.timestamp = v_timestamp
                obj.created_at = v_created_at
                obj.extra_fields = {}
                return obj
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is str:
        obj.type = value
    else:
        raise _expected("a string", value).at("type")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is str:
        obj.order_type = value
    else:
        raise _expected("a string", value).at("order_type")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
        try:
            obj.notional = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("notional") from None
    if "funds" not in data:
        obj.funds = None
        count += 1
    else:
        value = data["funds"]
        try:
            obj.funds = _decode_decimal_or_one_of_empty(value)
        except DecodeError as error:
            raise error.at("funds") from None
    if "price_avg" not in data:
        obj.price_avg = None
        count += 1
    else:
        value = data["price_avg"]
        try:
            obj.price_avg = _decimal(value)
        except DecodeError as error:
            raise error.at("price_avg") from None
    if "filled_size" not in data:
        obj.filled_size = None
        count += 1
    else:
        value = data["filled_size"]
        try:
            obj.filled_size = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_size") from None
    if "filled_notional" not in data:
        obj.filled_notional = None
        count += 1
    else:
        value = data["filled_notional"]
        try:
            obj.filled_notional = _decimal(value)
        except DecodeError as error:
            raise error.at("filled_notional") from None
    if "state" not in data:
        obj.state = None
        count += 1
    elif (value := data["state"]).__class__ is str:
        obj.state = value
    else:
        raise _expected("a string", value).at("state")
    if "status" not in data:
        obj.status = None
        count += 1
    elif (value := data["status"]).__class__ is str:
        obj.status = value
    else:
        raise _expected("a string", value).at("status")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if "created_at" not in data:
        obj.created_at = None
        count += 1
    elif (value := data["created_at"]).__class__ is str:
        obj.created_at = value
    else:
        raise _expected("a string", value).at("created_at")
    if count == 18:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER}
    return obj


def unstructure_order(obj: m.Order) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id, "instrument_id": obj.instrument_id}
    value: Any
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _encode_any(value)
    value = obj.size
    if value is not None:
        data["size"] = _encode_any(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _encode_any(value)
    value = obj.funds
    if value is not None:
        data["funds"] = _encode_any(value)
    value = obj.price_avg
    if value is not None:
        data["price_avg"] = _decimal_text(value)
    value = obj.filled_size
    if value is not None:
        data["filled_size"] = _decimal_text(value)
    value = obj.filled_notional
    if value is not None:
        data["filled_notional"] = _decimal_text(value)
    value = obj.state
    if value is not None:
        data["state"] = value
    value = obj.status
    if value is not None:
        data["status"] = value
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    value = obj.created_at
    if value is not None:
        data["created_at"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_order_book(data: Any) -> m.OrderBook:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OrderBook)
    count = len(data)
    if count == 3:
        try:
            v_asks = data["asks"]
            v_bids = data["bids"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if v_timestamp.__class__ is str:
                try:
                    obj.asks = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(v_asks)
                except DecodeError as error:
                    raise error.at("asks") from None
                try:
                    obj.bids = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(v_bids)
                except DecodeError as error:
                    raise error.at("bids") from None
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["asks"]
    except KeyError:
        raise DecodeError("required field is missing", ("asks",)) from None
    try:
        obj.asks = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(value)
    except DecodeError as error:
        raise error.at("asks") from None
    try:
        value = data["bids"]
    except KeyError:
        raise DecodeError("required field is missing", ("bids",)) from None
    try:
        obj.bids = _decode_list_of_tuple_of_decimal_and_decimal_and_decimal(value)
    except DecodeError as error:
        raise error.at("bids") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER_BOOK}
    return obj


def unstructure_order_book(obj: m.OrderBook) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {
        "asks": [
            [_decimal_text(item[0]), _decimal_text(item[1]), _decimal_text(item[2])]
            for item in obj.asks
        ],
        "bids": [
            [_decimal_text(item[0]), _decimal_text(item[1]), _decimal_text(item[2])]
            for item in obj.bids
        ],
    }
    value: Any
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_order_result(data: Any) -> m.OrderResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.OrderResult)
    count = len(data)
    if count == 5:
        try:
            v_order_id = data["order_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
            v_error_code = data["error_code"]
            v_error_message = data["error_message"]
        except KeyError:
            pass
        else:
            if (
                (v_order_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
                and (v_error_code.__class__ is str)
                and (v_error_message.__class__ is str)
            ):
                obj.order_id = v_order_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.error_code = v_error_code
                obj.error_message = v_error_message
                obj.extra_fields = {}
                return obj
    try:
        value = data["order_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("order_id",)) from None
    if value.__class__ is str:
        obj.order_id = value
    else:
        raise _expected("a string", value).at("order_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
    if "error_code" not in data:
        obj.error_code = None
        count += 1
    elif (value := data["error_code"]).__class__ is str:
        obj.error_code = value
    else:
        raise _expected("a string", value).at("error_code")
    if "error_message" not in data:
        obj.error_message = None
        count += 1
    elif (value := data["error_message"]).__class__ is str:
        obj.error_message = value
    else:
        raise _expected("a string", value).at("error_message")
    if count == 5:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ORDER_RESULT}
    return obj


def unstructure_order_result(obj: m.OrderResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"order_id": obj.order_id}
    value: Any
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    value = obj.error_code
    if value is not None:
        data["error_code"] = value
    value = obj.error_message
    if value is not None:
        data["error_message"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_repayment_result(data: Any) -> m.RepaymentResult:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.RepaymentResult)
    count = len(data)
    if count == 3:
        try:
            v_repayment_id = data["repayment_id"]
            v_client_oid = data["client_oid"]
            v_result = data["result"]
        except KeyError:
            pass
        else:
            if (
                (v_repayment_id.__class__ is str)
                and (v_client_oid.__class__ is str)
                and (v_result.__class__ is bool)
            ):
                obj.repayment_id = v_repayment_id
                obj.client_oid = v_client_oid
                obj.result = v_result
                obj.extra_fields = {}
                return obj
    if "repayment_id" not in data:
        obj.repayment_id = None
        count += 1
    elif (value := data["repayment_id"]).__class__ is str:
        obj.repayment_id = value
    else:
        raise _expected("a string", value).at("repayment_id")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "result" not in data:
        obj.result = None
        count += 1
    elif (value := data["result"]).__class__ is bool:
        obj.result = value
    else:
        raise _expected("a boolean", value).at("result")
    if count == 3:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_REPAYMENT_RESULT}
    return obj


def unstructure_repayment_result(obj: m.RepaymentResult) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.repayment_id
    if value is not None:
        data["repayment_id"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.result
    if value is not None:
        data["result"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_server_time(data: Any) -> m.ServerTime:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ServerTime)
    count = len(data)
    if count == 2:
        try:
            v_iso = data["iso"]
            v_epoch = data["epoch"]
        except KeyError:
            pass
        else:
            if v_iso.__class__ is str:
                obj.iso = v_iso
                try:
                    obj.epoch = _decimal(v_epoch)
                except DecodeError as error:
                    raise error.at("epoch") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["iso"]
    except KeyError:
        raise DecodeError("required field is missing", ("iso",)) from None
    if value.__class__ is str:
        obj.iso = value
    else:
        raise _expected("a string", value).at("iso")
    try:
        value = data["epoch"]
    except KeyError:
        raise DecodeError("required field is missing", ("epoch",)) from None
    try:
        obj.epoch = _decimal(value)
    except DecodeError as error:
        raise error.at("epoch") from None
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SERVER_TIME}
    return obj


def unstructure_server_time(obj: m.ServerTime) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"iso": obj.iso, "epoch": _decimal_text(obj.epoch)}
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_spot_account(data: Any) -> m.SpotAccount:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SpotAccount)
    count = len(data)
    if count == 7:
        try:
            v_id = data["id"]
            v_currency = data["currency"]
            v_balance = data["balance"]
            v_available = data["available"]
            v_hold = data["hold"]
            v_holds = data["holds"]
            v_frozen = data["frozen"]
        except KeyError:
            pass
        else:
            if (v_id.__class__ is str) and (v_currency.__class__ is str):
                obj.id = v_id
                obj.currency = v_currency
                try:
                    obj.balance = _decimal(v_balance)
                except DecodeError as error:
                    raise error.at("balance") from None
                try:
                    obj.available = _decimal(v_available)
                except DecodeError as error:
                    raise error.at("available") from None
                try:
                    obj.hold = _decimal(v_hold)
                except DecodeError as error:
                    raise error.at("hold") from None
                try:
                    obj.holds = _decimal(v_holds)
                except DecodeError as error:
                    raise error.at("holds") from None
                try:
                    obj.frozen = _decimal(v_frozen)
                except DecodeError as error:
                    raise error.at("frozen") from None
                obj.extra_fields = {}
                return obj
    if "id" not in data:
        obj.id = None
        count += 1
    elif (value := data["id"]).__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
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
            obj.balance = _decimal(value)
        except DecodeError as error:
            raise error.at("balance") from None
    if "available" not in data:
        obj.available = None
        count += 1
    else:
        value = data["available"]
        try:
            obj.available = _decimal(value)
        except DecodeError as error:
            raise error.at("available") from None
    if "hold" not in data:
        obj.hold = None
        count += 1
    else:
        value = data["hold"]
        try:
            obj.hold = _decimal(value)
        except DecodeError as error:
            raise error.at("hold") from None
    if "holds" not in data:
        obj.holds = None
        count += 1
    else:
        value = data["holds"]
        try:
            obj.holds = _decimal(value)
        except DecodeError as error:
            raise error.at("holds") from None
    if "frozen" not in data:
        obj.frozen = None
        count += 1
    else:
        value = data["frozen"]
        try:
            obj.frozen = _decimal(value)
        except DecodeError as error:
            raise error.at("frozen") from None
    if count == 7:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_SPOT_ACCOUNT}
    return obj


def unstructure_spot_account(obj: m.SpotAccount) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"currency": obj.currency}
    value: Any
    value = obj.id
    if value is not None:
        data["id"] = value
    value = obj.balance
    if value is not None:
        data["balance"] = _decimal_text(value)
    value = obj.available
    if value is not None:
        data["available"] = _decimal_text(value)
    value = obj.hold
    if value is not None:
        data["hold"] = _decimal_text(value)
    value = obj.holds
    if value is not None:
        data["holds"] = _decimal_text(value)
    value = obj.frozen
    if value is not None:
        data["frozen"] = _decimal_text(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_spot_order_request(data: Any) -> m.SpotOrderRequest:
    """Decodes and type-checks one JSON object."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.SpotOrderRequest)
    count = len(data)
    if count == 9:
        try:
            v_instrument_id = data["instrument_id"]
            v_side = data["side"]
            v_type = data["type"]
            v_client_oid = data["client_oid"]
            v_order_type = data["order_type"]
            v_price = data["price"]
            v_size = data["size"]
            v_notional = data["notional"]
            v_margin_trading = data["margin_trading"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_side.__class__ is _STR and v_side in _ALLOWED_buy_sell)
                and (v_type.__class__ is _STR and v_type in _ALLOWED_limit_market)
                and (v_client_oid.__class__ is str)
                and (v_order_type.__class__ is _STR and v_order_type in _ALLOWED_0_1_2_3)
                and (v_margin_trading.__class__ is _STR and v_margin_trading in _ALLOWED_1_2)
            ):
                obj.instrument_id = v_instrument_id
                obj.side = v_side
                obj.type = v_type
                obj.client_oid = v_client_oid
                obj.order_type = v_order_type
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                try:
                    obj.notional = _decimal(v_notional)
                except DecodeError as error:
                    raise error.at("notional") from None
                obj.margin_trading = v_margin_trading
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    try:
        value = data["side"]
    except KeyError:
        raise DecodeError("required field is missing", ("side",)) from None
    if value.__class__ is _STR and value in _ALLOWED_buy_sell:
        obj.side = value
    else:
        raise _not_one_of("'buy', 'sell'", value).at("side")
    if "type" not in data:
        obj.type = None
        count += 1
    elif (value := data["type"]).__class__ is _STR and value in _ALLOWED_limit_market:
        obj.type = value
    else:
        raise _not_one_of("'limit', 'market'", value).at("type")
    if "client_oid" not in data:
        obj.client_oid = None
        count += 1
    elif (value := data["client_oid"]).__class__ is str:
        obj.client_oid = value
    else:
        raise _expected("a string", value).at("client_oid")
    if "order_type" not in data:
        obj.order_type = None
        count += 1
    elif (value := data["order_type"]).__class__ is _STR and value in _ALLOWED_0_1_2_3:
        obj.order_type = value
    else:
        raise _not_one_of("'0', '1', '2', '3'", value).at("order_type")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "notional" not in data:
        obj.notional = None
        count += 1
    else:
        value = data["notional"]
        try:
            obj.notional = _decimal(value)
        except DecodeError as error:
            raise error.at("notional") from None
    if "margin_trading" not in data:
        obj.margin_trading = None
        count += 1
    elif (value := data["margin_trading"]).__class__ is _STR and value in _ALLOWED_1_2:
        obj.margin_trading = value
    else:
        raise _not_one_of("'1', '2'", value).at("margin_trading")
    if count != 9:
        unknown = sorted(key for key in data if key not in _KEYS_SPOT_ORDER_REQUEST)
        raise DecodeError("unknown field", (unknown[0],))
    return obj


def unstructure_spot_order_request(obj: m.SpotOrderRequest) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id, "side": obj.side}
    value: Any
    value = obj.type
    if value is not None:
        data["type"] = value
    value = obj.client_oid
    if value is not None:
        data["client_oid"] = value
    value = obj.order_type
    if value is not None:
        data["order_type"] = value
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.notional
    if value is not None:
        data["notional"] = _decimal_text(value)
    value = obj.margin_trading
    if value is not None:
        data["margin_trading"] = value
    return data


def structure_ticker(data: Any) -> m.Ticker:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Ticker)
    count = len(data)
    if count == 16:
        try:
            v_instrument_id = data["instrument_id"]
            v_product_id = data["product_id"]
            v_last = data["last"]
            v_last_qty = data["last_qty"]
            v_best_bid = data["best_bid"]
            v_best_bid_size = data["best_bid_size"]
            v_best_ask = data["best_ask"]
            v_best_ask_size = data["best_ask_size"]
            v_bid = data["bid"]
            v_ask = data["ask"]
            v_open_24h = data["open_24h"]
            v_high_24h = data["high_24h"]
            v_low_24h = data["low_24h"]
            v_base_volume_24h = data["base_volume_24h"]
            v_quote_volume_24h = data["quote_volume_24h"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_instrument_id.__class__ is str)
                and (v_product_id.__class__ is str)
                and (v_timestamp.__class__ is str)
            ):
                obj.instrument_id = v_instrument_id
                obj.product_id = v_product_id
                try:
                    obj.last = _decimal(v_last)
                except DecodeError as error:
                    raise error.at("last") from None
                try:
                    obj.last_qty = _decimal(v_last_qty)
                except DecodeError as error:
                    raise error.at("last_qty") from None
                try:
                    obj.best_bid = _decimal(v_best_bid)
                except DecodeError as error:
                    raise error.at("best_bid") from None
                try:
                    obj.best_bid_size = _decimal(v_best_bid_size)
                except DecodeError as error:
                    raise error.at("best_bid_size") from None
                try:
                    obj.best_ask = _decimal(v_best_ask)
                except DecodeError as error:
                    raise error.at("best_ask") from None
                try:
                    obj.best_ask_size = _decimal(v_best_ask_size)
                except DecodeError as error:
                    raise error.at("best_ask_size") from None
                try:
                    obj.bid = _decimal(v_bid)
                except DecodeError as error:
                    raise error.at("bid") from None
                try:
                    obj.ask = _decimal(v_ask)
                except DecodeError as error:
                    raise error.at("ask") from None
                try:
                    obj.open_24h = _decimal(v_open_24h)
                except DecodeError as error:
                    raise error.at("open_24h") from None
                try:
                    obj.high_24h = _decimal(v_high_24h)
                except DecodeError as error:
                    raise error.at("high_24h") from None
                try:
                    obj.low_24h = _decimal(v_low_24h)
                except DecodeError as error:
                    raise error.at("low_24h") from None
                try:
                    obj.base_volume_24h = _decimal(v_base_volume_24h)
                except DecodeError as error:
                    raise error.at("base_volume_24h") from None
                try:
                    obj.quote_volume_24h = _decimal(v_quote_volume_24h)
                except DecodeError as error:
                    raise error.at("quote_volume_24h") from None
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["instrument_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("instrument_id",)) from None
    if value.__class__ is str:
        obj.instrument_id = value
    else:
        raise _expected("a string", value).at("instrument_id")
    if "product_id" not in data:
        obj.product_id = None
        count += 1
    elif (value := data["product_id"]).__class__ is str:
        obj.product_id = value
    else:
        raise _expected("a string", value).at("product_id")
    if "last" not in data:
        obj.last = None
        count += 1
    else:
        value = data["last"]
        try:
            obj.last = _decimal(value)
        except DecodeError as error:
            raise error.at("last") from None
    if "last_qty" not in data:
        obj.last_qty = None
        count += 1
    else:
        value = data["last_qty"]
        try:
            obj.last_qty = _decimal(value)
        except DecodeError as error:
            raise error.at("last_qty") from None
    if "best_bid" not in data:
        obj.best_bid = None
        count += 1
    else:
        value = data["best_bid"]
        try:
            obj.best_bid = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid") from None
    if "best_bid_size" not in data:
        obj.best_bid_size = None
        count += 1
    else:
        value = data["best_bid_size"]
        try:
            obj.best_bid_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_bid_size") from None
    if "best_ask" not in data:
        obj.best_ask = None
        count += 1
    else:
        value = data["best_ask"]
        try:
            obj.best_ask = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask") from None
    if "best_ask_size" not in data:
        obj.best_ask_size = None
        count += 1
    else:
        value = data["best_ask_size"]
        try:
            obj.best_ask_size = _decimal(value)
        except DecodeError as error:
            raise error.at("best_ask_size") from None
    if "bid" not in data:
        obj.bid = None
        count += 1
    else:
        value = data["bid"]
        try:
            obj.bid = _decimal(value)
        except DecodeError as error:
            raise error.at("bid") from None
    if "ask" not in data:
        obj.ask = None
        count += 1
    else:
        value = data["ask"]
        try:
            obj.ask = _decimal(value)
        except DecodeError as error:
            raise error.at("ask") from None
    if "open_24h" not in data:
        obj.open_24h = None
        count += 1
    else:
        value = data["open_24h"]
        try:
            obj.open_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("open_24h") from None
    if "high_24h" not in data:
        obj.high_24h = None
        count += 1
    else:
        value = data["high_24h"]
        try:
            obj.high_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("high_24h") from None
    if "low_24h" not in data:
        obj.low_24h = None
        count += 1
    else:
        value = data["low_24h"]
        try:
            obj.low_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("low_24h") from None
    if "base_volume_24h" not in data:
        obj.base_volume_24h = None
        count += 1
    else:
        value = data["base_volume_24h"]
        try:
            obj.base_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("base_volume_24h") from None
    if "quote_volume_24h" not in data:
        obj.quote_volume_24h = None
        count += 1
    else:
        value = data["quote_volume_24h"]
        try:
            obj.quote_volume_24h = _decimal(value)
        except DecodeError as error:
            raise error.at("quote_volume_24h") from None
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 16:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TICKER}
    return obj


def unstructure_ticker(obj: m.Ticker) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"instrument_id": obj.instrument_id}
    value: Any
    value = obj.product_id
    if value is not None:
        data["product_id"] = value
    value = obj.last
    if value is not None:
        data["last"] = _decimal_text(value)
    value = obj.last_qty
    if value is not None:
        data["last_qty"] = _decimal_text(value)
    value = obj.best_bid
    if value is not None:
        data["best_bid"] = _decimal_text(value)
    value = obj.best_bid_size
    if value is not None:
        data["best_bid_size"] = _decimal_text(value)
    value = obj.best_ask
    if value is not None:
        data["best_ask"] = _decimal_text(value)
    value = obj.best_ask_size
    if value is not None:
        data["best_ask_size"] = _decimal_text(value)
    value = obj.bid
    if value is not None:
        data["bid"] = _decimal_text(value)
    value = obj.ask
    if value is not None:
        data["ask"] = _decimal_text(value)
    value = obj.open_24h
    if value is not None:
        data["open_24h"] = _decimal_text(value)
    value = obj.high_24h
    if value is not None:
        data["high_24h"] = _decimal_text(value)
    value = obj.low_24h
    if value is not None:
        data["low_24h"] = _decimal_text(value)
    value = obj.base_volume_24h
    if value is not None:
        data["base_volume_24h"] = _decimal_text(value)
    value = obj.quote_volume_24h
    if value is not None:
        data["quote_volume_24h"] = _decimal_text(value)
    value = obj.timestamp
    if value is not None:
        data["timestamp"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_trade(data: Any) -> m.Trade:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Trade)
    count = len(data)
    if count == 6:
        try:
            v_trade_id = data["trade_id"]
            v_price = data["price"]
            v_size = data["size"]
            v_side = data["side"]
            v_time = data["time"]
            v_timestamp = data["timestamp"]
        except KeyError:
            pass
        else:
            if (
                (v_trade_id.__class__ is str)
                and (v_side.__class__ is str)
                and (v_time.__class__ is str)
                and (v_timestamp.__class__ is str)
            ):
                obj.trade_id = v_trade_id
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                try:
                    obj.size = _decimal(v_size)
                except DecodeError as error:
                    raise error.at("size") from None
                obj.side = v_side
                obj.time = v_time
                obj.timestamp = v_timestamp
                obj.extra_fields = {}
                return obj
    try:
        value = data["trade_id"]
    except KeyError:
        raise DecodeError("required field is missing", ("trade_id",)) from None
    if value.__class__ is str:
        obj.trade_id = value
    else:
        raise _expected("a string", value).at("trade_id")
    if "price" not in data:
        obj.price = None
        count += 1
    else:
        value = data["price"]
        try:
            obj.price = _decimal(value)
        except DecodeError as error:
            raise error.at("price") from None
    if "size" not in data:
        obj.size = None
        count += 1
    else:
        value = data["size"]
        try:
            obj.size = _decimal(value)
        except DecodeError as error:
            raise error.at("size") from None
    if "side" not in data:
        obj.side = None
        count += 1
    elif (value := data["side"]).__class__ is str:
        obj.side = value
    else:
        raise _expected("a string", value).at("side")
    if "time" not in data:
        obj.time = None
        count += 1
    elif (value := data["time"]).__class__ is str:
        obj.time = value
    else:
        raise _expected("a string", value).at("time")
    if "timestamp" not in data:
        obj.timestamp = None
        count += 1
    elif (value := data["timestamp"]).__class__ is str:
        obj.timestamp = value
    else:
        raise _expected("a string", value).at("timestamp")
    if count == 6:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_TRADE}
    return obj


def unstructure_trade(obj: m.Trade) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"trade_id": obj.trade_id}
    value: Any
    value = obj.price
    if value is not None:
        data["price"] = _decimal_text(value)
    value = obj.size
    if value is not None:
        data["size"] = _decimal_text(value)
    value = obj.side
    if value is not None:
        data["side"] = value
    value = obj.time
    if value is not None:
        data["time"] = value
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


_STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.AlgoOrder: structure_algo_order,
    m.AlgoOrderResult: structure_algo_order_result,
    m.AmendOrderItem: structure_amend_order_item,
    m.AmendOrderRequest: structure_amend_order_request,
    m.BorrowResult: structure_borrow_result,
    m.CancelOrdersRequest: structure_cancel_orders_request,
    m.CandleObject: structure_candle_object,
    m.Currency: structure_currency,
    m.Deposit: structure_deposit,
    m.DepositAddress: structure_deposit_address,
    m.Fill: structure_fill,
    m.FundingLedgerEntry: structure_funding_ledger_entry,
    m.Instrument: structure_instrument,
    m.LedgerDetails: structure_ledger_details,
    m.LedgerEntry: structure_ledger_entry,
    m.MarginLoan: structure_margin_loan,
    m.MarginOrderRequest: structure_margin_order_request,
    m.OraclePayload: structure_oracle_payload,
    m.Order: structure_order,
    m.OrderBook: structure_order_book,
    m.OrderResult: structure_order_result,
    m.RepaymentResult: structure_repayment_result,
    m.ServerTime: structure_server_time,
    m.SpotAccount: structure_spot_account,
    m.SpotOrderRequest: structure_spot_order_request,
    m.Ticker: structure_ticker,
    m.Trade: structure_trade,
    m.TransferResult: structure_transfer_result,
    m.Wallet: structure_wallet,
    m.Withdrawal: structure_withdrawal,
    m.WithdrawalFee: structure_withdrawal_fee,
    m.WithdrawalResult: structure_withdrawal_result,
}
_UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.AlgoOrder: unstructure_algo_order,
    m.AlgoOrderResult: unstructure_algo_order_result,
    m.AmendOrderItem: unstructure_amend_order_item,
    m.AmendOrderRequest: unstructure_amend_order_request,
    m.BorrowResult: unstructure_borrow_result,
    m.CancelOrdersRequest: unstructure_cancel_orders_request,
    m.CandleObject: unstructure_candle_object,
    m.Currency: unstructure_currency,
    m.Deposit: unstructure_deposit,
    m.DepositAddress: unstructure_deposit_address,
    m.Fill: unstructure_fill,
    m.FundingLedgerEntry: unstructure_funding_ledger_entry,
    m.Instrument: unstructure_instrument,
    m.LedgerDetails: unstructure_ledger_details,
    m.LedgerEntry: unstructure_ledger_entry,
    m.MarginLoan: unstructure_margin_loan,
    m.MarginOrderRequest: unstructure_margin_order_request,
    m.OraclePayload: unstructure_oracle_payload,
    m.Order: unstructure_order,
    m.OrderBook: unstructure_order_book,
    m.OrderResult: unstructure_order_result,
    m.RepaymentResult: unstructure_repayment_result,
    m.ServerTime: unstructure_server_time,
    m.SpotAccount: unstructure_spot_account,
    m.SpotOrderRequest: unstructure_spot_order_request,
    m.Ticker: unstructure_ticker,
    m.Trade: unstructure_trade,
    m.TransferResult: unstructure_transfer_result,
    m.Wallet: unstructure_wallet,
    m.Withdrawal: unstructure_withdrawal,
    m.WithdrawalFee: unstructure_withdrawal_fee,
    m.WithdrawalResult: unstructure_withdrawal_result,
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
