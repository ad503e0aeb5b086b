"""The Binary.com client against small hostile WebSocket servers on 127.0.0.1: one that floods
a stream (or a call) faster than anyone reads it, one that drops every connection just after
it opens, one that never finishes the handshake; and a client dropped without `close()`.

Memory is measured, not time: a flooded stream keeps at most `max_queue` messages, and the
process grows by a few MB at most while tens of MB go past.
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from binary_com_api import Backoff, BinaryComClient, Gap, RequestTimeout, ValidationError
from binary_com_api.testing import BinaryComSimulator
from websockets.sync.server import ServerConnection, serve

PADDING = "x" * 4096  # an unknown field (kept by the client) that makes each message big
FLOOD = 20_000  # messages of about 4 KB: some 80 MB if the client kept them all
MAX_QUEUE = 64  # the default

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc/self for memory and descriptors"
)


@contextmanager
def serving(handler: Callable[[ServerConnection], None]) -> Iterator[str]:
    """A WebSocket server on an ephemeral port of 127.0.0.1, running `handler` per connection."""
    with serve(handler, "127.0.0.1", 0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"ws://127.0.0.1:{server.socket.getsockname()[1]}"
        finally:
            server.shutdown()
            thread.join(5)


def answer(request: dict[str, Any], **fields: Any) -> str:
    return json.dumps({"echo_req": request, "req_id": request["req_id"], **fields})


def tick(request: dict[str, Any], number: int) -> str:
    return answer(
        request,
        msg_type="tick",
        tick={
            "epoch": 1_700_000_000 + number,
            "pip_size": 2,
            "quote": 1.5,
            "symbol": request["ticks"],
        },
        subscription={"id": f"stream-{request['req_id']}"},
        padding=PADDING,
    )


def flooding(ws: ServerConnection) -> None:
    """Answers a subscribe to FLOOD (or a `time` call) with FLOOD + 1 messages at once, all
    sent before the next request is read; everything else gets one answer."""
    for raw in ws:
        request = json.loads(raw)
        if "ticks" in request:
            count = FLOOD + 1 if request["ticks"] == "FLOOD" else 1
            for number in range(count):
                ws.send(tick(request, number))
        elif "time" in request:
            text = answer(request, msg_type="time", time=1_700_000_000, padding=PADDING)
            for _ in range(FLOOD):
                ws.send(text)
        elif "ping" in request:
            ws.send(answer(request, msg_type="ping", ping="pong"))
        elif "forget" in request:
            ws.send(answer(request, msg_type="forget", forget=1))


def resident() -> int:
    """The process's resident memory, in bytes."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)


# -- bounded queues --------------------------------------------------------------------------


@linux_only
def test_a_flooded_stream_keeps_its_newest_messages_and_reports_the_dropped_ones() -> None:
    with (
        serving(flooding) as url,
        BinaryComClient(1089, endpoint=url, keepalive=None) as client,
    ):
        with client.subscribe_ticks("R_10") as warm_up:  # everything imported and allocated
            next(warm_up)
        gc.collect()
        before = resident()
        ticks = client.subscribe_ticks("FLOOD")
        gaps: list[Gap] = []
        ticks.on_gap = gaps.append
        # Answered after the whole flood was filed (the server sends it first), while nobody
        # reads the stream: the other calls on the connection are not held up by it.
        assert client.ping().ping == "pong"
        grown = resident() - before
        assert grown < 8 * 2**20, f"grew by {grown / 2**20:.1f} MiB"
        assert len(ticks._inbox) == MAX_QUEUE
        first = next(ticks)  # the subscribe's own answer
        assert first.tick is not None and first.tick.epoch == 1_700_000_000
        assert gaps == []
        rest = [next(ticks) for _ in range(MAX_QUEUE)]
        assert len(gaps) == 1 and ticks.gaps == 1
        assert gaps[0].dropped == FLOOD - MAX_QUEUE
        assert "fell behind" in gaps[0].reason
        # The newest were kept, in order.
        epochs = [message.tick.epoch for message in rest if message.tick is not None]
        newest = 1_700_000_000 + FLOOD
        assert epochs == list(range(newest - MAX_QUEUE + 1, newest + 1))
        ticks.forget()


@linux_only
def test_a_call_flooded_with_answers_keeps_its_first() -> None:
    with (
        serving(flooding) as url,
        BinaryComClient(1089, endpoint=url, keepalive=None) as client,
    ):
        assert client.ping().ping == "pong"
        assert client.time().time == 1_700_000_000  # imports the decoder
        gc.collect()
        before = resident()
        pending = client.pipeline().time()
        assert client.ping().ping == "pong"  # sent after the flood: filed after it
        grown = resident() - before
        assert grown < 8 * 2**20, f"grew by {grown / 2**20:.1f} MiB"
        inbox = pending._inbox
        assert inbox is not None and len(inbox) == MAX_QUEUE
        assert pending.result().time == 1_700_000_000


def test_max_queue_is_checked() -> None:
    for bad in (0, -1, True, 1.5, "8"):
        with pytest.raises(ValidationError, match="max_queue"):
            BinaryComClient(1089, max_queue=bad)  # type: ignore[arg-type]


# -- unclosed clients --------------------------------------------------------------------------


@linux_only
def test_an_unclosed_client_is_closed_with_a_warning_when_collected() -> None:
    with BinaryComSimulator(stream_interval=0.05) as sim:
        gc.collect()
        threads = threading.active_count()
        descriptors = len(os.listdir("/proc/self/fd"))
        client = BinaryComClient(1089, endpoint=sim.url, keepalive=0.5)
        assert client.ping().ping == "pong"
        ticks = client.subscribe_ticks("R_50")
        next(ticks)
        assert threading.active_count() > threads
        del ticks
        with pytest.warns(ResourceWarning, match="unclosed"):
            del client
            gc.collect()
        wait_for(lambda: sim.subscription_count == 0)  # the server saw the connection go
        wait_for(lambda: threading.active_count() <= threads)
        wait_for(lambda: len(os.listdir("/proc/self/fd")) <= descriptors)


def test_a_subscription_keeps_its_client_alive() -> None:
    """Only what nobody can use any more is released: a stream still held goes on."""
    with BinaryComSimulator(stream_interval=0.02) as sim:
        ticks = BinaryComClient(1089, endpoint=sim.url, keepalive=None).subscribe_ticks("R_50")
        gc.collect()
        assert [next(ticks).tick is not None for _ in range(3)] == [True] * 3
        assert ticks.active
        ticks._read.__self__.close()  # type: ignore[attr-defined]


# -- reconnect storms, open timeouts -------------------------------------------------------------


def test_a_server_that_drops_every_connection_at_once_gets_the_backoff_waits() -> None:
    opened: list[float] = []

    def short_lived(ws: ServerConnection) -> None:
        opened.append(time.monotonic())
        request = json.loads(ws.recv())
        ws.send(tick(request, 0))
        time.sleep(0.03)
        ws.close()

    backoff = Backoff(0.3, 0.3, jitter=0, attempts=None)
    with (
        serving(short_lived) as url,
        BinaryComClient(1089, endpoint=url, keepalive=None, backoff=backoff) as client,
    ):
        ticks = client.subscribe_ticks("R_50")
        next(ticks)
        wait_for(lambda: len(opened) >= 5)
        client.close()
    # Each connection lived 30 ms: each is a failed attempt, followed by a wait.
    between = [later - earlier for earlier, later in itertools.pairwise(opened)]
    assert min(between) >= 0.3, between


def test_the_open_timeout_says_how_long_it_was() -> None:
    """A server that accepts the TCP connection and never answers the handshake."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    url = f"ws://127.0.0.1:{listener.getsockname()[1]}"
    client = BinaryComClient(1089, endpoint=url, keepalive=None, open_timeout=0.2)
    try:
        with pytest.raises(RequestTimeout, match=r"^ping: no connection .* within 0\.2 s$"):
            client.ping(timeout=30)
        with pytest.raises(RequestTimeout, match=r"^ticks: no connection .* within 0\.2 s$"):
            client.subscribe_ticks("R_50", timeout=30)
    finally:
        client.close()
        listener.close()
        for connection in accepted:
            connection.close()
