"""How a WebSocket connection is opened and kept, as one value.

Kept apart from the transport so a client can build it without importing websockets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backoff import Backoff

DEFAULT_MAX_QUEUE = 64
"""Unread messages kept per stream or pending call unless a client says otherwise."""


@dataclass(frozen=True, kw_only=True)
class ConnectionOptions:
    """How the connection is opened and kept, as one value: the client builds it from its
    own arguments and the transport reads it unchanged."""

    open_timeout: float | None = 10.0
    """Seconds to open a connection (None: no limit)."""
    keepalive: float | None = None
    """Seconds between keep-alive messages on an idle connection (None: none)."""
    connect_options: Mapping[str, Any] = field(default_factory=dict)
    """Passed to websockets' `connect` as they are (TLS context, compression, ...)."""
    backoff: Backoff | None = None
    """How long to wait between attempts to open a dropped connection again (None: it is
    not opened again)."""
    max_queue: int = DEFAULT_MAX_QUEUE
    """The most unread messages kept per stream or pending call."""
    stable_after: float = 1.0
    """A connection that ends sooner than this after opening counts as a failed attempt."""
