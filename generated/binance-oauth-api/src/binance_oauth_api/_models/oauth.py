"""The models of the calls of the oauth group.

Import them from `binance_oauth_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "RevokeTokenResponse",
    "TokenResponse",
]


@attrs.define(kw_only=True)
class RevokeTokenResponse:
    """Revoke token response."""

    code: str
    message: str | None
    data: bool
    """True when the access token was cleared."""

    success: bool
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TokenResponse:
    """Token answer. `expires_in` is the access token's lifetime in seconds. The documented example
    has UUID tokens, `token_type: bearer` and a `scope` of `read` even though `user:*` scopes
    were asked for, so treat `scope` as informational.
    """

    access_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    scope: str | None = None
    token_type: str = attrs.field(repr=False)
    """Compare case-insensitively with `bearer`."""

    expires_in: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
