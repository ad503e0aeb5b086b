"""The models of the ``p2p_order_confirm`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pOrderConfirmRequest",
    "P2pOrderConfirmResponse",
    "P2pOrderConfirmResponseP2pOrderConfirm",
]


@attrs.define(kw_only=True)
class P2pOrderConfirmRequest:
    """P2p order confirm request."""

    p2p_order_confirm: Literal[1]
    dry_run: Literal[0, 1] | None = None
    id: str
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderConfirmResponse:
    """P2p order confirm response."""

    p2p_order_confirm: P2pOrderConfirmResponseP2pOrderConfirm | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_confirm"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderConfirmResponseP2pOrderConfirm:
    """P2p order confirm response p2p order confirm."""

    dry_run: Literal[1] | None = None
    id: str
    status: Literal["buyer-confirmed", "completed"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
