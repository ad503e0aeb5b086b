"""The errors every client raises; each API adds its own below `ClientError`."""

from __future__ import annotations

__all__ = [
    "ClientError",
    "DecodeError",
    "RequestTimeout",
    "TransportError",
    "ValidationError",
]


class ClientError(Exception):
    """Root of every error a generated client raises."""


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
