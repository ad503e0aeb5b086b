"""Okcoin's error answers as exceptions: one class per kind of failure, chosen by code."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ClientError
from ..http.errors import retry_after

__all__ = [
    "AuthenticationError",
    "InvalidParameterError",
    "NotFoundError",
    "OkcoinError",
    "RateLimitError",
    "ServerClockError",
    "ServerError",
    "TimestampError",
]


class OkcoinError(ClientError):
    """Okcoin answered with an error: HTTP status, Okcoin's code and its message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"HTTP {status}, Okcoin code {code}: {message}")
        self.status = status
        self.code = code
        self.message = message

    def redact(self, *values: str) -> None:
        """Removes these values (secrets the request carried) from the message."""
        message = self.message
        for value in sorted({value for value in values if value}, key=len, reverse=True):
            message = message.replace(value, "<redacted>")
        if message != self.message:
            self.message = message
            self.args = (f"HTTP {self.status}, Okcoin code {self.code}: {message}",)


class ServerClockError(ClientError):
    """Okcoin's clock, as read by `sync_time`, is implausibly far from ours (beyond the
    client's `max_clock_offset`); the client keeps signing with the offset it had."""


class AuthenticationError(OkcoinError):
    """Key, passphrase, signature or permissions were refused."""


class TimestampError(AuthenticationError):
    """The request's timestamp was malformed or too far from the server's clock."""


class RateLimitError(OkcoinError):
    """Too many requests; `retry_after` is the server's hint in seconds, if it gave one."""

    def __init__(
        self, status: int, code: str, message: str, retry_after: float | None = None
    ) -> None:
        super().__init__(status, code, message)
        self.retry_after = retry_after


class InvalidParameterError(OkcoinError):
    """The server refused a parameter (missing, wrong value or wrong type)."""


class NotFoundError(OkcoinError):
    """The route or the object does not exist."""


class ServerError(OkcoinError):
    """Okcoin failed on its side (HTTP 5xx)."""


_AUTH_CODES = frozenset(
    {
        "30001",
        "30002",
        "30003",
        "30004",
        "30006",
        "30010",
        "30011",
        "30012",
        "30013",
        "30015",
        "30016",
    }
)
_TIMESTAMP_CODES = frozenset({"30005", "30008"})
_RATE_CODES = frozenset({"30014", "30026"})
_PARAMETER_CODES = frozenset({"30007", "30023", "30024", "30025"})


def error_for(status: int, code: str, message: str, headers: Mapping[str, str]) -> OkcoinError:
    """The most specific error class for an answer, by Okcoin code first, then status."""
    if code in _TIMESTAMP_CODES:
        return TimestampError(status, code, message)
    if code in _AUTH_CODES or status in (401, 403):
        return AuthenticationError(status, code, message)
    if code in _RATE_CODES or status == 429:
        return RateLimitError(status, code, message, retry_after(headers))
    if code in _PARAMETER_CODES:
        return InvalidParameterError(status, code, message)
    if status == 404:
        return NotFoundError(status, code, message)
    if status >= 500:
        return ServerError(status, code, message)
    return OkcoinError(status, code, message)
