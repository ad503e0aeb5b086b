"""Bad answers through the Binary.com client's real path: the simulator answers a call (or the
first answer of a subscription) with a valid answer broken somewhere, any JSON, an error
object of the wrong shape, a truncated answer, or a frame that is not JSON at all; the client
may only raise its own typed errors (a frame it cannot read is dropped, so that call times
out: RequestTimeout), and the connection stays usable.

Every example is one request to a simulator that lives for the whole module; the client does
not send anything again (retries=0), so each example costs one round trip, or one short
timeout.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from binary_com_api import BinaryComClient, ClientError, RequestTimeout, Subscription
from binary_com_api.testing import BadReply, BinaryComSimulator
from hypothesis import event, given, settings
from hypothesis import strategies as st

from tests.binary_com.conftest import ALL_SCOPES, ALL_TOKEN, API, TOKENS, arguments
from tests.reliability.test_bad_replies import only_typed_errors
from tests.support import fuzz

ANSWERED = 2.0  # the timeout of a call whose broken answer the client can match
DROPPED = 0.05  # ... and of one it cannot (not JSON, not an object): it times out


@pytest.fixture(scope="module")
def sim() -> Iterator[BinaryComSimulator]:
    with BinaryComSimulator(tokens=TOKENS, stream_interval=0.05) as simulator:
        yield simulator


@pytest.fixture(scope="module")
def client(sim: BinaryComSimulator) -> Iterator[BinaryComClient]:
    with BinaryComClient(1089, endpoint=sim.url, keepalive=None, retries=0) as instance:
        yield instance


SEEDS = {case.name: case.seed for case in fuzz.call_cases("binary_com_api", BinaryComSimulator())}


def _cases() -> list[tuple[str, bool, list[Any], dict[str, Any]]]:
    """(call, subscribe?, positional, keywords) for every method of the client."""
    sim = BinaryComSimulator()
    found = []
    for op in API.operations:
        request = sim.example_request(op.name)
        if op.name == "authorize":
            request["authorize"] = ALL_TOKEN
        positional, keywords = arguments(op, request)
        if hasattr(BinaryComClient, op.name):
            found.append((op.name, False, positional, keywords))
        if op.streams:
            found.append((op.name, True, positional, keywords))
    return found


CASES = _cases()


@st.composite
def reply(draw: st.DrawFn, seed: Any) -> tuple[Any, str | bytes | None]:
    """(body, raw): what the server sends instead of the answer."""
    kind = draw(st.sampled_from(["mutated"] * 4 + ["json", "error", "truncated", "bytes"]))
    if kind == "mutated":
        return draw(fuzz.mutated(seed)), None
    if kind == "json":
        return draw(fuzz.JSON), None
    if kind == "error":
        error = draw(
            fuzz.JSON
            | st.fixed_dictionaries(
                {}, optional={"code": fuzz.JSON, "message": fuzz.JSON, "details": fuzz.JSON}
            )
        )
        return {**seed, "error": error}, None
    text = json.dumps(seed)
    if kind == "truncated":
        return None, text[: draw(st.integers(min_value=0, max_value=max(0, len(text) - 1)))]
    return None, draw(st.binary(max_size=40))


def test_every_method_is_fuzzed() -> None:
    fuzzed = {(name, stream) for name, stream, _, _ in CASES}
    assert {name for name, _ in fuzzed} == {op.name for op in API.operations}
    assert {name for name, stream in fuzzed if stream} == {
        op.name for op in API.operations if op.streams
    }
    assert set(SEEDS) == {op.name for op in API.operations}


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_client_raises_only_its_own_errors(
    sim: BinaryComSimulator, client: BinaryComClient, data: st.DataObject
) -> None:
    name, stream, positional, keywords = data.draw(st.sampled_from(CASES), label="call")
    body, raw = data.draw(reply(SEEDS[name]), label="reply")
    if client.scopes != frozenset(ALL_SCOPES):  # a broken answer to authorize may change them
        client.authorize(ALL_TOKEN)
    sim.clear_faults()
    sim.inject(BadReply(body, raw=raw, only=name))
    timeout = ANSWERED if raw is None and isinstance(body, dict) else DROPPED
    method = getattr(client, ("subscribe_" if stream else "") + name)

    def action() -> None:
        try:
            result = method(*positional, **keywords, timeout=timeout)
        except ClientError as error:
            event(type(error).__name__)  # --hypothesis-show-statistics shows the mix
            raise
        event("decoded")
        if isinstance(result, Subscription):
            result.forget()

    only_typed_errors(action, ClientError, f"{'subscribe_' if stream else ''}{name}")


def test_a_frame_that_is_not_json_is_dropped_and_the_call_times_out(
    sim: BinaryComSimulator, client: BinaryComClient
) -> None:
    sim.clear_faults()
    sim.inject(BadReply(raw='{"req_id": 1, "ping": "po', only="ping"))
    with pytest.raises(RequestTimeout):
        client.ping(timeout=0.1)
    sim.inject(BadReply([1, 2, 3], only="ping"))
    with pytest.raises(RequestTimeout):
        client.ping(timeout=0.1)
    assert client.ping().ping == "pong"


def test_a_broken_answer_reaches_the_decoder(
    sim: BinaryComSimulator, client: BinaryComClient
) -> None:
    from binary_com_api import DecodeError

    sim.clear_faults()
    sim.inject(BadReply({**SEEDS["time"], "time": "soon"}, only="time"))
    with pytest.raises(DecodeError, match=r"^time: .* at \$\.time$"):
        client.time()
    sim.inject(BadReply(SEEDS["time"], only="time"))  # unbroken, it decodes
    assert client.time().time == SEEDS["time"]["time"]
