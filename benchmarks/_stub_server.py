"""A minimal Binary.com stand-in for figure e's second set of rows: the client's own speed,
with the server's cost taken out.

`python -m benchmarks._stub_server`: prints its URL, serves until standard input closes.
It answers `ping` and `ticks_history` only, with replies the simulator would give (the
1000-candle one is the corpus's, valid against the spec), without validating anything:
what is left of a round trip is the two clients and the loopback.
"""

from __future__ import annotations

import threading
from typing import Any

import orjson
from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

from benchmarks.corpus import build
from benchmarks.timing import serve_until_stdin_closes


def main() -> None:
    candles: dict[str, Any] = orjson.loads(build().candles.raw)

    def answer(request: dict[str, Any]) -> dict[str, Any]:
        echo = {**request}
        if "ticks_history" in request:
            reply = {**candles, "echo_req": echo}
        else:
            reply = {"echo_req": echo, "msg_type": "ping", "ping": "pong"}
        if "req_id" in request:
            reply["req_id"] = request["req_id"]
        return reply

    def handler(connection: ServerConnection) -> None:
        try:
            for frame in connection:
                connection.send(orjson.dumps(answer(orjson.loads(frame))).decode())
        except ConnectionClosed:
            pass

    server = serve(handler, "127.0.0.1", 0, max_size=2**24)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.socket.getsockname()[:2]
    serve_until_stdin_closes(f"ws://{host}:{port}", server.shutdown)


if __name__ == "__main__":
    main()
