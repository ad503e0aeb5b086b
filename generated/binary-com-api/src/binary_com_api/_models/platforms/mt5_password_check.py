"""The models of the ``mt5_password_check`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "Mt5PasswordCheckRequest",
    "Mt5PasswordCheckResponse",
]


@attrs.define(kw_only=True)
class Mt5PasswordCheckRequest:
    """Mt5 password check request."""

    mt5_password_check: Literal[1] = attrs.field(repr=False)
    login: str
    password: str = attrs.field(repr=False)
    password_type: Literal["main", "investor"] | None = attrs.field(default=None, repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5PasswordCheckResponse:
    """Mt5 password check response."""

    mt5_password_check: int | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_password_check"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
