"""The typed models of Okcoin REST API v3.

Every model keeps the fields the spec does not know in `extra_fields`, so decoding and
encoding again gives back the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs

__all__ = [
    "AlgoOrder",
    "AlgoOrderResult",
    "AmendOrderItem",
    "AmendOrderRequest",
    "BorrowResult",
    "CancelOrdersRequest",
    "CandleObject",
    "Currency",
    "Deposit",
    "DepositAddress",
    "Fill",
    "FundingLedgerEntry",
    "Instrument",
    "LedgerDetails",
    "LedgerEntry",
    "MarginLoan",
    "MarginOrderRequest",
    "OraclePayload",
    "Order",
    "OrderBook",
    "OrderResult",
    "RepaymentResult",
    "ServerTime",
    "SpotAccount",
    "SpotOrderRequest",
    "Ticker",
    "Trade",
    "TransferResult",
    "Wallet",
    "Withdrawal",
    "WithdrawalFee",
    "WithdrawalResult",
]


@attrs.define(kw_only=True)
class AlgoOrder:
    """Algo order."""

    algo_id: str
    instrument_id: str | None = None
    order_type: str | None = None
    type: str | None = None
    status: str | None = None
    size: Decimal | None = None
    trigger_price: Decimal | None = None
    algo_price: Decimal | None = None
    real_amount: Decimal | None = None
    callback_rate: Decimal | None = None
    algo_variance: Decimal | None = None
    avg_amount: Decimal | None = None
    limit_price: Decimal | None = None
    deal_value: Decimal | None = None
    sweep_range: Decimal | None = None
    sweep_ratio: Decimal | None = None
    single_limit: Decimal | None = None
    time_interval: str | None = None
    timestamp: str | None = None
    rejected_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AlgoOrderResult:
    """Algo order result."""

    algo_id: str | None = None
    instrument_id: str | None = None
    order_type: str | None = None
    result: bool | str | None = None
    error_code: str | None = None
    error_message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AmendOrderItem:
    """Change of one order of the instrument in the path; name it by order_id or client_oid and give
    new_size and/or new_price.
    """

    order_id: str | None = None
    client_oid: str | None = None
    new_size: Decimal | None = None
    new_price: Decimal | None = None
    cancel_on_fail: Literal["0", "1"] | None = None
    """"1" cancels the order when the change fails."""

    request_id: str | None = None
    """Your own id for this change."""


@attrs.define(kw_only=True)
class AmendOrderRequest:
    """Change of one order; name it by order_id or client_oid and give new_size and/or new_price."""

    instrument_id: str
    order_id: str | None = None
    client_oid: str | None = None
    new_size: Decimal | None = None
    new_price: Decimal | None = None
    cancel_on_fail: Literal["0", "1"] | None = None
    """"1" cancels the order when the change fails."""

    request_id: str | None = None
    """Your own id for this change."""


@attrs.define(kw_only=True)
class BorrowResult:
    """Borrow result."""

    borrow_id: str | None = None
    client_oid: str | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CancelOrdersRequest:
    """Orders of one instrument to cancel; give order_ids or client_oids."""

    instrument_id: str
    order_ids: list[str] | None = None
    client_oids: list[str] | None = None


@attrs.define(kw_only=True)
class CandleObject:
    """Older object form of a candle."""

    time: str | None = None
    open: Decimal | None = None
    high: Decimal | None = None
    low: Decimal | None = None
    close: Decimal | None = None
    volume: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Currency:
    """Currency."""

    currency: str
    name: str | None = None
    can_deposit: str | None = None
    """"1" when deposits are open."""

    can_withdraw: str | None = None
    """"1" when withdrawals are open."""

    min_withdrawal: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Deposit:
    """Deposit."""

    deposit_id: int | str | None = None
    currency: str
    amount: Decimal | None = None
    txid: str | None = None
    from_: str | None = None
    to: str | None = None
    tag: str | None = None
    timestamp: str | None = None
    status: str | None = None
    """0 waiting for confirmations, 1 credited, 2 done."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class DepositAddress:
    """Deposit address."""

    address: str
    currency: str
    tag: str | None = None
    """Present only for currencies that need a tag."""

    payment_id: str | None = None
    """Present only for currencies that need a payment id."""

    memo: str | None = None
    """Present only for currencies that need a memo."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Fill:
    """One side of a trade. Each trade yields two rows, one per currency, with the same trade_id."""

    ledger_id: str | None = None
    trade_id: str | None = None
    order_id: str
    instrument_id: str
    product_id: str | None = None
    currency: str | None = None
    side: str | None = None
    price: Decimal | None = None
    size: Decimal | None = None
    fee: Decimal | None = None
    """Negative for a charge, positive for a rebate."""

    liquidity: str | None = None
    """T taker, M maker."""

    exec_type: str | None = None
    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FundingLedgerEntry:
    """One funding account bill. Amounts and the id have also been seen as bare numbers."""

    ledger_id: int | str
    currency: str
    amount: float | Decimal | None = None
    balance: float | Decimal | None = None
    fee: float | Decimal | None = None
    typename: str | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Instrument:
    """Instrument."""

    instrument_id: str
    product_id: str | None = None
    base_currency: str | None = None
    quote_currency: str | None = None
    min_size: Decimal | None = None
    size_increment: Decimal | None = None
    tick_size: Decimal | None = None
    base_min_size: Decimal | None = None
    base_increment: Decimal | None = None
    quote_increment: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LedgerDetails:
    """Ledger details."""

    instrument_id: str | None = None
    order_id: str | None = None
    product_id: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LedgerEntry:
    """One spot or margin account bill."""

    ledger_id: str
    currency: str | None = None
    amount: Decimal | None = None
    balance: Decimal | None = None
    fee: Decimal | None = None
    type: str | None = None
    instrument_id: str | None = None
    order_id: str | None = None
    details: LedgerDetails | None = None
    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class MarginLoan:
    """Margin loan."""

    borrow_id: str
    instrument_id: str | None = None
    product_id: str | None = None
    currency: str | None = None
    amount: Decimal | None = None
    interest: Decimal | None = None
    repay_amount: Decimal | None = None
    returned_amount: Decimal | None = None
    repay_interest: Decimal | None = None
    paid_interest: Decimal | None = None
    timestamp: str | None = None
    created_at: str | None = None
    last_interest_time: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class MarginOrderRequest:
    """One margin order, as for a single placement."""

    instrument_id: str
    """Market id such as BTC-USD."""

    side: Literal["buy", "sell"]
    """Order side."""

    type: Literal["limit", "market"] | None = None
    """Order kind."""

    client_oid: str | None = None
    """Your own id for the order - up to 32 letters and digits, starting with a letter."""

    order_type: Literal["0", "1", "2", "3"] | None = None
    """0 normal, 1 post-only, 2 fill-or-kill, 3 immediate-or-cancel."""

    price: Decimal | None = None
    """Limit price; needed for limit orders."""

    size: Decimal | None = None
    """Quantity in the base currency; needed for limit orders and market sells."""

    notional: Decimal | None = None
    """Amount of quote currency to spend; needed for market buys."""

    margin_trading: Literal["2"]
    """Always 2 (margin)."""


@attrs.define(kw_only=True)
class OraclePayload:
    """Open Oracle style price report."""

    messages: list[str] | None = None
    signatures: list[str] | None = None
    prices: dict[str, Any] | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Order:
    """Order."""

    order_id: str
    client_oid: str | None = None
    instrument_id: str
    product_id: str | None = None
    side: str | None = None
    type: str | None = None
    """limit or market."""

    order_type: str | None = None
    """0 normal, 1 post-only, 2 fill-or-kill, 3 immediate-or-cancel."""

    price: Decimal | Literal[""] | None = None
    size: Decimal | Literal[""] | None = None
    notional: Decimal | Literal[""] | None = None
    funds: Decimal | Literal[""] | None = None
    price_avg: Decimal | None = None
    filled_size: Decimal | None = None
    filled_notional: Decimal | None = None
    state: str | None = None
    """-2 failed, -1 cancelled, 0 open, 1 partly filled, 2 filled, 3 being placed, 4 being
    cancelled.
    """

    status: str | None = None
    """Older text form of the state."""

    timestamp: str | None = None
    created_at: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OrderBook:
    """Order book."""

    asks: list[tuple[Decimal, Decimal, Decimal]]
    bids: list[tuple[Decimal, Decimal, Decimal]]
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OrderResult:
    """Outcome of one order request. A rejected order has order_id "-1", result false and an
    error_code.
    """

    order_id: str
    client_oid: str | None = None
    result: bool | None = None
    error_code: str | None = None
    error_message: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class RepaymentResult:
    """Repayment result."""

    repayment_id: str | None = None
    client_oid: str | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ServerTime:
    """Server time."""

    iso: str
    epoch: Decimal
    """Seconds since the Unix epoch, with milliseconds."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SpotAccount:
    """Spot account."""

    id: str | None = None
    currency: str
    balance: Decimal | None = None
    available: Decimal | None = None
    hold: Decimal | None = None
    holds: Decimal | None = None
    frozen: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SpotOrderRequest:
    """One spot order, as for a single placement."""

    instrument_id: str
    """Market id such as BTC-USD."""

    side: Literal["buy", "sell"]
    """Order side."""

    type: Literal["limit", "market"] | None = None
    """Order kind."""

    client_oid: str | None = None
    """Your own id for the order - up to 32 letters and digits, starting with a letter."""

    order_type: Literal["0", "1", "2", "3"] | None = None
    """0 normal, 1 post-only, 2 fill-or-kill, 3 immediate-or-cancel."""

    price: Decimal | None = None
    """Limit price; needed for limit orders."""

    size: Decimal | None = None
    """Quantity in the base currency; needed for limit orders and market sells."""

    notional: Decimal | None = None
    """Amount of quote currency to spend; needed for market buys."""

    margin_trading: Literal["1", "2"] | None = None
    """1 spot, 2 margin; not on okcoin.jp."""


@attrs.define(kw_only=True)
class Ticker:
    """Ticker."""

    instrument_id: str
    product_id: str | None = None
    last: Decimal | None = None
    last_qty: Decimal | None = None
    best_bid: Decimal | None = None
    best_bid_size: Decimal | None = None
    best_ask: Decimal | None = None
    best_ask_size: Decimal | None = None
    bid: Decimal | None = None
    ask: Decimal | None = None
    open_24h: Decimal | None = None
    high_24h: Decimal | None = None
    low_24h: Decimal | None = None
    base_volume_24h: Decimal | None = None
    quote_volume_24h: Decimal | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Trade:
    """Trade."""

    trade_id: str
    price: Decimal | None = None
    size: Decimal | None = None
    side: str | None = None
    time: str | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransferResult:
    """Transfer result."""

    transfer_id: str | None = None
    currency: str | None = None
    from_: str | None = None
    """Source account code."""

    to: str | None = None
    """Target account code."""

    amount: Decimal | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Wallet:
    """Funding account balance of one currency. Amounts are decimal strings, though bare numbers
    have been seen.
    """

    currency: str
    balance: float | Decimal | None = None
    hold: float | Decimal | None = None
    available: float | Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Withdrawal:
    """Withdrawal."""

    withdrawal_id: str
    currency: str | None = None
    amount: Decimal | None = None
    fee: str | None = None
    """Decimal fee that may end with the currency code (e.g. 0.01eth); strip the letters before
    parsing.
    """

    txid: str | None = None
    from_: str | None = None
    to: str | None = None
    timestamp: str | None = None
    status: str | None = None
    """-3 pending cancel, -2 cancelled, -1 failed, 0 pending, 1 sending, 2 sent, 3 awaiting email
    confirmation, 4 awaiting manual confirmation, 5 awaiting identity confirmation.
    """

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WithdrawalFee:
    """Withdrawal fee."""

    currency: str
    min_fee: Decimal | None = None
    max_fee: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WithdrawalResult:
    """Withdrawal result."""

    withdrawal_id: str | None = None
    currency: str | None = None
    amount: Decimal | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
