"""`Subscription`: the typed messages of one stream, read by iterating it; `Gap`: a stretch of
a stream lost with the connection."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..core.errors import DecodeError, RequestTimeout

if TYPE_CHECKING:
    from .transport import Inbox, Interruption, Message

T = TypeVar("T")


class Gap:
    """A stretch of a stream lost with the connection.

    ``lost`` is when the connection ended and ``resumed`` when the first message of the
    stream opened again arrived (both ``time.time()``); ``reason`` says how the connection
    ended. Whatever the server published in between is missing: a stream that starts with a
    snapshot (a tick history, a balance, a proposal) sends a fresh one first.
    """

    __slots__ = ("lost", "reason", "resumed")

    def __init__(self, lost: float, resumed: float, reason: str) -> None:
        self.lost = lost
        self.resumed = resumed
        self.reason = reason

    def __repr__(self) -> str:
        return f"Gap({self.seconds:.3f} s, {self.reason!r})"

    @property
    def seconds(self) -> float:
        """How long the stream was cut off."""
        return max(0.0, self.resumed - self.lost)


class Subscription(Generic[T]):
    """One open stream: iterate it for typed messages, the first answer included.

    Iteration blocks until the next message arrives and stops once the stream is forgotten
    (`forget()`, leaving a ``with`` block, or `forget_all` on the client). An error answer
    inside the stream is raised from the iteration, and the stream is over after it.
    `get(timeout)` reads one message with a time limit. Read a subscription from one thread
    at a time; `forget()` may be called from any thread.

    When the connection drops, the client reconnects, authorizes again and opens the stream
    again (unless reconnecting is off, or the call is not safe to repeat, like ``buy``), and
    the iteration goes on with the new stream's messages. Each such gap is reported once, in
    the iterating thread, right before the first message after it: ``on_gap`` (a callable
    you set, taking a `Gap`) is called, and ``gaps`` counts them. Set ``on_gap`` to None (the
    default) to only count. An exception raised by ``on_gap`` comes out of the iteration;
    the message is kept for the next read. If the stream cannot be opened again, the
    iteration raises `ConnectionLost` (or the error the server answered) and is over.
    """

    __slots__ = (
        "__weakref__",
        "_ended",
        "_first",
        "_forget",
        "_inbox",
        "_lock",
        "_pending_gap",
        "_read",
        "call",
        "gaps",
        "on_gap",
    )

    def __init__(
        self,
        call: str,
        inbox: Inbox,
        read: Callable[[Subscription[T], Message], T],
        forget: Callable[[Subscription[Any], Inbox], None],
        first: T,
    ) -> None:
        self.call = call
        self._inbox = inbox
        self._read = read
        self._forget = forget
        self._first: list[T] = [first]
        self._ended = False
        self._lock = threading.Lock()
        self._pending_gap: Interruption | None = None
        self.on_gap: Callable[[Gap], object] | None = None
        self.gaps = 0

    def __repr__(self) -> str:
        state = "ended" if self._ended else "open"
        return f"Subscription({self.call!r}, {state})"

    def __reduce__(self) -> Any:
        raise TypeError("a Subscription belongs to a live connection and cannot be pickled")

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        message = self.get()
        if message is None:
            raise StopIteration
        return message

    def __enter__(self) -> Subscription[T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.forget()

    @property
    def active(self) -> bool:
        """Whether more messages may come: not forgotten, and the connection is up (or being
        opened again)."""
        return not self._ended and self._inbox.alive

    def get(self, timeout: float | None = None) -> T | None:
        """The next message, or None once the stream has ended.

        Raises `RequestTimeout` when nothing arrives within `timeout` seconds and
        `DecodeError` for a message that does not match the spec (the stream stays open
        after both), an `ApiError` for an error answer and `ConnectionLost` when the stream
        could not be opened again after the connection ended (the stream is over after
        either).
        """
        if self._first:
            return self._first.pop()
        if self._ended:
            return None
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while True:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                try:
                    item = self._inbox.next(left)
                except RequestTimeout:
                    if timeout is None:
                        raise
                    raise RequestTimeout(f"{self.call}: no message within {timeout:g} s") from None
                if item is None or self._ended:
                    return None
                if not isinstance(item, dict):  # an Interruption: the connection ended
                    if self._pending_gap is None:
                        self._pending_gap = item
                    continue
                message = self._read(self, item)
                break
        except Exception as error:
            if not isinstance(error, (RequestTimeout, DecodeError)):
                self._end()
            raise
        interruption, self._pending_gap = self._pending_gap, None
        if interruption is not None:
            self.gaps += 1
            callback = self.on_gap
            if callback is not None:
                try:
                    callback(Gap(interruption.at, time.time(), interruption.reason))
                except BaseException:
                    self._first.append(message)
                    raise
        return message

    def forget(self) -> None:
        """Ends the stream here and asks the server to stop it (once; later calls do nothing)."""
        with self._lock:
            if self._ended:
                return
            self._ended = True
        self._first.clear()
        try:
            self._forget(self, self._inbox)
        finally:
            self._inbox.close()

    def _end(self) -> None:
        """Ends the stream on this side only (the server already stopped it)."""
        with self._lock:
            self._ended = True
        self._first.clear()
        self._inbox.close()
