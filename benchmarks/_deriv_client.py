"""python-deriv-api's side of figures e and g, run in its own virtual environment.

`python -I benchmarks/_deriv_client.py URL [options]`: standalone (that environment has
neither this repository nor our packages), same measurements and same JSON output as
`_ws_client.py`. Sequential calls are awaited one by one; pipelined ones are all started at
once and gathered, which is python-deriv-api's way of having many in flight.
`--compression none` hands it a connection opened without permessage-deflate (its own
connections negotiate it, the websockets default).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import time
from collections.abc import Awaitable, Callable

import websockets
from deriv_api import DerivAPI

HISTORY = {"ticks_history": "R_50", "count": 1000, "end": "latest", "style": "candles"}


def rss() -> int:
    gc.collect()
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


async def timed(action: Callable[[], Awaitable[int]]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    calls = await action()
    return (time.perf_counter() - wall) / calls, (time.process_time() - cpu) / calls


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--pings", type=int, default=1000)
    parser.add_argument("--histories", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--memory")
    parser.add_argument("--compression", choices=("none", "deflate"), default="deflate")
    parser.add_argument("--threads", type=int, default=8, help="(ours only; ignored)")
    args = parser.parse_args()
    if args.compression == "none":
        connection = await websockets.connect(
            args.url + "?app_id=1089&l=EN&brand=deriv", compression=None, max_size=2**24
        )
        api = DerivAPI(connection=connection)
    else:
        api = DerivAPI(endpoint=args.url, app_id=1089)

    async def pings(count: int) -> int:
        for _ in range(count):
            if (await api.ping())["ping"] != "pong":
                raise RuntimeError("no pong")
        return count

    async def pipelined(count: int) -> int:
        replies = await asyncio.gather(*(api.ping() for _ in range(count)))
        if any(reply["ping"] != "pong" for reply in replies):
            raise RuntimeError("no pong")
        return count

    async def history(count: int) -> int:
        for _ in range(count):
            reply = await api.ticks_history(dict(HISTORY))
            if len(reply["candles"]) != 1000:
                raise RuntimeError("expected 1000 candles")
        return count

    try:
        if args.memory:
            marks = [int(mark) for mark in args.memory.split(",")]
            await pings(200)
            done, sizes = 0, []
            for mark in marks:
                await pings(mark - done)
                done = mark
                sizes.append(rss())
            print(json.dumps({"calls": marks, "rss": sizes}), flush=True)
            return
        await pings(200)
        await history(2)
        result: dict[str, list[float]] = {}
        measurements = {
            "sequential": lambda: pings(args.pings),
            "pipelined": lambda: pipelined(args.pings),
            "history": lambda: history(args.histories),
        }
        for _ in range(args.repeats):
            for name, action in measurements.items():
                wall, cpu = await timed(action)
                result.setdefault(name, []).append(wall)
                result.setdefault(f"{name}_cpu", []).append(cpu)
        print(json.dumps(result), flush=True)
    finally:
        await api.disconnect()


if __name__ == "__main__":
    asyncio.run(main())
