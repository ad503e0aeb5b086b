"""A trading bot's day against the packaged simulator, through the generated OkcoinClient.

Seed balances; a limit buy below the market rests; moving the price fills it; the fills
list their fees; balances match the arithmetic to the last digit; a market sell executes;
money moves spot -> funding and is withdrawn; both ledgers reconcile with the balances.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_CEILING, Decimal

import pytest
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import OkcoinSimulator

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET

MAKER, TAKER = Decimal("0.001"), Decimal("0.0015")
FEE_STEP = Decimal("0.00000001")
ADDRESS = "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"


@pytest.fixture()
def bot() -> Iterator[tuple[OkcoinSimulator, OkcoinClient]]:
    with (
        OkcoinSimulator(
            api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, balances={"USD": "10000"}
        ) as sim,
        OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url) as client,
    ):
        yield sim, client


def fee(amount: Decimal, rate: Decimal) -> Decimal:
    return (amount * rate).quantize(FEE_STEP, rounding=ROUND_CEILING)


def test_a_bot_trades_moves_money_and_reconciles(
    bot: tuple[OkcoinSimulator, OkcoinClient],
) -> None:
    sim, client = bot
    assert sim.balance("USD").available == Decimal("10000")
    assert sim.balance("BTC").available == 0

    # A limit buy below the market rests and holds its cost.
    price = (sim.mid_price("BTC-USD") * Decimal("0.99")).quantize(Decimal("0.01"))
    size = Decimal("0.1")
    order_id = client.spot.place_order(
        instrument_id="BTC-USD", side="buy", type="limit", price=price, size=size
    ).order_id
    assert (
        client.spot.get_order(order_id_or_client_oid=order_id, instrument_id="BTC-USD").state == "0"
    )
    pending = client.spot.list_pending_orders(instrument_id="BTC-USD")
    assert [order.order_id for order in pending] == [order_id]
    cost = price * size
    usd = sim.balance("USD")
    assert (usd.available, usd.hold) == (Decimal("10000") - cost, cost)

    # The market falls through the order's price: it fills there, as a maker.
    sim.set_price("BTC-USD", price - Decimal("25"))
    order = client.spot.get_order(order_id_or_client_oid=order_id, instrument_id="BTC-USD")
    assert order.state == "2"
    assert (order.filled_size, order.filled_notional) == (size, cost)
    fills = list(client.spot.list_fills(instrument_id="BTC-USD", order_id=order_id))
    by_currency = {row.currency: row for row in fills}
    assert set(by_currency) == {"BTC", "USD"}
    assert by_currency["BTC"].fee == -fee(size, MAKER)
    assert by_currency["USD"].fee == 0
    assert all(row.liquidity == "M" and row.price == price for row in fills)
    assert sim.balance("USD").available == Decimal("10000") - cost
    assert sim.balance("USD").hold == 0
    btc_after_buy = size - fee(size, MAKER)
    assert sim.balance("BTC").available == btc_after_buy

    # A market sell executes at once against the book.
    sold = Decimal("0.05")
    sell_id = client.spot.place_order(
        instrument_id="BTC-USD", side="sell", type="market", size=sold
    ).order_id
    sell = client.spot.get_order(order_id_or_client_oid=sell_id, instrument_id="BTC-USD")
    assert sell.state == "2" and sell.filled_size == sold
    proceeds = sell.filled_notional
    sell_fills = list(client.spot.list_fills(instrument_id="BTC-USD", order_id=sell_id))
    usd_rows = [row for row in sell_fills if row.currency == "USD"]
    assert usd_rows and all(row.liquidity == "T" for row in usd_rows)
    assert sum(row.size for row in usd_rows) == proceeds
    taker_fees = sum(row.fee for row in usd_rows)
    assert taker_fees < 0
    assert -taker_fees == sum(fee(row.size, TAKER) for row in usd_rows)
    assert sim.balance("USD").available == Decimal("10000") - cost + proceeds + taker_fees
    assert sim.balance("BTC").available == btc_after_buy - sold

    # Spot -> funding, then a withdrawal from funding.
    moved = Decimal("0.04")
    client.account.transfer(currency="BTC", amount=moved, from_="1", to="6")
    assert sim.balance("BTC").available == btc_after_buy - sold - moved
    assert sim.balance("BTC", account="funding").available == moved
    withdrawn, withdrawal_fee = Decimal("0.03"), Decimal("0.0005")
    withdrawal = client.account.withdraw(
        currency="BTC",
        amount=withdrawn,
        destination="4",
        to_address=ADDRESS,
        fee=withdrawal_fee,
    )
    funding_left = moved - withdrawn - withdrawal_fee
    assert sim.balance("BTC", account="funding").available == funding_left
    history = client.account.list_currency_withdrawals(currency="BTC")
    assert [row.withdrawal_id for row in history] == [withdrawal.withdrawal_id]

    # Both ledgers add up to the balances, row by row, and their last rows say so too.
    spot_rows = list(client.spot.list_ledger(currency="BTC"))
    assert sum(row.amount + row.fee for row in spot_rows) == sim.balance("BTC").balance
    assert spot_rows[0].balance == sim.balance("BTC").balance
    usd_rows_ledger = list(client.spot.list_ledger(currency="USD"))
    usd_total = Decimal("10000") + sum(row.amount + row.fee for row in usd_rows_ledger)
    assert usd_total == sim.balance("USD").balance
    funding_rows = list(client.account.list_ledger(currency="BTC"))
    assert sum(row.amount + row.fee for row in funding_rows) == funding_left
    assert funding_rows[0].balance == funding_left
    wallet = client.account.get_wallet(currency="BTC")
    assert [(row.currency, row.available) for row in wallet] == [("BTC", funding_left)]
