"""The models of the ``p2p_order_review`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pOrderReviewRequest",
    "P2pOrderReviewResponse",
    "P2pOrderReviewResponseP2pOrderReview",
]


@attrs.define(kw_only=True)
class P2pOrderReviewRequest:
    """P2p order review request."""

    p2p_order_review: Literal[1]
    order_id: str
    rating: int
    recommended: Literal[0, 1] | Unset | None = UNSET
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pOrderReviewResponse:
    """P2p order review response."""

    p2p_order_review: P2pOrderReviewResponseP2pOrderReview | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_order_review"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pOrderReviewResponseP2pOrderReview:
    """P2p order review response p2p order review."""

    advertiser_id: str
    created_time: int
    order_id: str
    rating: int
    recommended: Literal[0, 1] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
