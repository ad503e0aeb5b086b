"""Every call the simulator's market serves, walked over a real WebSocket after some trading:
no placeholder values in any reply, and fields that agree with each other.

A placeholder is what a schema example generator writes: strings saying "example", lists of
numbers that are all the same, one-item lists where the API sends many, or fields that
contradict each other (a bid above the ask, a candle's close above its high, a balance that
does not follow from the statement). Each reply is also checked against the call's receive
schema with the validators of test_simulator.py (built apart from the simulator's own).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import pytest

from tests.binary_com.test_simulator import (
    ALL,
    SPEC,
    TABLE,
    TOKENS,
    Client,
    assert_reply,
    simulator,
)

# Lists the API sends with one item when the account has one of them.
ONE_ITEM_ALLOWED = frozenset({"authorize.account_list", "authorize.upgradeable_landing_companies"})
# Columns of row lists that must not be one value in every row.
VARYING_COLUMNS = frozenset(
    {"contract_id", "transaction_id", "epoch", "open", "close", "spot", "symbol", "balance_after"}
)


def _field_word(path: str) -> str:
    """The letters of the field a value sits in (`a.b_c[]` -> `bc`), as a generator that
    knows nothing better would make a value from them."""
    field = path.replace("[]", "").rpartition(".")[2]
    return re.sub(r"[^a-z]", "", field.lower())[:12]


def placeholders(value: Any, path: str = "") -> list[str]:
    """What in a reply looks like a placeholder rather than state, by JSON path."""
    found: list[str] = []
    if isinstance(value, str) and "example" in value.lower():
        found.append(f"{path}: placeholder text {value!r}")
    elif (
        isinstance(value, str)
        and (word := _field_word(path))
        and re.fullmatch(re.escape(word) + r"\d+", value)
    ):
        found.append(f"{path}: the field's name and a number {value!r}")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            found += placeholders(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        if len(value) == 1 and path not in ONE_ITEM_ALLOWED:
            found.append(f"{path}: a list of one item")
        numbers = [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
        if len(numbers) > 1 and len(set(numbers)) == 1:
            found.append(f"{path}: every number is {numbers[0]}")
        rows = [item for item in value if isinstance(item, Mapping)]
        if len(rows) > 1:
            for column in VARYING_COLUMNS & set(rows[0]):
                if len({repr(row.get(column)) for row in rows}) == 1:
                    found.append(f"{path}[].{column}: the same in every row")
        for item in value:
            found += placeholders(item, f"{path}[]")
    return found


def money(value: Any) -> Decimal:
    return Decimal(str(value))


@pytest.fixture(scope="module")
def market() -> Iterator[Any]:
    with simulator.BinaryComSimulator(
        tokens=TOKENS, spec=SPEC, calls=TABLE, stream_interval=0.02
    ) as sim:
        yield sim


@pytest.fixture(scope="module")
def trader(market: Any) -> Iterator[Client]:
    """A logged-in connection whose account bought five contracts: one sold, two settled at
    expiry (a timed and a tick contract), two still open."""
    client = Client(market.url)
    client.login(ALL)
    terms = {"currency": "USD", "basis": "stake", "amount": 10, "duration_unit": "m"}
    for symbol, kind, duration in (("R_100", "CALL", 5), ("R_50", "PUT", 2)):
        quote = client.ok(
            {"proposal": 1, **terms, "symbol": symbol, "contract_type": kind, "duration": duration}
        )["proposal"]
        client.ok({"buy": quote["id"], "price": quote["ask_price"]})
    ticks = {
        **terms,
        "symbol": "R_100",
        "contract_type": "DIGITEVEN",
        "duration": 5,
        "duration_unit": "t",
    }
    client.ok({"buy": "1", "price": 100, "parameters": ticks})
    market.advance_time(4)
    sold = client.ok({"portfolio": 1})["portfolio"]["contracts"][0]["contract_id"]
    client.ok({"sell": sold, "price": 0})
    market.advance_time(150)  # the 2-minute and the tick contract expire
    for symbol, duration in (("R_10", 10), ("1HZ100V", 15)):
        parameters = {**terms, "symbol": symbol, "contract_type": "CALL", "duration": duration}
        client.ok({"buy": "1", "price": 100, "parameters": parameters})
    yield client
    client.close()


_IDS = itertools.count(1)


def ask(client: Client, call: str, request: dict[str, Any]) -> dict[str, Any]:
    request = {**request, "req_id": next(_IDS)}
    reply = client.ask(request)
    assert_reply(call, request, reply)
    problems = placeholders({k: v for k, v in reply.items() if k != "echo_req"})
    assert not problems, f"{call}: {problems}"
    return reply


def stream_update(client: Client, call: str, request: dict[str, Any]) -> dict[str, Any]:
    """The first update of a subscription after its first answer, checked like a reply."""
    request = {**request, "subscribe": 1, "req_id": next(_IDS)}
    client.send(request)
    first = client.reply(request["req_id"])
    assert_reply(call, request, first)
    update = client.reply(request["req_id"])
    assert_reply(call, request, update)
    client.ok({"forget": first["subscription"]["id"]})
    problems = placeholders({k: v for k, v in update.items() if k != "echo_req"})
    assert not problems, f"{call} stream: {problems}"
    return update


def test_the_placeholder_check_catches_placeholders() -> None:
    assert placeholders({"a": "example"}) == ["a: placeholder text 'example'"]
    assert placeholders({"prices": [1.5, 1.5]}) == [
        "prices: every number is 1.5",
    ]
    assert placeholders({"rows": [{"contract_id": 1}]}) == ["rows: a list of one item"]
    assert placeholders({"rows": [{"epoch": 1}, {"epoch": 1}]}) == [
        "rows[].epoch: the same in every row"
    ]
    assert placeholders({"prices": [1.5, 1.75], "name": "R_100"}) == []


def test_market_data_is_realistic_and_consistent(trader: Client) -> None:
    brief = ask(trader, "active_symbols", {"active_symbols": "brief"})["active_symbols"]
    full = ask(trader, "active_symbols", {"active_symbols": "full"})["active_symbols"]
    assert [row["symbol"] for row in brief] == [row["symbol"] for row in full]
    assert len({row["symbol"] for row in brief}) == len(brief) > 5

    request = {
        "ticks_history": "R_100",
        "end": "latest",
        "count": 30,
        "style": "candles",
        "granularity": 60,
    }
    # The market moves on the wall clock (R_100 every 2 s): compare replies read between
    # two identical ticks, so no new tick fell between them.
    for _ in range(10):
        first = ask(trader, "ticks", {"ticks": "R_100"})["tick"]
        full = ask(trader, "active_symbols", {"active_symbols": "full"})["active_symbols"]
        history = ask(
            trader, "ticks_history", {"ticks_history": "R_100", "end": "latest", "count": 50}
        )["history"]
        candles = ask(trader, "ticks_history", request)["candles"]
        tick = ask(trader, "ticks", {"ticks": "R_100"})["tick"]
        if tick["epoch"] == first["epoch"]:
            break
    assert tick["epoch"] == first["epoch"], "the market ticked during every attempt"
    assert tick["bid"] < tick["quote"] < tick["ask"]
    assert tick["symbol"] == "R_100" and tick["pip_size"] == 2
    spot = {row["symbol"]: row["spot"] for row in full}
    assert spot["R_100"] == tick["quote"]  # one price series behind both

    assert len(history["times"]) == len(history["prices"]) == 50
    assert all(b - a == 2 for a, b in itertools.pairwise(history["times"]))
    assert history["times"][-1] == tick["epoch"] and history["prices"][-1] == tick["quote"]

    assert len(candles) == 30
    assert all(b["epoch"] - a["epoch"] == 60 for a, b in itertools.pairwise(candles))
    for candle in candles:
        assert candle["low"] <= min(candle["open"], candle["close"])
        assert max(candle["open"], candle["close"]) <= candle["high"]
    assert candles[-1]["close"] == tick["quote"]

    ohlc = stream_update(trader, "ticks_history", request)["ohlc"]
    assert float(ohlc["low"]) <= float(ohlc["close"]) <= float(ohlc["high"])
    update = stream_update(trader, "ticks", {"ticks": "R_50"})["tick"]
    assert update["bid"] < update["quote"] < update["ask"]


def test_trading_replies_are_realistic_and_reconcile(market: Any, trader: Client) -> None:
    balance = ask(trader, "balance", {"balance": 1})["balance"]
    everything = ask(trader, "balance", {"balance": 1, "account": "all"})["balance"]
    assert everything["balance"] == balance["balance"]

    statement = ask(trader, "statement", {"statement": 1, "description": 1})["statement"]
    rows = statement["transactions"]
    assert statement["count"] == len(rows) == 9  # deposit, 5 buys, 1 sale, 2 settlements
    assert money(rows[0]["balance_after"]) == money(balance["balance"])
    assert sum(money(row["amount"]) for row in rows) == money(balance["balance"])
    for newer, older in itertools.pairwise(rows):
        assert money(newer["balance_after"]) - money(newer["amount"]) == money(
            older["balance_after"]
        )
        assert newer["transaction_time"] >= older["transaction_time"]

    table = ask(trader, "profit_table", {"profit_table": 1, "description": 1})["profit_table"]
    settled = table["transactions"]
    assert table["count"] == len(settled) == 3
    sells = {
        row["contract_id"]: money(row["amount"]) for row in rows if row["action_type"] == "sell"
    }
    for row in settled:
        assert money(row["sell_price"]) == sells[row["contract_id"]]
        assert row["purchase_time"] <= row["sell_time"]

    portfolio = ask(trader, "portfolio", {"portfolio": 1})["portfolio"]["contracts"]
    assert len(portfolio) == 2
    open_ids = {row["contract_id"] for row in portfolio}
    assert not open_ids & set(sells)
    for contract in portfolio:
        assert contract["buy_price"] < contract["payout"]
        assert contract["purchase_time"] < contract["expiry_time"]
        view = ask(
            trader,
            "proposal_open_contract",
            {"proposal_open_contract": 1, "contract_id": contract["contract_id"]},
        )
        open_view = view["proposal_open_contract"]
        assert open_view["status"] == "open" and open_view["is_sold"] == 0
        assert money(open_view["profit"]) == money(open_view["bid_price"]) - money(
            open_view["buy_price"]
        )
    for contract_id in sells:
        view = ask(
            trader,
            "proposal_open_contract",
            {"proposal_open_contract": 1, "contract_id": contract_id},
        )
        closed = view["proposal_open_contract"]
        assert closed["is_sold"] == 1 and closed["status"] in ("sold", "won", "lost")
        assert money(closed["sell_price"]) == sells[contract_id]
        if closed["status"] != "sold":  # settled at expiry: all or nothing
            won = closed["status"] == "won"
            assert sells[contract_id] == (money(closed["payout"]) if won else 0)
        assert money(closed["profit"]) == sells[contract_id] - money(closed["buy_price"])

    quote = ask(
        trader,
        "proposal",
        {
            "proposal": 1,
            "contract_type": "CALL",
            "currency": "USD",
            "symbol": "R_25",
            "amount": 5,
            "basis": "stake",
            "duration": 3,
            "duration_unit": "m",
        },
    )["proposal"]
    assert quote["ask_price"] == 5 < quote["payout"]
    assert quote["date_start"] < quote["date_expiry"] == quote["date_start"] + 180
    assert quote["display_value"] == "5.00"
    assert stream_update(
        trader,
        "proposal",
        {
            "proposal": 1,
            "contract_type": "PUT",
            "currency": "USD",
            "symbol": "1HZ100V",
            "duration": 1,
            "duration_unit": "m",
        },
    )


def test_buying_and_selling_replies_and_events_agree(market: Any, trader: Client) -> None:
    watcher = Client(market.url)
    try:
        watcher.login(ALL)
        moves = watcher.send({"transaction": 1, "subscribe": 1})
        watcher.reply(moves)
        before = money(ask(trader, "balance", {"balance": 1})["balance"]["balance"])
        parameters = {
            "contract_type": "CALL",
            "currency": "USD",
            "symbol": "R_75",
            "amount": 25,
            "basis": "payout",
            "duration": 30,
            "duration_unit": "m",
        }
        bought = ask(trader, "buy", {"buy": "1", "price": 100, "parameters": parameters})["buy"]
        assert money(bought["balance_after"]) == before - money(bought["buy_price"])
        assert bought["purchase_time"] == bought["start_time"]
        assert bought["payout"] == 25
        market.advance_time(4)
        sold = ask(trader, "sell", {"sell": bought["contract_id"], "price": 0})["sell"]
        assert money(sold["balance_after"]) == money(bought["balance_after"]) + money(
            sold["sold_for"]
        )
        assert sold["reference_id"] == bought["transaction_id"]
        events = [watcher.reply(moves)["transaction"] for _ in range(2)]
        assert [event["action"] for event in events] == ["buy", "sell"]
        assert [event["transaction_id"] for event in events] == [
            bought["transaction_id"],
            sold["transaction_id"],
        ]
        assert events[1]["balance"] == sold["balance_after"]
    finally:
        watcher.close()


@pytest.mark.parametrize("call", sorted(SPEC["calls"]))
def test_every_call_answers_without_placeholders(market: Any, call: str) -> None:
    """The calls the market does not serve answer built examples: realistic, never the
    placeholders above, and valid against the spec (the simulator checks every reply)."""
    reply = market.example_reply(call)
    assert "error" not in reply, reply.get("error")
    problems = placeholders({key: value for key, value in reply.items() if key != "echo_req"})
    assert not problems, problems
