"""Pipelined calls: `client.pipeline()` sends without waiting, `Pending.result()` reads the
answer later, under the same rules as the blocking methods (checks before sending, typed
errors, timeouts, sending safe calls again, never the unsafe ones)."""

from __future__ import annotations

import gc
import inspect
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from binary_com_api import (
    AuthorizationRequired,
    BinaryComClient,
    ConnectionLost,
    InputValidationFailed,
    Pending,
    Pipeline,
    RequestTimeout,
    ValidationError,
    models,
)
from binary_com_api.testing import BinaryComSimulator, Delay, DropConnection, ErrorAnswer
from binary_com_api.testing import RateLimit as RateLimitFault

from tests.binary_com.conftest import ALL_TOKEN, CALLS

PARAMETERS = {"contract_type": "CALL", "currency": "USD", "symbol": "R_50", "amount": 1}


def wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.005)


def sent(sim: BinaryComSimulator, call: str) -> int:
    return sum(1 for request in sim.received if call in request)


def test_calls_are_all_sent_before_any_answer_is_read(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    pipe = client.pipeline()
    pending = [pipe.time(passthrough={"n": n}) for n in range(40)]
    wait_for(lambda: sent(sim, "time") == 40)  # nobody has read an answer yet
    wait_for(lambda: all(item.done() for item in pending))
    answers = [item.result() for item in pending]
    assert all(isinstance(answer, models.TimeResponse) for answer in answers)
    assert [answer.echo_req["passthrough"]["n"] for answer in answers] == list(range(40))


def test_each_pending_gets_its_own_answer_whatever_the_order(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(0.3, only="ticks_history"))
    pipe = client.pipeline()
    slow = pipe.ticks_history("R_50", end="latest", count=3)
    quick = pipe.ping()
    assert quick.result().ping == "pong"
    assert not slow.done()
    history = slow.result()
    assert history.history is not None and len(history.history.prices or []) == 3
    assert slow.done() and slow.call == "ticks_history"


def test_an_error_answer_is_raised_by_result_every_time(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(ErrorAnswer("InputValidationFailed", "Input validation failed: x", only="time"))
    pipe = client.pipeline()
    failing, fine = pipe.time(), pipe.ping()
    with pytest.raises(InputValidationFailed) as first:
        failing.result()
    with pytest.raises(InputValidationFailed) as second:
        failing.result()
    assert first.value is second.value
    assert fine.result().ping == "pong"


def test_bad_arguments_and_missing_authorization_raise_before_sending(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    pipe = client.pipeline()
    with pytest.raises(ValidationError, match="count"):
        pipe.ticks_history("R_50", end="latest", count="many")  # type: ignore[arg-type]
    with pytest.raises(AuthorizationRequired):
        pipe.balance()
    assert sim.received == []


def test_an_authorize_in_the_pipeline_records_the_scopes(client: BinaryComClient) -> None:
    pipe = client.pipeline()
    authorization = pipe.authorize(ALL_TOKEN)
    assert authorization.result().authorize is not None
    assert client.authorized and "trade" in client.scopes
    assert pipe.balance().result().balance is not None


def test_result_raises_request_timeout_once_the_calls_own_timeout_runs_out(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(1.0, only="time"))
    pending = client.pipeline().time(timeout=0.2)
    started = time.monotonic()
    with pytest.raises(RequestTimeout, match=r"^time: no answer within 0.2 s$"):
        pending.result()
    assert time.monotonic() - started < 0.9


def test_a_safe_call_is_sent_again_and_an_unsafe_one_never(
    authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(Delay(0.3, only="buy"))
    sim.inject(Delay(0.3, only="balance"))
    pipe = authorized.pipeline()
    purchase = pipe.buy("1", price=100, parameters=PARAMETERS)  # type: ignore[arg-type]
    balance = pipe.balance()
    wait_for(lambda: sent(sim, "buy") == 1 and sent(sim, "balance") == 1)
    sim.drop_connections()
    with pytest.raises(ConnectionLost, match=r"^buy: "):
        purchase.result()
    assert balance.result().balance is not None
    assert sent(sim, "buy") == 1 and sent(sim, "balance") == 2


def test_a_rate_limited_safe_call_waits_and_is_sent_again(
    client: BinaryComClient, sim: BinaryComSimulator
) -> None:
    sim.inject(RateLimitFault(only="time"))
    assert client.pipeline().time().result().time > 0
    assert sent(sim, "time") == 2


def test_a_call_that_could_not_be_sent_is_sent_again_if_safe(
    sim: BinaryComSimulator,
) -> None:
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None, timeout=5.0) as client:
        client.connect()
        sim.inject(DropConnection(only="ping"))
        assert client.pipeline().ping().result().ping == "pong"
        assert sent(sim, "ping") == 2


def test_an_answer_never_read_is_not_kept(client: BinaryComClient) -> None:
    pipe = client.pipeline()
    pipe.time().result()
    connection = client._session.transport()._connection
    assert connection is not None and connection._inboxes == {}
    pending = pipe.time()
    assert len(connection._inboxes) == 1
    del pending
    gc.collect()
    assert connection._inboxes == {}


def test_pipelines_and_pendings_show_no_token_and_refuse_pickling(
    client: BinaryComClient,
) -> None:
    pipe = client.pipeline()
    pending = pipe.authorize(ALL_TOKEN)
    for value in (pipe, pending):
        assert ALL_TOKEN not in repr(value)
        with pytest.raises(TypeError, match="cannot be pickled"):
            pickle.dumps(value)
    assert repr(pending).startswith("Pending('authorize', done=")
    pending.result()


def _defined_by_the_client(path: str) -> bool:
    """The client's own module, or the modules of its calls' methods (one per group)."""
    parts = Path(path).parts
    return parts[-1] == "_client.py" or "_methods" in parts


def test_the_pipeline_has_every_call_of_the_client_with_the_same_arguments() -> None:
    client_methods = {
        name: member
        for name, member in inspect.getmembers(BinaryComClient, inspect.isfunction)
        if not name.startswith("_") and _defined_by_the_client(inspect.getfile(member))
    }
    pipeline_methods = {
        name: member
        for name, member in inspect.getmembers(Pipeline, inspect.isfunction)
        if not name.startswith("_")
    }
    assert set(pipeline_methods) == {name for name in client_methods if name in CALLS}
    assert pipeline_methods
    for name, method in pipeline_methods.items():
        assert name in client_methods, name
        mine = inspect.signature(method)
        theirs = inspect.signature(client_methods[name])
        assert list(mine.parameters.values()) == list(theirs.parameters.values()), name
        assert mine.return_annotation == f"Pending[{theirs.return_annotation}]", name
        assert method.__doc__ and name in method.__doc__
    assert Pending.__doc__


def test_done_turns_true_when_the_answer_arrives(
    sim: BinaryComSimulator, client: BinaryComClient
) -> None:
    sim.inject(Delay(0.5, only="ping"))
    pending = client.pipeline().ping()
    assert not pending.done()
    wait_for(pending.done)
    assert pending.result().ping == "pong"


def test_a_waiter_on_an_inbox_wakes_on_its_answer_and_on_its_end() -> None:
    """`Inbox.wait_answered` makes its event only when someone waits; an answer or the end
    wakes that waiter at once, and one that came before the wait is seen without waiting."""
    from binary_com_api._runtime.websocket.transport import Inbox

    class Up:
        alive = True

    def waiter(inbox: Inbox, results: list[tuple[bool, float]]) -> threading.Thread:
        def wait() -> None:
            started = time.monotonic()
            results.append((inbox.wait_answered(10), time.monotonic() - started))

        thread = threading.Thread(target=wait)
        thread.start()
        return thread

    answered = Inbox(Up(), 1, "ping")  # type: ignore[arg-type]
    assert not answered.wait_answered(0)
    results: list[tuple[bool, float]] = []
    thread = waiter(answered, results)
    time.sleep(0.05)
    answered.deliver({"msg_type": "ping"})
    thread.join(5)
    assert results and results[0][0] and results[0][1] < 5
    assert answered.wait_answered(0)

    ended = Inbox(Up(), 2, "ping")  # type: ignore[arg-type]
    results = []
    thread = waiter(ended, results)
    time.sleep(0.05)
    ended.end(None)
    thread.join(5)
    assert results and results[0][0] and results[0][1] < 5
