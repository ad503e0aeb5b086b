"""The models of the ``p2p_advertiser_list`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "P2pAdvertiserListRequest",
    "P2pAdvertiserListResponse",
    "P2pAdvertiserListResponseP2pAdvertiserList",
    "P2pAdvertiserListResponseP2pAdvertiserListListItem",
    "P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem",
]


@attrs.define(kw_only=True)
class P2pAdvertiserListRequest:
    """P2p advertiser list request."""

    p2p_advertiser_list: Literal[1]
    advertiser_name: str | None = None
    is_blocked: Literal[0, 1] | None = None
    limit: int | None = None
    offset: int | None = None
    sort_by: Literal["name", "created_time", "last_interaction_time"] | None = None
    trade_partners: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserListResponse:
    """P2p advertiser list response."""

    p2p_advertiser_list: P2pAdvertiserListResponseP2pAdvertiserList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserList:
    """P2p advertiser list response p2p advertiser list."""

    list: list[P2pAdvertiserListResponseP2pAdvertiserListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserListListItem:
    """P2p advertiser list response p2p advertiser list list item."""

    advert_rates: float | None
    basic_verification: Literal[1, 0]
    buy_completion_rate: float | None
    buy_orders_amount: str
    buy_orders_count: int
    buy_time_avg: int | None
    cancel_time_avg: int | None
    created_time: int
    default_advert_description: str = attrs.field(repr=False)
    first_name: str | None = attrs.field(default=None, repr=False)
    full_verification: Literal[1, 0]
    id: str
    is_approved: Literal[0, 1]
    is_blocked: Literal[0, 1]
    is_favourite: Literal[0, 1] | None = None
    is_listed: Literal[0, 1]
    is_online: Literal[0, 1]
    is_recommended: Literal[0, 1] | None = None
    is_schedule_available: Literal[0, 1]
    last_name: str | None = attrs.field(default=None, repr=False)
    last_online_time: int | None
    name: str = attrs.field(repr=False)
    partner_count: int
    rating_average: float | None
    rating_count: int
    recommended_average: float | None
    recommended_count: int | None
    release_time_avg: int | None
    schedule: (
        list[P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem] | Unset | None
    ) = UNSET
    sell_completion_rate: float | None
    sell_orders_amount: str
    sell_orders_count: int
    total_completion_rate: float | None
    total_orders_count: int
    total_turnover: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserListResponseP2pAdvertiserListListItemScheduleItem:
    """P2p advertiser list response p2p advertiser list list item schedule item."""

    end_min: int | None
    start_min: int | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
