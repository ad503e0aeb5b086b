"""The models of the ``app_get`` call (apps group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AppGetRequest",
    "AppGetResponse",
    "AppGetResponseAppGet",
]


@attrs.define(kw_only=True)
class AppGetRequest:
    """App get request."""

    app_get: int
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppGetResponse:
    """App get response."""

    app_get: AppGetResponseAppGet | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_get"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppGetResponseAppGet:
    """App get response app get."""

    active: int | None = None
    app_id: int
    app_markup_percentage: float
    appstore: str
    github: str
    googleplay: str
    homepage: str
    name: str = attrs.field(repr=False)
    redirect_uri: str
    scopes: list[str] | None = None
    verification_uri: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
