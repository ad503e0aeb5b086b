"""A trading bot's session, through the generated client, against the simulator's market.

The bot authorizes, prices and buys a contract, follows it with `proposal_open_contract`
until it settles at expiry, and then checks that the balance, the statement, the profit
table and the transaction stream tell the same story to the cent. The simulator's test
helpers (`set_price`, `move_price`, `advance_time`) make the outcome certain.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from binary_com_api import BinaryComClient, models
from binary_com_api.testing import ALL_SCOPES, BinaryComSimulator

README = Path(__file__).resolve().parents[2] / "generated" / "binary-com-api" / "README.md"
TOKEN = "bot-token-7c1d"
START = Decimal("1000")


def money(value: Any) -> Decimal:
    """A JSON number as the exact amount it stands for (money has at most 2 decimals here)."""
    return Decimal(str(value))


@pytest.fixture()
def market() -> Iterator[BinaryComSimulator]:
    with BinaryComSimulator(
        tokens={TOKEN: ALL_SCOPES}, balance=START, stream_interval=0.02
    ) as simulator:
        yield simulator


@pytest.fixture()
def bot(market: BinaryComSimulator) -> Iterator[BinaryComClient]:
    with BinaryComClient(1089, endpoint=market.url, keepalive=None, timeout=5.0) as client:
        yield client


def _follow_to_settlement(
    stream: Any, market: BinaryComSimulator
) -> list[models.ProposalOpenContractResponseProposalOpenContract]:
    """Every `proposal_open_contract` update until one shows the contract sold."""
    seen = []
    for _ in range(200):
        message = stream.get(timeout=5.0)
        assert message is not None, "the contract stream went quiet before settlement"
        view = message.proposal_open_contract
        assert view is not None
        seen.append(view)
        if view.is_sold:
            return seen
        if len(seen) == 3:
            market.advance_time(120)  # past the expiry: the market settles the contract
    raise AssertionError("the contract never settled")


def test_a_bot_follows_its_contract_to_expiry_and_the_books_reconcile(
    market: BinaryComSimulator, bot: BinaryComClient
) -> None:
    authorized = bot.authorize(TOKEN).authorize
    assert authorized is not None
    assert authorized.loginid == market.account(TOKEN).loginid
    assert money(authorized.balance) == START

    with bot.subscribe_transaction() as moves:
        assert next(moves).transaction is not None  # the subscription's (empty) first answer
        market.set_price("R_100", "1500")
        quote = bot.proposal(
            contract_type="CALL",
            currency="USD",
            symbol="R_100",
            amount=10,
            basis="stake",
            duration=2,
            duration_unit="m",
        ).proposal
        assert quote is not None
        assert quote.spot == 1500
        bought = bot.buy(quote.id, price=quote.ask_price).buy
        assert bought is not None
        stake, payout = money(bought.buy_price), money(bought.payout)
        assert stake == 10 and payout > stake
        assert money(bought.balance_after) == START - stake

        with bot.subscribe_proposal_open_contract(contract_id=bought.contract_id) as stream:
            first = next(stream).proposal_open_contract
            assert first is not None and first.status == "open" and not first.is_sold
            market.advance_time(4)  # the entry tick is in
            market.move_price("R_100", "60")  # far above any barrier the walk could reach
            views = _follow_to_settlement(stream, market)
        final = views[-1]
        assert final.contract_id == bought.contract_id
        assert final.status == "won" and final.is_expired == 1
        assert final.entry_spot is not None and final.exit_tick is not None
        assert final.exit_tick > final.entry_spot
        assert money(final.sell_price) == payout
        assert money(final.profit) == payout - stake
        assert any(view.status == "open" for view in views[:-1])

        events = [moves.get(timeout=5.0) for _ in range(2)]
    transactions = [event.transaction for event in events if event is not None]
    assert [t.action for t in transactions if t is not None] == ["buy", "sell"]

    expected = START - stake + payout
    balance = bot.balance().balance
    assert balance is not None and money(balance.balance) == expected
    assert market.account(TOKEN).balance == expected

    statement = bot.statement(description=1).statement
    assert statement is not None and statement.transactions is not None
    rows = statement.transactions
    assert statement.count == len(rows) == 3
    assert [row.action_type for row in rows] == ["sell", "buy", "deposit"]
    assert [money(row.amount) for row in rows] == [payout, -stake, START]
    assert sum(money(row.amount) for row in rows) == expected
    assert money(rows[0].balance_after) == expected
    for newer, older in itertools.pairwise(rows):
        assert money(newer.balance_after) - money(newer.amount) == money(older.balance_after)
    assert rows[0].contract_id == rows[1].contract_id == bought.contract_id
    assert [t.transaction_id for t in reversed(transactions) if t is not None] == [
        row.transaction_id for row in rows[:2]
    ]

    table = bot.profit_table(description=1).profit_table
    assert table is not None and table.transactions is not None and table.count == 1
    (row,) = table.transactions
    assert row.contract_id == bought.contract_id
    assert money(row.buy_price) == stake and money(row.sell_price) == payout
    assert row.transaction_id == bought.transaction_id
    portfolio = bot.portfolio().portfolio
    assert portfolio is not None and portfolio.contracts == []


def test_a_contract_sold_early_settles_at_its_bid(
    market: BinaryComSimulator, bot: BinaryComClient
) -> None:
    bot.authorize(TOKEN)
    bought = bot.buy(
        "1",
        price=100,
        parameters=models.BuyRequestParameters(
            contract_type="PUT",
            currency="USD",
            symbol="R_50",
            amount=20,
            basis="payout",
            duration=10,
            duration_unit="m",
        ),
    ).buy
    assert bought is not None
    market.advance_time(30)
    view = bot.proposal_open_contract(contract_id=bought.contract_id).proposal_open_contract
    assert view is not None and view.is_valid_to_sell == 1
    sold = bot.sell(bought.contract_id, price=0).sell
    assert sold is not None
    assert money(sold.balance_after) == START - money(bought.buy_price) + money(sold.sold_for)
    settled = bot.proposal_open_contract(contract_id=bought.contract_id).proposal_open_contract
    assert settled is not None and settled.status == "sold" and settled.is_sold == 1
    assert money(settled.sell_price) == money(sold.sold_for)
    table = bot.profit_table().profit_table
    assert table is not None and table.transactions is not None
    assert [money(row.sell_price) for row in table.transactions] == [money(sold.sold_for)]


def test_the_readme_example_of_the_test_helpers_runs() -> None:
    section = README.read_text(encoding="utf-8").split("## Testing your code", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    assert "advance_time" in code and "seed_balance" in code
    exec(compile(code, "README.md (Testing your code)", "exec"), {})
