"""Errors of the HTTP transport itself, and reading the headers error answers carry."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import TransportError

__all__ = ["ResponseTooLarge"]


class ResponseTooLarge(TransportError):
    """The answer's body is larger than the client's `max_body`; it was not read further."""


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
