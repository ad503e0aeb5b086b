"""WebSocket transport: one connection, one reader thread, answers matched by request id.

Any thread may send: each request gets a fresh integer id and its own inbox, and the reader
thread files every incoming message in the inbox of the id it carries. A call reads one
message from its inbox; a stream keeps reading until it is forgotten. When the connection
ends, every open inbox ends with `ConnectionLost`; the next request opens a new connection
(after `on_open`, which may restore the session, has run), until the transport is closed.
Optional keepalive: a small request sent every few seconds; a connection that stops
answering it is closed.

Nothing is logged but call names, request ids and connection events, never a message body
(and the frame log of websockets is kept at INFO, see `frames_log`).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import queue
import threading
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

import orjson
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.sync.client import ClientConnection, connect

from .errors import ConnectionLost, RequestTimeout, TransportError

log = logging.getLogger(__name__.rsplit(".", 1)[0])
# websockets logs every frame at DEBUG, and frames carry tokens: its logger for our
# connections stays at INFO unless someone deliberately sets a level on it.
frames_log = logging.getLogger(f"{log.name}.websockets")
if frames_log.level == logging.NOTSET:
    frames_log.setLevel(logging.INFO)

Message = dict[str, Any]


class _End:
    """Queued after the last message of an inbox; carries the reason, if it was a failure."""

    __slots__ = ("error",)

    def __init__(self, error: TransportError | None) -> None:
        self.error = error


class Inbox:
    """The messages answering one request, in arrival order."""

    __slots__ = ("_connection", "_ended", "_queue", "label", "request_id")

    def __init__(self, connection: _Connection, request_id: int, label: str) -> None:
        self._connection = connection
        self._queue: queue.SimpleQueue[Message | _End] = queue.SimpleQueue()
        self._ended = False
        self.request_id = request_id
        self.label = label

    def __repr__(self) -> str:
        return f"Inbox({self.label!r}, request_id={self.request_id})"

    @property
    def alive(self) -> bool:
        """Whether messages may still arrive: not closed, and its connection is still up."""
        return not self._ended and self._connection.alive

    def get(self, timeout: float | None) -> Message | None:
        """The next message; None once the inbox was closed here. Raises `RequestTimeout`
        when nothing arrives in time and `ConnectionLost` when the connection ended."""
        try:
            item = self._queue.get(timeout=timeout)
        except queue.Empty:
            raise RequestTimeout(f"{self.label}: no answer within {timeout:g} s") from None
        if isinstance(item, _End):
            self._queue.put(item)  # later reads see the same end
            if item.error is not None:
                raise item.error
            return None
        return item

    def drain(self) -> list[Message]:
        """The messages that arrived and were not read yet, without waiting for more."""
        messages: list[Message] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return messages
            if isinstance(item, _End):
                self._queue.put(item)
                return messages
            messages.append(item)

    def close(self) -> None:
        """Stops filing messages here; a reader blocked in `get` wakes up with None."""
        self._connection.discard(self)
        self.end(None)

    def deliver(self, message: Message) -> None:
        """Files one message (the reader thread calls this)."""
        if not self._ended:
            self._queue.put(message)

    def end(self, error: TransportError | None) -> None:
        """No more messages: readers get None, or `error` raised when there is one."""
        if not self._ended:
            self._ended = True
            self._queue.put(_End(error))


class _Connection:
    """One open WebSocket, the reader thread draining it and the inboxes it feeds."""

    def __init__(self, websocket: ClientConnection, id_key: str, name: str) -> None:
        self.websocket = websocket
        self.id_key = id_key
        self.alive = True
        self.stopped = threading.Event()
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._inboxes: dict[int, Inbox] = {}
        self.reader = threading.Thread(target=self._read, name=f"{name}-reader", daemon=True)

    def register(self, request_id: int, label: str) -> Inbox:
        """A new inbox for the answers to `request_id`, before the request is sent."""
        inbox = Inbox(self, request_id, label)
        with self._lock:
            if not self.alive:
                raise ConnectionLost(f"{label}: the connection is closed")
            self._inboxes[request_id] = inbox
        return inbox

    def discard(self, inbox: Inbox) -> None:
        """Stops filing messages in `inbox`."""
        with self._lock:
            if self._inboxes.get(inbox.request_id) is inbox:
                del self._inboxes[inbox.request_id]

    def send(self, message: Message, label: str) -> None:
        """Sends one JSON message as a text frame; a closed connection raises ConnectionLost."""
        text = orjson.dumps(message).decode()
        try:
            with self._send_lock:
                self.websocket.send(text)
        except (ConnectionClosed, OSError) as error:
            self.fail(ConnectionLost(f"{label}: the connection closed while sending"))
            raise ConnectionLost(f"{label}: the connection closed while sending") from error

    def _read(self) -> None:
        reason: TransportError
        try:
            while True:
                self._dispatch(self.websocket.recv())
        except ConnectionClosed as error:
            code = error.rcvd.code if error.rcvd is not None else 1006
            reason = ConnectionLost(f"the connection closed (code {code})")
        except Exception as error:  # the reader must end every waiter, whatever went wrong
            self.close(ConnectionLost(f"the connection failed ({type(error).__name__})"))
            return
        self.fail(reason)

    def _dispatch(self, raw: str | bytes) -> None:
        try:
            message = orjson.loads(raw)
        except orjson.JSONDecodeError:
            log.warning("dropped a message that is not JSON (%d bytes)", len(raw))
            return
        if message.__class__ is not dict:
            log.warning("dropped a message that is not a JSON object")
            return
        request_id = message.get(self.id_key)
        with self._lock:
            inbox = self._inboxes.get(request_id) if request_id.__class__ is int else None
        if inbox is None:
            log.debug(
                "dropped a %r message nobody waits for (%s %r)",
                message.get("msg_type"),
                self.id_key,
                request_id,
            )
            return
        inbox.deliver(message)

    def fail(self, reason: TransportError) -> None:
        """Marks the connection dead and ends every inbox with `reason` (idempotent)."""
        with self._lock:
            if not self.alive:
                return
            self.alive = False
            inboxes = list(self._inboxes.values())
            self._inboxes.clear()
        self.stopped.set()
        log.debug("connection ended: %s", reason)
        for inbox in inboxes:
            inbox.end(reason)

    def close(self, reason: TransportError) -> None:
        """Ends every inbox with `reason`, then closes the WebSocket and waits for the reader."""
        self.fail(reason)
        with contextlib.suppress(WebSocketException, OSError):
            self.websocket.close()
        if self.reader is not threading.current_thread():
            self.reader.join(timeout=5.0)


class WebSocketTransport:
    """Sends JSON requests tagged with ids over one connection, opened on first use."""

    def __init__(
        self,
        url: str,
        *,
        id_key: str = "req_id",
        open_timeout: float | None = 10.0,
        keepalive: float | None = None,
        keepalive_message: Callable[[], Message] | None = None,
        on_open: Callable[[WebSocketTransport], None] | None = None,
        connect_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.url = url
        self._id_key = id_key
        self._open_timeout = open_timeout
        self._keepalive = keepalive if keepalive_message is not None else None
        self._keepalive_message = keepalive_message
        self._on_open = on_open
        self._connect_options = dict(connect_options or {})
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._connection: _Connection | None = None
        self._closed = False
        parts = urlsplit(url)
        self._where = f"{parts.scheme}://{parts.netloc}{parts.path}"

    def __repr__(self) -> str:
        return f"WebSocketTransport({self._where!r}, connected={self.connected})"

    @property
    def connected(self) -> bool:
        """Whether a connection is open right now."""
        connection = self._connection
        return connection is not None and connection.alive

    def open(self) -> None:
        """Opens the connection unless it is open; `on_open` runs before anyone else sends."""
        self._current()

    def _current(self) -> _Connection:
        with self._lock:
            connection = self._connection
            if connection is not None and connection.alive:
                return connection
            if self._closed:
                raise ConnectionLost("the client was closed")
            connection = self._connect()
            self._connection = connection
            if self._on_open is not None:
                # Other threads wait on the lock until the session is restored; if that fails,
                # the connection goes too, so the next request starts over.
                try:
                    self._on_open(self)
                except BaseException:
                    self._connection = None
                    connection.close(ConnectionLost("the new connection could not be set up"))
                    raise
            return connection

    def _connect(self) -> _Connection:
        log.debug("connecting to %s", self._where)
        try:
            websocket = connect(
                self.url,
                open_timeout=self._open_timeout,
                **{"logger": frames_log, **self._connect_options},
            )
            # Entered like a context (and closed by `close`): websockets 17.1+ warns otherwise.
            websocket.__enter__()
        except TimeoutError as error:
            raise RequestTimeout(f"no connection to {self._where} within the timeout") from error
        except (OSError, WebSocketException) as error:
            raise TransportError(
                f"cannot connect to {self._where}: {type(error).__name__}: {error}"
            ) from error
        connection = _Connection(websocket, self._id_key, "websocket")
        connection.reader.start()
        if self._keepalive is not None:
            threading.Thread(
                target=self._keep_alive,
                args=(connection, self._keepalive),
                name="websocket-keepalive",
                daemon=True,
            ).start()
        return connection

    def start(self, message: Message, label: str, *, reopen: bool = True) -> Inbox:
        """Sends `message` with a fresh request id; its answers arrive in the returned inbox.

        Opens the connection first if needed (with `reopen`, else raises `ConnectionLost`).
        Close the inbox when done with it.
        """
        request_id = next(self._ids)
        if reopen:
            connection = self._current()
        else:
            current = self._connection
            if current is None or not current.alive:
                raise ConnectionLost(f"{label}: not connected")
            connection = current
        inbox = connection.register(request_id, label)
        log.debug("%s: sending (%s %d)", label, self._id_key, request_id)
        try:
            connection.send({**message, self._id_key: request_id}, label)
        except BaseException:
            inbox.close()
            raise
        return inbox

    def exchange(
        self, message: Message, label: str, timeout: float | None, *, reopen: bool = True
    ) -> Message:
        """Sends one request and returns its first answer."""
        inbox = self.start(message, label, reopen=reopen)
        try:
            answer = inbox.get(timeout)
        finally:
            inbox.close()
        if answer is None:
            raise ConnectionLost(f"{label}: the request was abandoned")
        return answer

    def close(self) -> None:
        """Closes the connection for good: waiting callers, open streams and later
        requests get `ConnectionLost`."""
        with self._lock:
            self._closed = True
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close(ConnectionLost("the client was closed"))

    def _keep_alive(self, connection: _Connection, interval: float) -> None:
        assert self._keepalive_message is not None
        while not connection.stopped.wait(interval):
            request_id = next(self._ids)
            try:
                inbox = connection.register(request_id, "keepalive")
                connection.send(
                    {**self._keepalive_message(), self._id_key: request_id}, "keepalive"
                )
                try:
                    inbox.get(max(interval, 1.0))
                finally:
                    inbox.close()
            except RequestTimeout:
                log.warning("keepalive: no answer, closing the connection")
                connection.close(ConnectionLost("the server stopped answering keepalive pings"))
                return
            except TransportError:
                return
