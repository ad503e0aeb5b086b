"""The models of the ``p2p_order_cancel`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pOrderCancelRequest",
    "P2pOrderCancelResponse",
    "P2pOrderCancelResponseP2pOrderCancel",
]


@attrs.define(kw_only=True)
class P2pOrderCancelRequest:
    """P2p order cancel request."""

    p2p_order_cancel: Literal[1]
    id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderCancelResponse:
    """P2p order cancel response."""

    p2p_order_cancel: P2pOrderCancelResponseP2pOrderCancel | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_cancel"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderCancelResponseP2pOrderCancel:
    """P2p order cancel response p2p order cancel."""

    id: str
    status: Literal["cancelled"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
