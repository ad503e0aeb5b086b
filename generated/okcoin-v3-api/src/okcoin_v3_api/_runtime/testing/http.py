"""The HTTP half of the simulator base: a threaded server on 127.0.0.1 (TLS optional), the
faults every HTTP simulator serves, and the order they are applied in.

A simulator subclasses `HttpSimulator` and says three things: how a request is routed (and
recorded), which names a fault may match it by, and how it is answered.
"""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import ssl
import threading
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .faults import Fault, FaultQueue
from .service import LoopbackService

log = logging.getLogger(__name__)

RoutedT = TypeVar("RoutedT")
# How long a client may take over its TLS handshake before its connection is given up.
_HANDSHAKE_SECONDS = 5.0


# --------------------------------------------------------------------------------------
# Faults every HTTP simulator serves
# --------------------------------------------------------------------------------------


class DropConnection(Fault):
    """Closes the connection without a byte of answer (the request is not carried out)."""


class LostReply(Fault):
    """Carries the request out, then closes the connection without answering: the client
    cannot tell whether it happened."""


class SlowReply(Fault):
    """Waits `delay` seconds, then answers normally (for client timeouts)."""

    def __init__(self, delay: float = 2.0, times: int = 1, *, only: str | None = None) -> None:
        super().__init__(times, only=only)
        self.delay = delay

    def _details(self) -> str:
        return f"delay={self.delay!r}, "


class ServerError(Fault):
    """A 5xx answer (503 unless told otherwise) in the API's error format."""

    def __init__(self, status: int = 503, times: int = 1, *, only: str | None = None) -> None:
        super().__init__(times, only=only)
        self.status = status

    def _details(self) -> str:
        return f"status={self.status!r}, "


class RateLimited(Fault):
    """HTTP 429 in the API's error format, with a Retry-After header (seconds, may be
    fractional)."""

    def __init__(
        self, retry_after: float = 1.0, times: int = 1, *, only: str | None = None
    ) -> None:
        super().__init__(times, only=only)
        self.retry_after = retry_after

    def _details(self) -> str:
        return f"retry_after={self.retry_after!r}, "


class MalformedBody(Fault):
    """HTTP 200 whose body is not valid JSON."""


class CannedReply(Fault):
    """Answers exactly this status, JSON body and headers, unchecked (for answers the
    simulator never gives by itself); `raw`, when given, is sent as it is instead."""

    def __init__(
        self,
        status: int = 200,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        *,
        raw: bytes | None = None,
        times: int = 1,
        only: str | None = None,
    ) -> None:
        super().__init__(times, only=only)
        self.status = status
        self.body = body
        self.raw = raw
        self.headers = dict(headers or {})

    def _details(self) -> str:
        return f"status={self.status!r}, "


# --------------------------------------------------------------------------------------
# Requests and replies
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HttpRequest:
    """One request as received."""

    method: str
    target: str  # path and query exactly as sent
    headers: Message
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        """The query's pairs in order, blank values kept."""
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)


@dataclass
class HttpReply:
    """Status, body bytes and headers of an answer."""

    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def json(cls, status: int, value: Any, headers: Mapping[str, str] | None = None) -> HttpReply:
        """An answer whose body is `value` as compact JSON (None: no body)."""
        body = b"" if value is None else dump_json(value)
        return cls(status, body, dict(headers or {}))


def dump_json(value: Any) -> bytes:
    """Compact JSON, non-ASCII kept as it is."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


def truncated_json(value: Any) -> bytes:
    """The first half of `value`'s JSON text: never parses."""
    text = dump_json(value)
    cut = text[: max(1, len(text) // 2)]
    try:
        json.loads(cut)
    except ValueError:
        return cut
    return b'{"truncated'


# --------------------------------------------------------------------------------------
# The server
# --------------------------------------------------------------------------------------


class _Server(ThreadingHTTPServer):
    """Remembers open connections, so stopping also ends keep-alive ones (a pooled client
    connection would otherwise still be answered after stop())."""

    daemon_threads = True
    allow_reuse_address = True
    # Many client threads connect at once; a short backlog makes some wait for a SYN retry.
    request_queue_size = 128

    def __init__(self, simulator: HttpSimulator[Any]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.simulator = simulator
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            connections = list(self._open)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gives up mid-handshake or mid-request is normal here, not a crash.
        log.debug("%s: connection from %s ended early", self.simulator.thread_name, client_address)


class _Handler(BaseHTTPRequestHandler):
    """Reads a request, hands it to the simulator and writes what it answers."""

    server: _Server
    protocol_version = "HTTP/1.1"
    # Headers and body go out as two writes; without this, delayed ACKs add ~40 ms a request.
    disable_nagle_algorithm = True

    def setup(self) -> None:
        # With TLS the handshake happens here, in this connection's thread, so a client
        # that stalls in it cannot hold up the server's accept loop.
        if isinstance(self.request, ssl.SSLSocket):
            self.request.settimeout(_HANDSHAKE_SECONDS)
            self.request.do_handshake()
            self.request.settimeout(None)
        super().setup()

    def do_GET(self) -> None:
        length = self.headers.get("Content-Length") or "0"
        body = self.rfile.read(int(length)) if length.isdigit() and int(length) > 0 else b""
        request = HttpRequest(self.command, self.path, self.headers, body)
        reply = self.server.simulator._handle(request)
        if reply is None:
            self._drop()
            return
        try:
            self.send_response(reply.status)
            if reply.body and not _has(reply.headers, "Content-Type"):
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":  # a HEAD answer has headers only, whatever its length
                self.wfile.write(reply.body)
        except OSError:
            self.close_connection = True  # the client went away

    do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = do_GET

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, format: str, *args: Any) -> None:
        # The request line may hold codes and tokens: log the method and path only.
        log.debug("%s: %s %s", self.server.simulator.thread_name, self.command, self.path_only)

    @property
    def path_only(self) -> str:
        return urlsplit(getattr(self, "path", "")).path


def _has(headers: Mapping[str, str], name: str) -> bool:
    return any(key.lower() == name.lower() for key in headers)


class HttpSimulator(LoopbackService, Generic[RoutedT]):
    """An HTTP API on 127.0.0.1 that serves injected faults around its normal answers.

    Per request: `_route` finds (and records) what was asked for, a fault matching one of
    `_fault_names` is taken from the queue, then `DropConnection` closes at once,
    `SlowReply` waits, `CannedReply` answers as given, `_answer` answers everything else
    (the API-specific faults included), and `LostReply` closes instead of sending it.
    """

    def __init__(self, *, ssl_context: ssl.SSLContext | None = None) -> None:
        super().__init__(ssl_context=ssl_context)
        self.faults = FaultQueue()

    # ---- what a subclass says ----------------------------------------------------------

    def _route(self, request: HttpRequest) -> RoutedT:
        """What the request asks for; records it for the tests."""
        raise NotImplementedError

    def _fault_names(self, request: HttpRequest, routed: RoutedT) -> Collection[str]:
        """The names an injected fault's `only` may give for this request."""
        raise NotImplementedError

    def _answer(self, request: HttpRequest, routed: RoutedT, fault: Fault | None) -> HttpReply:
        """The answer, given the fault taken for it (if any)."""
        raise NotImplementedError

    # ---- faults ---------------------------------------------------------------------------

    def inject(self, fault: Fault) -> None:
        """Queues a fault; faults are tried in the order injected."""
        self.faults.inject(fault)

    def clear_faults(self) -> None:
        """Drops every fault not yet served."""
        self.faults.clear()

    @property
    def fault_counts(self) -> dict[str, int]:
        """How many times each kind of fault was served so far, by class name."""
        return self.faults.counts

    # ---- serving ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>` (https with an `ssl_context`)."""
        return self._url("http", "https")

    def _handle(self, request: HttpRequest) -> HttpReply | None:
        """The answer to send, or None to close the connection without one."""
        routed = self._route(request)
        fault = self.faults.take(self._fault_names(request, routed))
        if isinstance(fault, DropConnection):
            return None
        if isinstance(fault, SlowReply) and self.stopping.wait(fault.delay):
            return None
        if isinstance(fault, CannedReply):
            if fault.raw is not None:
                return HttpReply(fault.status, fault.raw, dict(fault.headers))
            return HttpReply.json(fault.status, fault.body, fault.headers)
        try:
            reply = self._answer(request, routed, fault)
        except Exception as exc:  # a simulator bug: say so instead of hanging the client
            log.exception("%s failed", self.thread_name)
            reply = self._crash_reply(exc)
        return None if isinstance(fault, LostReply) else reply

    def _crash_reply(self, exc: Exception) -> HttpReply:
        """The 500 a simulator bug becomes; subclasses put it in the API's error format."""
        return HttpReply.json(500, {"error": f"simulator crashed: {type(exc).__name__}: {exc}"})

    def _listen(self) -> _Server:
        server = _Server(self)
        if self._ssl_context is not None:
            server.socket = self._ssl_context.wrap_socket(
                server.socket, server_side=True, do_handshake_on_connect=False
            )
        return server

    def _serve_forever(self, listener: Any) -> None:
        listener.serve_forever(poll_interval=0.01)  # how soon stop() is noticed

    def _close(self, listener: Any) -> None:
        listener.shutdown()
        listener.server_close()
        listener.close_connections()

    def _address(self, listener: Any) -> tuple[str, int]:
        host, port = listener.server_address[:2]
        return str(host), int(port)
