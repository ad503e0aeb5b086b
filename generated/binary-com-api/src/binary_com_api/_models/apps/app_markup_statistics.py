"""The models of the ``app_markup_statistics`` call (apps group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AppMarkupStatisticsRequest",
    "AppMarkupStatisticsResponse",
    "AppMarkupStatisticsResponseAppMarkupStatistics",
    "AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem",
]


@attrs.define(kw_only=True)
class AppMarkupStatisticsRequest:
    """App markup statistics request."""

    app_markup_statistics: Literal[1]
    date_from: str
    date_to: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponse:
    """App markup statistics response."""

    app_markup_statistics: AppMarkupStatisticsResponseAppMarkupStatistics | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["app_markup_statistics"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponseAppMarkupStatistics:
    """App markup statistics response app markup statistics."""

    breakdown: list[AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem] | None = None
    total_app_markup_usd: float | None = None
    total_transactions_count: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AppMarkupStatisticsResponseAppMarkupStatisticsBreakdownItem:
    """App markup statistics response app markup statistics breakdown item."""

    app_id: int | None = None
    app_markup_usd: float | None = None
    app_markup_value: float | None = None
    dev_currcode: str | None = None
    transactions_count: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
