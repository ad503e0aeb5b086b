"""The models of the ``oauth_apps`` call (apps group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "OauthAppsRequest",
    "OauthAppsResponse",
    "OauthAppsResponseOauthAppsItem",
]


@attrs.define(kw_only=True)
class OauthAppsRequest:
    """Oauth apps request."""

    oauth_apps: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class OauthAppsResponse:
    """Oauth apps response."""

    oauth_apps: list[OauthAppsResponseOauthAppsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["oauth_apps"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class OauthAppsResponseOauthAppsItem:
    """Oauth apps response oauth apps item."""

    app_id: int
    app_markup_percentage: float
    last_used: str | None
    name: str = attrs.field(repr=False)
    official: Literal[1, 0]
    scopes: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
