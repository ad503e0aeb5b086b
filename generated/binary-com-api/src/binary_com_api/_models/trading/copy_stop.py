"""The models of the ``copy_stop`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "CopyStopRequest",
    "CopyStopResponse",
]


@attrs.define(kw_only=True)
class CopyStopRequest:
    """Copy stop request."""

    copy_stop: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopyStopResponse:
    """Copy stop response."""

    copy_stop: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copy_stop"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
