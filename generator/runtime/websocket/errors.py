"""Errors only a WebSocket connection has."""

from __future__ import annotations

from ..core.errors import TransportError

__all__ = [
    "ConnectionLost",
]


class ConnectionLost(TransportError):
    """The WebSocket connection closed before the answer (or the rest of a stream) arrived,
    and the client did not (or could not) send the request again."""
