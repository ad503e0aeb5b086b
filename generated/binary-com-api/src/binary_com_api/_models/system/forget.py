"""The models of the ``forget`` call (system group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ForgetRequest",
    "ForgetResponse",
]


@attrs.define(kw_only=True)
class ForgetRequest:
    """Forget request."""

    forget: str
    """The id of the stream to stop (the id in a streamed answer's subscription field)."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ForgetResponse:
    """Forget response."""

    forget: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["forget"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
