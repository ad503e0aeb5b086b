"""The models of the ``ping`` call (system group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PingRequest",
    "PingResponse",
]


@attrs.define(kw_only=True)
class PingRequest:
    """Ping request."""

    ping: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PingResponse:
    """Ping response."""

    ping: Literal["pong"] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["ping"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
