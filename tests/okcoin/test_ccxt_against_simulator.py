"""An independent Okcoin v3 client, ccxt 2.8 (its last line on the v3 API), pointed at our
simulator: it signs, pages and parses with its own code, so what it reads back is what a
user's existing bot would read from the simulator."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import ccxt  # type: ignore[import-untyped, unused-ignore]
import pytest
from okcoin_v3_api.testing import OkcoinSimulator

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET


@pytest.fixture()
def exchange(sim: OkcoinSimulator) -> Iterator[Any]:
    client = ccxt.okcoin({"apiKey": KEY, "secret": SECRET, "password": PASSPHRASE})
    client.urls["api"] = {"rest": sim.base_url}
    client.timeout = 10_000
    yield client


def test_market_data_reads_as_an_exchange(exchange: Any) -> None:
    markets = exchange.load_markets()
    assert {"BTC/USD", "ETH/USD", "LTC/USD"} <= set(markets)
    btc = markets["BTC/USD"]
    assert 0 < btc["limits"]["amount"]["min"] < 1
    assert btc["precision"]["price"] not in (None, 0)
    ticker = exchange.fetch_ticker("BTC/USD")
    assert ticker["symbol"] == "BTC/USD"
    assert ticker["bid"] < ticker["ask"]
    assert ticker["low"] <= ticker["last"] <= ticker["high"]
    book = exchange.fetch_order_book("BTC/USD", 10)
    bids, asks = [p for p, _ in book["bids"]], [p for p, _ in book["asks"]]
    assert len(bids) == len(asks) == 10
    assert bids == sorted(bids, reverse=True) and asks == sorted(asks)
    assert bids[0] < asks[0]
    candles = exchange.fetch_ohlcv("BTC/USD", "1m", limit=5)
    assert len(candles) == 5
    for _, open_, high, low, close, volume in candles:
        assert low <= min(open_, close) <= max(open_, close) <= high
        assert volume >= 0
    times = [candle[0] for candle in candles]
    assert times == sorted(times) and len(set(times)) == 5
    trades = exchange.fetch_trades("BTC/USD", limit=3)
    assert len(trades) == 3 and all(trade["price"] > 0 for trade in trades)


def test_the_server_errors_are_the_codes_ccxt_knows(exchange: Any, sim: OkcoinSimulator) -> None:
    """ccxt maps Okcoin's error codes to its exception classes: the simulator's codes must be
    the ones the real service answers with."""
    with pytest.raises(ccxt.BadSymbol, match="30032"):
        exchange.spotGetInstrumentsInstrumentIdTicker({"instrument_id": "NOPE-USD"})
    exchange.load_markets()
    with pytest.raises(ccxt.InsufficientFunds, match="33017"):
        exchange.create_order("BTC/USD", "limit", "buy", 1000, 1000)
    stranger = ccxt.okcoin({"apiKey": KEY, "secret": "not-the-secret", "password": PASSPHRASE})
    stranger.urls["api"] = {"rest": sim.base_url}
    with pytest.raises(ccxt.AuthenticationError, match="30013"):
        stranger.fetch_balance()


def test_a_bot_trades_and_its_balances_reconcile(exchange: Any, sim: OkcoinSimulator) -> None:
    sim.seed_balances({"BTC": "1", "USD": "50000"})
    exchange.load_markets()
    before = exchange.fetch_balance()
    assert before["total"]["BTC"] == 1 and before["total"]["USD"] == 50000

    resting = exchange.create_order("BTC/USD", "limit", "buy", 0.01, 1000)
    assert exchange.fetch_order(resting["id"], "BTC/USD")["status"] == "open"
    assert [order["id"] for order in exchange.fetch_open_orders("BTC/USD")] == [resting["id"]]
    assert exchange.fetch_balance()["used"]["USD"] == 10  # 0.01 BTC at 1000 held
    exchange.cancel_order(resting["id"], "BTC/USD")
    assert exchange.fetch_order(resting["id"], "BTC/USD")["status"] == "canceled"
    assert exchange.fetch_balance()["used"]["USD"] == 0

    sold = exchange.create_order("BTC/USD", "market", "sell", 0.25)
    order = exchange.fetch_order(sold["id"], "BTC/USD")
    assert order["status"] == "closed" and order["filled"] == 0.25
    fills = [fill for fill in exchange.fetch_my_trades("BTC/USD") if fill["order"] == sold["id"]]
    assert fills, "the market sell has no fills"
    received = sum(Decimal(str(fill["cost"])) for fill in fills)
    after = sim.balance("USD")
    fees = Decimal(50000) + received - after.available
    assert Decimal(0) < fees < received / 100  # a taker fee, a fraction of the proceeds
    assert sim.balance("BTC").available == Decimal("0.75")
    assert exchange.fetch_balance()["total"]["BTC"] == 0.75
