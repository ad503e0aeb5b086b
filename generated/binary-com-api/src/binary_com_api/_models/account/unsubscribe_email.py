"""The models of the ``unsubscribe_email`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "UnsubscribeEmailRequest",
    "UnsubscribeEmailResponse",
]


@attrs.define(kw_only=True)
class UnsubscribeEmailRequest:
    """Unsubscribe email request."""

    unsubscribe_email: Literal[1]
    binary_user_id: float
    checksum: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class UnsubscribeEmailResponse:
    """Unsubscribe email response."""

    binary_user_id: float | None = None
    email_unsubscribe_status: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["unsubscribe_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
