"""The floor of figure h: the first `ping` with only the libraries our client stands on.

`python -I benchmarks/_stack_first_call.py URL`: imports what every generated WebSocket
client must import (attrs for its models, orjson for JSON, websockets' sync client for the
connection), connects to URL the way our client does, sends one `ping`, reads the answer and
checks it says `pong`; timed like `_first_call.py`. No models, no checks, no session: the
difference between this and `_first_call.py` is what our own code costs on a first call, and
this against python-deriv-api is the best ratio any client on these libraries can reach.
"""

import time

STARTED = time.perf_counter()
CPU_STARTED = time.process_time()

import json  # noqa: E402
import sys  # noqa: E402


def main(url: str) -> None:
    import attrs  # noqa: F401  (the models' library: part of the floor)
    import orjson
    from websockets.sync.client import connect

    with connect(url + "?app_id=1089&l=EN", compression="deflate") as websocket:
        websocket.send(orjson.dumps({"ping": 1, "req_id": 1}).decode())
        answer = orjson.loads(websocket.recv())
        if answer.get("ping") != "pong":
            raise RuntimeError("no pong")
        seconds = time.perf_counter() - STARTED
        cpu = time.process_time() - CPU_STARTED
    print(json.dumps({"seconds": seconds, "cpu": cpu, "modules": len(sys.modules)}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
