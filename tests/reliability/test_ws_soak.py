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
  ClientError (and are opened again by their reader);
- the login survives: every new connection is authorized again, whatever fault hits that;
- nothing else escapes, and every thread finishes.

Anything else counts as lost or duplicated, and both must be 0. The counts are printed in
the run's summary ("soak test" section, beside the REST soak test's) and written as JSON to
$SOAK_REPORT when it is set.
"""

from __future__ import annotations

import contextlib
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
TOKEN = "soak-token-all-1"
PARAMETERS = {
    "contract_type": "CALL",
    "currency": "USD",
    "symbol": "R_50",
    "amount": 1,
    "duration": 5,
    "duration_unit": "m",
}

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

    def count(self, key: str, amount: int = 1) -> None:
        with self.lock:
            self.streams[key] += amount


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
    """Reads a tick stream until stopped; opens it again when it ends with an error."""
    symbol = ("1HZ10V", "1HZ100V")[number % 2]  # one tick a second each
    while not stop.is_set():
        try:
            if not client.authorized:
                ledger.count("logins lost")
                client.authorize(TOKEN)
            with client.subscribe_ticks(symbol) as ticks:
                ticks.on_gap = lambda gap: ledger.count("gaps")
                while not stop.is_set():
                    message = ticks.get(timeout=3.0)
                    if message is None:
                        ledger.count("streams ended without error")
                        return
                    assert isinstance(message, models.TicksResponse) and message.tick
                    assert message.tick.symbol == symbol
                    ledger.count("messages")
        except ClientError as error:
            ledger.count(f"streams ended: {type(error).__name__}")
        except BaseException as error:
            ledger.count(f"escaped: {type(error).__name__}")
            return


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
    with BinaryComSimulator(
        tokens={TOKEN: ALL_SCOPES}, balance=Decimal("1000000000"), stream_interval=0.02
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

    report = {
        "client": "binary-com (WebSocket)",
        "seed": SEED,
        "threads": THREADS,
        "stream_readers": STREAM_READERS,
        "operations": len(ledger.outcomes),
        "outcomes": dict(sorted(kinds.items())),
        "streams": dict(sorted(ledger.streams.items())),
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
    # Ticks come at the market's pace (one a second per reader) and after each reopening, so
    # the few seconds of the soak give tens of them; a handful is the floor on a slow machine.
    assert ledger.streams["messages"] > 6 and ledger.streams["gaps"] > 0


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
