"""The models of the ``ticks`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TicksRequest",
    "TicksResponse",
    "TicksResponseSubscription",
    "TicksResponseTick",
]


@attrs.define(kw_only=True)
class TicksRequest:
    """Ticks request."""

    ticks: str | list[str]
    """The symbol (e.g. R_50) whose prices to get, or a list of symbols."""

    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksResponse:
    """Ticks response."""

    tick: TicksResponseTick | None = None
    subscription: TicksResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["tick"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksResponseSubscription:
    """Ticks response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksResponseTick:
    """Ticks response tick."""

    ask: float | None = None
    bid: float | None = None
    epoch: int | None = None
    id: str | None = None
    pip_size: float
    quote: float | None = None
    symbol: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
