"""`Backoff`: how long the client waits before trying again (reconnecting, or re-sending a
call the server refused with a rate limit)."""

from __future__ import annotations

import random

from ..core.errors import ValidationError


class Backoff:
    """Waits that grow: ``first`` seconds, then ``factor`` times longer each time, never more
    than ``maximum``; each wait is shortened at random by up to ``jitter`` (a fraction of it),
    so that many clients cut off together do not come back in step.

    ``attempts`` bounds the reconnection attempts in a row after the connection drops: when
    that many have failed, open streams end with `ConnectionLost` (None: keep trying until
    the client is closed). The first attempt is made at once; the waits come between the
    failed ones. With the defaults, about 20 seconds pass before streams give up.
    """

    __slots__ = ("attempts", "factor", "first", "jitter", "maximum")

    def __init__(
        self,
        first: float = 0.1,
        maximum: float = 5.0,
        *,
        factor: float = 2.0,
        jitter: float = 0.2,
        attempts: int | None = 10,
    ) -> None:
        if not 0 < first <= maximum:
            raise ValidationError("first", "must be above 0 and at most maximum")
        if factor < 1:
            raise ValidationError("factor", "must be at least 1")
        if not 0 <= jitter < 1:
            raise ValidationError("jitter", "must be at least 0 and below 1")
        if attempts is not None and (isinstance(attempts, bool) or attempts < 1):
            raise ValidationError("attempts", "must be a positive integer or None")
        self.first = float(first)
        self.maximum = float(maximum)
        self.factor = float(factor)
        self.jitter = float(jitter)
        self.attempts = attempts

    def __repr__(self) -> str:
        return (
            f"Backoff(first={self.first!r}, maximum={self.maximum!r}, factor={self.factor!r}, "
            f"jitter={self.jitter!r}, attempts={self.attempts!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Backoff):
            return NotImplemented
        return repr(self) == repr(other)

    def __hash__(self) -> int:
        return hash(repr(self))

    def delay(self, attempt: int) -> float:
        """The wait before try number ``attempt + 1`` (``attempt`` counts the failures so far,
        from 1)."""
        exponent = min(max(attempt, 1) - 1, 64)
        wait = min(self.maximum, self.first * self.factor**exponent)
        return wait * (1.0 - self.jitter * random.random())
