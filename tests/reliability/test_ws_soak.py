"""A bounded soak test of the Binary.com client on loopback: 8 threads share one client (one
WebSocket connection) and run a few thousand calls against the simulator while it
injects random faults from a fixed seed (dropped connections, answers delayed a little or
past the client's timeout, error answers, rate limits), and 2 more threads read tick streams
all along.

Each logical operation carries a unique marker in its `passthrough`, which the server echoes.
Attempts are counted on the client (every request it sends) and on the server (every request
the simulator receives), and the server's contracts are checked at the end:

- an unsafe operation (`buy`, `sell`) is sent once and reaches the server at most once; it
  either succeeds, and then the server carried it out (the contract exists, or is sold), or
  raises a ClientError;
- a safe one (`ticks_history`, `balance`, `proposal`, `time`) may be sent again: it reaches
  the server at most as often as the client sent it, and either succeeds with its own answer
  (its marker echoed back, the right shape) or raises a ClientError;
- streams keep yielding across dropped connections (a gap each time), or end with a
  ClientError (and are opened again by their reader); the ticks they yield are held to the
  market's own clock (which runs MARKET_SPEED times the wall clock): every tick from the
  first read to the stop arrives once and in order, but those of the short breaks;
- the login survives: every new connection is authorized again, whatever fault hits that;
- nothing else escapes, and every thread finishes.

Anything else counts as lost or duplicated, and both must be 0. The counts are printed in
the run's summary ("soak test" section, beside the REST soak test's) and written as JSON to
$SOAK_REPORT when it is set.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from binary_com_api import Backoff, BinaryComClient, ClientError, models, unstructure
from binary_com_api.testing import (
    ALL_SCOPES,
    BinaryComSimulator,
    Delay,
    DropConnection,
    ErrorAnswer,
    RandomFaults,
    RateLimit,
)

from tests.reliability.conftest import SOAK_REPORTS

SEED = 20240611
THREADS = 8
OPERATIONS_PER_THREAD = 400  # 3200 operations in all, unless the time limit comes first
STREAM_READERS = 2
TIME_LIMIT = 12.0  # seconds after which no thread starts a new operation
FAULT_RATE = 0.04
TIMEOUT = 0.5  # each call's timeout
TOO_SLOW = 2 * TIMEOUT  # an answer later than the timeout: the request is still carried out
RETRIES = 2
# The market's clock runs this many times faster than the wall clock, so the one-second
# symbols tick several times a wall second and the readers see tens of ticks each.
MARKET_SPEED = 5
# The most market seconds of ticks a break may skip: a stream that ends with an error is opened
# again after at most (RETRIES + 1) timeouts and the client's backoff, well inside this.
MAX_BREAK = MARKET_SPEED * 3
# How far behind the market's clock the last tick read may be at the stop: one wall second.
MAX_LAG = MARKET_SPEED
TOKEN = "soak-token-all-1"
PARAMETERS = {
    "contract_type": "CALL",
    "currency": "USD",
    "symbol": "R_50",
    "amount": 1,
    "duration": 5,
    "duration_unit": "m",
}

READ_SYMBOLS = ("1HZ10V", "1HZ100V")  # one tick a second each, by the market's clock
BUY, SELL = "buy", "sell"
SAFE = ("ticks_history", "balance", "proposal", "time")
UNSAFE = frozenset({BUY, SELL})


@dataclass
class Outcome:
    operation: str
    marker: str
    ok: bool
    error: BaseException | None = None
    result: Any = None


@dataclass
class Ledger:
    """What the client sent, per marker, and how each operation ended."""

    sent: Counter[str] = field(default_factory=Counter)
    outcomes: list[Outcome] = field(default_factory=list)
    streams: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, outcome: Outcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)

    # Per symbol, the tick epochs read, one list per stretch without a gap.
    stretches: dict[str, list[list[int]]] = field(default_factory=dict)

    def count(self, key: str, amount: int = 1) -> None:
        with self.lock:
            self.streams[key] += amount

    def stretch(self, symbol: str) -> None:
        """A new stretch of `symbol`'s ticks (a stream opened, or a gap reported)."""
        with self.lock:
            self.stretches.setdefault(symbol, []).append([])

    def gap(self, symbol: str) -> None:
        self.count("gaps")
        self.stretch(symbol)

    def read(self, symbol: str, epoch: int) -> None:
        with self.lock:
            self.stretches[symbol][-1].append(epoch)
            self.streams["messages"] += 1


def _marker(message: Any) -> str | None:
    passthrough = message.get("passthrough") if isinstance(message, dict) else None
    marker = passthrough.get("op") if isinstance(passthrough, dict) else None
    return marker if isinstance(marker, str) else None


def count_sent(client: BinaryComClient, ledger: Ledger) -> None:
    """Wraps the transport's `start`: every request the client really sends."""
    transport = client._session.transport()
    start = transport.start

    def counted(message: Any, label: str, **options: Any) -> Any:
        marker = _marker(message)
        if marker is not None:
            with ledger.lock:
                ledger.sent[marker] += 1
        return start(message, label, **options)

    transport.start = counted  # type: ignore[method-assign]


def _echoed(result: Any) -> str | None:
    return _marker(unstructure(result))


def worker(number: int, client: BinaryComClient, ledger: Ledger, deadline: float) -> None:
    rng = random.Random(SEED + number)
    bought: list[int] = []  # contracts this thread bought and has not sold
    for index in range(OPERATIONS_PER_THREAD):
        if time.monotonic() > deadline:
            return
        marker = f"w{number}n{index}"
        tag = {"op": marker}
        choice = rng.random()
        if choice < 0.3:
            operation = BUY
        elif choice < 0.45 and bought:
            operation = SELL
        else:
            operation = rng.choice(SAFE)
        try:
            if not client.authorized:  # must not happen: counted, and the test fails
                ledger.count("logins lost")
                client.authorize(TOKEN)
            if operation == BUY:
                result: Any = client.buy(
                    "1",
                    price=100,
                    parameters=PARAMETERS,  # type: ignore[arg-type]
                    passthrough=tag,
                )
                assert result.buy is not None
                bought.append(result.buy.contract_id)
            elif operation == SELL:
                contract = bought.pop(rng.randrange(len(bought)))
                result = client.sell(contract, price=0, passthrough=tag)
                assert result.sell is not None and result.sell.contract_id == contract
            elif operation == "ticks_history":
                count = 1 + index % 7
                result = client.ticks_history("R_50", end="latest", count=count, passthrough=tag)
                assert result.history is not None and len(result.history.prices or []) == count
            elif operation == "balance":
                result = client.balance(passthrough=tag)
                assert result.balance is not None
            elif operation == "proposal":
                result = client.proposal(
                    contract_type="CALL",
                    currency="USD",
                    symbol="R_50",
                    amount=1 + index % 5,
                    basis="stake",
                    duration=5,
                    duration_unit="m",
                    passthrough=tag,
                )
                assert result.proposal is not None
            else:
                result = client.time(passthrough=tag)
                assert result.time > 0
        except ClientError as error:
            ledger.record(Outcome(operation, marker, False, error))
        except BaseException as error:  # counted as escaped: must not happen
            ledger.record(Outcome(operation, marker, False, error))
        else:
            ledger.record(Outcome(operation, marker, True, result=result))


def reader(number: int, client: BinaryComClient, ledger: Ledger, stop: threading.Event) -> None:
    """Reads a tick stream until stopped; opens it again when it ends with an error. The
    epochs it reads are kept per stretch: a stretch ends at a gap or with the stream."""
    symbol = READ_SYMBOLS[number % 2]
    while not stop.is_set():
        try:
            if not client.authorized:
                ledger.count("logins lost")
                client.authorize(TOKEN)
            with client.subscribe_ticks(symbol) as ticks:
                ledger.stretch(symbol)
                # Called in this thread right before the first message after a gap.
                ticks.on_gap = lambda gap: ledger.gap(symbol)
                while not stop.is_set():
                    message = ticks.get(timeout=3.0)
                    if message is None:
                        ledger.count("streams ended without error")
                        return
                    assert isinstance(message, models.TicksResponse) and message.tick
                    assert message.tick.symbol == symbol and message.tick.epoch is not None
                    ledger.read(symbol, int(message.tick.epoch))
        except ClientError as error:
            ledger.count(f"streams ended: {type(error).__name__}")
        except BaseException as error:
            ledger.count(f"escaped: {type(error).__name__}")
            return


@dataclass
class TickCheck:
    problems: list[str]
    breaks: int
    summary: dict[str, Any]


def tick_problems(ledger: Ledger, stopped_at: int) -> TickCheck:
    """Holds what the readers read against the market's own clock (not the wall clock, so a
    slow machine changes the counts, not the verdict). The symbols tick once a market second:

    - within a stretch the epochs follow each other one second apart (none skipped, none
      repeated), and no epoch is read twice across stretches;
    - a break between stretches (a gap, or the stream opened again) skips at most
      MAX_BREAK seconds of ticks;
    - the last tick read is at most one second before the market's clock at the stop, so
      the count is exactly the market seconds from the first tick to the stop, less the
      seconds skipped in the breaks.
    """
    problems: list[str] = []
    breaks = 0
    summary: dict[str, Any] = {}
    for symbol in READ_SYMBOLS:
        stretches = [stretch for stretch in ledger.stretches.get(symbol, []) if stretch]
        epochs = [epoch for stretch in stretches for epoch in stretch]
        if not epochs:
            problems.append(f"{symbol}: no tick read")
            continue
        for stretch in stretches:
            if stretch != list(range(stretch[0], stretch[0] + len(stretch))):
                problems.append(f"{symbol}: a stretch skips or repeats a tick: {stretch}")
        # A stream opened again starts with the market's current tick, which the reader may
        # have read just before the break: that one may come again, nothing older.
        skipped = [
            max(0, later[0] - earlier[-1] - 1) for earlier, later in itertools.pairwise(stretches)
        ]
        breaks += len(skipped)
        for earlier, later in itertools.pairwise(stretches):
            if later[0] < earlier[-1]:
                problems.append(f"{symbol}: after a break {later[0]} came after {earlier[-1]}")
        if any(seconds > MAX_BREAK for seconds in skipped):
            problems.append(f"{symbol}: a break skipped {max(skipped)} s of ticks")
        # By the market's clock: the ticks from the first read up to the stop.
        produced = stopped_at - epochs[0] + 1
        distinct = len(set(epochs))
        if epochs[-1] < stopped_at - MAX_LAG:
            problems.append(f"{symbol}: the last tick read is {epochs[-1]}, the stop {stopped_at}")
        if distinct < produced - sum(skipped) - MAX_LAG:
            problems.append(f"{symbol}: read {distinct} of {produced} ticks")
        summary[symbol] = {"read": distinct, "produced": produced, "skipped": sum(skipped)}
    return TickCheck(problems, breaks, summary)


def server_counts(sim: BinaryComSimulator) -> Counter[str]:
    counts: Counter[str] = Counter()
    for request in sim.received:
        marker = _marker(request)
        if marker is not None:
            counts[marker] += 1
    return counts


def test_ws_soak_nothing_lost_nothing_duplicated() -> None:
    faults = RandomFaults(
        [
            DropConnection(),
            DropConnection(),
            Delay(0.02),
            Delay(TOO_SLOW),
            ErrorAnswer("InternalServerError", "Sorry, an error occurred."),
            RateLimit(),
            RateLimit(),
        ],
        rate=FAULT_RATE,
        seed=SEED,
    )
    ledger = Ledger()
    stop = threading.Event()
    started = time.monotonic()
    epoch = time.time()
    with BinaryComSimulator(
        tokens={TOKEN: ALL_SCOPES},
        balance=Decimal("1000000000"),
        stream_interval=0.02,
        clock=lambda: epoch + (time.time() - epoch) * MARKET_SPEED,
    ) as sim:
        client = BinaryComClient(
            1089,
            endpoint=sim.url,
            timeout=TIMEOUT,
            retries=RETRIES,
            backoff=Backoff(0.01, 0.1),
            keepalive=None,
        )
        client.authorize(TOKEN)
        count_sent(client, ledger)
        sim.inject(faults)
        deadline = time.monotonic() + TIME_LIMIT
        threads = [
            threading.Thread(target=worker, args=(n, client, ledger, deadline))
            for n in range(THREADS)
        ]
        readers = [
            threading.Thread(target=reader, args=(n, client, ledger, stop))
            for n in range(STREAM_READERS)
        ]
        for thread in threads + readers:
            thread.start()
        for thread in threads:
            thread.join(timeout=TIME_LIMIT + (RETRIES + 1) * TIMEOUT + 10)
        stopped_at = sim.now()  # the market's clock when the readers were told to stop
        stop.set()
        for thread in readers:
            thread.join(timeout=10)
        hung = sum(thread.is_alive() for thread in threads + readers)
        sim.clear_faults()
        time.sleep(TOO_SLOW + 0.2)  # late answers still carry their requests out
        server = server_counts(sim)
        account = sim.account(TOKEN)
        contracts = dict(account.contracts)
        fault_counts = sim.fault_counts
        connections = sim.connections
        total_requests = len(sim.received)
        client.close()
    elapsed = time.monotonic() - started

    lost: list[str] = []
    duplicated: list[str] = []
    escaped: list[str] = []
    kinds: Counter[str] = Counter()
    for outcome in ledger.outcomes:
        sent, arrived = ledger.sent[outcome.marker], server[outcome.marker]
        where = f"{outcome.operation} {outcome.marker}: sent {sent}, received {arrived}"
        if outcome.error is not None and not isinstance(outcome.error, ClientError):
            escaped.append(f"{where}: {outcome.error!r}")
            continue
        if outcome.ok and _echoed(outcome.result) != outcome.marker:
            lost.append(f"{where}: answered with another request's answer")
        if outcome.operation in UNSAFE:
            if sent > 1 or arrived > 1:
                duplicated.append(where)
            if outcome.ok:
                if arrived != 1:
                    lost.append(f"{where}: succeeded, but the server did not receive it once")
                if outcome.operation == BUY and outcome.result.buy.contract_id not in contracts:
                    lost.append(f"{where}: bought, but the server has no such contract")
                if outcome.operation == SELL:
                    contract = contracts.get(outcome.result.sell.contract_id)
                    if contract is None or not contract.is_sold:
                        lost.append(f"{where}: sold, but the server's contract is not")
            elif arrived == 1:
                kinds["unsafe raised after reaching the server"] += 1
            kinds[f"{outcome.operation} {'ok' if outcome.ok else 'raised'}"] += 1
        else:
            if arrived > sent:
                duplicated.append(f"{where}: received more often than sent")
            if outcome.ok and arrived < 1:
                lost.append(f"{where}: answered, but the server never received it")
            if sent > 1:
                kinds["safe sent again"] += 1
            kinds[f"safe {'ok' if outcome.ok else 'raised'}"] += 1
        if not outcome.ok:
            kinds[f"raised {type(outcome.error).__name__}"] += 1
    buy_markers = {outcome.marker for outcome in ledger.outcomes if outcome.operation == BUY}
    buys_received = sum(count for marker, count in server.items() if marker in buy_markers)
    if len(contracts) > buys_received:
        duplicated.append(f"{len(contracts)} contracts from {buys_received} buy requests")
    stream_escaped = sum(n for key, n in ledger.streams.items() if key.startswith("escaped"))
    ticks = tick_problems(ledger, stopped_at)

    report = {
        "client": "binary-com (WebSocket)",
        "seed": SEED,
        "threads": THREADS,
        "stream_readers": STREAM_READERS,
        "operations": len(ledger.outcomes),
        "outcomes": dict(sorted(kinds.items())),
        "streams": dict(sorted(ledger.streams.items())),
        "ticks": ticks.summary,
        "faults": dict(sorted(fault_counts.items())),
        "faults_total": sum(fault_counts.values()),
        "connections": connections,
        "client_sent": sum(ledger.sent.values()),
        "server_requests": total_requests,
        "contracts": len(contracts),
        "lost": len(lost) + hung,
        "duplicated": len(duplicated),
        "escaped": len(escaped) + stream_escaped,
        "hung_threads": hung,
        "seconds": round(elapsed, 2),
    }
    SOAK_REPORTS.append(report)
    print(report)

    assert hung == 0, "a thread did not finish"
    assert escaped == [] and stream_escaped == 0, escaped[:5]
    assert lost == [], lost[:5]
    assert duplicated == [], duplicated[:5]
    # Faults on the repeated authorize of a new connection never end the login.
    assert ledger.streams["logins lost"] == 0
    # The run did what it claims: many operations, every kind of fault, every outcome.
    assert len(ledger.outcomes) >= 1000
    assert set(fault_counts) == {"DropConnection", "Delay", "ErrorAnswer", "RateLimit"}
    assert fault_counts["DropConnection"] >= 10 and connections >= 10  # reconnected each time
    assert kinds["buy ok"] > 0 and kinds["sell ok"] > 0 and kinds["safe ok"] > 0
    assert kinds["buy raised"] > 0 and kinds["safe sent again"] > 0
    assert kinds["unsafe raised after reaching the server"] > 0
    # Every tick the market's clock produced while a stream was open arrived once, in order,
    # up to the stop; only the seconds of a break (a gap or a reopening) may be missing.
    assert ticks.problems == [], ticks.problems[:5]
    assert ledger.streams["gaps"] > 0 and ticks.breaks > 0


def _ledger(stretches: list[list[int]]) -> Ledger:
    ledger = Ledger()
    ledger.stretches = {symbol: [list(part) for part in stretches] for symbol in READ_SYMBOLS}
    return ledger


def test_the_tick_check_holds_reads_to_the_markets_clock() -> None:
    fine = [[100, 101, 102], [102, 103], [105, 106, 107, 108, 109, 110]]
    assert tick_problems(_ledger(fine), stopped_at=110).problems == []
    assert tick_problems(_ledger(fine), stopped_at=110).breaks == 2 * len(READ_SYMBOLS)
    for bad, stopped_at in (
        ([[100, 101, 103, 104]], 104),  # a tick skipped inside a stretch
        ([[100, 101, 101, 102]], 102),  # a tick repeated inside a stretch
        ([[100, 101, 102], [101, 102, 103]], 103),  # an older tick after a break
        ([[100, 101], [101 + MAX_BREAK + 2, 101 + MAX_BREAK + 3]], 101 + MAX_BREAK + 3),
        ([[100, 101, 102]], 102 + MAX_LAG + 1),  # the reader fell behind the market
        ([], 10),  # nothing read
    ):
        assert tick_problems(_ledger(bad), stopped_at).problems != [], bad


def test_random_faults_repeat_with_their_seed() -> None:
    choices = [DropConnection(), Delay(0.01), RateLimit(), ErrorAnswer("X", "y", only="buy")]

    def sequence(seed: int) -> list[str]:
        faults = RandomFaults(choices, rate=0.5, seed=seed)
        drawn = [faults.draw("buy" if n % 2 else "time") for n in range(200)]
        return [type(fault).__name__ if fault else "-" for fault in drawn]

    assert sequence(SEED) == sequence(SEED)
    assert sequence(SEED) != sequence(SEED + 1)
    assert 50 < sum(name != "-" for name in sequence(SEED)) < 150
    assert set(sequence(SEED)) == {"-", "DropConnection", "Delay", "RateLimit", "ErrorAnswer"}
    assert "ErrorAnswer" not in sequence(SEED)[::2]  # only="buy" is honoured


def test_the_simulator_counts_the_faults_it_serves() -> None:
    with BinaryComSimulator() as sim, BinaryComClient(1089, endpoint=sim.url, retries=0) as client:
        sim.inject(RandomFaults([RateLimit()], rate=1.0, only="time"))
        for _ in range(3):
            with contextlib.suppress(ClientError):
                client.time()
        sim.clear_faults()
        assert client.time().time > 0
        sim.refuse_connections(2)
        sim.drop_connections()
        deadline = time.monotonic() + 3
        while client.connected:  # the client sees the drop
            assert time.monotonic() < deadline
            time.sleep(0.01)
        for _ in range(2):
            with contextlib.suppress(ClientError):
                client.ping()
        assert client.ping().ping == "pong"
        assert sim.fault_counts == {"RateLimit": 3, "RefusedConnection": 2}
