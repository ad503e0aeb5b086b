"""A bounded soak test on loopback: 8 threads share one Okcoin client and run a few thousand
order operations against the simulator while it injects random faults (429s, 5xx, dropped
connections, replies lost after the order was carried out, slow replies, replies slower than
the client's timeout) from a fixed seed.

Each logical operation carries a unique marker: the client_oid of the order it places, gets
or cancels (each order is got at most once and cancelled at most once). Attempts are counted
on the client (every request the transport sends) and on the server (every request the
simulator receives), and the server's orders are checked at the end:

- an unsafe operation (placing, cancelling) is sent once and reaches the server at most once;
  it either succeeds, and then the server carried it out, or raises a ClientError;
- a safe one (getting an order) may be retried: it reaches the server at most as often as the
  client sent it, and it either succeeds with the right order or raises a ClientError after
  spending its retries or the client's retry budget;
- nothing else escapes, and every thread finishes.

Anything else counts as lost or duplicated, and both must be 0. The counts are printed in
the run's summary ("soak test" section) and written as JSON to $SOAK_REPORT when it is set.
"""

from __future__ import annotations

import contextlib
import json
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from okcoin_v3_api import ClientError, OkcoinClient, RetryBudget
from okcoin_v3_api.testing import (
    DropConnection,
    LostReply,
    OkcoinSimulator,
    RandomFaults,
    RateLimited,
    ServerError,
    SlowReply,
)

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET
from tests.reliability.conftest import SOAK_REPORTS

SEED = 20240607
THREADS = 8
OPERATIONS_PER_THREAD = 300  # 2400 operations in all, unless the time limit comes first
TIME_LIMIT = 15.0  # seconds after which no thread starts a new operation
FAULT_RATE = 0.15
TIMEOUT = 0.3  # the client's connect and read timeout
TOO_SLOW = 2 * TIMEOUT  # a reply slower than the timeout: the order is still carried out
RETRIES = 4

PLACE, GET, CANCEL = "spot_place_order", "spot_get_order", "spot_cancel_order"
UNSAFE = frozenset({PLACE, CANCEL})


class WatchedBudget(RetryBudget):
    """The client's retry budget, noting in each thread whether it refused a retry."""

    def __init__(self) -> None:
        super().__init__()
        self.local = threading.local()

    def try_retry(self) -> bool:
        allowed = super().try_retry()
        if not allowed:
            self.local.refused = True
        return allowed


@dataclass
class Outcome:
    operation: str
    marker: str
    ok: bool
    error: BaseException | None = None
    budget_refused: bool = False
    result: Any = None


@dataclass
class Ledger:
    """What the client sent, per (operation, marker), and how each operation ended."""

    attempts: Counter[tuple[str, str]] = field(default_factory=Counter)
    outcomes: list[Outcome] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def attempt(self, key: tuple[str, str]) -> None:
        with self.lock:
            self.attempts[key] += 1

    def record(self, outcome: Outcome) -> None:
        with self.lock:
            self.outcomes.append(outcome)


def _marker(operation: str, path: str, body: bytes | None) -> str:
    if operation == PLACE:
        return str(json.loads(body or b"{}").get("client_oid", ""))
    return path.rsplit("/", 1)[-1].split("?", 1)[0]


def count_attempts(client: OkcoinClient, ledger: Ledger) -> None:
    """Wraps the transport's single attempt: every request the client really sends."""
    transport = client._transport
    send_once = transport._attempt
    operation_ids = {route.name: key for key, route in transport._routes_loader().items()}

    def counted(route: Any, request: Any, timeout: Any) -> Any:
        operation = operation_ids[route.name]
        ledger.attempt((operation, _marker(operation, request.path_with_query, request.body)))
        return send_once(route, request, timeout)

    transport._attempt = counted  # type: ignore[method-assign]


def worker(
    number: int, client: OkcoinClient, budget: WatchedBudget, ledger: Ledger, deadline: float
) -> None:
    rng = random.Random(SEED + number)
    placed: list[str] = []  # orders this thread placed, not yet got
    got: list[str] = []  # got, not yet cancelled
    for index in range(OPERATIONS_PER_THREAD):
        if time.monotonic() > deadline:
            return
        choice = rng.random()
        if not placed or choice < 0.45:
            operation, marker = PLACE, f"w{number}n{index}"
        elif not got or choice < 0.8:
            operation, marker = GET, placed.pop(rng.randrange(len(placed)))
        else:
            operation, marker = CANCEL, got.pop(rng.randrange(len(got)))
        budget.local.refused = False
        try:
            if operation == PLACE:
                result = client.spot.place_order(
                    instrument_id="BTC-USD",
                    side="buy",
                    type="limit",
                    price=Decimal("1.5"),
                    size=Decimal("0.01"),
                    client_oid=marker,
                )
                placed.append(marker)
            elif operation == GET:
                result = client.spot.get_order(
                    order_id_or_client_oid=marker, instrument_id="BTC-USD"
                )
                got.append(marker)
            else:
                result = client.spot.cancel_order(
                    order_id_or_client_oid=marker, instrument_id="BTC-USD"
                )
        except ClientError as error:
            ledger.record(Outcome(operation, marker, False, error, budget.local.refused))
        except BaseException as error:  # counted as escaped: must not happen
            ledger.record(Outcome(operation, marker, False, error, budget.local.refused))
        else:
            ledger.record(Outcome(operation, marker, True, result=result))


def received(sim: OkcoinSimulator) -> Counter[tuple[str, str]]:
    counts: Counter[tuple[str, str]] = Counter()
    for request in sim.requests:
        if request.operation_id in (PLACE, GET, CANCEL):
            body = request.body.encode()
            counts[(request.operation_id, _marker(request.operation_id, request.path, body))] += 1
    return counts


def test_soak_nothing_lost_nothing_duplicated() -> None:
    faults = RandomFaults(
        [
            RateLimited(retry_after=0.002),
            ServerError(status=500),
            ServerError(status=503),
            DropConnection(),
            LostReply(),
            SlowReply(delay=0.02),
            SlowReply(delay=TOO_SLOW),
        ],
        rate=FAULT_RATE,
        seed=SEED,
    )
    budget = WatchedBudget()
    ledger = Ledger()
    started = time.monotonic()
    with OkcoinSimulator(
        api_key=KEY,
        secret_key=SECRET,
        passphrase=PASSPHRASE,
        balances={"USD": "1000000000", "BTC": "1000"},
    ) as sim:
        client = OkcoinClient(
            KEY,
            SECRET,
            PASSPHRASE,
            base_url=sim.base_url,
            timeout=TIMEOUT,
            retries=RETRIES,
            backoff=0.002,
            retry_budget=budget,
            pool_size=THREADS,
        )
        count_attempts(client, ledger)
        sim.inject(faults)
        deadline = time.monotonic() + TIME_LIMIT
        threads = [
            threading.Thread(target=worker, args=(n, client, budget, ledger, deadline))
            for n in range(THREADS)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=TIME_LIMIT + RETRIES * TIMEOUT * 3 + 10)
        hung = sum(thread.is_alive() for thread in threads)
        sim.clear_faults()
        time.sleep(TOO_SLOW + 0.2)  # replies still being delayed carry their orders out
        server = received(sim)
        orders = {}
        for outcome in ledger.outcomes:
            if outcome.operation == PLACE and outcome.ok:
                orders[outcome.marker] = sim.order(outcome.marker)
        fault_counts = sim.fault_counts
        total_requests = len(sim.requests)
        client.close()
    elapsed = time.monotonic() - started

    lost: list[str] = []
    duplicated: list[str] = []
    escaped: list[str] = []
    kinds: Counter[str] = Counter()
    for outcome in ledger.outcomes:
        key = (outcome.operation, outcome.marker)
        sent, arrived = ledger.attempts[key], server[key]
        where = f"{outcome.operation} {outcome.marker}: sent {sent}, received {arrived}"
        if outcome.error is not None and not isinstance(outcome.error, ClientError):
            escaped.append(f"{where}: {outcome.error!r}")
        if outcome.operation in UNSAFE:
            if sent > 1 or arrived > 1:
                duplicated.append(where)
            if outcome.ok and arrived != 1:
                lost.append(f"{where}: succeeded, but the server did not receive it once")
            kinds[f"{outcome.operation} {'ok' if outcome.ok else 'raised'}"] += 1
            if not outcome.ok and arrived == 1:
                kinds["unsafe raised after reaching the server"] += 1
        else:
            if arrived > sent:
                duplicated.append(f"{where}: received more often than sent")
            if outcome.ok:
                if arrived < 1 or outcome.result.client_oid != outcome.marker:
                    lost.append(f"{where}: answered {outcome.result!r}")
                kinds[f"{GET} ok"] += 1
            elif sent == RETRIES + 1 or outcome.budget_refused:
                kinds[f"{GET} gave up (retries or budget spent)"] += 1
            else:
                lost.append(f"{where}: raised {outcome.error!r} with retries left")
    for marker, order in orders.items():
        if order["client_oid"] != marker or str(order["instrument_id"]) != "BTC-USD":
            lost.append(f"order {marker} on the server is {order!r}")
    sent_total = sum(ledger.attempts.values())
    arrived_total = sum(server.values())
    if arrived_total > sent_total:
        duplicated.append(
            f"the server received {arrived_total} requests, the client sent {sent_total}"
        )

    report = {
        "seed": SEED,
        "threads": THREADS,
        "operations": len(ledger.outcomes),
        "outcomes": dict(sorted(kinds.items())),
        "faults": dict(sorted(fault_counts.items())),
        "faults_total": sum(fault_counts.values()),
        "client_attempts": sent_total,
        "server_requests": total_requests,
        "retries": budget.retries,
        "retries_refused_by_budget": budget.refused,
        "lost": len(lost) + hung,
        "duplicated": len(duplicated),
        "escaped": len(escaped),
        "hung_threads": hung,
        "seconds": round(elapsed, 2),
    }
    SOAK_REPORTS.append(report)
    print(report)

    assert hung == 0, "a thread did not finish"
    assert escaped == [], escaped[:5]
    assert lost == [], lost[:5]
    assert duplicated == [], duplicated[:5]
    # The run did what it claims: many operations, every kind of fault, every outcome.
    assert len(ledger.outcomes) >= 1000
    assert set(fault_counts) == {
        "RateLimited",
        "ServerError",
        "DropConnection",
        "LostReply",
        "SlowReply",
    }
    assert kinds["unsafe raised after reaching the server"] > 0
    assert kinds[f"{GET} ok"] > 0 and kinds[f"{PLACE} ok"] > 0 and kinds[f"{CANCEL} ok"] > 0
    assert budget.retries > 0
    assert budget.retries <= budget.floor + budget.ratio * budget.requests


def test_random_faults_repeat_with_their_seed() -> None:
    choices = [RateLimited(), ServerError(), DropConnection(), LostReply(), SlowReply()]

    def sequence(seed: int) -> list[str]:
        faults = RandomFaults(choices, rate=0.5, seed=seed)
        drawn = [faults.draw() for _ in range(200)]
        return [type(fault).__name__ if fault else "-" for fault in drawn]

    assert sequence(SEED) == sequence(SEED)
    assert sequence(SEED) != sequence(SEED + 1)
    assert 60 < sum(name != "-" for name in sequence(SEED)) < 140
    assert set(sequence(SEED)) == {"-"} | {type(choice).__name__ for choice in choices}


def test_the_simulator_counts_the_faults_it_serves() -> None:
    with OkcoinSimulator() as sim, OkcoinClient(base_url=sim.base_url, retries=0) as client:
        sim.inject(
            RandomFaults([ServerError(status=503)], rate=1.0, only="general_get_server_time")
        )
        for _ in range(3):
            with contextlib.suppress(ClientError):
                client.general.get_server_time()
        sim.clear_faults()
        sim.inject(LostReply(times=2))
        for _ in range(2):
            with contextlib.suppress(ClientError):
                client.spot.list_instruments()
        assert client.general.get_server_time().epoch
        assert sim.fault_counts == {"ServerError": 3, "LostReply": 2}
