"""The models of the ``api_token`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ApiTokenRequest",
    "ApiTokenResponse",
    "ApiTokenResponseApiToken",
    "ApiTokenResponseApiTokenTokensItem",
]


@attrs.define(kw_only=True)
class ApiTokenRequest:
    """Api token request."""

    api_token: Literal[1] = attrs.field(repr=False)
    delete_token: str | None = attrs.field(default=None, repr=False)
    new_token: str | None = attrs.field(default=None, repr=False)
    new_token_scopes: (
        list[Literal["read", "trade", "trading_information", "payments", "admin"]] | None
    ) = attrs.field(default=None, repr=False)
    valid_for_current_ip_only: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ApiTokenResponse:
    """Api token response."""

    api_token: ApiTokenResponseApiToken | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["api_token"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ApiTokenResponseApiToken:
    """Api token response api token."""

    delete_token: Literal[1] | None = attrs.field(default=None, repr=False)
    new_token: Literal[1] | None = attrs.field(default=None, repr=False)
    tokens: list[ApiTokenResponseApiTokenTokensItem] | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ApiTokenResponseApiTokenTokensItem:
    """Api token response api token tokens item."""

    display_name: str | None = None
    last_used: str | None = None
    scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]] | None = None
    token: str | None = attrs.field(default=None, repr=False)
    valid_for_ip: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
