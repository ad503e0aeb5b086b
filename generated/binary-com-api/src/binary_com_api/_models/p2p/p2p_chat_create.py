"""The models of the ``p2p_chat_create`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pChatCreateRequest",
    "P2pChatCreateResponse",
    "P2pChatCreateResponseP2pChatCreate",
]


@attrs.define(kw_only=True)
class P2pChatCreateRequest:
    """P2p chat create request."""

    p2p_chat_create: Literal[1]
    order_id: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pChatCreateResponse:
    """P2p chat create response."""

    p2p_chat_create: P2pChatCreateResponseP2pChatCreate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_chat_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pChatCreateResponseP2pChatCreate:
    """P2p chat create response p2p chat create."""

    channel_url: str
    order_id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
