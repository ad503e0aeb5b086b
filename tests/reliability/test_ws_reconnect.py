"""The Binary.com client when its connection drops, against the simulator's faults: calls
waiting for an answer raise `ConnectionLost` within their timeout (safe ones are sent again
first), the client reconnects with backoff (or not, when told), authorizes again and opens
its streams again, whose subscriptions go on yielding and report the gap; calls that are not
safe to repeat are never sent twice, and rate-limited safe calls wait and try again."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from binary_com_api import (
    AuthorizationRequired,
    Backoff,
    BinaryComClient,
    ConnectionLost,
    Gap,
    RateLimit,
    RequestTimeout,
    ValidationError,
    models,
)
from binary_com_api.testing import (
    BinaryComSimulator,
    Delay,
    DropConnection,
    ErrorAnswer,
)
from binary_com_api.testing import RateLimit as RateLimitFault

from tests.binary_com.conftest import ALL_TOKEN, TOKENS

FAST = Backoff(0.02, 0.1, jitter=0)
PARAMETERS = {
    "contract_type": "CALL",
    "currency": "USD",
    "symbol": "R_50",
    "amount": 10,
    "duration": 5,
    "duration_unit": "m",
}


@pytest.fixture(scope="module")
def sim() -> Iterator[BinaryComSimulator]:
    with BinaryComSimulator(tokens=TOKENS, stream_interval=0.02) as simulator:
        yield simulator


@pytest.fixture(autouse=True)
def _clean(sim: BinaryComSimulator) -> Iterator[None]:
    yield
    sim.clear_faults()
    sim.clear()


@pytest.fixture
def connect(sim: BinaryComSimulator) -> Iterator[Callable[..., BinaryComClient]]:
    clients: list[BinaryComClient] = []

    def make(**options: Any) -> BinaryComClient:
        settings: dict[str, Any] = {"keepalive": None, "timeout": 5.0, "backoff": FAST}
        settings.update(options)
        client = BinaryComClient(1089, endpoint=sim.url, **settings)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(connect: Callable[..., BinaryComClient]) -> BinaryComClient:
    instance = connect()
    instance.authorize(ALL_TOKEN)
    return instance


def calls(sim: BinaryComSimulator, name: str | None = None) -> list[str]:
    """The calls the server received, in order (or the requests of one call, counted)."""
    names = [
        next(key for key in request if key not in ("req_id", "passthrough"))
        for request in sim.received
    ]
    return names if name is None else [n for n in names if n == name]


def refused(sim: BinaryComSimulator) -> int:
    """Handshakes refused so far (the simulator counts for the whole module)."""
    return sim.fault_counts.get("RefusedConnection", 0)


def later(seconds: float, action: Callable[[], object]) -> threading.Timer:
    timer = threading.Timer(seconds, action)
    timer.start()
    return timer


def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


# -- calls in flight -------------------------------------------------------------------------


def test_an_unsafe_call_in_flight_raises_connection_lost_at_once(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(1.0, only="buy"))
    timer = later(0.1, sim.drop_connections)
    started = time.monotonic()
    with pytest.raises(ConnectionLost, match=r"^buy: the connection closed"):
        client.buy("1", price=100, parameters=PARAMETERS, timeout=5.0)  # type: ignore[arg-type]
    assert time.monotonic() - started < 1.0  # not the timeout: the drop itself
    timer.join()
    assert client.ping().ping == "pong"  # a new connection, authorized again
    assert calls(sim, "buy") == ["buy"]  # reached the server once, never sent again
    assert client.authorized


def test_a_safe_call_in_flight_is_sent_again_on_a_new_connection(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(1.0, only="time"))
    timer = later(0.1, sim.drop_connections)
    started = time.monotonic()
    assert client.time(timeout=5.0).time > 0
    assert time.monotonic() - started < 1.0
    timer.join()
    assert calls(sim)[-3:] == ["time", "authorize", "time"]


def test_a_safe_call_raises_connection_lost_once_its_resends_are_spent(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=2)
    client.authorize(ALL_TOKEN)
    sim.inject(DropConnection(times=3, only="balance"))
    with pytest.raises(ConnectionLost, match=r"^balance: the connection closed"):
        client.balance()
    assert calls(sim, "balance") == ["balance"] * 3
    assert client.balance().balance is not None and client.authorized


def test_unsafe_calls_are_never_sent_again(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    for name, action in [
        ("buy", lambda: client.buy("1", price=100, parameters=PARAMETERS)),  # type: ignore[arg-type]
        ("topup_virtual", client.topup_virtual),
    ]:
        sim.inject(DropConnection(only=name))
        with pytest.raises(ConnectionLost):
            action()
        sim.inject(RateLimitFault(only=name))
        with pytest.raises(RateLimit):
            action()  # the server did not carry it out, but only the caller may decide
        assert calls(sim, name) == [name, name]


def test_the_timeout_bounds_a_safe_call_while_the_server_is_down(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=50, backoff=Backoff(0.05, 0.2, jitter=0))
    client.authorize(ALL_TOKEN)
    before = refused(sim)
    sim.refuse_connections(10_000)
    sim.inject(DropConnection(only="balance"))
    started = time.monotonic()
    with pytest.raises(ConnectionLost, match="no new one could be opened") as caught:
        client.balance(timeout=0.8)
    elapsed = time.monotonic() - started
    assert 0.5 < elapsed < 1.0
    assert "503" in str(caught.value)
    assert refused(sim) - before >= 3  # tried, with waits in between


def test_a_call_is_sent_again_once_the_server_is_back(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=5)
    client.authorize(ALL_TOKEN)
    before = refused(sim)
    sim.refuse_connections(2)
    sim.inject(DropConnection(only="balance"))
    assert client.balance().balance is not None
    assert refused(sim) - before == 2
    assert calls(sim)[-3:] == ["balance", "authorize", "balance"]


# -- rate limits -------------------------------------------------------------------------------


def test_a_rate_limited_safe_call_waits_and_tries_again(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=3, backoff=Backoff(0.1, 1.0, jitter=0))
    sim.inject(RateLimitFault(times=2, only="ping"))
    started = time.monotonic()
    assert client.ping().ping == "pong"
    assert 0.3 <= time.monotonic() - started < 1.0  # waited 0.1, then 0.2
    assert calls(sim, "ping") == ["ping"] * 3


def test_rate_limit_waits_are_bounded_by_retries_and_the_timeout(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=2)
    sim.inject(RateLimitFault(times=10, only="ping"))
    with pytest.raises(RateLimit):
        client.ping()
    assert calls(sim, "ping") == ["ping"] * 3
    slow = connect(retries=5, backoff=Backoff(5.0, 5.0))
    started = time.monotonic()
    with pytest.raises(RateLimit):
        slow.ping(timeout=1.0)  # a 5 s wait would outlast the timeout: raised at once
    assert time.monotonic() - started < 0.5
    assert calls(sim, "ping") == ["ping"] * 4


def test_a_rate_limited_subscription_waits_and_tries_again(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(RateLimitFault(only="ticks"))
    with client.subscribe_ticks("R_10") as ticks:
        assert next(ticks).tick is not None
    assert calls(sim, "ticks") == ["ticks", "ticks"]


# -- streams -----------------------------------------------------------------------------------


def test_a_stream_goes_on_after_the_connection_drops(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    gaps: list[Gap] = []
    with client.subscribe_ticks("R_50") as ticks:
        ticks.on_gap = gaps.append
        before = next(ticks)
        assert before.subscription is not None
        dropped = time.time()
        assert sim.drop_connections() == 1
        after = [next(ticks) for _ in range(3)]
        assert ticks.active and ticks.gaps == 1
        assert len(gaps) == 1
        gap = gaps[0]
        assert dropped - 0.05 <= gap.lost <= gap.resumed <= time.time()
        assert 0 <= gap.seconds < 2 and "closed" in gap.reason
        assert "Gap(" in repr(gap)
        ids = {message.subscription.id for message in after if message.subscription}
        assert len(ids) == 1 and before.subscription.id not in ids  # a new stream
        assert all(isinstance(m, models.TicksResponse) and m.tick for m in after)
    assert calls(sim)[-3:-1] == ["authorize", "ticks"] or calls(sim)[-4:-2] == [
        "authorize",
        "ticks",
    ]
    assert client.authorized
    wait_for(lambda: sim.subscription_count == 0)  # forget named the new stream


def test_a_stream_reopened_into_a_rate_limit_waits_and_subscribes_again(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=2)
    with client.subscribe_ticks("R_50") as ticks:
        next(ticks)
        sim.inject(RateLimitFault(times=2, only="ticks"))
        sim.drop_connections()
        after = [next(ticks) for _ in range(2)]
        assert all(isinstance(m, models.TicksResponse) and m.tick for m in after)
        assert ticks.active and ticks.gaps == 1
        assert calls(sim, "ticks") == ["ticks"] * 4  # the first, two refused, the last
        connection = client._session.transport()._connection
        assert connection is not None and len(connection._inboxes) == 1


def test_a_stream_reopened_into_rate_limits_past_its_retries_ends_with_rate_limit(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(retries=1)
    with client.subscribe_ticks("R_50") as ticks:
        next(ticks)
        sim.inject(RateLimitFault(times=5, only="ticks"))
        sim.drop_connections()
        with pytest.raises(RateLimit):
            for _ in range(50):
                next(ticks)
    assert calls(sim, "ticks") == ["ticks"] * 3


def test_streams_that_need_authorization_come_back_authorized(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    loginid = client.loginid
    assert loginid is not None
    with client.subscribe_balance() as balances, client.subscribe_ticks("R_25") as ticks:
        next(balances), next(ticks)
        sim.drop_connections()
        assert next(ticks).tick is not None
        first = next(balances)  # the stream opened again starts with the current balance
        assert first.balance is not None
        sim.set_balance(loginid, "4321")
        update = balances.get(timeout=3)
        assert update is not None and update.balance is not None
        assert update.balance.balance == 4321
        assert balances.gaps == ticks.gaps == 1
    received = calls(sim)
    assert received.index("authorize", 1) < received.index(
        "balance", received.index("authorize", 1)
    )


def test_every_gap_is_reported_once(client: BinaryComClient, sim: BinaryComSimulator) -> None:
    gaps: list[Gap] = []
    with client.subscribe_ticks("R_100") as ticks:
        ticks.on_gap = gaps.append
        next(ticks)
        for _ in range(3):
            sim.drop_connections()
            next(ticks)
        assert ticks.gaps == len(gaps) == 3


def test_an_error_in_on_gap_comes_out_and_the_message_is_kept(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    def refuse(gap: Gap) -> None:
        raise LookupError("the consumer's own problem")

    with client.subscribe_ticks("R_75") as ticks:
        ticks.on_gap = refuse
        next(ticks)
        sim.drop_connections()
        with pytest.raises(LookupError):
            next(ticks)
        ticks.on_gap = None
        kept = next(ticks)
        assert kept.tick is not None and ticks.active and ticks.gaps == 1


def test_reconnecting_waits_between_attempts(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(backoff=Backoff(0.1, 0.4, jitter=0, attempts=5))
    gaps: list[Gap] = []
    with client.subscribe_ticks("R_10") as ticks:
        ticks.on_gap = gaps.append
        next(ticks)
        before = refused(sim)
        sim.refuse_connections(3)
        sim.drop_connections()
        assert ticks.get(timeout=5) is not None
        # The first attempt at once, then waits of 0.1, 0.2 and 0.4 s between failures.
        assert 0.7 <= gaps[0].seconds < 2.0
        assert refused(sim) - before == 3


def test_streams_end_when_reconnecting_gives_up(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(backoff=Backoff(0.02, 0.05, jitter=0, attempts=3))
    ticks = client.subscribe_ticks("R_50")
    next(ticks)
    before = refused(sim)
    sim.refuse_connections(100)
    sim.drop_connections()
    started = time.monotonic()
    with pytest.raises(ConnectionLost, match="after 3 attempts"):
        ticks.get(timeout=5)
    assert time.monotonic() - started < 1.0
    assert not ticks.active and ticks.get() is None
    # The dropped connection had only just opened: it counts as the first failed attempt.
    assert refused(sim) - before == 2
    sim.refuse_connections(0)
    assert client.ping().ping == "pong"  # calls open a connection again


def test_a_token_refused_on_reconnect_ends_the_streams_that_need_it(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    balances = client.subscribe_balance()
    ticks = client.subscribe_ticks("R_100")
    next(balances), next(ticks)
    sim.inject(ErrorAnswer("InvalidToken", "The token is invalid.", only="authorize"))
    sim.drop_connections()
    with pytest.raises(AuthorizationRequired) as caught:
        balances.get(timeout=3)
    assert caught.value.local and not balances.active
    assert next(ticks).tick is not None and ticks.active  # public: opened again
    assert not client.authorized
    ticks.forget()


def test_a_rate_limited_authorize_on_reconnect_is_tried_again(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(RateLimitFault(only="authorize"))
    sim.drop_connections()
    assert client.balance().balance is not None
    assert client.authorized
    assert calls(sim)[-3:] == ["authorize", "authorize", "balance"]


def test_a_server_error_on_reauthorizing_keeps_the_login(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    """Only a refused token ends the login: a safe call goes on over a new connection that
    authorizes again, an unsafe one raises ConnectionLost without being sent."""
    sim.inject(ErrorAnswer("InternalServerError", "Sorry, an error occurred.", only="authorize"))
    sim.drop_connections()
    assert client.balance().balance is not None
    assert client.authorized
    assert calls(sim)[-3:] == ["authorize", "authorize", "balance"]

    sim.inject(ErrorAnswer("InternalServerError", "Sorry, an error occurred.", only="authorize"))
    sim.drop_connections()
    wait_for(lambda: not client.connected)  # else the buy may go out on the dying connection
    sim.clear()
    with pytest.raises(ConnectionLost, match="authorized again"):
        client.buy("0" * 32, price=10)
    assert calls(sim) == ["authorize"]  # the buy was not sent
    assert client.balance().balance is not None and client.authorized


def test_a_stream_whose_subscribe_timed_out_is_forgotten_when_it_starts_late(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    """Otherwise the server would stream to nobody, and refuse the next subscribe to the
    same symbol as a duplicate."""
    sim.inject(Delay(0.3, only="ticks"))
    with pytest.raises(RequestTimeout):
        client.subscribe_ticks("R_10", timeout=0.1)
    wait_for(lambda: "forget" in calls(sim))
    wait_for(lambda: sim.subscription_count == 0)
    with client.subscribe_ticks("R_10") as ticks:
        assert next(ticks).tick is not None


def test_a_subscribe_that_timed_out_and_failed_late_leaves_nothing_behind(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(0.3, only="ticks"))
    with pytest.raises(RequestTimeout):
        client.subscribe_ticks("NO_SUCH_SYMBOL", timeout=0.1)
    time.sleep(0.5)
    assert "forget" not in calls(sim) and sim.subscription_count == 0
    assert client.ping().ping == "pong"


def test_streams_of_unsafe_calls_end_with_the_connection(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    with client.subscribe_buy("1", price=100, parameters=PARAMETERS) as bought:  # type: ignore[arg-type]
        next(bought)
        next(bought)
        sim.drop_connections()
        with pytest.raises(ConnectionLost):
            while bought.get(timeout=3) is not None:
                pass
        assert not bought.active
    time.sleep(0.1)
    assert calls(sim, "buy") == ["buy"]  # never bought twice


def test_a_subscription_cut_before_its_first_answer_is_opened_again(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(DropConnection(only="ticks"))
    with client.subscribe_ticks("R_25") as ticks:
        assert next(ticks).tick is not None
        assert next(ticks).tick is not None
    assert calls(sim, "ticks") == ["ticks", "ticks"]


def test_forgetting_a_stream_while_it_waits_for_a_connection(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(backoff=Backoff(0.1, 0.1, jitter=0))
    ticks = client.subscribe_ticks("R_10")
    next(ticks)
    opened = sim.connections
    sim.refuse_connections(2)
    sim.drop_connections()
    time.sleep(0.05)
    ticks.forget()
    time.sleep(0.4)
    assert sim.connections == opened  # nothing left to reconnect for
    assert calls(sim, "ticks") == ["ticks"] and ticks.get() is None


def test_closing_the_client_ends_streams_waiting_for_a_connection(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(backoff=Backoff(0.5, 1.0, attempts=None))
    ticks = client.subscribe_ticks("R_75")
    next(ticks)
    sim.refuse_connections(100)
    sim.drop_connections()
    later(0.2, client.close)
    started = time.monotonic()
    with pytest.raises(ConnectionLost, match="closed"):
        ticks.get(timeout=5)
    assert time.monotonic() - started < 1.0


def test_without_reconnecting_nothing_happens_in_the_background(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(reconnect=False)
    client.authorize(ALL_TOKEN)
    ticks = client.subscribe_ticks("R_10")
    next(ticks)
    opened = sim.connections
    sim.drop_connections()
    with pytest.raises(ConnectionLost):
        ticks.get(timeout=3)
    time.sleep(0.2)
    assert sim.connections == opened and not client.connected
    with pytest.raises(AuthorizationRequired):
        client.balance()  # the next connection will not be authorized: nothing is sent
    assert sim.connections == opened


def test_a_connection_that_stops_answering_is_found_by_keepalive_and_replaced(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect(keepalive=0.2)
    with client.subscribe_ticks("R_50") as ticks:
        next(ticks)
        sim.inject(Delay(5.0, only="ping"))  # the keepalive ping goes unanswered
        gaps = ticks.gaps
        deadline = time.monotonic() + 5
        while ticks.gaps == gaps:
            assert time.monotonic() < deadline
            ticks.get(timeout=3)
        assert ticks.active


def test_backoff_settings_are_checked() -> None:
    assert Backoff() == Backoff(0.1, 5.0, factor=2.0, jitter=0.2, attempts=10)
    assert [Backoff(1, 10, jitter=0).delay(n) for n in (1, 2, 3, 4, 5)] == [1, 2, 4, 8, 10]
    assert 0.8 <= Backoff(1, 1, jitter=0.2).delay(7) <= 1.0
    for bad in (
        {"first": 0},
        {"first": 2, "maximum": 1},
        {"factor": 0.5},
        {"jitter": 1},
        {"attempts": 0},
    ):
        with pytest.raises(ValidationError):
            Backoff(**bad)  # type: ignore[arg-type]


def test_requests_time_out_rather_than_hang_while_reconnecting(
    connect: Callable[..., BinaryComClient], sim: BinaryComSimulator
) -> None:
    client = connect()
    sim.inject(Delay(2.0, only="time"))
    with pytest.raises(RequestTimeout, match=r"time: no answer within 0\.2 s"):
        client.time(timeout=0.2)
