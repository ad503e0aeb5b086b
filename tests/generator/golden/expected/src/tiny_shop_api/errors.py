"""Every exception this package raises derives from `ClientError`."""

from __future__ import annotations

from collections.abc import Mapping


class ClientError(Exception):
    """Root of the errors raised by `tiny_shop_api`."""


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


class ApiError(ClientError):
    """The server answered with an error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"HTTP {status}, code {code}: {message}")
        self.status = status
        self.code = code
        self.message = message


def api_errors(status: int, headers: Mapping[str, str], data: object) -> ApiError | None:
    """Any status of 400 or more is an error; `code` and `message` are read when present."""
    if status < 400:
        return None
    body = data if isinstance(data, dict) else {}
    code = body.get("code", body.get("error", status))
    message = body.get("message", body.get("error_description", ""))
    return ApiError(status, str(code), str(message or data or ""))


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None
