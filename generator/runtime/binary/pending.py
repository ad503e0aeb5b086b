"""Answers still on their way: what a `Pipeline` method returns."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..core.errors import TransportError

if TYPE_CHECKING:
    from ..websocket.message import Call
    from ..websocket.transport import Inbox, Message
    from .session import Session

T = TypeVar("T")

_WAITING = object()


class Pending(Generic[T]):
    """A call that was sent and whose answer has not been read yet.

    `result()` waits for the answer and returns it typed, or raises what the same call made
    the blocking way would: the `ApiError` of an error answer, `RequestTimeout` once the
    call's own timeout (counted from when it was sent) runs out, `ConnectionLost` when the
    connection drops, unless the call is safe to repeat, in which case it is sent again
    under the client's rules. The outcome is kept: calling `result()` again gives the same.
    """

    __slots__ = (
        "__weakref__",
        "_call",
        "_deadline",
        "_failure",
        "_inbox",
        "_limit",
        "_lock",
        "_message",
        "_outcome",
        "_session",
    )

    def __init__(
        self,
        session: Session,
        call: Call,
        message: Message,
        limit: float | None,
        deadline: float | None,
        inbox: Inbox | None,
        failure: TransportError | None,
    ) -> None:
        self._session = session
        self._call = call
        self._message = message
        self._limit = limit
        self._deadline = deadline
        self._inbox = inbox
        self._failure = failure
        self._outcome: Any = _WAITING
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Pending({self._call.name!r}, done={self.done()})"

    def __reduce__(self) -> Any:
        raise TypeError("a Pending call belongs to a live connection and cannot be pickled")

    def __del__(self) -> None:
        inbox = self._inbox
        if inbox is not None:  # never read: stop filing its answer
            inbox.abandon()

    @property
    def call(self) -> str:
        """The name of the call."""
        return self._call.name

    def done(self) -> bool:
        """Whether `result()` would return (or raise) without waiting for the server."""
        inbox = self._inbox
        return self._outcome is not _WAITING or inbox is None or inbox.wait_answered(0)

    def result(self) -> T:
        """The decoded answer; waits for it within the call's timeout."""
        with self._lock:
            outcome = self._outcome
            if outcome is _WAITING:
                try:
                    outcome = (True, self._settle())
                except BaseException as error:
                    outcome = (False, error)
                self._outcome = outcome
        succeeded, value = outcome
        if not succeeded:
            raise value
        return value  # type: ignore[no-any-return]

    def _settle(self) -> Any:
        answer = None
        failure = self._failure
        inbox, self._inbox = self._inbox, None
        if inbox is not None:
            try:
                deadline = self._deadline
                left = self._limit if deadline is None else max(0.0, deadline - time.monotonic())
                answer = inbox.get(left)
            except TransportError as error:
                failure = error
            finally:
                inbox.close()
            if answer is None and failure is None:
                failure = TransportError(f"{self._call.name}: the request was abandoned")
        return self._session._complete(
            self._call, self._message, self._limit, self._deadline, answer, failure
        )
