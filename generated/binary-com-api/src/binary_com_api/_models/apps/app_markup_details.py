"""The models of the ``app_markup_details`` call (apps group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AppMarkupDetailsRequest",
    "AppMarkupDetailsResponse",
    "AppMarkupDetailsResponseAppMarkupDetails",
    "AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem",
]


@attrs.define(kw_only=True)
class AppMarkupDetailsRequest:
    """App markup details request."""

    app_markup_details: Literal[1]
    app_id: int | None = None
    client_loginid: str | None = None
    date_from: str
    date_to: str
    description: Literal[0, 1] | None = None
    limit: float | None = None
    offset: int | None = None
    sort: Literal["ASC", "DESC"] | None = None
    sort_fields: list[Literal["app_id", "client_loginid", "transaction_time"]] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppMarkupDetailsResponse:
    """App markup details response."""

    app_markup_details: AppMarkupDetailsResponseAppMarkupDetails | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_markup_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupDetailsResponseAppMarkupDetails:
    """App markup details response app markup details."""

    transactions: list[AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupDetailsResponseAppMarkupDetailsTransactionsItem:
    """App markup details response app markup details transactions item."""

    app_id: int | None = None
    app_markup: float | None = None
    app_markup_usd: float | None = None
    app_markup_value: float | None = None
    client_currcode: str | None = None
    client_loginid: str | None = None
    dev_currcode: str | None = None
    dev_loginid: str | None = None
    transaction_id: int | None = None
    transaction_time: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
