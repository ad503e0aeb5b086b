"""Reading error answers of HTTP APIs: the generic `ApiError` and the headers they carry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.errors import ClientError, TransportError


class ApiError(ClientError):
    """The server answered with an error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"HTTP {status}, code {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.body: Any = None
        """The error answer: decoded into its model when the spec declares one, else the
        JSON (or text) as it came."""


class ResponseTooLarge(TransportError):
    """The answer's body is larger than the client's `max_body`; it was not read further."""


def api_errors(status: int, headers: Mapping[str, str], data: object) -> ApiError | None:
    """Any status of 400 or more is an error; `code` and `message` are read when present."""
    if status < 400:
        return None
    body = data if isinstance(data, dict) else {}
    code = body.get("code", body.get("error", status))
    message = body.get("message", body.get("error_description", ""))
    error = ApiError(status, str(code), str(message or data or ""))
    error.body = data
    return error


def header(headers: Mapping[str, str], name: str) -> str | None:
    """A header's value whatever the case of its name, or None."""
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value
    return None


def retry_after(headers: Mapping[str, str]) -> float | None:
    """The `Retry-After` hint in seconds (never negative), or None when absent or a date."""
    value = header(headers, "Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
