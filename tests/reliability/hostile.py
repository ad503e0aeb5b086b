"""Small raw-socket HTTP servers on 127.0.0.1 that misbehave on purpose: one drips its answer
a byte at a time, one sends a body that never ends. Each reads the request head, then does
its one trick on every connection, in a thread of its own, until the test stops it."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

JSON_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"


class HostileServer:
    """Accepts connections on an ephemeral port; `serve(connection)` does the misbehaving."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopped = threading.Event()
        self._threads: list[threading.Thread] = []
        self.connections = 0
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    def __enter__(self) -> HostileServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stopped.set()
        self._accepting.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=5)
        self._listener.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            thread = threading.Thread(target=self._handle, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _handle(self, connection: socket.socket) -> None:
        with connection:
            try:
                connection.settimeout(2.0)
                received = b""
                while b"\r\n\r\n" not in received:
                    data = connection.recv(4096)
                    if not data:
                        return
                    received += data
                self.serve(connection)
            except OSError:
                return  # the client gave up, as it should

    def serve(self, connection: socket.socket) -> None:
        raise NotImplementedError

    def stopping(self) -> bool:
        return self._stopped.is_set()


class DripServer(HostileServer):
    """Sends `head` at once, then one byte of `drip` every `interval` seconds, for at most
    `limit` seconds (so a client without a deadline is held that long, then cut off)."""

    def __init__(
        self, head: bytes = b"", drip: bytes = JSON_HEAD, interval: float = 0.05, limit: float = 3
    ) -> None:
        self.head, self.drip, self.interval, self.limit = head, drip, interval, limit
        super().__init__()

    def serve(self, connection: socket.socket) -> None:
        if self.head:
            connection.sendall(self.head)
        ends = time.monotonic() + self.limit
        position = 0
        while time.monotonic() < ends and not self.stopping():
            connection.sendall(self.drip[position % len(self.drip) : position % len(self.drip) + 1])
            position += 1
            time.sleep(self.interval)


class EndlessBodyServer(HostileServer):
    """Answers 200 with a chunked body of spaces that goes on until the client hangs up or
    `limit` bytes were sent (then ends it properly)."""

    def __init__(self, limit: int = 64 * 1024 * 1024) -> None:
        self.limit = limit
        self.sent = 0
        super().__init__()

    def serve(self, connection: socket.socket) -> None:
        connection.sendall(JSON_HEAD + b"Transfer-Encoding: chunked\r\n\r\n")
        chunk = b"%x\r\n" % 65536 + b" " * 65536 + b"\r\n"
        while self.sent < self.limit and not self.stopping():
            connection.sendall(chunk)
            self.sent += 65536
        connection.sendall(b"0\r\n\r\n")


@contextmanager
def refused_url() -> Iterator[str]:
    """The URL of a port nothing listens on (bound, then closed): connecting is refused."""
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    yield f"http://127.0.0.1:{port}"
