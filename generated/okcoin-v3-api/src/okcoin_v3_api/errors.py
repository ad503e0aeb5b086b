"""Every exception this package raises derives from `ClientError`."""

from __future__ import annotations

from collections.abc import Mapping


class ClientError(Exception):
    """Root of the errors raised by `okcoin_v3_api`."""


class ValidationError(ClientError, ValueError):
    """An argument broke a rule of the spec; raised before anything is sent."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


class DecodeError(ClientError, ValueError):
    """A message from the server does not match the spec."""

    def __init__(self, message: str, path: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.operation = ""

    def at(self, segment: str | int) -> DecodeError:
        """Prefixes the location as the error travels out of nested decoders."""
        self.path = (segment, *self.path)
        return self

    def __str__(self) -> str:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path)
        prefix = f"{self.operation}: " if self.operation else ""
        return f"{prefix}{self.message} at ${where}"


class TransportError(ClientError):
    """The request could not be completed: connection refused, reset or timed out."""


class RequestTimeout(TransportError):
    """No complete answer arrived within the timeout."""


class ResponseTooLarge(TransportError):
    """The answer's body is larger than the client's `max_body`; it was not read further."""


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
        return RateLimitError(status, code, message, _retry_after(headers))
    if code in _PARAMETER_CODES:
        return InvalidParameterError(status, code, message)
    if status == 404:
        return NotFoundError(status, code, message)
    if status >= 500:
        return ServerError(status, code, message)
    return OkcoinError(status, code, message)


def _retry_after(headers: Mapping[str, str]) -> float | None:
    value = _header(headers, "Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
