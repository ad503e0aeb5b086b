"""WebSocket transport: one connection, answers matched by request id.

Any thread may send: each request gets a fresh integer id and its own inbox. The thread
websockets runs to read the socket files every incoming message in the inbox of the id it
carries, as soon as the message is complete (no second reader thread: one hand-off less
per answer). A call reads one
message from its inbox; a stream keeps reading until it is forgotten.

When the connection ends, every open inbox ends with `ConnectionLost`, except those started
`resumable` while reconnecting is on (`backoff` given): they are suspended (an
`Interruption` is queued in each), and a background thread opens a new connection, waiting
`backoff` between failed attempts, then hands them to `on_resume`, which sends their
requests again (`resume`: the answers go on arriving in the same inbox) or ends them. When
the attempts run out, or the transport is closed, they end with `ConnectionLost`. The next
request also opens a new connection (after `on_open`, which may restore the session, has
run), until the transport is closed. Optional keepalive: a small request sent every few
seconds; a connection that stops answering it is closed.

Nothing is logged but call names, request ids and connection events, never a message body
(and the frame log of websockets is kept at INFO, see `frames_log`).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import queue
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

import orjson
from websockets.exceptions import ConnectionClosed, WebSocketException
from websockets.frames import Frame, Opcode
from websockets.sync.client import ClientConnection, connect

from ..core import exact_json
from ..core.errors import ClientError, DecodeError, RequestTimeout, TransportError, ValidationError
from ..core.logs import package_logger
from .errors import ConnectionLost
from .options import DEFAULT_MAX_QUEUE, ConnectionOptions

if TYPE_CHECKING:
    pass

log = package_logger(__name__)


class _FrameSizes(logging.Filter):
    """websockets logs every frame at DEBUG, text included, and frames carry tokens: its
    records keep the kind and size of each frame, never the text."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple) and any(_is_frame(arg) for arg in record.args):
            record.args = tuple(_frame_size(arg) for arg in record.args)
        return True


def _is_frame(value: object) -> bool:
    return hasattr(value, "opcode") and isinstance(getattr(value, "data", None), (bytes, bytearray))


def _frame_size(value: Any) -> object:
    if not _is_frame(value):
        return value
    return f"{getattr(value.opcode, 'name', value.opcode)} [{len(value.data)} bytes]"


# The logger websockets gets for our connections: at INFO unless someone sets a level on it,
# and even at DEBUG it shows no frame's text.
frames_log = logging.getLogger(f"{log.name}.websockets")
if frames_log.level == logging.NOTSET:
    frames_log.setLevel(logging.INFO)
frames_log.addFilter(_FrameSizes())

Message = dict[str, Any]

"""How many unread messages an inbox keeps (see `Inbox`)."""


class OpenTimeout(RequestTimeout):
    """The connection could not be opened within the open timeout (the message says how
    long that was: it may be shorter than the call's own timeout)."""


class _End:
    """Queued after the last message of an inbox; carries the reason, if it was a failure."""

    __slots__ = ("error",)

    def __init__(self, error: ClientError | None) -> None:
        self.error = error


class _Unreadable:
    """Queued in place of a message that could not be read: the reader gets its error (and
    the inbox stays open)."""

    __slots__ = ("error",)

    def __init__(self, error: DecodeError) -> None:
        self.error = error


class Interruption:
    """Queued in a resumable inbox when its connection ended: when (``time.time()``) and why.
    The messages after it come from the request sent again on a new connection."""

    __slots__ = ("at", "reason")
    dropped = 0  # (no message was dropped: see `Overflow`)

    def __init__(self, reason: str) -> None:
        self.at = time.time()
        self.reason = reason

    def __repr__(self) -> str:
        return f"Interruption({self.reason!r})"


class Overflow:
    """Queued in a stream's inbox where its oldest messages were dropped because the reader
    fell behind (the queue held `limit` messages): when the first went (``time.time()``) and
    how many."""

    __slots__ = ("at", "dropped", "limit")

    def __init__(self, limit: int) -> None:
        self.at = time.time()
        self.dropped = 0
        self.limit = limit

    def __repr__(self) -> str:
        return f"Overflow(dropped={self.dropped})"

    @property
    def reason(self) -> str:
        return (
            f"{self.dropped} message(s) dropped: the reader fell behind "
            f"(at most {self.limit} are kept unread)"
        )


_Item: TypeAlias = "Message | Interruption | Overflow | _Unreadable | _End"


class Inbox:
    """The messages answering one request, in arrival order, at most `limit` of them unread.

    When the queue is full, a stream's inbox drops its oldest message (and queues an
    `Overflow` in its place, counting the dropped ones), so the newest are kept; a call's
    inbox drops the new arrival, so its first answer is kept. Either way the receiving thread
    never waits for a reader: a slow reader cannot hold up the answers to other requests.
    """

    __slots__ = (
        "_answered",
        "_answered_event",
        "_connection",
        "_count",
        "_ended",
        "_items",
        "_lock",
        "_suspended",
        "_waiting",
        "_wake",
        "label",
        "limit",
        "message",
        "request_id",
        "resumable",
        "screen",
        "stream",
    )

    def __init__(
        self,
        connection: _Connection,
        request_id: int,
        label: str,
        message: Message | None = None,
        *,
        limit: int = DEFAULT_MAX_QUEUE,
        stream: bool = False,
    ) -> None:
        self._connection = connection
        self._items: deque[_Item] = deque()
        self._count = 0  # messages in `_items` (the markers are not counted)
        # `_items` and `_count` change under `_lock`. A reader that found nothing sets
        # `_waiting` and sleeps on `_wake`, which the next `_put` feeds (cheaper than a
        # threading.Condition, whose every wait makes a lock).
        self._lock = threading.Lock()
        self._waiting = False
        self._wake: queue.SimpleQueue[None] = queue.SimpleQueue()
        self._ended = False
        self._suspended = False
        self._answered = False  # a message of the current request arrived
        self._answered_event: threading.Event | None = None  # made by the first waiter
        self.request_id = request_id
        self.label = label
        self.limit = limit
        self.stream = stream
        # The request (without its id), kept to send it again on a new connection.
        self.message = message
        self.resumable = message is not None
        # Looks at the next message first: False holds it back (it is not filed).
        self.screen: Callable[[Message], bool] | None = None

    def __repr__(self) -> str:
        return f"Inbox({self.label!r}, request_id={self.request_id})"

    def __len__(self) -> int:
        """The messages queued and not read yet."""
        return self._count

    @property
    def alive(self) -> bool:
        """Whether messages may still arrive: not ended, and its connection is up or it
        waits for a new one."""
        return not self._ended and (self._suspended or self._connection.alive)

    @property
    def connected(self) -> bool:
        """Whether the request is open on a connection that is up right now."""
        return not self._ended and not self._suspended and self._connection.alive

    @property
    def ended(self) -> bool:
        """Whether no more messages will be filed here."""
        return self._ended

    def get(self, timeout: float | None) -> Message | None:
        """The next message; None once the inbox was closed here. Raises `RequestTimeout`
        when nothing arrives in time and the error it ended with (`ConnectionLost` when the
        connection ended)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            item = self.next(_left(deadline))
            if item is None or item.__class__ is dict:
                return item

    def next(self, timeout: float | None) -> Message | Interruption | Overflow | None:
        """Like `get`, but the markers are returned too: an `Interruption` (resumable
        inboxes) or an `Overflow` (streams)."""
        deadline: float | None = None
        items = self._items
        while True:
            with self._lock:
                if items:
                    item = items[0]
                    if item.__class__ is not _End:  # (an end stays: later reads see it too)
                        items.popleft()
                        if item.__class__ is dict:
                            self._count -= 1
                    break
                self._waiting = True
            if timeout is not None and deadline is None:
                deadline = time.monotonic() + timeout
            try:
                self._wake.get(timeout=_left(deadline))
            except queue.Empty:
                with self._lock:
                    self._waiting = False
                    if items:
                        continue  # it came just now
                raise RequestTimeout(f"{self.label}: no answer within {timeout:g} s") from None
        if isinstance(item, _Unreadable):
            item.error.operation = self.label
            raise item.error
        if isinstance(item, _End):
            error = item.error
            if error is None:
                return None
            if type(error) in (ConnectionLost, TransportError):
                # A fresh instance per reader: the same one may end many inboxes.
                raise type(error)(f"{self.label}: {error}")
            raise error
        return item

    def drain(self) -> list[Message]:
        """The messages that arrived and were not read yet, without waiting for more."""
        with self._lock:
            items = self._items
            messages = [item for item in items if item.__class__ is dict]
            ends = [item for item in items if item.__class__ is _End]
            items.clear()
            items.extend(ends)
            self._count = 0
        return messages

    def close(self) -> None:
        """Stops filing messages here; a reader blocked in `get` wakes up with None."""
        self._connection.discard(self)
        self.end(None)

    def abandon(self) -> None:
        """Like `close`, but waits for no lock the caller may hold: safe in a finalizer,
        whatever thread it runs in (one-off requests only: their id never changes). A reader
        still blocked in `get` is not woken up: nobody reads an abandoned inbox."""
        self._connection.forget(self.request_id)
        self._ended = True

    def deliver(self, message: Message) -> None:
        """Files one message (the receiving thread calls this)."""
        if self._ended:
            return
        screen = self.screen
        if screen is not None:
            self.screen = None
            if not screen(message):
                self._set_answered()
                return
        self._put(message)
        self._set_answered()

    def refuse(self, error: DecodeError) -> None:
        """Files, in place of a message, the reason it could not be read (the receiving
        thread calls this). One is kept unread at most."""
        with self._lock:
            if self._ended or any(isinstance(item, _Unreadable) for item in self._items):
                return
        self._put(_Unreadable(error))
        self._set_answered()

    def _put(self, item: _Item) -> None:
        with self._lock:
            if item.__class__ is dict:
                if self._count >= self.limit:
                    if not self.stream:
                        return  # a call reads its first answer: later ones are not needed
                    self._drop_oldest()
                else:
                    self._count += 1
            self._items.append(item)
            waiting = self._waiting
            self._waiting = False
        if waiting:
            self._wake.put(None)

    def _drop_oldest(self) -> None:
        """Drops the oldest unread message (the queue is full), counting it in the
        `Overflow` just before the place it held (holding the lock)."""
        items = self._items
        index = 0
        while items[index].__class__ is not dict:  # markers stay, in their order
            index += 1
        del items[index]
        marker = items[index - 1] if index else None
        if not isinstance(marker, Overflow):
            marker = Overflow(self.limit)
            items.insert(index, marker)
            log.warning(
                "%s: the reader fell behind; dropping the oldest messages (at most %d are kept)",
                self.label,
                self.limit,
            )
        marker.dropped += 1

    def _set_answered(self) -> None:
        self._answered = True  # before the event is read: see `wait_answered`
        event = self._answered_event
        if event is not None:
            event.set()

    def end(self, error: ClientError | None) -> None:
        """No more messages: readers get None, or `error` raised when there is one."""
        if not self._ended:
            self._ended = True
            self._suspended = False
            self._put(_End(error))
            if self._answered_event is not None:
                self._answered_event.set()  # a waiter need not sit out its timeout

    def suspend(self, reason: TransportError) -> None:
        """The connection ended; the request will be sent again on a new one."""
        if not self._ended and not self._suspended:
            self._suspended = True
            self._put(Interruption(str(reason)))

    def bind(self, connection: _Connection, request_id: int) -> None:
        """Files the answers of a new request, on `connection`, here (the transport calls
        this, holding the connection's lock)."""
        self._connection = connection
        self.request_id = request_id
        self._answered = False
        if self._answered_event is not None:
            self._answered_event.clear()
        self._suspended = False

    def wait_answered(self, timeout: float | None) -> bool:
        """Waits until a message of the current request arrived (or the inbox ended).

        The event is made only when someone waits (most inboxes are read with `get`): the
        flag is set before the event is looked at, and looked at here after the event is
        in place, so an answer arriving in between is seen one way or the other.
        """
        if self._answered or self._ended:
            return True
        if timeout is not None and timeout <= 0:
            return False
        event = self._answered_event
        if event is None:
            event = self._answered_event = threading.Event()
        if self._answered:
            return True
        return event.wait(timeout) or self._ended


class _Socket(ClientConnection):
    """A websockets connection that hands each complete data message to its `_Connection`
    from websockets' own receiving thread, instead of queueing it for a `recv()` call.

    Messages (and the end of the connection) that come before `attach` are kept and handed
    over by it, in order.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._sink: _Connection | None = None
        self._early: list[bytes | None] = []  # None: the connection ended
        self._sink_lock = threading.Lock()
        self._fragments: list[bytes] = []
        super().__init__(*args, **kwargs)

    def attach(self, sink: _Connection) -> None:
        """Sends every later message to `sink` (and the ones that came before)."""
        with self._sink_lock:
            for early in self._early:
                if early is None:
                    sink.ended(self)
                else:
                    sink.dispatch(early)
            self._early = []
            self._sink = sink

    def process_event(self, event: Any) -> None:
        if self.response is None or not isinstance(event, Frame):
            super().process_event(event)  # the handshake's response
            return
        opcode = event.opcode
        if opcode is not Opcode.TEXT and opcode is not Opcode.BINARY and opcode is not Opcode.CONT:
            super().process_event(event)  # ping, pong, close
            return
        if not event.fin:
            self._fragments.append(bytes(event.data))
            return
        data = bytes(event.data)
        if self._fragments:
            data = b"".join([*self._fragments, data])
            self._fragments = []
        self._hand_over(data)

    def recv_events(self) -> None:
        try:
            super().recv_events()
        finally:
            self._hand_over(None)

    def _hand_over(self, data: bytes | None) -> None:
        sink = self._sink
        if sink is None:
            with self._sink_lock:
                sink = self._sink
                if sink is None:
                    self._early.append(data)
                    return
        if data is None:
            sink.ended(self)
        else:
            sink.dispatch(data)


class _Connection:
    """One open WebSocket and the inboxes its messages are filed in."""

    def __init__(
        self,
        websocket: _Socket,
        id_key: str,
        on_fail: Callable[[_Connection, list[Inbox], TransportError], None] | None = None,
        max_queue: int = DEFAULT_MAX_QUEUE,
    ) -> None:
        self.websocket = websocket
        self.id_key = id_key
        self.max_queue = max_queue
        self.opened_at = time.monotonic()
        self.alive = True
        self.ready = False  # set once the transport's `on_open` has run
        self.stopped = threading.Event()
        self._on_fail = on_fail
        self._lock = threading.Lock()
        self._send_lock = threading.Lock()
        self._inboxes: dict[int, Inbox] = {}
        websocket.attach(self)

    def register(
        self, request_id: int, label: str, message: Message | None = None, *, stream: bool = False
    ) -> Inbox:
        """A new inbox for the answers to `request_id`, before the request is sent (with
        `message`, it can be resumed on a new connection; a `stream` keeps its newest
        messages when its reader falls behind)."""
        inbox = Inbox(self, request_id, label, message, limit=self.max_queue, stream=stream)
        with self._lock:
            if not self.alive:
                raise ConnectionLost(f"{label}: the connection is closed")
            self._inboxes[request_id] = inbox
        return inbox

    def rebind(self, inbox: Inbox, request_id: int) -> None:
        """Files the answers to a new `request_id` in an existing inbox."""
        with self._lock:
            if not self.alive:
                raise ConnectionLost(f"{inbox.label}: the connection is closed")
            if self._inboxes.get(inbox.request_id) is inbox:  # sent again on this connection
                del self._inboxes[inbox.request_id]
            inbox.bind(self, request_id)
            self._inboxes[request_id] = inbox

    def discard(self, inbox: Inbox) -> None:
        """Stops filing messages in `inbox`."""
        with self._lock:
            if self._inboxes.get(inbox.request_id) is inbox:
                del self._inboxes[inbox.request_id]

    def forget(self, request_id: int) -> None:
        """Stops filing the answers to `request_id`, without the lock (one dict operation)."""
        self._inboxes.pop(request_id, None)

    def send(self, message: Message, label: str) -> None:
        """Sends one JSON message as a text frame; a closed connection raises ConnectionLost."""
        text = orjson.dumps(message).decode()
        try:
            with self._send_lock:
                self.websocket.send(text)
        except (ConnectionClosed, OSError) as error:
            self.fail(ConnectionLost("the connection closed while sending"))
            raise ConnectionLost(f"{label}: the connection closed while sending") from error

    def ended(self, websocket: ClientConnection) -> None:
        """The socket is closed (websockets' receiving thread calls this last)."""
        received = websocket.protocol.close_rcvd
        code = received.code if received is not None else 1006
        self.fail(ConnectionLost(f"the connection closed (code {code})"))

    def dispatch(self, raw: bytes) -> None:
        """Files one message in the inbox its request id names (websockets' receiving thread
        calls this; nothing may escape, or that thread would end)."""
        try:
            self._file(raw)
        except Exception:
            log.exception("could not file a message")

    def _file(self, raw: bytes) -> None:
        try:
            message = exact_json.loads(raw)  # numbers a float cannot hold are kept exact
        except exact_json.NumberOutOfRange as error:
            # Its request gets the error (when it can be told which): no need to time out.
            request_id = _request_id(raw, self.id_key)
            with self._lock:
                inbox = self._inboxes.get(request_id) if request_id is not None else None
            log.warning("a message holds a number out of range (%s %r)", self.id_key, request_id)
            if inbox is not None:
                inbox.refuse(DecodeError(f"unreadable answer: {error}"))
            return
        except ValueError:
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
        """Marks the connection dead and ends (or suspends) every inbox (idempotent)."""
        with self._lock:
            if not self.alive:
                return
            self.alive = False
            inboxes = list(self._inboxes.values())
            self._inboxes.clear()
        self.stopped.set()
        log.debug("connection ended: %s", reason)
        if self._on_fail is not None:
            self._on_fail(self, inboxes, reason)
        else:
            for inbox in inboxes:
                inbox.end(reason)

    def close(self, reason: TransportError) -> None:
        """Ends every inbox with `reason`, then closes the WebSocket (which waits for its
        receiving thread, unless that is the thread calling)."""
        self.fail(reason)
        if self.websocket.recv_events_thread is threading.current_thread():
            return
        with contextlib.suppress(WebSocketException, OSError):
            self.websocket.close()


def _request_id(raw: bytes, key: str) -> int | None:
    """The request id of a message whose numbers are not all readable (those are skipped)."""
    try:
        message = json.loads(raw, parse_float=_skip, parse_int=_small_int, parse_constant=_skip)
    except (ValueError, RecursionError):
        return None
    request_id = message.get(key) if isinstance(message, dict) else None
    return request_id if request_id.__class__ is int else None


def _skip(text: str) -> None:
    return None


def _small_int(text: str) -> int | None:
    return int(text) if len(text) <= 20 else None


def _left(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.0, deadline - time.monotonic())


class WebSocketTransport:
    """Sends JSON requests tagged with ids over one connection, opened on first use."""

    def __init__(
        self,
        url: str,
        *,
        options: ConnectionOptions | None = None,
        id_key: str = "req_id",
        keepalive_message: Callable[[], Message] | None = None,
        on_open: Callable[[WebSocketTransport], None] | None = None,
        on_resume: Callable[[WebSocketTransport, list[Inbox]], None] | None = None,
        on_lost: Callable[[], None] | None = None,
    ) -> None:
        options = options if options is not None else ConnectionOptions()
        max_queue = options.max_queue
        if isinstance(max_queue, bool) or not isinstance(max_queue, int) or max_queue < 1:
            raise ValidationError("max_queue", "must be a positive integer")
        self.url = url
        self._max_queue = max_queue
        self._stable_after = options.stable_after
        self._id_key = id_key
        self._open_timeout = options.open_timeout
        self._keepalive = options.keepalive if keepalive_message is not None else None
        self._keepalive_message = keepalive_message
        self._on_open = on_open
        self._connect_options = dict(options.connect_options)
        self._backoff = options.backoff
        self._on_resume = on_resume
        self._on_lost = on_lost
        self._lock = threading.RLock()
        self._ids = itertools.count(1)
        self._connection: _Connection | None = None
        self._closed = False
        self._stopping = threading.Event()
        self._resume_lock = threading.Lock()
        self._suspended: list[Inbox] = []
        self._reconnecting = False
        self._failures = 0  # failed attempts in a row (guarded by `_resume_lock`)
        self.connections = 0  # opened so far
        parts = urlsplit(url)
        self._where = f"{parts.scheme}://{parts.netloc}{parts.path}"

    def __repr__(self) -> str:
        return f"WebSocketTransport({self._where!r}, connected={self.connected})"

    def __reduce__(self) -> Any:
        raise TypeError("a WebSocketTransport holds a live connection and cannot be pickled")

    @property
    def connected(self) -> bool:
        """Whether a connection is open right now."""
        connection = self._connection
        return connection is not None and connection.alive

    @property
    def closed(self) -> bool:
        """Whether `close` was called."""
        return self._closed

    @property
    def reconnecting(self) -> bool:
        """Whether streams are waiting for a new connection right now."""
        return self._reconnecting

    @property
    def reconnects(self) -> bool:
        """Whether resumable inboxes survive a lost connection."""
        return self._backoff is not None

    def open(self, timeout: float | None = None) -> None:
        """Opens the connection unless it is open; `on_open` runs before anyone else sends."""
        self._current(None if timeout is None else time.monotonic() + timeout)

    def _current(self, deadline: float | None = None) -> _Connection:
        connection = self._connection
        if connection is not None and connection.ready and connection.alive:
            return connection
        wait = _left(deadline)
        if not self._lock.acquire(timeout=-1 if wait is None else wait):
            raise RequestTimeout(f"no connection to {self._where} within the timeout")
        try:
            connection = self._connection
            # (During `on_open`, the thread running it gets the connection it is setting up.)
            if connection is not None and connection.alive:
                return connection
            if self._closed:
                raise ConnectionLost("the client was closed")
            connection = self._connect(deadline)
            if self._closed:  # closed while connecting
                connection.close(ConnectionLost("the client was closed"))
                raise ConnectionLost("the client was closed")
            self._connection = connection
            self.connections += 1
            if self._on_open is not None:
                # Other threads wait on the lock until the session is restored; if that fails,
                # the connection goes too, so the next request starts over.
                try:
                    self._on_open(self)
                except BaseException:
                    self._connection = None
                    connection.close(ConnectionLost("the new connection could not be set up"))
                    raise
            connection.ready = True
            return connection
        finally:
            self._lock.release()

    def _connect(self, deadline: float | None) -> _Connection:
        log.debug("connecting to %s", self._where)
        timeout = self._open_timeout
        left = _left(deadline)
        if left is not None:
            if left <= 0:
                raise RequestTimeout(f"no connection to {self._where} within the timeout")
            timeout = left if timeout is None else min(timeout, left)
        try:
            websocket = connect(
                self.url,
                open_timeout=timeout,
                create_connection=_Socket,
                **{"logger": frames_log, **self._connect_options},
            )
            # Entered like a context (and closed by `close`): websockets 17.1+ warns otherwise.
            websocket.__enter__()
        except TimeoutError as error:
            limit = "in time" if timeout is None else f"within {timeout:g} s"
            raise OpenTimeout(f"no connection to {self._where} {limit}") from error
        except ssl.SSLCertVerificationError as error:
            raise TransportError(
                f"cannot connect to {self._where}: the server's certificate was refused "
                f"({error.verify_message})"
            ) from error
        except (OSError, WebSocketException) as error:
            raise TransportError(
                f"cannot connect to {self._where}: {type(error).__name__}: {error}"
            ) from error
        assert isinstance(websocket, _Socket)
        connection = _Connection(
            websocket, self._id_key, self._connection_failed, max_queue=self._max_queue
        )
        if self._keepalive is not None:
            threading.Thread(
                target=self._keep_alive,
                args=(connection, self._keepalive),
                name="websocket-keepalive",
                daemon=True,
            ).start()
        return connection

    def start(
        self,
        message: Message,
        label: str,
        *,
        reopen: bool = True,
        resumable: bool = False,
        stream: bool = False,
        timeout: float | None = None,
    ) -> Inbox:
        """Sends `message` with a fresh request id; its answers arrive in the returned inbox.

        Opens the connection first if needed (with `reopen`, else raises `ConnectionLost`),
        waiting at most `timeout` seconds for it. A `resumable` inbox outlives a lost
        connection while reconnecting is on; a `stream`'s inbox keeps its newest messages
        when the reader falls behind (see `Inbox`). Close the inbox when done with it.
        """
        request_id = next(self._ids)
        if reopen:
            connection = self._current(None if timeout is None else time.monotonic() + timeout)
        else:
            current = self._connection
            if current is None or not current.alive:
                raise ConnectionLost(f"{label}: not connected")
            connection = current
        inbox = connection.register(
            request_id, label, message if resumable else None, stream=stream or resumable
        )
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
        """Sends one request and returns its first answer, all within `timeout` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        inbox = self.start(message, label, reopen=reopen, timeout=timeout)
        try:
            answer = inbox.get(_left(deadline))
        except RequestTimeout:
            raise RequestTimeout(f"{label}: no answer within {timeout:g} s") from None
        finally:
            inbox.close()
        if answer is None:
            raise ConnectionLost(f"{label}: the request was abandoned")
        return answer

    def resume(self, inbox: Inbox) -> None:
        """Sends a suspended inbox's request again, with a new id, on the current connection;
        its answers go on arriving in the same inbox. When the connection is gone, raises
        `ConnectionLost` and the inbox stays suspended (it is tried again)."""
        message = inbox.message
        if message is None or inbox.ended:
            return
        request_id = next(self._ids)
        connection = self._connection
        try:
            if connection is None or not connection.alive:
                raise ConnectionLost(f"{inbox.label}: not connected")
            connection.rebind(inbox, request_id)
        except ConnectionLost as error:
            self._suspend([inbox], error)
            raise
        log.debug("%s: sending again (%s %d)", inbox.label, self._id_key, request_id)
        # On failure the connection fails, which suspends the inbox again.
        connection.send({**message, self._id_key: request_id}, inbox.label)

    def close(self) -> None:
        """Closes the connection for good: waiting callers, open streams and later
        requests get `ConnectionLost`."""
        self._closed = True
        self._stopping.set()
        with self._lock:
            connection, self._connection = self._connection, None
        if connection is not None:
            connection.close(ConnectionLost("the client was closed"))
        with self._resume_lock:
            pending, self._suspended = self._suspended, []
        for inbox in pending:
            inbox.end(ConnectionLost("the client was closed"))

    # -- reconnecting ----------------------------------------------------------------------

    def _connection_failed(
        self, connection: _Connection, inboxes: list[Inbox], reason: TransportError
    ) -> None:
        """A connection ended: resumable inboxes wait for a new one, the others end.

        One that ended soon after it opened counts as a failed attempt, so a server that
        drops every connection at once gets waits that grow, not a reconnection storm.
        """
        if connection.ready:  # (one that failed while being set up is counted by `_current`)
            lived = time.monotonic() - connection.opened_at
            with self._resume_lock:
                self._failures = self._failures + 1 if lived < self._stable_after else 0
        if self._on_lost is not None:
            self._on_lost()
        keep = self._backoff is not None and not self._closed
        resumable = [inbox for inbox in inboxes if keep and inbox.resumable]
        for inbox in inboxes:
            if not (keep and inbox.resumable):
                inbox.end(reason)
        if resumable:
            self._suspend(resumable, reason)

    def _suspend(self, inboxes: list[Inbox], reason: TransportError) -> None:
        for inbox in inboxes:
            inbox.suspend(reason)
        with self._resume_lock:
            self._suspended.extend(inboxes)
            if self._reconnecting:
                return
            self._reconnecting = True
        threading.Thread(target=self._reconnect, name="websocket-reconnect", daemon=True).start()

    def _take_suspended(self) -> list[Inbox]:
        """The suspended inboxes still open, once each; None left stops the reconnecting."""
        with self._resume_lock:
            pending: dict[int, Inbox] = {}
            for inbox in self._suspended:
                if not inbox.ended:
                    pending[id(inbox)] = inbox
            self._suspended = []
            if not pending:
                self._reconnecting = False
            return list(pending.values())

    def _give_back(self, inboxes: list[Inbox]) -> None:
        with self._resume_lock:
            self._suspended.extend(inboxes)

    def _reconnect(self) -> None:
        """The background thread: opens a new connection for the suspended inboxes, with
        waits between failed attempts, and resumes them; ends them when it gives up."""
        backoff = self._backoff
        assert backoff is not None
        problem = "the connection was lost"
        while True:
            pending = self._take_suspended()
            if not pending:
                return
            if self._closed:
                for inbox in pending:
                    inbox.end(ConnectionLost("the client was closed"))
                continue
            failures = self._failures
            if backoff.attempts is not None and failures >= backoff.attempts:
                log.warning("gave up reconnecting after %d attempts", failures)
                for inbox in pending:
                    inbox.end(
                        ConnectionLost(f"no new connection after {failures} attempts: {problem}")
                    )
                self._count_failure(reset=True)
                continue
            if failures and self._stopping.wait(backoff.delay(failures)):
                self._give_back(pending)  # closed meanwhile: ended on the next turn
                continue
            try:
                self._current()
            except ClientError as error:
                problem = str(error)
                log.info(
                    "reconnecting failed (attempt %d): %s",
                    self._count_failure(),
                    type(error).__name__,
                )
                self._give_back(pending)
                continue
            except Exception as error:  # on_open went wrong: count it like a failed attempt
                problem = f"{type(error).__name__} while setting up the connection"
                log.warning("reconnecting failed (attempt %d): %s", self._count_failure(), problem)
                self._give_back(pending)
                continue
            log.info("reconnected; resuming %d stream(s)", len(pending))
            try:
                if self._on_resume is not None:
                    self._on_resume(self, pending)
                else:
                    for inbox in pending:
                        self.resume(inbox)
            except TransportError as error:
                problem = str(error)  # the new connection failed too: its inboxes are back
            except Exception:
                log.exception("resuming streams failed")
                for inbox in pending:
                    if inbox._suspended:
                        inbox.end(ConnectionLost("the stream could not be resumed"))
            # (The count goes back to 0 only once a connection has stayed up for a while:
            # see `_connection_failed`.)

    def _count_failure(self, *, reset: bool = False) -> int:
        """Counts one more failed attempt (or starts over); returns the count."""
        with self._resume_lock:
            self._failures = 0 if reset else self._failures + 1
            return self._failures

    # -- keepalive -------------------------------------------------------------------------

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
