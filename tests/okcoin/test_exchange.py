"""The simulated Okcoin exchange (generator/runtime/okcoin/exchange.py), driven directly.

Replies are checked against the response schemas of specs/okcoin-v3.yaml, arithmetic is
checked to the last digit with Decimal, and a scenario runs the way a trading bot would.
"""

from __future__ import annotations

import itertools
import json
import re
import threading
from collections.abc import Iterator
from decimal import ROUND_CEILING, Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, FormatChecker

from generator.runtime.okcoin import exchange as exchange_module
from generator.runtime.okcoin.exchange import (
    OPERATIONS,
    Exchange,
    ExchangeError,
    FundingRejected,
    InsufficientBalance,
    InvalidParameter,
    MissingParameter,
    OrderRejected,
    UnknownCurrency,
    UnknownInstrument,
    UnknownOrder,
)

ROOT = Path(__file__).resolve().parents[2]
SPEC = yaml.safe_load((ROOT / "specs" / "okcoin-v3.yaml").read_text(encoding="utf-8"))
START = 1_700_000_000.0  # 2023-11-14T22:13:20Z
FEE_STEP = Decimal("0.00000001")
MAKER, TAKER = Decimal("0.001"), Decimal("0.0015")

_CHECKER = FormatChecker(formats=())
_CHECKER.checks("decimal")(
    lambda v: not isinstance(v, str) or re.fullmatch(r"-?\d+(\.\d+)?", v) is not None
)
_CHECKER.checks("date-time")(
    lambda v: (
        not isinstance(v, str)
        or re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", v) is not None
    )
)
_ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: float = START) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def ex(clock: Clock) -> Exchange:
    return Exchange(clock=clock)


def _operation(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return op
    raise LookupError(operation_id)


def schema_errors(operation_id: str, body: Any) -> list[str]:
    schema = _operation(operation_id)["responses"]["200"]["content"]["application/json"]["schema"]
    validator = Draft202012Validator(
        {**schema, "components": SPEC["components"]}, format_checker=_CHECKER
    )
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]


def assert_valid(operation_id: str, body: Any) -> Any:
    assert schema_errors(operation_id, body) == []
    return body


def fee_of(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount * rate).quantize(FEE_STEP, rounding=ROUND_CEILING)


def strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def best(ex: Exchange, instrument: str = "BTC-USD") -> tuple[Decimal, Decimal]:
    book = ex.get_order_book(instrument, size=1)
    return Decimal(book["bids"][0][0]), Decimal(book["asks"][0][0])


def reconcile_spot(ex: Exchange, currency: str, start: Decimal) -> None:
    """Each ledger row's balance is the previous one plus amount plus fee; the last is now."""
    rows = list(reversed(ex.list_spot_ledger(currency)))
    balance = start
    for row in rows:
        balance += Decimal(row["amount"]) + Decimal(row["fee"])
        assert Decimal(row["balance"]) == balance, row
    assert balance == ex.balance(currency).balance


def reconcile_funding(ex: Exchange, currency: str, start: Decimal) -> None:
    rows = list(reversed(ex.list_funding_ledger(currency=currency)))
    balance = start
    for row in rows:
        balance += Decimal(row["amount"]) + Decimal(row["fee"])
        assert Decimal(row["balance"]) == balance, row
    assert balance == ex.balance(currency, account="funding").balance


# -- catalogue ------------------------------------------------------------------------------


def test_instruments_are_several_plausible_markets(ex: Exchange) -> None:
    rows = assert_valid("spot_list_instruments", ex.list_instruments())
    ids = {row["instrument_id"] for row in rows}
    assert {"BTC-USD", "ETH-USD", "LTC-USD", "BTC-USDT", "ETH-BTC"} <= ids
    for row in rows:
        base, quote = row["instrument_id"].split("-")
        assert (row["base_currency"], row["quote_currency"]) == (base, quote)
        tick, step, least = (Decimal(row[k]) for k in ("tick_size", "size_increment", "min_size"))
        assert 0 < tick < 1 and 0 < step <= least
        assert least % step == 0
    btc = next(row for row in rows if row["instrument_id"] == "BTC-USD")
    assert btc["tick_size"] == "0.01" and btc["min_size"] == "0.0001"
    assert len({row["tick_size"] for row in rows}) > 2


def test_currencies_say_1_or_0_and_carry_names(ex: Exchange) -> None:
    rows = assert_valid("account_list_currencies", ex.list_currencies())
    assert {"BTC", "ETH", "LTC", "USDT", "USD"} <= {row["currency"] for row in rows}
    assert {row["can_deposit"] for row in rows} == {"1", "0"}
    for row in rows:
        assert row["can_withdraw"] in ("1", "0") and row["name"]
        Decimal(row["min_withdrawal"])
    btc = next(row for row in rows if row["currency"] == "BTC")
    assert btc["name"] == "Bitcoin" and Decimal(btc["min_withdrawal"]) == Decimal("0.001")
    fees = assert_valid("account_list_withdrawal_fees", ex.list_withdrawal_fees())
    assert all(Decimal(row["min_fee"]) <= Decimal(row["max_fee"]) for row in fees)
    assert [row["currency"] for row in ex.list_withdrawal_fees("eth")] == ["ETH"]


# -- market data ----------------------------------------------------------------------------


@pytest.mark.parametrize("instrument", ["BTC-USD", "ETH-BTC", "USDT-USD"])
def test_book_has_many_levels_sorted_around_the_mid(ex: Exchange, instrument: str) -> None:
    book = assert_valid("spot_get_order_book", ex.get_order_book(instrument))
    mid = ex.mid_price(instrument)
    tick = Decimal(
        next(r for r in ex.list_instruments() if r["instrument_id"] == instrument)["tick_size"]
    )
    asks = [[Decimal(x) for x in level] for level in book["asks"]]
    bids = [[Decimal(x) for x in level] for level in book["bids"]]
    assert len(asks) == 200 and len(bids) == 200
    assert all(len(level) == 3 for level in book["asks"] + book["bids"])
    assert [a[0] for a in asks] == sorted({a[0] for a in asks})
    assert [b[0] for b in bids] == sorted({b[0] for b in bids}, reverse=True)
    assert bids[0][0] < mid < asks[0][0]
    assert all(level[0] % tick == 0 and level[1] > 0 and level[2] >= 1 for level in asks + bids)
    assert len({level[1] for level in asks}) > 50  # sizes vary
    assert _ISO.fullmatch(book["timestamp"])


def test_book_size_and_depth_merge_levels(ex: Exchange) -> None:
    assert len(ex.get_order_book("BTC-USD", size=5)["asks"]) == 5
    full = ex.get_order_book("BTC-USD")
    merged = ex.get_order_book("BTC-USD", size="3", depth="10")
    for side, rounding in (("asks", 1), ("bids", -1)):
        levels = merged[side]
        assert len(levels) == 3
        first = Decimal(levels[0][0])
        assert first % 10 == 0
        members = [
            level
            for level in full[side]
            if (Decimal(level[0]) <= first if rounding == 1 else Decimal(level[0]) >= first)
        ]
        assert Decimal(levels[0][1]) == sum(Decimal(level[1]) for level in members)
        assert int(levels[0][2]) == sum(int(level[2]) for level in members)
    with pytest.raises(InvalidParameter) as caught:
        ex.get_order_book("BTC-USD", depth="0.001")
    assert caught.value.code == 30024 and "depth" in caught.value.message
    with pytest.raises(InvalidParameter):
        ex.get_order_book("BTC-USD", size=201)


@pytest.mark.parametrize(
    "granularity", [60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400, 604800]
)
def test_candles_are_well_formed(ex: Exchange, granularity: int) -> None:
    rows = assert_valid("spot_get_candles", ex.get_candles("ETH-USD", granularity))
    assert 50 <= len(rows) <= 200
    times = [exchange_module._parse_time(row[0], "time") for row in rows]
    assert all(a - b == granularity for a, b in itertools.pairwise(times))
    assert times[0] <= START < times[0] + granularity
    for row in rows:
        assert len(row) == 6 and _ISO.fullmatch(row[0])
        opened, high, low, close, volume = (Decimal(x) for x in row[1:])
        assert low <= min(opened, close) <= max(opened, close) <= high
        assert volume >= 0
    # Each candle opens where the one before closed: one continuous series.
    assert all(new[1] == old[4] for new, old in itertools.pairwise(rows))
    assert len({row[4] for row in rows}) > len(rows) // 3


@pytest.mark.parametrize(
    ("coarse", "fine"), [(300, 60), (3600, 60), (14400, 3600), (86400, 3600), (604800, 86400)]
)
def test_candles_of_every_length_read_one_series(
    ex: Exchange, clock: Clock, coarse: int, fine: int
) -> None:
    ex.seed_balance("USD", "100000")
    ex.place_order(instrument_id="BTC-USD", side="buy", type="market", notional="5000")
    clock.now += 90
    ex.set_price("BTC-USD", "27700")
    now = clock.now
    rows = ex.get_candles("BTC-USD", coarse)
    fine_rows = {row[0]: row for row in ex.get_candles("BTC-USD", fine)}
    checked = 0
    for row in rows:
        start = exchange_module._parse_time(row[0], "t")
        assert start is not None
        times = [start + k * fine for k in range(coarse // fine) if start + k * fine <= now]
        parts = [fine_rows.get(exchange_module.iso_time(moment)) for moment in times]
        if None in parts:
            break  # older than the finer candles reach
        whole = [part for part in parts if part is not None]
        assert row[1] == whole[0][1] and row[4] == whole[-1][4]
        assert Decimal(row[2]) == max(Decimal(p[2]) for p in whole)
        assert Decimal(row[3]) == min(Decimal(p[3]) for p in whole)
        assert Decimal(row[5]) == sum(Decimal(p[5]) for p in whole)
        checked += 1
    assert checked >= 2  # the current candle, with today's trades, and older ones
    assert rows[0][4] == "27700" and Decimal(rows[0][2]) >= Decimal("27700")


def test_candles_honour_start_and_end(ex: Exchange) -> None:
    rows = ex.get_candles(
        "BTC-USD", "3600", start="2023-11-14T10:00:00.000Z", end="2023-11-14T15:00:00Z"
    )
    assert [row[0] for row in rows] == [
        f"2023-11-14T{h:02d}:00:00.000Z" for h in (14, 13, 12, 11, 10)
    ]
    with pytest.raises(InvalidParameter):
        ex.get_candles("BTC-USD", 61)
    with pytest.raises(InvalidParameter):
        ex.get_candles("BTC-USD", 60, start="yesterday")
    with pytest.raises(InvalidParameter):
        ex.get_candles("BTC-USD", 60, start="2023-11-14T10:00:00Z", end="2023-11-14T09:00:00Z")


def test_ticker_agrees_with_book_candles_and_trades(ex: Exchange) -> None:
    for ticker in assert_valid("spot_list_tickers", ex.list_tickers()):
        instrument = ticker["instrument_id"]
        assert ex.get_ticker(instrument.lower()) == ticker
        book = ex.get_order_book(instrument, size=1)
        assert [ticker["best_bid"], ticker["best_bid_size"]] == book["bids"][0][:2]
        assert [ticker["best_ask"], ticker["best_ask_size"]] == book["asks"][0][:2]
        assert ticker["bid"] == ticker["best_bid"] and ticker["ask"] == ticker["best_ask"]
        last, high, low = (Decimal(ticker[k]) for k in ("last", "high_24h", "low_24h"))
        assert low <= last <= high and low <= Decimal(ticker["open_24h"]) <= high
        assert Decimal(ticker["best_bid"]) < Decimal(ticker["best_ask"])
        minutes = ex.get_candles(instrument, 60)
        assert minutes[0][4] == ticker["last"]
        hours = ex.get_candles(instrument, 3600)[:25]
        assert Decimal(ticker["high_24h"]) <= max(Decimal(row[2]) for row in hours)
        assert Decimal(ticker["low_24h"]) >= min(Decimal(row[3]) for row in hours)
        volume = Decimal(ticker["base_volume_24h"])
        assert volume > 0
        assert low * volume <= Decimal(ticker["quote_volume_24h"]) <= high * volume
        trades = ex.list_trades(instrument, 1)
        assert trades[0]["price"] == ticker["last"] and trades[0]["size"] == ticker["last_qty"]


def test_public_trades_agree_with_the_minute_candles(ex: Exchange) -> None:
    trades = assert_valid("spot_list_trades", ex.list_trades("LTC-USD"))
    assert len(trades) == 100
    assert [int(t["trade_id"]) for t in trades] == sorted(
        (int(t["trade_id"]) for t in trades), reverse=True
    )
    assert [t["timestamp"] for t in trades] == sorted(
        (t["timestamp"] for t in trades), reverse=True
    )
    candles = {row[0]: row for row in ex.get_candles("LTC-USD", 60)}
    by_minute: dict[str, list[dict[str, str]]] = {}
    for trade in trades:
        by_minute.setdefault(trade["timestamp"][:17] + "00.000Z", []).append(trade)
    oldest = min(by_minute)
    for minute, group in by_minute.items():
        row = candles[minute]
        assert all(Decimal(row[3]) <= Decimal(t["price"]) <= Decimal(row[2]) for t in group)
        if minute != oldest:  # the oldest minute may be cut by the 100-trade limit
            assert sum(Decimal(t["size"]) for t in group) == Decimal(row[5])
    assert len(ex.list_trades("LTC-USD", limit="7")) == 7
    with pytest.raises(InvalidParameter):
        ex.list_trades("LTC-USD", limit=101)


def test_unknown_names_raise_typed_errors_with_v3_codes(ex: Exchange) -> None:
    for call in (
        lambda: ex.get_ticker("NOPE-USD"),
        lambda: ex.get_order_book("NOPE-USD"),
        lambda: ex.get_candles("NOPE-USD"),
        lambda: ex.list_orders("NOPE-USD", "0"),
    ):
        with pytest.raises(UnknownInstrument) as caught:
            call()
        assert caught.value.code == 30032 and "NOPE-USD" in caught.value.message
    with pytest.raises(UnknownCurrency) as currency:
        ex.get_spot_account("XYZ")
    assert currency.value.code == 30031
    with pytest.raises(UnknownCurrency):
        ex.get_wallet("xyz")
    with pytest.raises(UnknownOrder) as order:
        ex.get_order("123", "BTC-USD")
    assert order.value.code == 33014
    with pytest.raises(MissingParameter) as missing:
        ex.get_ticker("")
    assert missing.value.code == 30023 and missing.value.field == "instrument_id"
    body = order.value.body()
    assert body == {
        "code": 33014,
        "message": order.value.message,
        "error_code": "33014",
        "error_message": order.value.message,
    }
    error_schema = _operation("spot_get_order")["responses"]["default"]["content"]
    validator = Draft202012Validator(
        {**error_schema["application/json"]["schema"], "components": SPEC["components"]}
    )
    assert list(validator.iter_errors(body)) == []


# -- the bot scenario -----------------------------------------------------------------------


def test_scenario_runs_like_a_trading_bot(ex: Exchange, clock: Clock) -> None:
    ex.seed_balance("USD", "10000")
    ex.seed_balance("BTC", "0.5")

    # A limit buy below the market rests and holds its cost.
    bid, _ask = best(ex)
    price = bid - Decimal("100")
    placed = assert_valid(
        "spot_place_order",
        ex.place_order(
            instrument_id="BTC-USD", side="buy", price=str(price), size="0.1", client_oid="bot1"
        ),
    )
    assert (
        placed["result"] is True and placed["client_oid"] == "bot1" and placed["error_code"] == ""
    )
    order_id = placed["order_id"]
    order = assert_valid("spot_get_order", ex.get_order("bot1", "BTC-USD"))
    assert (order["order_id"], order["state"], order["status"]) == (order_id, "0", "open")
    assert ex.balance("USD").available == Decimal("10000") - price * Decimal("0.1")
    assert ex.balance("USD").hold == price * Decimal("0.1")
    pending = assert_valid("spot_list_pending_orders", ex.list_pending_orders("BTC-USD"))
    assert [row["order_id"] for row in pending] == [order_id]
    level = next(lv for lv in ex.get_order_book("BTC-USD")["bids"] if Decimal(lv[0]) == price)
    assert Decimal(level[1]) >= Decimal("0.1")

    # Moving the price through it fills it, as a maker, at its own price.
    clock.now += 30
    ex.set_price("BTC-USD", price - Decimal("50"))
    order = assert_valid("spot_get_order", ex.get_order(order_id, "BTC-USD"))
    assert (order["state"], order["status"]) == ("2", "filled")
    assert (Decimal(order["filled_size"]), Decimal(order["price_avg"])) == (Decimal("0.1"), price)
    assert ex.list_pending_orders("BTC-USD") == []

    # The fills: one trade, one row per currency, the fee on what was received.
    fills = assert_valid("spot_list_fills", ex.list_fills("BTC-USD", order_id=order_id))
    assert len(fills) == 2 and fills[0]["trade_id"] == fills[1]["trade_id"]
    rows = {row["currency"]: row for row in fills}
    cost = price * Decimal("0.1")
    assert (rows["BTC"]["side"], Decimal(rows["BTC"]["size"])) == ("buy", Decimal("0.1"))
    assert Decimal(rows["BTC"]["fee"]) == -fee_of(Decimal("0.1"), MAKER) == Decimal("-0.0001")
    assert (rows["USD"]["side"], Decimal(rows["USD"]["size"]), rows["USD"]["fee"]) == (
        "sell",
        cost,
        "0",
    )
    assert {row["exec_type"] for row in fills} == {"M"} and {row["liquidity"] for row in fills} == {
        "M"
    }
    assert int(rows["BTC"]["ledger_id"]) == int(rows["USD"]["ledger_id"]) + 1

    # Balances match the arithmetic exactly.
    usd = Decimal("10000") - cost
    btc = Decimal("0.5") + Decimal("0.1") - Decimal("0.0001")
    assert ex.balance("USD") == exchange_module.Balance("USD", usd, Decimal(0))
    assert ex.balance("BTC") == exchange_module.Balance("BTC", btc, Decimal(0))
    account = assert_valid("spot_get_account", ex.get_spot_account("btc"))
    assert (Decimal(account["balance"]), Decimal(account["available"]), account["hold"]) == (
        btc,
        btc,
        "0",
    )

    # A market sell executes at once against the bids.
    clock.now += 30
    sold = ex.place_order(instrument_id="BTC-USD", side="sell", type="market", size="0.2")
    sale = assert_valid("spot_get_order", ex.get_order(sold["order_id"], "BTC-USD"))
    assert (sale["state"], sale["type"], sale["price"], sale["notional"]) == ("2", "market", "", "")
    assert Decimal(sale["filled_size"]) == Decimal("0.2")
    sale_fills = ex.list_fills("BTC-USD", order_id=sold["order_id"])
    assert {row["exec_type"] for row in sale_fills} == {"T"}
    proceeds = [row for row in sale_fills if row["currency"] == "USD"]
    assert all(row["side"] == "buy" for row in proceeds)
    earned = sum(Decimal(row["size"]) for row in proceeds)
    assert earned == Decimal(sale["filled_notional"])
    fees = sum(fee_of(Decimal(row["size"]), TAKER) for row in proceeds)
    assert sum(Decimal(row["fee"]) for row in proceeds) == -fees
    usd += earned - fees
    btc -= Decimal("0.2")
    assert ex.balance("USD").balance == usd and ex.balance("BTC").balance == btc

    # Spot -> funding, then a withdrawal from funding.
    moved = assert_valid("account_transfer", ex.transfer("BTC", "0.15", "1", "6"))
    assert (moved["from"], moved["to"], moved["amount"], moved["result"]) == (
        "1",
        "6",
        "0.15",
        True,
    )
    btc -= Decimal("0.15")
    assert ex.balance("BTC").balance == btc
    assert ex.balance("BTC", account="funding").balance == Decimal("0.15")
    sent = assert_valid(
        "account_withdraw", ex.withdraw("BTC", "0.1", "4", "bc1qexampleaddressxyz", "0.0005")
    )
    assert sent["result"] is True and sent["currency"] == "btc"
    funding = Decimal("0.15") - Decimal("0.1") - Decimal("0.0005")
    assert ex.balance("BTC", account="funding").balance == funding
    wallet = assert_valid("account_get_wallet", ex.get_wallet("BTC"))
    assert Decimal(wallet[0]["available"]) == funding
    history = assert_valid("account_list_withdrawals", ex.list_withdrawals())
    assert (history[0]["withdrawal_id"], history[0]["status"]) == (sent["withdrawal_id"], "0")
    clock.now += 120
    assert ex.list_withdrawals("btc")[0]["status"] == "1"
    clock.now += 600
    done = assert_valid("account_list_currency_withdrawals", ex.list_withdrawals("BTC"))[0]
    assert done["status"] == "2" and re.fullmatch(r"[0-9a-f]{64}", done["txid"])
    assert done["fee"] == "0.00050000btc" and done["amount"] == "0.10000000"

    # The ledgers reconcile with the balances.
    reconcile_spot(ex, "USD", Decimal("10000"))
    reconcile_spot(ex, "BTC", Decimal("0.5"))
    reconcile_funding(ex, "BTC", Decimal(0))
    spot_rows = assert_valid("spot_list_ledger", ex.list_spot_ledger("BTC"))
    assert [row["type"] for row in spot_rows][:1] == ["transfer"]
    assert {row["type"] for row in spot_rows} == {"transfer", "trade"}
    funding_rows = assert_valid("account_list_ledger", ex.list_funding_ledger())
    assert [row["typename"] for row in funding_rows] == ["Withdrawal", "Transfer from spot"]
    assert Decimal(funding_rows[0]["fee"]) == Decimal("-0.0005")


# -- orders ---------------------------------------------------------------------------------


def test_a_limit_order_that_crosses_fills_in_part_then_rests(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000000")
    book = ex.get_order_book("BTC-USD", size=3)
    top = [(Decimal(p), Decimal(s)) for p, s, _ in book["asks"][:2]]
    limit = top[1][0]
    size = top[0][1] + top[1][1] + Decimal("1")
    placed = ex.place_order(instrument_id="BTC-USD", side="buy", price=str(limit), size=str(size))
    order = ex.get_order(placed["order_id"], "BTC-USD")
    assert (order["state"], order["status"]) == ("1", "part_filled")
    assert Decimal(order["filled_size"]) == top[0][1] + top[1][1]
    cost = top[0][0] * top[0][1] + top[1][0] * top[1][1]
    assert Decimal(order["filled_notional"]) == cost
    fills = ex.list_fills("BTC-USD", order_id=order["order_id"])
    assert len(fills) == 4 and len({row["trade_id"] for row in fills}) == 2
    # The rest waits as the best bid, holding only what it still needs at its own price.
    bid, ask = best(ex)
    assert bid == limit and ask > limit
    assert ex.balance("USD").hold == limit * Decimal("1")
    received = top[0][1] + top[1][1]
    assert ex.balance("BTC").available == received - fee_of(top[0][1], TAKER) - fee_of(
        top[1][1], TAKER
    )
    assert ex.balance("USD").balance == Decimal("1000000") - cost
    assert [row["order_id"] for row in ex.list_orders("BTC-USD", "1")] == [order["order_id"]]
    reconcile_spot(ex, "USD", Decimal("1000000"))


def test_order_types_post_only_fill_or_kill_and_immediate_or_cancel(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000000")
    bid, ask = best(ex)
    post = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(ask), size="0.01", order_type="1"
    )
    assert ex.get_order(post["order_id"], "BTC-USD")["state"] == "-1"
    assert ex.balance("USD").hold == 0
    resting = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(bid), size="0.01", order_type="1"
    )
    assert ex.get_order(resting["order_id"], "BTC-USD")["state"] == "0"
    ask_size = Decimal(ex.get_order_book("BTC-USD", size=1)["asks"][0][1])
    kill = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(ask), size=str(ask_size + 1), order_type="2"
    )
    killed = ex.get_order(kill["order_id"], "BTC-USD")
    assert (killed["state"], killed["filled_size"]) == ("-1", "0")
    ioc = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(ask), size=str(ask_size + 1), order_type="3"
    )
    done = ex.get_order(ioc["order_id"], "BTC-USD")
    assert done["state"] == "-1" and Decimal(done["filled_size"]) == ask_size
    assert ex.balance("USD").hold == bid * Decimal("0.01")


def test_market_buy_spends_its_notional_and_releases_the_rest(ex: Exchange) -> None:
    ex.seed_balance("USD", "5000")
    placed = ex.place_order(instrument_id="ETH-USD", side="buy", type="market", notional="3000.5")
    order = ex.get_order(placed["order_id"], "ETH-USD")
    assert (order["state"], order["notional"], order["size"], order["price"]) == (
        "2",
        "3000.5",
        "",
        "",
    )
    spent = Decimal(order["filled_notional"])
    assert 0 < spent <= Decimal("3000.5")
    assert Decimal("3000.5") - spent < Decimal(order["price_avg"]) * 2 * Decimal("0.0001")
    assert ex.balance("USD") == exchange_module.Balance("USD", Decimal("5000") - spent, Decimal(0))
    fills = ex.list_fills("ETH-USD", order_id=placed["order_id"])
    got = sum(Decimal(row["size"]) for row in fills if row["currency"] == "ETH")
    fee = sum(Decimal(row["fee"]) for row in fills if row["currency"] == "ETH")
    assert got == Decimal(order["filled_size"]) and ex.balance("ETH").available == got + fee


def test_a_market_order_larger_than_the_book_fills_what_there_is(ex: Exchange) -> None:
    ex.seed_balance("LTC", "10000000")
    total = sum(Decimal(level[1]) for level in ex.get_order_book("LTC-USD")["bids"])
    placed = ex.place_order(
        instrument_id="LTC-USD", side="sell", type="market", size=str(total + 100)
    )
    order = ex.get_order(placed["order_id"], "LTC-USD")
    assert order["state"] == "-1" and Decimal(order["filled_size"]) == total
    assert ex.balance("LTC") == exchange_module.Balance(
        "LTC", Decimal("10000000") - total, Decimal(0)
    )
    book = ex.get_order_book("LTC-USD")
    assert book["bids"] and Decimal(book["bids"][0][0]) < Decimal(book["asks"][0][0])


def test_cancel_releases_the_hold_and_refuses_a_second_time(ex: Exchange) -> None:
    ex.seed_balance("ETH", "3")
    _bid, ask = best(ex, "ETH-USD")
    placed = ex.place_order(
        instrument_id="ETH-USD", side="sell", price=str(ask + 5), size="2", client_oid="c1"
    )
    assert ex.balance("ETH") == exchange_module.Balance("ETH", Decimal(1), Decimal(2))
    reply = assert_valid("spot_cancel_order", ex.cancel_order("c1", "ETH-USD"))
    assert (reply["order_id"], reply["result"]) == (placed["order_id"], True)
    assert ex.balance("ETH") == exchange_module.Balance("ETH", Decimal(3), Decimal(0))
    assert ex.get_order(placed["order_id"], "ETH-USD")["state"] == "-1"
    with pytest.raises(OrderRejected) as again:
        ex.cancel_order(placed["order_id"], "ETH-USD")
    assert again.value.code == 33027
    with pytest.raises(OrderRejected) as wrong_market:
        ex.cancel_order(placed["order_id"], "BTC-USD")
    assert wrong_market.value.code == 33022
    ex.seed_balance("USD", "100000")
    taken = ex.place_order(instrument_id="ETH-USD", side="buy", type="market", notional="100")
    with pytest.raises(OrderRejected) as filled:
        ex.cancel_order(taken["order_id"], "ETH-USD")
    assert filled.value.code == 33026


def test_amend_moves_price_size_and_hold(ex: Exchange) -> None:
    ex.seed_balance("USD", "100000")
    bid, ask = best(ex)
    placed = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(bid - 10), size="0.5", client_oid="m1"
    )
    reply = assert_valid(
        "spot_amend_order",
        ex.amend_order(
            "BTC-USD", cancel_on_fail="0", client_oid="m1", new_size="0.4", request_id="r1"
        ),
    )
    assert (reply["result"], reply["request_id"], reply["order_id"]) == (
        True,
        "r1",
        placed["order_id"],
    )
    assert ex.balance("USD").hold == (bid - 10) * Decimal("0.4")
    ex.amend_order(
        "BTC-USD", cancel_on_fail="0", order_id=placed["order_id"], new_price=str(bid - 20)
    )
    order = ex.get_order("m1", "BTC-USD")
    assert (order["price"], order["size"]) == (str(bid - 20).rstrip("0").rstrip("."), "0.4")
    assert ex.balance("USD").hold == (bid - 20) * Decimal("0.4")
    # Re-priced through the asks it trades at once.
    ex.amend_order("BTC-USD", cancel_on_fail="0", client_oid="m1", new_price=str(ask + 100))
    assert Decimal(ex.get_order("m1", "BTC-USD")["filled_size"]) > 0
    with pytest.raises(OrderRejected) as both:
        ex.amend_order("BTC-USD", cancel_on_fail="0", order_id="1", client_oid="m1", new_size="1")
    assert both.value.code == 33060
    lonely = ex.place_order(instrument_id="BTC-USD", side="buy", price=str(bid - 30), size="0.01")
    with pytest.raises(InsufficientBalance):
        ex.amend_order("BTC-USD", cancel_on_fail="1", order_id=lonely["order_id"], new_size="1000")
    assert ex.get_order(lonely["order_id"], "BTC-USD")["state"] == "-1"
    batch = ex.amend_orders(
        [{"instrument_id": "BTC-USD", "order_id": "42", "new_size": "1", "request_id": "x"}]
    )
    assert_valid("spot_amend_orders", batch)
    assert batch["btc-usd"][0]["result"] is False and batch["btc-usd"][0]["error_code"] == "33014"


def test_orders_are_checked_before_anything_moves(ex: Exchange) -> None:
    ex.seed_balance("USD", "100")
    cases: list[tuple[dict[str, Any], type[ExchangeError], int]] = [
        ({"side": "buy", "price": "100.001", "size": "0.1"}, OrderRejected, 33028),
        ({"side": "buy", "price": "100", "size": "0.00015"}, OrderRejected, 33029),
        ({"side": "buy", "price": "100", "size": "0.00001"}, OrderRejected, 33029),
        ({"side": "buy", "price": "100", "size": "0.00005"}, OrderRejected, 33029),
        ({"side": "buy", "price": "100", "size": "2"}, InsufficientBalance, 33017),
        ({"side": "buy", "size": "0.1"}, MissingParameter, 30023),
        ({"side": "buy", "price": "-1", "size": "0.1"}, InvalidParameter, 30024),
        ({"side": "buy", "price": "abc", "size": "0.1"}, InvalidParameter, 30024),
        ({"side": "hold", "price": "1", "size": "0.1"}, InvalidParameter, 30024),
        ({"side": "buy", "type": "market", "size": "0.1"}, MissingParameter, 30023),
        ({"side": "buy", "type": "market", "notional": "0.5"}, OrderRejected, 33024),
        ({"side": "sell", "type": "market", "notional": "10"}, MissingParameter, 30023),
        (
            {"side": "buy", "price": "1", "size": "0.1", "client_oid": "9bad"},
            InvalidParameter,
            30024,
        ),
        ({"side": "buy", "price": "1", "size": "0.1", "margin_trading": "2"}, OrderRejected, 33001),
    ]
    for fields, kind, code in cases:
        with pytest.raises(kind) as caught:
            ex.place_order(instrument_id="BTC-USD", **fields)
        assert caught.value.code == code, fields
    ex.seed_balance("BTC", "1")
    with pytest.raises(OrderRejected) as small:
        ex.place_order(instrument_id="ETH-BTC", side="sell", price="0.06", size="0.0005")
    assert small.value.code == 33024  # a multiple of the increment, below min_size
    assert ex.balance("USD") == exchange_module.Balance("USD", Decimal(100), Decimal(0))
    assert ex.list_orders("BTC-USD", "7") == []


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("price", "1e1000"),
        ("price", "0." + "0" * 40 + "1"),
        ("size", "9" * 30),
        ("size", "Infinity"),
        ("size", "1e-1000"),
        ("price", True),
        ("price", ["1"]),
        ("instrument_id", "X" * 100_000),
        ("client_oid", "a" * 33),
        ("side", {"buy": 1}),
    ],
)
def test_odd_input_gets_a_typed_refusal(ex: Exchange, field: str, value: object) -> None:
    ex.seed_balance("USD", "1000")
    fields: dict[str, object] = {
        "instrument_id": "BTC-USD",
        "side": "buy",
        "price": "100",
        "size": "1",
    }
    fields[field] = value
    with pytest.raises(ExchangeError) as caught:
        ex.place_order(**fields)
    assert caught.value.code in (30023, 30024, 33024, 33028, 33029)
    assert len(caught.value.message) < 400
    assert ex.balance("USD") == exchange_module.Balance("USD", Decimal(1000), Decimal(0))


@pytest.mark.parametrize("cursor", ["-5", "1.5", "9" * 5000, "abc"])
def test_odd_cursors_and_limits_are_refused(ex: Exchange, cursor: str) -> None:
    with pytest.raises(InvalidParameter):
        ex.list_fills("BTC-USD", after=cursor)
    with pytest.raises(InvalidParameter):
        ex.list_spot_ledger("BTC", limit=cursor)


def test_client_oid_finds_the_order_and_is_unique_while_open(ex: Exchange) -> None:
    ex.seed_balance("USD", "100000")
    bid, _ = best(ex)
    first = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(bid - 5), size="0.01", client_oid="Same1"
    )
    with pytest.raises(OrderRejected) as duplicate:
        ex.place_order(
            instrument_id="BTC-USD", side="buy", price=str(bid - 5), size="0.01", client_oid="Same1"
        )
    assert duplicate.value.code == 33013
    ex.cancel_order("Same1", "BTC-USD")
    second = ex.place_order(
        instrument_id="BTC-USD", side="buy", price=str(bid - 6), size="0.01", client_oid="Same1"
    )
    assert ex.get_order("Same1", "BTC-USD")["order_id"] == second["order_id"] != first["order_id"]


def test_batch_orders_answer_per_order(ex: Exchange) -> None:
    ex.seed_balance("USD", "100000")
    bid, _ = best(ex)
    reply = assert_valid(
        "spot_place_orders",
        ex.place_orders(
            [
                {
                    "instrument_id": "BTC-USD",
                    "side": "buy",
                    "price": str(bid - 1),
                    "size": "0.01",
                    "client_oid": "b1",
                },
                {
                    "instrument_id": "BTC-USD",
                    "side": "buy",
                    "price": str(bid - 1),
                    "size": "99",
                    "client_oid": "b2",
                },
                {"instrument_id": "NOPE-USD", "side": "buy", "price": "1", "size": "1"},
            ]
        ),
    )
    assert [r["result"] for r in reply["btc-usd"]] == [True, False]
    assert (
        reply["btc-usd"][1]["error_code"] == "33017" and reply["btc-usd"][1]["client_oid"] == "b2"
    )
    assert reply["nope-usd"][0]["error_code"] == "30032"
    cancelled = assert_valid(
        "spot_cancel_orders",
        ex.cancel_orders([{"instrument_id": "BTC-USD", "client_oids": ["b1", "b9"]}]),
    )
    assert [(r["client_oid"], r["result"]) for r in cancelled["btc-usd"]] == [
        ("b1", True),
        ("b9", False),
    ]
    with pytest.raises(InvalidParameter):
        ex.place_orders([{"instrument_id": f"X{i}-USD", "side": "buy"} for i in range(5)])
    with pytest.raises(OrderRejected) as none:
        ex.cancel_orders([{"instrument_id": "BTC-USD"}])
    assert none.value.code == 33059


# -- lists, filters and cursors -------------------------------------------------------------


def test_order_lists_filter_by_state_and_page_by_cursor(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000000")
    bid, _ = best(ex)
    ids = [
        ex.place_order(instrument_id="BTC-USD", side="buy", price=str(bid - 10 - i), size="0.01")[
            "order_id"
        ]
        for i in range(7)
    ]
    ex.place_order(instrument_id="ETH-USD", side="buy", price="100", size="0.01")
    ex.cancel_order(ids[2], "BTC-USD")
    ex.fill_order(ids[4])
    newest_first = list(reversed(ids))
    open_ids = [i for i in newest_first if i not in (ids[2], ids[4])]
    assert [r["order_id"] for r in ex.list_orders("BTC-USD", "0")] == open_ids
    assert [r["order_id"] for r in ex.list_orders("BTC-USD", "6")] == open_ids
    assert [r["order_id"] for r in ex.list_orders("BTC-USD", "-1")] == [ids[2]]
    assert [r["order_id"] for r in ex.list_orders("BTC-USD", "2")] == [ids[4]]
    assert [r["order_id"] for r in ex.list_orders("BTC-USD", "7")] == [ids[4], ids[2]]
    assert ex.list_orders("BTC-USD", "3") == []
    page = ex.list_pending_orders("BTC-USD", limit=2)
    assert [r["order_id"] for r in page] == open_ids[:2]
    older = ex.list_pending_orders("BTC-USD", after=page[-1]["order_id"], limit="2")
    assert [r["order_id"] for r in older] == open_ids[2:4]
    newer = ex.list_pending_orders("BTC-USD", before=older[0]["order_id"], limit=1)
    assert [r["order_id"] for r in newer] == [open_ids[1]]
    routed = ex.handle("spot_list_orders", {"instrument_id": "BTC-USD", "state": "0", "limit": "3"})
    assert routed.headers == {"OK-BEFORE": open_ids[0], "OK-AFTER": open_ids[2]}
    with pytest.raises(InvalidParameter):
        ex.list_orders("BTC-USD", "5")
    with pytest.raises(MissingParameter):
        ex.list_orders("BTC-USD", None)
    with pytest.raises(InvalidParameter):
        ex.list_pending_orders("BTC-USD", limit=0)
    with pytest.raises(InvalidParameter):
        ex.list_pending_orders("BTC-USD", after="abc")


def test_fills_filter_by_market_and_order_and_page(ex: Exchange) -> None:
    ex.seed_balance("USD", "100000")
    first = ex.place_order(instrument_id="BTC-USD", side="buy", type="market", notional="2000")
    second = ex.place_order(instrument_id="BTC-USD", side="buy", type="market", notional="3000")
    ex.place_order(instrument_id="ETH-USD", side="buy", type="market", notional="500")
    every = ex.list_fills("BTC-USD")
    assert {row["order_id"] for row in every} == {first["order_id"], second["order_id"]}
    assert [int(r["ledger_id"]) for r in every] == sorted(
        (int(r["ledger_id"]) for r in every), reverse=True
    )
    only = ex.list_fills("BTC-USD", order_id=first["order_id"])
    assert only and {row["order_id"] for row in only} == {first["order_id"]}
    page = ex.list_fills("BTC-USD", limit=3)
    rest = ex.list_fills("BTC-USD", after=page[-1]["ledger_id"])
    assert page + rest == every
    assert {row["instrument_id"] for row in ex.list_fills("ETH-USD")} == {"ETH-USD"}
    with pytest.raises(UnknownOrder):
        ex.list_fills("BTC-USD", order_id="77")
    with pytest.raises(UnknownOrder):
        ex.list_fills("ETH-USD", order_id=first["order_id"])


def test_ledgers_filter_by_currency_and_type_and_page(ex: Exchange) -> None:
    ex.seed_balance("USD", "10000")
    for _ in range(3):
        ex.place_order(instrument_id="BTC-USD", side="buy", type="market", notional="100")
    ex.transfer("USD", "10", "1", "6")
    ex.transfer("USD", "4", "6", "1")
    rows = ex.list_spot_ledger("usd")
    assert {row["currency"] for row in rows} == {"USD"}
    assert [row["type"] for row in ex.list_spot_ledger("USD", type="transfer")] == [
        "transfer",
        "transfer",
    ]
    page = ex.list_spot_ledger("USD", limit=2)
    assert page + ex.list_spot_ledger("USD", after=page[-1]["ledger_id"]) == rows
    assert ex.list_spot_ledger("USD", before=page[0]["ledger_id"]) == []
    funding = ex.list_funding_ledger(currency="USD")
    assert [row["typename"] for row in funding] == ["Transfer to spot", "Transfer from spot"]
    assert [row["amount"] for row in ex.list_funding_ledger(type="38")] == ["10"]
    assert ex.list_funding_ledger(currency="BTC") == []
    reconcile_spot(ex, "USD", Decimal("10000"))
    reconcile_funding(ex, "USD", Decimal(0))


# -- funding --------------------------------------------------------------------------------


def test_transfer_rules(ex: Exchange) -> None:
    ex.seed_balance("ETH", "2", account="funding")
    cases: list[tuple[tuple[str, str, str, str], type[ExchangeError], int]] = [
        (("ETH", "0", "6", "1"), FundingRejected, 34010),
        (("ETH", "-1", "6", "1"), FundingRejected, 34010),
        (("ETH", "3", "6", "1"), InsufficientBalance, 34008),
        (("ETH", "1", "6", "0"), FundingRejected, 34015),
        (("ETH", "1", "6", "5"), OrderRejected, 33001),
        (("ETH", "1", "6", "6"), InvalidParameter, 30024),
        (("ETH", "1", "6", "9"), InvalidParameter, 30024),
        (("XYZ", "1", "6", "1"), UnknownCurrency, 30031),
    ]
    for args, kind, code in cases:
        with pytest.raises(kind) as caught:
            ex.transfer(*args)
        assert caught.value.code == code, args
    ex.transfer("ETH", "2", "6", "1")
    assert ex.balance("ETH", account="funding").balance == 0 and ex.balance("ETH").balance == 2


def test_withdrawal_rules(ex: Exchange) -> None:
    ex.seed_balance("BTC", "1", account="funding")
    ex.seed_balance("USD", "1000", account="funding")
    cases: list[tuple[tuple[str, str, str, str, str], type[ExchangeError], int]] = [
        (("BTC", "0.0005", "4", "bc1qabc", "0.0005"), FundingRejected, 34006),
        (("BTC", "0.1", "4", "bc1qabc", "0.00001"), FundingRejected, 34004),
        (("BTC", "0.1", "4", "bc1qabc", "0.5"), FundingRejected, 34005),
        (("BTC", "2", "4", "bc1qabc", "0.0005"), InsufficientBalance, 34008),
        (("USD", "10", "4", "somewhere", "0"), FundingRejected, 34003),
        (("BTC", "0.1", "4", "", "0.0005"), MissingParameter, 30023),
        (("BTC", "0.1", "7", "bc1qabc", "0.0005"), InvalidParameter, 30024),
    ]
    for args, kind, code in cases:
        with pytest.raises(kind) as caught:
            ex.withdraw(*args)
        assert caught.value.code == code, args
    assert ex.balance("BTC", account="funding").balance == 1
    internal = ex.withdraw("BTC", "0.1", "2", "friend@example.com", "0")
    assert internal["amount"] == "0.1"
    assert ex.balance("BTC", account="funding").balance == Decimal("0.9")


def test_withdrawal_status_moves_with_time_and_a_failure_refunds(
    ex: Exchange, clock: Clock
) -> None:
    ex.seed_balance("ETH", "1", account="funding")
    first = ex.withdraw("ETH", "0.2", "4", "0x" + "ab" * 20, "0.005")["withdrawal_id"]
    second = ex.withdraw("ETH", "0.3", "4", "0x" + "cd" * 20, "0.005")["withdrawal_id"]
    rows = ex.list_withdrawals("ETH")
    assert [(r["withdrawal_id"], r["status"], r["txid"]) for r in rows] == [
        (second, "0", ""),
        (first, "0", ""),
    ]
    assert rows[0]["fee"] == "0.00500000eth"
    ex.advance_time(61)
    assert {r["status"] for r in ex.list_withdrawals()} == {"1"}
    assert all(r["txid"].startswith("0x") and len(r["txid"]) == 66 for r in ex.list_withdrawals())
    ex.fail_withdrawal(first)
    clock.now += 600
    statuses = {r["withdrawal_id"]: r["status"] for r in ex.list_withdrawals()}
    assert statuses == {first: "-1", second: "2"}
    assert ex.balance("ETH", account="funding").balance == Decimal("1") - Decimal("0.305")
    assert ex.list_funding_ledger(type="13")[0]["typename"] == "Cancel withdrawal"
    reconcile_funding(ex, "ETH", Decimal(1))
    with pytest.raises(ValueError):
        ex.fail_withdrawal(second)


def test_injected_deposits_show_in_history_and_credit_funding(ex: Exchange, clock: Clock) -> None:
    now_id = ex.inject_deposit("LTC", "3.5")
    assert ex.balance("LTC", account="funding").balance == Decimal("3.5")
    later_id = ex.inject_deposit("LTC", "1.25", pending_seconds=300)
    rows = assert_valid("account_list_deposits", ex.list_deposits())
    assert [(r["deposit_id"], r["status"]) for r in rows] == [(later_id, "0"), (now_id, "1")]
    assert rows[0]["to"] == ex.list_deposit_addresses("LTC")[0]["address"]
    assert ex.balance("LTC", account="funding").balance == Decimal("3.5")
    clock.now += 301
    assert ex.balance("LTC", account="funding").balance == Decimal("4.75")
    clock.now += 500
    assert [r["status"] for r in ex.list_deposits("ltc")] == ["1", "2"]
    assert ex.list_deposits("BTC") == []
    bills = ex.list_funding_ledger(currency="LTC")
    assert [row["typename"] for row in bills] == ["Deposit", "Deposit"]
    assert bills[0]["timestamp"] == exchange_module.iso_time(START + 300)
    reconcile_funding(ex, "LTC", Decimal(0))
    with pytest.raises(ValueError):
        ex.inject_deposit("USD", "10")


def test_deposit_addresses_look_like_their_chains(ex: Exchange) -> None:
    btc = assert_valid("account_list_deposit_addresses", ex.list_deposit_addresses("BTC"))
    assert btc[0]["address"].startswith("bc1q") and btc[0]["currency"] == "btc"
    assert re.fullmatch(r"0x[0-9a-f]{40}", ex.list_deposit_addresses("eth")[0]["address"])
    assert ex.list_deposit_addresses("BTC") == btc
    with pytest.raises(InvalidParameter):
        ex.list_deposit_addresses("USD")


def test_asset_valuation_prices_holdings_at_last_prices(ex: Exchange) -> None:
    ex.seed_balance("USD", "27431.55")
    ex.seed_balance("BTC", "1", account="funding")
    total = assert_valid("account_get_asset_valuation", ex.get_asset_valuation())
    assert (total["valuation_currency"], total["balance"]) == ("BTC", "2")
    assert ex.get_asset_valuation("6", "USD")["balance"] == "27431.55"
    assert ex.get_asset_valuation("1", "btc")["balance"] == "1"


# -- helpers --------------------------------------------------------------------------------


def test_trade_against_the_book_fills_resting_orders_in_time_priority(ex: Exchange) -> None:
    ex.seed_balance("BTC", "1")
    _bid, ask = best(ex)
    ahead = Decimal(ex.get_order_book("BTC-USD", size=1)["asks"][0][1])
    placed = ex.place_order(instrument_id="BTC-USD", side="sell", price=str(ask), size="0.5")
    trades = ex.trade_against_book("BTC-USD", "buy", str(ahead + Decimal("0.2")))
    assert [Decimal(t["size"]) for t in trades] == [ahead, Decimal("0.2")]
    assert {t["side"] for t in trades} == {"buy"}
    order = ex.get_order(placed["order_id"], "BTC-USD")
    assert (order["state"], order["filled_size"]) == ("1", "0.2")
    assert ex.list_trades("BTC-USD", 1)[0] == trades[-1]
    assert ex.balance("BTC") == exchange_module.Balance("BTC", Decimal("0.5"), Decimal("0.3"))
    fills = ex.list_fills("BTC-USD", order_id=placed["order_id"])
    assert {row["exec_type"] for row in fills} == {"M"}


def test_fill_order_helper_fills_at_the_order_price(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000")
    bid, _ = best(ex, "LTC-USD")
    placed = ex.place_order(instrument_id="LTC-USD", side="buy", price=str(bid - 1), size="3")
    assert ex.fill_order(placed["order_id"], "1")["state"] == "1"
    filled = ex.fill_order(placed["order_id"])
    assert (filled["state"], filled["filled_size"]) == ("2", "3")
    assert ex.balance("USD").balance == Decimal(1000) - (bid - 1) * 3
    assert ex.balance("LTC").balance == 3 - fee_of(Decimal(1), MAKER) - fee_of(Decimal(2), MAKER)
    with pytest.raises(ValueError):
        ex.fill_order(placed["order_id"])


def test_advance_time_keeps_orders_refills_the_book_and_flat_candles(
    ex: Exchange, clock: Clock
) -> None:
    ex.seed_balance("USD", "100000")
    bid, _ = best(ex)
    resting = ex.place_order(instrument_id="BTC-USD", side="buy", price=str(bid - 50), size="0.1")
    ex.trade_against_book("BTC-USD", "buy", "3")
    before = ex.get_order_book("BTC-USD")
    idle = ex.get_order_book("ETH-USD")
    ex.advance_time(3600)
    assert ex.get_order_book("ETH-USD")["bids"] == idle["bids"]  # nothing taken, nothing new
    assert ex.now() == START + 3600
    assert ex.get_order(resting["order_id"], "BTC-USD")["state"] == "0"
    after = ex.get_order_book("BTC-USD")
    assert after != before and len(after["asks"]) == 200
    assert ex.server_time()["iso"] == "2023-11-14T23:13:20.000Z"
    quiet = ex.get_candles("BTC-USD", 60)[:30]
    assert all(row[1] == row[2] == row[3] == row[4] and row[5] == "0" for row in quiet)
    with pytest.raises(ValueError):
        ex.advance_time(-1)


def test_seed_balance_refuses_nonsense(ex: Exchange) -> None:
    for amount in ("-1", "abc", "NaN"):
        with pytest.raises(ValueError):
            ex.seed_balance("BTC", amount)
    with pytest.raises(ValueError):
        ex.seed_balance("BTC", "1", account="margin")
    with pytest.raises(UnknownCurrency):
        ex.seed_balance("XYZ", "1")


def _places(text: str) -> int:
    return len(text.split(".")[1]) if "." in text else 0


def test_prices_and_sizes_never_outrun_the_increments(ex: Exchange) -> None:
    ex.seed_balance("BTC", "10")
    ex.seed_balance("USDT", "100000")
    ex.place_order(instrument_id="ETH-BTC", side="buy", type="market", notional="0.5")
    ex.place_order(instrument_id="BTC-USDT", side="buy", type="market", notional="9999.99")
    for row in ex.list_instruments():
        instrument = row["instrument_id"]
        tick, step = _places(row["tick_size"]), _places(row["size_increment"])
        book = ex.get_order_book(instrument)
        ticker = ex.get_ticker(instrument)
        prices = [level[0] for level in book["asks"] + book["bids"]]
        prices += [ticker[k] for k in ("last", "best_bid", "best_ask", "open_24h", "high_24h")]
        prices += [t["price"] for t in ex.list_trades(instrument)]
        prices += [x for c in ex.get_candles(instrument, 300) for x in c[1:5]]
        sizes = [level[1] for level in book["asks"] + book["bids"]]
        sizes += [t["size"] for t in ex.list_trades(instrument)] + [ticker["base_volume_24h"]]
        sizes += [c[5] for c in ex.get_candles(instrument, 300)]
        for order in ex.list_orders(instrument, "7"):
            prices.append(order["price_avg"])
            sizes.append(order["filled_size"])
        assert max(map(_places, prices)) <= tick, instrument
        assert max(map(_places, sizes)) <= step, instrument
        assert not any(p.endswith("0") and "." in p for p in prices + sizes), instrument


def test_move_price_moves_by_percent_and_prints_a_trade(ex: Exchange) -> None:
    new = ex.move_price("ETH-USD", "-2")
    assert new == (Decimal("1648.27") * Decimal("0.98")).quantize(Decimal("0.01"))
    assert Decimal(ex.get_ticker("ETH-USD")["last"]) == new
    assert ex.list_trades("ETH-USD", 1)[0]["side"] == "sell"
    bid, ask = best(ex, "ETH-USD")
    assert bid < new < ask


def test_server_time_and_trade_fee(ex: Exchange, clock: Clock) -> None:
    clock.now = 1_552_893_410.6564
    assert assert_valid("general_get_server_time", ex.server_time()) == {
        "iso": "2019-03-18T07:16:50.656Z",
        "epoch": "1552893410.656",
    }
    fee = ex.get_trade_fee(instrument_id="BTC-USD")
    assert (fee["maker"], fee["taker"], fee["category"]) == ("0.001", "0.0015", "1")
    with pytest.raises(UnknownInstrument):
        ex.get_trade_fee(instrument_id="NOPE-USD")


def test_same_seed_same_market_other_seed_other_market(clock: Clock) -> None:
    one, two = Exchange(clock=clock), Exchange(clock=clock)
    assert one.get_order_book("BTC-USD") == two.get_order_book("BTC-USD")
    assert one.get_candles("BTC-USD", 3600) == two.get_candles("BTC-USD", 3600)
    other = Exchange(clock=clock, seed=8)
    assert other.get_candles("BTC-USD", 3600) != one.get_candles("BTC-USD", 3600)


def test_threads_placing_orders_keep_balances_exact(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000000")
    ex.seed_balance("BTC", "100")
    _bid, ask = best(ex)

    def trade(worker: int) -> None:
        for i in range(25):
            if i % 2:
                ex.place_order(instrument_id="BTC-USD", side="buy", type="market", notional="300")
            else:
                ex.place_order(
                    instrument_id="BTC-USD", side="sell", price=str(ask + worker + i), size="0.01"
                )

    threads = [threading.Thread(target=trade, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    finished, unfinished = ex.list_orders("BTC-USD", "7"), ex.list_orders("BTC-USD", "6")
    assert len(finished) + len(unfinished) == 100
    assert len({row["order_id"] for row in finished + unfinished}) == 100
    reconcile_spot(ex, "USD", Decimal("1000000"))
    reconcile_spot(ex, "BTC", Decimal("100"))
    open_orders = ex.list_pending_orders("BTC-USD")
    held = sum(
        Decimal(o["size"]) - Decimal(o["filled_size"]) for o in open_orders if o["side"] == "sell"
    )
    assert ex.balance("BTC").hold == held


# -- every route through handle() -----------------------------------------------------------


def _walk(ex: Exchange, clock: Clock) -> dict[str, Any]:
    """Calls every operation the exchange serves, the way the simulator will."""
    ex.seed_balance("USD", "50000")
    ex.seed_balance("BTC", "2")
    ex.inject_deposit("ETH", "5")
    bid, _ = best(ex)
    placed = ex.handle(
        "spot_place_order",
        body={
            "instrument_id": "BTC-USD",
            "side": "buy",
            "price": str(bid - 20),
            "size": "0.05",
            "client_oid": "w1",
        },
    ).body
    ex.handle(
        "spot_place_order",
        body={"instrument_id": "BTC-USD", "side": "sell", "type": "market", "size": "0.1"},
    )
    clock.now += 5
    replies: dict[str, Any] = {"spot_place_order": placed}
    calls: list[tuple[str, dict[str, Any], Any]] = [
        ("general_get_server_time", {}, None),
        ("spot_list_instruments", {}, None),
        ("spot_get_order_book", {"instrument_id": "BTC-USD", "size": "20"}, None),
        ("spot_list_tickers", {}, None),
        ("spot_get_ticker", {"instrument_id": "ETH-USD"}, None),
        ("spot_list_trades", {"instrument_id": "BTC-USD", "limit": "10"}, None),
        ("spot_get_candles", {"instrument_id": "BTC-USD", "granularity": "900"}, None),
        ("spot_list_accounts", {}, None),
        ("spot_get_account", {"currency": "USD"}, None),
        ("spot_list_ledger", {"currency": "BTC", "limit": "5"}, None),
        ("spot_get_order", {"order_id_or_client_oid": "w1", "instrument_id": "BTC-USD"}, None),
        ("spot_list_orders", {"instrument_id": "BTC-USD", "state": "7"}, None),
        ("spot_list_pending_orders", {"instrument_id": "BTC-USD"}, None),
        ("spot_list_fills", {"instrument_id": "BTC-USD"}, None),
        ("spot_get_trade_fee", {}, None),
        (
            "spot_amend_order",
            {"instrument_id": "BTC-USD"},
            {"cancel_on_fail": "0", "client_oid": "w1", "new_size": "0.04"},
        ),
        (
            "spot_place_orders",
            {},
            [
                {
                    "instrument_id": "ETH-USD",
                    "side": "buy",
                    "price": "1000",
                    "size": "0.1",
                    "client_oid": "w2",
                }
            ],
        ),
        (
            "spot_amend_orders",
            {},
            [{"instrument_id": "ETH-USD", "client_oid": "w2", "new_price": "1001"}],
        ),
        ("spot_cancel_orders", {}, [{"instrument_id": "ETH-USD", "client_oids": ["w2"]}]),
        ("spot_cancel_order", {"order_id_or_client_oid": "w1"}, {"instrument_id": "BTC-USD"}),
        ("account_list_currencies", {}, None),
        ("account_list_wallet", {}, None),
        ("account_get_wallet", {"currency": "eth"}, None),
        ("account_transfer", {}, {"currency": "ETH", "amount": "1", "from": "6", "to": "1"}),
        (
            "account_withdraw",
            {},
            {
                "currency": "ETH",
                "amount": "1",
                "destination": "4",
                "to_address": "0x" + "1" * 40,
                "fee": "0.01",
            },
        ),
        ("account_list_withdrawal_fees", {"currency": "ETH"}, None),
        ("account_list_withdrawals", {}, None),
        ("account_list_currency_withdrawals", {"currency": "ETH"}, None),
        ("account_list_ledger", {"limit": "10"}, None),
        ("account_list_deposit_addresses", {"currency": "ETH"}, None),
        ("account_get_asset_valuation", {"account_type": "0", "valuation_currency": "USD"}, None),
        ("account_list_deposits", {}, None),
        ("account_list_currency_deposits", {"currency": "ETH"}, None),
    ]
    for operation_id, params, body in calls:
        replies[operation_id] = ex.handle(operation_id, params, body).body
    return replies


def test_every_route_answers_valid_realistic_json(ex: Exchange, clock: Clock) -> None:
    replies = _walk(ex, clock)
    assert set(replies) == OPERATIONS
    for operation_id, body in replies.items():
        assert schema_errors(operation_id, body) == [], operation_id
        assert body not in ([], {}), operation_id
        for text in strings(body):
            assert text.lower() not in ("example", "string", "1.5"), (operation_id, text)
        if isinstance(body, list) and len(body) > 2 and isinstance(body[0], dict):
            for key in body[0]:
                values = {str(row.get(key)) for row in body}
                if key in ("price", "size", "balance", "amount", "last", "close"):
                    assert len(values) > 1, (operation_id, key)


def test_the_generated_client_decodes_every_reply(ex: Exchange, clock: Clock) -> None:
    routes = pytest.importorskip("okcoin_v3_api._routes").ROUTES
    for operation_id, body in _walk(ex, clock).items():
        decode = routes[operation_id].decode
        assert decode is not None
        decoded = decode(json.loads(json.dumps(body)))
        assert decoded is not None, operation_id


def test_handle_joins_body_keys_and_refuses_unknown_operations(ex: Exchange) -> None:
    ex.seed_balance("USD", "1000")
    routed = ex.handle(
        "spot_place_order",
        {},
        {"instrument_id": "BTC-USD", "side": "buy", "price": "100", "size": "1"},
    )
    assert routed.headers == {} and routed.body["result"] is True
    with pytest.raises(KeyError):
        ex.handle("margin_list_accounts")
    batch = ex.handle(
        "spot_place_orders", body=[{"instrument_id": "BTC-USD", "side": "buy", "colour": "red"}]
    ).body
    assert batch["btc-usd"][0]["error_code"] == "30024"
    assert "colour" in batch["btc-usd"][0]["error_message"]
