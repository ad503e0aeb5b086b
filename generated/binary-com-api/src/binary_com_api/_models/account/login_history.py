"""The models of the ``login_history`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "LoginHistoryRequest",
    "LoginHistoryResponse",
    "LoginHistoryResponseLoginHistoryItem",
]


@attrs.define(kw_only=True)
class LoginHistoryRequest:
    """Login history request."""

    login_history: Literal[1]
    limit: int | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class LoginHistoryResponse:
    """Login history response."""

    login_history: list[LoginHistoryResponseLoginHistoryItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["login_history"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class LoginHistoryResponseLoginHistoryItem:
    """Login history response login history item."""

    action: str
    browser: str
    country: str
    datetime: str
    device: str
    environment: str
    ip: str
    language: str
    os: str
    status: Literal[0, 1]
    time: int
    version: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
