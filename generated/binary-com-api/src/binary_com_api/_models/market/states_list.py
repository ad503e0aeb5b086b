"""The models of the ``states_list`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "StatesListRequest",
    "StatesListResponse",
    "StatesListResponseStatesListItem",
]


@attrs.define(kw_only=True)
class StatesListRequest:
    """States list request."""

    states_list: str
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class StatesListResponse:
    """States list response."""

    states_list: list[StatesListResponseStatesListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["states_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class StatesListResponseStatesListItem:
    """States list response states list item."""

    text: str | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
