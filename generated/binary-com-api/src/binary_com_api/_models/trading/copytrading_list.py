"""The models of the ``copytrading_list`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "CopytradingListRequest",
    "CopytradingListResponse",
    "CopytradingListResponseCopytradingList",
    "CopytradingListResponseCopytradingListCopiersItem",
    "CopytradingListResponseCopytradingListTradersItem",
]


@attrs.define(kw_only=True)
class CopytradingListRequest:
    """Copytrading list request."""

    copytrading_list: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CopytradingListResponse:
    """Copytrading list response."""

    copytrading_list: CopytradingListResponseCopytradingList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["copytrading_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingList:
    """Copytrading list response copytrading list."""

    copiers: list[CopytradingListResponseCopytradingListCopiersItem]
    traders: list[CopytradingListResponseCopytradingListTradersItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingListCopiersItem:
    """Copytrading list response copytrading list copiers item."""

    loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CopytradingListResponseCopytradingListTradersItem:
    """Copytrading list response copytrading list traders item."""

    assets: list[str] | None = None
    loginid: str | None = None
    max_trade_stake: float | Unset | None = UNSET
    min_trade_stake: float | Unset | None = UNSET
    token: str | None = attrs.field(default=None, repr=False)
    trade_types: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
