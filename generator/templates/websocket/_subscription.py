"""`Subscription`: the typed messages of one stream, read by iterating it."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import DecodeError, RequestTimeout

if TYPE_CHECKING:
    from ._transport import Inbox, Message

T = TypeVar("T")


class Subscription(Generic[T]):
    """One open stream: iterate it for typed messages, the first answer included.

    Iteration blocks until the next message arrives and stops once the stream is forgotten
    (`forget()`, leaving a ``with`` block, or `forget_all` on the client). An error answer
    inside the stream is raised from the iteration, and so is `ConnectionLost` when the
    connection ends; the stream is over after either. `get(timeout)` reads one message
    with a time limit. Read a subscription from one thread at a time; `forget()` may be
    called from any thread.
    """

    __slots__ = ("__weakref__", "_ended", "_first", "_forget", "_inbox", "_lock", "_read", "call")

    def __init__(
        self,
        call: str,
        inbox: Inbox,
        read: Callable[[Subscription[T], Message], T],
        forget: Callable[[Subscription[Any], list[Message], bool], None],
        first: T,
    ) -> None:
        self.call = call
        self._inbox = inbox
        self._read = read
        self._forget = forget
        self._first: list[T] = [first]
        self._ended = False
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        state = "ended" if self._ended else "open"
        return f"Subscription({self.call!r}, {state})"

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
        """Whether more messages may come: not forgotten, and the connection is up."""
        return not self._ended and self._inbox.alive

    def get(self, timeout: float | None = None) -> T | None:
        """The next message, or None once the stream has ended.

        Raises `RequestTimeout` when nothing arrives within `timeout` seconds and
        `DecodeError` for a message that does not match the spec (the stream stays open
        after both), an `ApiError` for an error answer and `ConnectionLost` when the
        connection ends (the stream is over after either).
        """
        if self._first:
            return self._first.pop()
        if self._ended:
            return None
        try:
            message = self._inbox.get(timeout)
            if message is None or self._ended:
                return None
            return self._read(self, message)
        except Exception as error:
            if not isinstance(error, (RequestTimeout, DecodeError)):
                self._end()
            raise

    def forget(self) -> None:
        """Ends the stream here and asks the server to stop it (once; later calls do nothing)."""
        with self._lock:
            if self._ended:
                return
            self._ended = True
        self._first.clear()
        connected = self._inbox.alive
        # Unread messages may name more stream ids (a request can open several streams).
        unread = self._inbox.drain()
        try:
            self._forget(self, unread, connected)
        finally:
            self._inbox.close()

    def _end(self) -> None:
        """Ends the stream on this side only (the server already stopped it)."""
        with self._lock:
            self._ended = True
        self._first.clear()
        self._inbox.close()
