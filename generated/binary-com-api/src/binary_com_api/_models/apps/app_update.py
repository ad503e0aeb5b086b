"""The models of the ``app_update`` call (apps group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AppUpdateRequest",
    "AppUpdateResponse",
    "AppUpdateResponseAppUpdate",
]


@attrs.define(kw_only=True)
class AppUpdateRequest:
    """App update request."""

    app_update: int
    app_markup_percentage: float | None = None
    appstore: str | None = None
    github: str | None = None
    googleplay: str | None = None
    homepage: str | None = None
    name: str
    redirect_uri: str | None = None
    scopes: list[Literal["read", "trade", "trading_information", "payments", "admin"]]
    verification_uri: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppUpdateResponse:
    """App update response."""

    app_update: AppUpdateResponseAppUpdate | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_update"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppUpdateResponseAppUpdate:
    """App update response app update."""

    active: int | None = None
    app_id: int | None = None
    app_markup_percentage: float | None = None
    appstore: str | None = None
    github: str | None = None
    googleplay: str | None = None
    homepage: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    redirect_uri: str | None = None
    scopes: list[str] | None = None
    verification_uri: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
