"""The models of the ``p2p_advertiser_relations`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pAdvertiserRelationsRequest",
    "P2pAdvertiserRelationsResponse",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelations",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem",
    "P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem",
]


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsRequest:
    """P2p advertiser relations request."""

    p2p_advertiser_relations: Literal[1]
    add_blocked: list[float] | None = None
    add_favourites: list[float] | None = None
    remove_blocked: list[float] | None = None
    remove_favourites: list[float] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponse:
    """P2p advertiser relations response."""

    p2p_advertiser_relations: P2pAdvertiserRelationsResponseP2pAdvertiserRelations | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_relations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelations:
    """P2p advertiser relations response p2p advertiser relations."""

    blocked_advertisers: list[
        P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem
    ]
    favourite_advertisers: list[
        P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem
    ]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelationsBlockedAdvertisersItem:
    """P2p advertiser relations response p2p advertiser relations blocked advertisers item."""

    created_time: int | None = None
    id: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserRelationsResponseP2pAdvertiserRelationsFavouriteAdvertisersItem:
    """P2p advertiser relations response p2p advertiser relations favourite advertisers item."""

    created_time: int | None = None
    id: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
