"""The Binary.com simulator's trading state (generator/runtime/binary/market.py), as pure logic.

Every reply dict is checked against its call's receive schema from specs/binary-com, with
patterns made Python-compatible the same way the simulator's own tests do. Time is a fake
clock, so contracts, ticks and candles are exact and repeatable.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft4Validator

from generator.runtime.binary import market as market_module
from generator.runtime.binary.market import (
    ContractCreationFailure,
    InputValidationFailed,
    InsufficientBalance,
    InvalidContractProposal,
    InvalidSellContractProposal,
    InvalidSymbol,
    Market,
    MarketError,
    MarketEvent,
    MarketIsClosed,
    PriceMoved,
    UnknownAccount,
)
from generator.runtime.testing.patterns import python_pattern

SPECS = Path(__file__).resolve().parents[2] / "specs" / "binary-com"
WEDNESDAY = 1_764_740_800  # 2025-12-03 05:46:40 UTC: every market is open
SATURDAY = 1_765_000_000  # 2025-12-06 05:46:40 UTC: forex is closed


def _translate(node: Any) -> Any:
    if isinstance(node, list):
        return [_translate(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "pattern" and isinstance(value, str):
            out[key] = python_pattern(value)
        elif key == "patternProperties":
            out[key] = {python_pattern(k): _translate(v) for k, v in value.items()}
        elif key == "enum":
            out[key] = value
        else:
            out[key] = _translate(value)
    return out


def _receive(call: str) -> Draft4Validator:
    spec = yaml.safe_load((SPECS / f"{call}.yaml").read_text(encoding="utf-8"))
    return Draft4Validator(_translate(spec["receive"]))


VALIDATORS: dict[str, Draft4Validator] = {}


def valid(call: str, fields: dict[str, Any], msg_type: str | None = None) -> dict[str, Any]:
    """Checks `fields` as the reply to `call` and hands them back."""
    validator = VALIDATORS.get(call)
    if validator is None:
        validator = VALIDATORS[call] = _receive(call)
    message = {"echo_req": {}, "msg_type": msg_type or call, **fields}
    problems = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(message)]
    assert not problems, problems
    return fields


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture()
def clock() -> Clock:
    return Clock(WEDNESDAY)


@pytest.fixture()
def market(clock: Clock) -> Market:
    return Market(seed=7, clock=clock)


def rise_fall(
    contract_type: str = "CALL", *, symbol: str = "R_100", **extra: Any
) -> dict[str, Any]:
    params: dict[str, Any] = {
        "contract_type": contract_type,
        "currency": "USD",
        "symbol": symbol,
        "amount": 10,
        "basis": "stake",
        "duration": 5,
        "duration_unit": "t",
    }
    params.update(extra)
    return params


def money(value: float) -> Decimal:
    return Decimal(str(value))


# --------------------------------------------------------------------------------------
# Prices, ticks, history and symbols
# --------------------------------------------------------------------------------------


def test_the_same_seed_gives_the_same_prices_and_another_seed_other_prices(clock: Clock) -> None:
    first = Market(seed=7, clock=clock).ticks_history("R_100", count=50)
    again = Market(seed=7, clock=clock).ticks_history("R_100", count=50)
    other = Market(seed=8, clock=clock).ticks_history("R_100", count=50)
    assert first == again
    assert first["history"]["prices"] != other["history"]["prices"]


@pytest.mark.parametrize(
    ("symbol", "interval", "decimals"),
    [("R_100", 2, 2), ("R_50", 2, 4), ("1HZ100V", 1, 2), ("frxEURUSD", 1, 5), ("R_10", 2, 3)],
)
def test_ticks_come_at_the_symbols_rate_rounded_to_its_pip(
    market: Market, symbol: str, interval: int, decimals: int
) -> None:
    reply = valid("ticks_history", market.ticks_history(symbol, count=300), "history")
    times, prices = reply["history"]["times"], reply["history"]["prices"]
    assert reply["pip_size"] == decimals
    assert len(times) == 300
    assert {b - a for a, b in itertools.pairwise(times)} == {interval}
    assert times[-1] == WEDNESDAY - WEDNESDAY % interval
    for price in prices:
        assert price > 0
        assert round(price, decimals) == price
    # A walk, not a constant and not white noise: neighbouring quotes are close.
    assert len(set(prices)) > 20
    steps = [abs(b - a) / a for a, b in itertools.pairwise(prices)]
    assert max(steps) < 0.01


def test_tick_replies_agree_with_history_at_every_epoch(market: Market, clock: Clock) -> None:
    seen = []
    for _ in range(10):
        tick = valid("ticks", market.tick("R_25", stream_id="abc"), "tick")["tick"]
        assert tick["id"] == "abc"
        assert tick["bid"] < tick["quote"] < tick["ask"]
        seen.append((tick["epoch"], tick["quote"]))
        clock.now += 2
    history = market.ticks_history("R_25", start=WEDNESDAY - 1, end="latest")["history"]
    now = (int(clock.now) - int(clock.now) % 2, market.tick("R_25")["tick"]["quote"])
    assert list(zip(history["times"], history["prices"], strict=True)) == [*seen, now]


def test_ticks_history_honours_start_end_and_count(market: Market, clock: Clock) -> None:
    clock.now += 1000
    reply = market.ticks_history("R_100", start=WEDNESDAY, end=str(WEDNESDAY + 100), count=5000)
    times = reply["history"]["times"]
    assert times[0] == WEDNESDAY and times[-1] == WEDNESDAY + 100 and len(times) == 51
    latest = market.ticks_history("R_100", start=WEDNESDAY, end=str(WEDNESDAY + 100), count=3)
    assert latest["history"]["times"] == times[-3:]
    # An end in the future means now; a huge count is capped at 5000.
    future = market.ticks_history("R_100", end=str(WEDNESDAY + 10**6), count=10**9)
    assert future["history"]["times"][-1] == int(clock.now)
    assert len(future["history"]["times"]) == 5000
    assert market.ticks_history("R_100", count=0)["history"] == {"prices": [], "times": []}
    empty = market.ticks_history("R_100", start=WEDNESDAY + 50, end=str(WEDNESDAY + 10))
    assert empty["history"] == {"prices": [], "times": []}


@pytest.mark.parametrize("granularity", [60, 300, 3600])
def test_candles_are_made_of_the_ticks_they_cover(market: Market, granularity: int) -> None:
    reply = valid(
        "ticks_history",
        market.ticks_history("R_75", style="candles", granularity=granularity, count=4),
        "candles",
    )
    candles = reply["candles"]
    assert len(candles) == 4 and reply["pip_size"] == 4
    for candle in candles:
        assert candle["epoch"] % granularity == 0
        assert candle["low"] <= min(candle["open"], candle["close"])
        assert max(candle["open"], candle["close"]) <= candle["high"]
        ticks = market.ticks_history(
            "R_75", start=candle["epoch"], end=str(candle["epoch"] + granularity - 1)
        )["history"]["prices"]
        assert candle["open"] == ticks[0] and candle["close"] == ticks[-1]
        assert candle["high"] == max(ticks) and candle["low"] == min(ticks)
    assert candles[-1]["close"] == market.tick("R_75")["tick"]["quote"]
    assert [b["epoch"] - a["epoch"] for a, b in itertools.pairwise(candles)] == [granularity] * 3


def test_daily_candles_agree_with_hourly_ones(market: Market) -> None:
    days = market.ticks_history("R_10", style="candles", granularity=86400, count=2)["candles"]
    hours = market.ticks_history(
        "R_10", style="candles", granularity=3600, start=days[0]["epoch"], count=5000
    )["candles"]
    first_day = [h for h in hours if h["epoch"] < days[1]["epoch"]]
    assert len(first_day) == 24
    assert days[0]["open"] == first_day[0]["open"]
    assert days[0]["close"] == first_day[-1]["close"]
    assert days[0]["high"] == max(h["high"] for h in first_day)
    assert days[0]["low"] == min(h["low"] for h in first_day)


def test_candles_default_to_the_last_day_when_count_or_granularity_is_missing(
    market: Market,
) -> None:
    candles = market.ticks_history("R_100", style="candles")["candles"]
    assert len(candles) == 24 * 60 + 1  # a partly elapsed minute at each end


def test_forex_is_closed_at_the_weekend(clock: Clock) -> None:
    clock.now = SATURDAY
    market = Market(seed=7, clock=clock)
    rows = {r["symbol"]: r for r in market.active_symbols("full")["active_symbols"]}
    assert rows["frxEURUSD"]["exchange_is_open"] == 0
    assert rows["R_100"]["exchange_is_open"] == 1
    friday_close = SATURDAY - SATURDAY % 86400 - 3 * 3600  # Friday 21:00 UTC
    assert rows["frxEURUSD"]["spot_time"] == str(friday_close - 1)
    with pytest.raises(MarketIsClosed) as caught:
        market.proposal(rise_fall(symbol="frxEURUSD", duration=15, duration_unit="m"))
    assert caught.value.code == "MarketIsClosed"
    history = market.ticks_history("frxEURUSD", count=10)["history"]
    assert history["times"][-1] == friday_close - 1
    shifted = market.ticks_history(
        "frxEURUSD", start=SATURDAY - 60, end="latest", adjust_start_time=1
    )["history"]["times"]
    assert shifted[0] == friday_close - 61  # the same minute, before the close
    assert shifted[-1] == friday_close - 1
    hours = market.ticks_history("frxEURUSD", style="candles", granularity=3600, count=30)
    assert all(c["epoch"] < friday_close for c in hours["candles"])


def test_active_symbols_brief_and_full_come_from_the_same_prices(market: Market) -> None:
    brief = valid("active_symbols", market.active_symbols("brief"))["active_symbols"]
    full = valid("active_symbols", market.active_symbols("full"))["active_symbols"]
    symbols = [row["symbol"] for row in full]
    for expected in ("R_10", "R_25", "R_50", "R_75", "R_100", "1HZ100V", "frxEURUSD", "frxGBPUSD"):
        assert expected in symbols
    assert [row["symbol"] for row in brief] == symbols
    assert "spot" not in brief[0]
    for row in full:
        assert row["spot"] == market.tick(row["symbol"])["tick"]["quote"]
        assert row["pip"] == 10 ** -market.tick(row["symbol"])["tick"]["pip_size"]
        assert row["exchange_is_open"] == 1
        assert re.fullmatch(r"-?\d+\.\d\d", row["spot_percentage_change"])
    assert {r["market"] for r in full} == {"synthetic_index", "forex", "cryptocurrency"}
    digits = market.active_symbols("brief", contract_types=["DIGITMATCH"])["active_symbols"]
    assert {r["market"] for r in digits} == {"synthetic_index"}


def test_unknown_symbols_and_bad_history_arguments_are_refused(market: Market) -> None:
    with pytest.raises(InvalidSymbol) as caught:
        market.tick("NOPE")
    assert caught.value.error()["code"] == "InvalidSymbol"
    for bad in ({"style": "bars"}, {"granularity": 61}, {"count": -1}, {"end": "soon"}):
        with pytest.raises(InputValidationFailed) as refused:
            market.ticks_history("R_100", **bad)
        assert refused.value.details


def test_set_price_moves_the_current_tick_and_keeps_the_past(market: Market, clock: Clock) -> None:
    before = market.ticks_history("R_50", count=20)
    tick = valid("ticks", market.set_price("R_50", "250.12345"), "tick")
    assert tick["quote"] == 250.1235 and tick["epoch"] == WEDNESDAY
    assert market.tick("R_50")["tick"]["quote"] == 250.1235
    after = market.ticks_history("R_50", count=20)
    assert after["history"]["prices"][:-1] == before["history"]["prices"][:-1]
    clock.now += 10
    later = market.ticks_history("R_50", count=6)["history"]["prices"]
    assert later[0] == 250.1235
    assert all(abs(price - 250.1235) < 1 for price in later)
    moved = market.move_price("R_50", "-0.5")
    assert moved["quote"] == round(later[-1] - 0.5, 4)
    candle = market.ticks_history("R_50", style="candles", granularity=60, count=1)["candles"][0]
    assert candle["high"] >= 250.1235 and candle["close"] == moved["quote"]
    with pytest.raises(InputValidationFailed):
        market.set_price("R_50", 0)


def test_time_never_runs_backwards(market: Market, clock: Clock) -> None:
    assert market.advance_time(30) == WEDNESDAY + 30
    clock.now -= 100
    assert market.now() == WEDNESDAY + 30
    with pytest.raises(ValueError, match="forward"):
        market.advance_time(-1)


# --------------------------------------------------------------------------------------
# Accounts
# --------------------------------------------------------------------------------------


def test_accounts_have_loginids_currencies_and_seeded_balances(market: Market) -> None:
    real = market.open_account(balance="250.50")
    demo = market.open_account(virtual=True, currency="EUR")
    assert re.fullmatch(r"CR\d+", real) and re.fullmatch(r"VRTC\d+", demo)
    assert valid("balance", market.balance(real))["balance"] == {
        "balance": 250.5,
        "currency": "USD",
        "loginid": real,
    }
    both = valid("balance", market.balance(demo, accounts=[real], stream_id="s1"))["balance"]
    assert both["id"] == "s1" and both["balance"] == 10000.0
    assert both["accounts"][real]["converted_amount"] == 230.46  # 250.50 USD in EUR
    assert both["total"]["deriv"] == {"amount": 230.46, "currency": "EUR"}
    assert both["total"]["deriv_demo"] == {"amount": 10000.0, "currency": "EUR"}
    auth = valid("authorize", market.authorize(real, linked=[demo]))["authorize"]
    assert auth["loginid"] == real and auth["balance"] == 250.5 and auth["is_virtual"] == 0
    assert [entry["loginid"] for entry in auth["account_list"]] == [real, demo]
    assert auth["account_list"][1]["is_virtual"] == 1
    with pytest.raises(UnknownAccount):
        market.balance("CR0")
    with pytest.raises(InputValidationFailed):
        market.open_account(currency="XYZ")


def test_seed_balance_books_a_deposit_or_withdrawal(market: Market) -> None:
    loginid = market.open_account(balance=100)
    market.seed_balance(loginid, "40.25")
    market.seed_balance(loginid, 1000)
    market.deposit(loginid, "0.75")
    market.withdraw(loginid, 1)
    with pytest.raises(InsufficientBalance):
        market.withdraw(loginid, 5000)
    for odd in ("1e-30", "0.001", "1e400", "NaN", "12345678901234567890.5", -1, True):
        with pytest.raises(InputValidationFailed):
            market.deposit(loginid, odd)
    with pytest.raises(InputValidationFailed):
        market.seed_balance(loginid, "0.005")
    with pytest.raises(InputValidationFailed):
        market.open_account(balance="1.001")
    rows = valid("statement", market.statement(loginid))["statement"]["transactions"]
    assert [(r["action_type"], r["amount"], r["balance_after"]) for r in reversed(rows)] == [
        ("deposit", 100.0, 100.0),
        ("withdrawal", -59.75, 40.25),
        ("deposit", 959.75, 1000.0),
        ("deposit", 0.75, 1000.75),
        ("withdrawal", -1.0, 999.75),
    ]
    assert market.balance(loginid)["balance"]["balance"] == 999.75


# --------------------------------------------------------------------------------------
# Proposals and buying
# --------------------------------------------------------------------------------------


def test_a_proposal_prices_stake_or_payout(market: Market) -> None:
    stake = valid("proposal", market.proposal(rise_fall()))["proposal"]
    assert stake["ask_price"] == 10.0 and stake["display_value"] == "10.00"
    assert 18 < stake["payout"] < 20  # an even bet, less the house's margin
    assert re.fullmatch(r"[\w-]{32,128}", stake["id"])
    assert stake["spot"] == market.tick("R_100")["tick"]["quote"]
    assert stake["spot_time"] == WEDNESDAY and stake["date_start"] == WEDNESDAY
    assert stake["date_expiry"] == WEDNESDAY + 12  # the entry tick, then five more
    payout = market.proposal(rise_fall("PUT", basis="payout", amount=100))["proposal"]
    assert payout["payout"] == 100.0 and 50 < payout["ask_price"] < 55
    minutes = market.proposal(rise_fall(duration=3, duration_unit="m"))["proposal"]
    assert minutes["date_expiry"] == WEDNESDAY + 180
    days = market.proposal(rise_fall(duration=1, duration_unit="d"))["proposal"]
    assert days["date_expiry"] == WEDNESDAY - WEDNESDAY % 86400 + 2 * 86400 - 1
    assert (
        "1 minute"
        in market.proposal(rise_fall(duration=1, duration_unit="m"))["proposal"]["longcode"]
    )


def test_barriers_and_digits_change_the_price(market: Market) -> None:
    spot = market.tick("R_100")["tick"]["quote"]
    far = market.proposal(rise_fall(barrier="+20", duration=5, duration_unit="m"))["proposal"]
    assert far["contract_details"]["barrier"] == f"{spot + 20:.2f}"
    assert far["payout"] > 30  # an unlikely rise pays more
    above = f"{spot + 20:.2f}"
    absolute = market.proposal(rise_fall("PUT", barrier=above, duration=15, duration_unit="s"))
    assert absolute["proposal"]["payout"] < 12  # a likely fall pays little
    match = valid("proposal", market.proposal(rise_fall("DIGITMATCH", barrier="7")))
    assert 80 < match["proposal"]["payout"] < 95
    even = market.proposal(rise_fall("DIGITEVEN"))["proposal"]
    assert 18 < even["payout"] < 20
    assert "even" in even["longcode"]


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"symbol": "R_999"}, InvalidSymbol),
        ({"contract_type": "ONETOUCH"}, ContractCreationFailure),
        ({"contract_type": "DIGITODD", "symbol": "frxEURUSD"}, ContractCreationFailure),
        ({"duration": 11}, ContractCreationFailure),
        ({"duration": 5, "duration_unit": "s"}, ContractCreationFailure),
        ({"duration": None}, ContractCreationFailure),
        ({"amount": 0}, ContractCreationFailure),
        ({"amount": "0.001"}, ContractCreationFailure),
        ({"amount": "0.10"}, ContractCreationFailure),
        ({"amount": 60000, "basis": "payout"}, ContractCreationFailure),
        ({"currency": "XYZ"}, ContractCreationFailure),
        ({"contract_type": "DIGITOVER", "barrier": "9"}, ContractCreationFailure),
        ({"contract_type": "DIGITMATCH"}, ContractCreationFailure),
        ({"barrier": "abc"}, InputValidationFailed),
        ({"basis": "notional"}, InputValidationFailed),
        ({"amount": True}, InputValidationFailed),
        ({"amount": "1e400"}, InputValidationFailed),
        ({"amount": "NaN"}, InputValidationFailed),
        ({"symbol": ["R_100"]}, InvalidSymbol),
    ],
)
def test_bad_contracts_get_the_apis_error_code(
    market: Market, change: dict[str, Any], error: type[MarketError]
) -> None:
    params = {**rise_fall(), **change}
    params = {key: value for key, value in params.items() if value is not None}
    with pytest.raises(error) as caught:
        market.proposal(params)
    assert caught.value.code == error.code
    assert caught.value.message


def test_buy_debits_exactly_and_records_the_purchase(market: Market) -> None:
    loginid = market.open_account(balance="100.00")
    events = market.subscribe(loginid)
    proposal = market.proposal(rise_fall(amount="12.34"), loginid=loginid)["proposal"]
    bought = valid("buy", market.buy(loginid, proposal["id"], "12.34", app_id=1089))["buy"]
    assert bought["buy_price"] == 12.34 and bought["balance_after"] == 87.66
    assert bought["payout"] == proposal["payout"] and bought["longcode"] == proposal["longcode"]
    assert bought["purchase_time"] == bought["start_time"] == WEDNESDAY
    assert bought["shortcode"].startswith(f"CALL_R_100_{proposal['payout']:.2f}_{WEDNESDAY}_5T")
    assert market.balance(loginid)["balance"]["balance"] == 87.66
    portfolio = valid("portfolio", market.portfolio(loginid))["portfolio"]["contracts"]
    assert [(c["contract_id"], c["app_id"]) for c in portfolio] == [(bought["contract_id"], 1089)]
    assert market.portfolio(loginid, contract_types=["PUT"])["portfolio"]["contracts"] == []
    received = events.drain()
    assert [e.kind for e in received] == ["transaction", "balance"]
    transaction = valid("transaction", {"transaction": received[0].body})["transaction"]
    assert transaction["action"] == "buy" and transaction["amount"] == -12.34
    assert transaction["transaction_id"] == bought["transaction_id"]
    assert received[1].body == {"balance": 87.66, "currency": "USD", "loginid": loginid}
    by_parameters = market.buy(loginid, "1", 50, parameters=rise_fall("PUT", amount=5))
    assert valid("buy", by_parameters)["buy"]["balance_after"] == 82.66


def test_buy_refusals_leave_the_balance_alone(market: Market) -> None:
    loginid = market.open_account(balance="5.00")
    proposal = market.proposal(rise_fall(), loginid=loginid)["proposal"]
    cases: list[tuple[Any, type[MarketError]]] = [
        (lambda: market.buy(loginid, proposal["id"], "9.99"), PriceMoved),
        (lambda: market.buy(loginid, proposal["id"], 10), InsufficientBalance),
        (lambda: market.buy(loginid, "f" * 32, 10), InvalidContractProposal),
        (lambda: market.buy(loginid, "1", 10), InputValidationFailed),
        (lambda: market.buy("CR1", proposal["id"], 10), UnknownAccount),
    ]
    for attempt, error in cases:
        with pytest.raises(error):
            attempt()
    euro = market.open_account(currency="EUR")
    with pytest.raises(ContractCreationFailure, match="EUR"):
        market.buy(euro, proposal["id"], 10)
    assert market.balance(loginid)["balance"]["balance"] == 5.0
    assert len(market.statement(loginid)["statement"]["transactions"]) == 1


def test_a_proposal_stream_reprices_under_the_same_id(market: Market) -> None:
    spot = market.tick("R_100")["tick"]["quote"]
    barrier = f"{spot + 5:.2f}"
    params = rise_fall(barrier=barrier, duration=15, duration_unit="m", basis="payout", amount=100)
    first = market.proposal(params)["proposal"]
    moved = market.set_price("R_100", f"{spot + 10:.2f}")  # above the barrier: a likelier rise
    again = valid("proposal", market.reprice(first["id"]))["proposal"]
    assert again["id"] == first["id"] and again["payout"] == 100.0
    assert again["ask_price"] > first["ask_price"] and again["spot"] == moved["quote"]
    loginid = market.open_account()
    with pytest.raises(PriceMoved):
        market.buy(loginid, first["id"], first["ask_price"])
    bought = market.buy(loginid, first["id"], again["ask_price"])["buy"]
    assert bought["buy_price"] == again["ask_price"]
    assert market.forget_proposal(first["id"]) and not market.forget_proposal(first["id"])
    with pytest.raises(InvalidContractProposal):
        market.reprice(first["id"])


def test_proposals_are_bounded(market: Market, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(market_module, "_MAX_PROPOSALS", 3)
    ids = [market.proposal(rise_fall())["proposal"]["id"] for _ in range(5)]
    loginid = market.open_account()
    with pytest.raises(InvalidContractProposal):
        market.buy(loginid, ids[0], 10)
    assert market.reprice(ids[-1])["proposal"]["id"] == ids[-1]
    assert market.buy(loginid, ids[-1], 10)["buy"]["buy_price"] == 10.0


# --------------------------------------------------------------------------------------
# Open contracts, selling and settlement
# --------------------------------------------------------------------------------------


def _buy(market: Market, loginid: str, **params: Any) -> int:
    proposal = market.proposal(rise_fall(**params), loginid=loginid)["proposal"]
    return int(market.buy(loginid, proposal["id"], proposal["ask_price"])["buy"]["contract_id"])


def test_expiry_pays_the_payout_when_the_exit_tick_wins(market: Market, clock: Clock) -> None:
    loginid = market.open_account(balance=100)
    contract_id = _buy(market, loginid)
    clock.now += 4  # one tick after the entry tick
    entry = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"][
        "entry_tick"
    ]
    market.set_price("R_100", round(entry * 1.1, 2))  # far above: the rise is certain
    clock.now += 60
    view = valid("proposal_open_contract", market.proposal_open_contract(loginid, contract_id))
    contract = view["proposal_open_contract"]
    assert contract["status"] == "won" and contract["is_sold"] == 1 and contract["is_expired"] == 1
    assert contract["entry_tick"] == entry and contract["exit_tick"] > entry
    assert contract["sell_price"] == contract["payout"] == contract["bid_price"]
    assert contract["sell_time"] == contract["date_expiry"] == WEDNESDAY + 12
    assert money(contract["profit"]) == money(contract["payout"]) - Decimal("10")
    assert market.balance(loginid)["balance"]["balance"] == float(
        Decimal("90") + money(contract["payout"])
    )
    assert market.portfolio(loginid)["portfolio"]["contracts"] == []


def test_expiry_pays_nothing_when_the_exit_tick_loses(market: Market, clock: Clock) -> None:
    loginid = market.open_account(balance=100)
    contract_id = _buy(market, loginid)
    clock.now += 4
    market.move_price("R_100", -100)
    market.advance_time(20)
    contract = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"]
    assert contract["status"] == "lost" and contract["sell_price"] == 0.0
    assert contract["profit"] == -10.0 and contract["profit_percentage"] == -100.0
    assert market.balance(loginid)["balance"]["balance"] == 90.0
    sell = market.statement(loginid, action_type="sell")["statement"]["transactions"]
    assert [(row["amount"], row["balance_after"]) for row in sell] == [(0.0, 90.0)]


@pytest.mark.parametrize(
    "contract_type",
    ["CALL", "PUT", "CALLE", "PUTE", "DIGITEVEN", "DIGITODD", "DIGITOVER", "DIGITDIFF"],
)
def test_settlement_follows_the_ticks(market: Market, clock: Clock, contract_type: str) -> None:
    """The outcome, checked against the ticks from ticks_history, for many contracts."""
    loginid = market.open_account(balance=10_000)
    outcomes = set()
    for round_number in range(12):
        extra = {"barrier": "4"} if contract_type in ("DIGITOVER", "DIGITDIFF") else {}
        contract_id = _buy(market, loginid, contract_type=contract_type, **extra)
        clock.now += 15
        view = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"]
        ticks = [tick["tick"] for tick in view["tick_stream"]]
        assert len(ticks) == 6, round_number  # the entry tick and five more
        history = market.ticks_history(
            "R_100", start=view["entry_tick_time"], end=str(view["exit_tick_time"])
        )["history"]
        assert history["prices"] == ticks
        entry, last = ticks[0], ticks[-1]
        digit = int(f"{last:.2f}"[-1])
        won = {
            "CALL": last > entry,
            "PUT": last < entry,
            "CALLE": last >= entry,
            "PUTE": last <= entry,
            "DIGITEVEN": digit % 2 == 0,
            "DIGITODD": digit % 2 == 1,
            "DIGITOVER": digit > 4,
            "DIGITDIFF": digit != 4,
        }[contract_type]
        assert view["status"] == ("won" if won else "lost")
        assert view["sell_price"] == (view["payout"] if won else 0.0)
        outcomes.add(view["status"])
    assert outcomes == {"won", "lost"} or contract_type == "DIGITDIFF"


def test_selling_before_expiry_credits_the_bid(market: Market, clock: Clock) -> None:
    loginid = market.open_account(balance=100)
    contract_id = _buy(market, loginid, duration=5, duration_unit="m")
    before = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"]
    assert before["is_valid_to_sell"] == 0 and before["entry_spot"] is None
    with pytest.raises(InvalidSellContractProposal):
        market.sell(loginid, contract_id)
    clock.now += 30
    view = valid(
        "proposal_open_contract", market.proposal_open_contract(loginid, contract_id, stream_id="x")
    )["proposal_open_contract"]
    assert view["id"] == "x" and view["status"] == "open" and view["is_valid_to_sell"] == 1
    assert 0 < view["bid_price"] < view["payout"]
    assert view["current_spot"] == market.tick("R_100")["tick"]["quote"]
    assert money(view["profit"]) == money(view["bid_price"]) - Decimal("10")
    with pytest.raises(PriceMoved):
        market.sell(loginid, contract_id, view["bid_price"] + 0.01)
    sold = valid("sell", market.sell(loginid, contract_id, view["bid_price"]))["sell"]
    assert sold["sold_for"] == view["bid_price"]
    assert money(sold["balance_after"]) == Decimal("90") + money(view["bid_price"])
    assert sold["reference_id"] == view["transaction_ids"]["buy"]
    after = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"]
    assert after["status"] == "sold" and after["is_valid_to_sell"] == 0
    assert after["transaction_ids"]["sell"] == sold["transaction_id"]
    assert after["sell_time"] == WEDNESDAY + 30
    with pytest.raises(InvalidSellContractProposal):
        market.sell(loginid, contract_id)
    clock.now += 600  # a sold contract does not settle again
    assert market.balance(loginid)["balance"]["balance"] == sold["balance_after"]


def test_tick_contracts_cannot_be_sold(market: Market, clock: Clock) -> None:
    loginid = market.open_account()
    contract_id = _buy(market, loginid)
    clock.now += 4
    view = market.proposal_open_contract(loginid, contract_id)["proposal_open_contract"]
    assert view["is_valid_to_sell"] == 0 and "validation_error" in view
    with pytest.raises(InvalidSellContractProposal):
        market.sell(loginid, contract_id)
    assert market.proposal_open_contract(loginid, 12345) == {"proposal_open_contract": {}}
    assert market.open_contract_ids(loginid) == [contract_id]


# --------------------------------------------------------------------------------------
# The user's scenario, and the books reconciling
# --------------------------------------------------------------------------------------


def test_scenario_buy_follow_to_expiry_and_reconcile(market: Market, clock: Clock) -> None:
    """Authorize with a seeded balance, buy two contracts, follow them, sell one, let the
    other expire: balance, statement, profit table and the streams all agree."""
    loginid = market.open_account(balance=0)
    market.seed_balance(loginid, "1000.00")
    events = market.subscribe(loginid)
    assert market.authorize(loginid)["authorize"]["balance"] == 1000.0

    two_minutes = rise_fall(amount="25.00", duration=2, duration_unit="m")
    first = market.proposal(two_minutes, loginid=loginid)
    bought = market.buy(loginid, first["proposal"]["id"], "25.00")["buy"]
    clock.now += 1
    second = market.proposal(rise_fall("PUT", amount=40, basis="payout"), loginid=loginid)
    other = market.buy(loginid, second["proposal"]["id"], second["proposal"]["ask_price"])["buy"]

    views = []
    for _ in range(30):  # follow the first contract every 5 seconds until it expires
        clock.now += 5
        view = valid(
            "proposal_open_contract",
            market.proposal_open_contract(loginid, bought["contract_id"]),
        )["proposal_open_contract"]
        views.append(view)
        if view["status"] != "open":
            break
        assert view["is_valid_to_sell"] == 1
        assert view["current_spot_time"] == int(clock.now) - int(clock.now) % 2
        assert view["entry_tick_time"] == WEDNESDAY + 2
    final = views[-1]
    assert final["status"] in ("won", "lost") and final["sell_time"] == WEDNESDAY + 120
    assert len(views) == 24
    second_view = market.proposal_open_contract(loginid, other["contract_id"])
    assert second_view["proposal_open_contract"]["status"] in ("won", "lost")

    balance = Decimal(str(market.balance(loginid)["balance"]["balance"]))
    statement = valid("statement", market.statement(loginid, description=1))["statement"]
    rows = list(reversed(statement["transactions"]))
    assert [row["action_type"] for row in rows] == ["deposit", "buy", "buy", "sell", "sell"]
    running = Decimal(0)
    for row in rows:
        running += money(row["amount"])
        assert money(row["balance_after"]) == running
    assert running == balance
    ids = [row["transaction_id"] for row in rows]
    assert ids == sorted(ids) and len(set(ids)) == 5
    sells = {row["contract_id"]: row for row in rows if row["action_type"] == "sell"}
    assert sells[bought["contract_id"]]["reference_id"] == bought["transaction_id"]

    table = valid("profit_table", market.profit_table(loginid, description=1))["profit_table"]
    assert table["count"] == 2
    for row in table["transactions"]:
        sell = sells[row["contract_id"]]
        assert row["sell_price"] == sell["amount"] and row["sell_time"] == sell["transaction_time"]
        assert row["buy_price"] in (25.0, other["buy_price"])
    profit = sum(money(r["sell_price"]) - money(r["buy_price"]) for r in table["transactions"])
    assert Decimal("1000.00") + profit == balance

    received = events.drain()
    transactions = [e.body for e in received if e.kind == "transaction"]
    balances = [e.body["balance"] for e in received if e.kind == "balance"]
    assert [t["transaction_id"] for t in transactions] == ids[1:]
    assert balances == [row["balance_after"] for row in rows[1:]]
    for body in transactions:
        valid("transaction", {"transaction": body})
    assert market.transactions(loginid)[1:] == transactions


def test_statement_and_profit_table_filters(market: Market, clock: Clock) -> None:
    loginid = market.open_account(balance=1000)
    for index in range(6):
        _buy(market, loginid, contract_type="CALL" if index % 2 else "PUT")
        clock.now += 100
    market.now()  # settles the last one
    statement = market.statement
    assert statement(loginid)["statement"]["count"] == 13
    assert statement(loginid, action_type="buy")["statement"]["count"] == 6
    page = statement(loginid, limit=4, offset=2)["statement"]["transactions"]
    everything = statement(loginid)["statement"]["transactions"]
    assert page == everything[2:6]
    window = statement(loginid, date_from=WEDNESDAY + 100, date_to=WEDNESDAY + 199)
    assert {r["transaction_time"] for r in window["statement"]["transactions"]} == {
        WEDNESDAY + 100,
        WEDNESDAY + 112,
    }
    assert "longcode" not in everything[0]
    with pytest.raises(InputValidationFailed):
        statement(loginid, limit=1000)
    table = market.profit_table
    assert table(loginid)["profit_table"]["count"] == 6
    calls = table(loginid, contract_types=["CALL"], sort="ASC")["profit_table"]["transactions"]
    assert len(calls) == 3
    assert [r["sell_time"] for r in calls] == sorted(r["sell_time"] for r in calls)
    assert table(loginid, limit=2, offset=5)["profit_table"]["count"] == 1
    assert (
        table(loginid, date_from="2025-12-03", date_to="2025-12-03")["profit_table"]["count"] == 6
    )
    assert table(loginid, date_from="2025-12-04")["profit_table"]["count"] == 0
    assert table(loginid, date_to=str(WEDNESDAY + 12))["profit_table"]["count"] == 1
    with pytest.raises(InputValidationFailed):
        table(loginid, date_from="2025-13-40")
    with pytest.raises(InputValidationFailed):
        table(loginid, sort="UP")


# --------------------------------------------------------------------------------------
# Events and threads
# --------------------------------------------------------------------------------------


def test_event_queues_are_bounded_and_listeners_can_call_back(market: Market) -> None:
    loginid = market.open_account(balance=10)
    small = market.subscribe(loginid, maxlen=2)
    seen: list[float] = []

    def listener(event: MarketEvent) -> None:
        assert "id" not in event.body  # what `broken` added to its own copy
        if event.kind == "balance":
            # A listener may call the market: events are delivered outside its lock.
            seen.append(market.balance(loginid)["balance"]["balance"])

    def broken(event: MarketEvent) -> None:
        event.body["id"] = "mine"  # must not show in what the other listeners get
        raise RuntimeError("listener bug")

    remove_broken = market.add_listener(broken)
    remove = market.add_listener(listener)
    for _ in range(3):
        market.deposit(loginid, 1)
    remove()
    remove_broken()
    market.deposit(loginid, 1)
    assert seen == [11.0, 12.0, 13.0]
    assert len(market.listener_errors) == 6  # the broken listener stopped nobody
    assert [e.body["balance"] for e in small.drain()] == [14.0, 14.0]
    assert small.dropped == 6
    small.close()
    market.deposit(loginid, 1)
    assert small.drain() == [] and small.get(timeout=0) is None
    with pytest.raises(ValueError, match="maxlen"):
        market.subscribe(maxlen=0)


def test_concurrent_buyers_keep_the_books_exact(market: Market) -> None:
    loginid = market.open_account(balance="500.00")
    events = market.subscribe(loginid)
    proposal = market.proposal(rise_fall(amount="1.37"), loginid=loginid)["proposal"]
    errors: list[BaseException] = []

    def buyer() -> None:
        for _ in range(20):
            try:
                market.buy(loginid, proposal["id"], "1.37")
            except BaseException as exc:  # pragma: no cover - the failure is reported below
                errors.append(exc)

    threads = [threading.Thread(target=buyer) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert money(market.balance(loginid)["balance"]["balance"]) == Decimal("500") - 160 * Decimal(
        "1.37"
    )
    received = [e.body for e in events.drain() if e.kind == "transaction"]
    assert len(received) == 160
    ids = [body["transaction_id"] for body in received]
    assert ids == sorted(ids)  # delivered in the order they were booked
    balances = [money(body["balance"]) for body in received]
    assert balances == sorted(balances, reverse=True)


def test_no_placeholder_values_in_replies(market: Market, clock: Clock) -> None:
    loginid = market.open_account(balance=100)
    contract_id = _buy(market, loginid, duration=1, duration_unit="m")
    clock.now += 10
    replies: list[Any] = [
        market.active_symbols("full"),
        market.proposal(rise_fall()),
        market.proposal_open_contract(loginid, contract_id),
        market.portfolio(loginid),
        market.statement(loginid, description=1),
        market.authorize(loginid),
        market.ohlc("R_100", 60),
    ]

    def strings(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for value in node.values():
                yield from strings(value)
        elif isinstance(node, list):
            for value in node:
                yield from strings(value)
        elif isinstance(node, str):
            yield node

    for reply in replies:
        for text in strings(reply):
            assert "example" not in text.lower(), text
    ohlc = market.ohlc("R_100", 60, stream_id="o")["ohlc"]
    assert float(ohlc["low"]) <= float(ohlc["open"]) <= float(ohlc["high"])
    assert ohlc["close"] == f"{market.tick('R_100')['tick']['quote']:.2f}"
    assert ohlc["open_time"] % 60 == 0 and ohlc["id"] == "o"
