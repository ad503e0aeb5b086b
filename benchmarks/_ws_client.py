"""A WebSocket client process for figures e and g: ours, or a bare websockets loop.

`python -m benchmarks._ws_client URL --client ours|bare [options]` prints one JSON object:
seconds per call (wall) and client CPU seconds per call (`time.process_time`, every thread
of this process) for each repeat of each measurement, or resident sizes with `--memory`.

`bare` is the floor a client library cannot beat against this server: the websockets sync
client, `json.dumps` out and `orjson.loads` back, no checks, no models.

Pipelined calls: ours sends them all through `client.pipeline()` and then reads every
`Pending` (`pipelined`), or runs sequential calls from several threads sharing the client
(`threaded`); the bare loop keeps a window of `--threads` requests in flight.
`--compression deflate` negotiates permessage-deflate (ours leaves it off by default).
"""

from __future__ import annotations

import argparse
import gc
import json
import threading
import time
from collections.abc import Callable
from typing import Any

import orjson

from benchmarks.timing import print_json

HISTORY = {"ticks_history": "R_50", "count": 1000, "end": "latest", "style": "candles"}


def rss() -> int:
    """Resident set size of this process in bytes (Linux), after a full collection."""
    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def timed(action: Callable[[], int]) -> tuple[float, float]:
    """(wall, cpu) seconds per call of `action()`, which returns how many calls it made."""
    wall, cpu = time.perf_counter(), time.process_time()
    calls = action()
    return (time.perf_counter() - wall) / calls, (time.process_time() - cpu) / calls


class Ours:
    def __init__(self, url: str, compression: str | None) -> None:
        from binary_com_api import BinaryComClient

        self.client = BinaryComClient(
            1089,
            endpoint=url,
            keepalive=None,
            timeout=60.0,
            compression="deflate" if compression == "deflate" else None,
        )
        self.client.connect()

    def pings(self, count: int) -> int:
        ping = self.client.ping
        for _ in range(count):
            if ping().ping != "pong":
                raise RuntimeError("no pong")
        return count

    def pipelined(self, count: int, threads: int) -> int:
        pipe = self.client.pipeline()
        pending = [pipe.ping() for _ in range(count)]
        for item in pending:
            if item.result().ping != "pong":
                raise RuntimeError("no pong")
        return count

    def threaded(self, count: int, threads: int) -> int:
        share = count // threads
        workers = [threading.Thread(target=self.pings, args=(share,)) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return share * threads

    def history(self, count: int) -> int:
        for _ in range(count):
            reply = self.client.ticks_history("R_50", count=1000, end="latest", style="candles")
            if reply.candles is None or len(reply.candles) != 1000:
                raise RuntimeError("expected 1000 candles")
        return count

    def close(self) -> None:
        self.client.close()


class Bare:
    def __init__(self, url: str, compression: str | None) -> None:
        from websockets.sync.client import connect

        self.ws = connect(
            url + "?app_id=1089&l=EN",
            max_size=2**24,
            compression="deflate" if compression == "deflate" else None,
        )
        self.ids = 0

    def _send(self, message: dict[str, Any]) -> None:
        self.ids += 1
        self.ws.send(json.dumps({**message, "req_id": self.ids}))

    def pings(self, count: int) -> int:
        for _ in range(count):
            self._send({"ping": 1})
            if orjson.loads(self.ws.recv())["ping"] != "pong":
                raise RuntimeError("no pong")
        return count

    def pipelined(self, count: int, window: int) -> int:
        sent = received = 0
        while received < count:
            while sent < count and sent - received < window:
                self._send({"ping": 1})
                sent += 1
            orjson.loads(self.ws.recv())
            received += 1
        return count

    threaded = pipelined

    def history(self, count: int) -> int:
        for _ in range(count):
            self._send(HISTORY)
            if len(orjson.loads(self.ws.recv())["candles"]) != 1000:
                raise RuntimeError("expected 1000 candles")
        return count

    def close(self) -> None:
        self.ws.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--client", choices=("ours", "bare"), default="ours")
    parser.add_argument("--pings", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--histories", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--compression", choices=("none", "deflate"), default="none")
    parser.add_argument("--memory", help="call counts after which to read RSS, e.g. 1000,100000")
    args = parser.parse_args()
    client = (Ours if args.client == "ours" else Bare)(args.url, args.compression)
    try:
        if args.memory:
            marks = [int(mark) for mark in args.memory.split(",")]
            client.pings(200)  # everything imported and warm before the first reading
            done, sizes = 0, []
            for mark in marks:
                client.pings(mark - done)
                done = mark
                sizes.append(rss())
            print_json({"calls": marks, "rss": sizes})
            return
        client.pings(200)
        client.history(2)
        result: dict[str, list[float]] = {}
        measurements: dict[str, Callable[[], int]] = {
            "sequential": lambda: client.pings(args.pings),
            "pipelined": lambda: client.pipelined(args.pings, args.threads),
            "threaded": lambda: client.threaded(args.pings, args.threads),
            "history": lambda: client.history(args.histories),
        }
        for _ in range(args.repeats):
            for name, action in measurements.items():
                wall, cpu = timed(action)
                result.setdefault(name, []).append(wall)
                result.setdefault(f"{name}_cpu", []).append(cpu)
        print_json(result)
    finally:
        client.close()


if __name__ == "__main__":
    main()
