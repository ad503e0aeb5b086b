"""The models of the ``ticks_batch`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TicksBatchRequest",
    "TicksBatchResponse",
    "TicksBatchResponseSubscription",
    "TicksBatchResponseTicksBatchItem",
]


@attrs.define(kw_only=True)
class TicksBatchRequest:
    """Ticks batch request."""

    ticks_batch: Literal[1]
    market: Literal[
        "forex", "indices", "commodities", "stocks", "cryptocurrency", "synthetic_index"
    ]
    subscribe: Literal[1] | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TicksBatchResponse:
    """Ticks batch response."""

    ticks_batch: list[TicksBatchResponseTicksBatchItem] | None = None
    subscription: TicksBatchResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["ticks_batch"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksBatchResponseSubscription:
    """Ticks batch response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TicksBatchResponseTicksBatchItem:
    """Ticks batch response ticks batch item."""

    ask: str
    bid: str
    change: str
    epoch: int
    quote: str
    symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
