"""The models of the calls of the user group.

Import them from `binance_oauth_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "UserInfo",
    "UserInfoResponse",
]


@attrs.define(kw_only=True)
class UserInfo:
    """User info."""

    user_id: str
    """Opaque per-user id (32 hex characters in the examples)."""

    email: str | None = None
    """Present when the `user:email` scope was granted."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class UserInfoResponse:
    """User info response."""

    code: str
    message: str | None
    data: UserInfo
    success: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
