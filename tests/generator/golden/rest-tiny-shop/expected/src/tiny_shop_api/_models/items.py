"""The models of the calls of the items group.

Import them from `tiny_shop_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

import attrs

from .._runtime.core.types import UNSET, Unset

__all__ = [
    "Item",
    "ItemDimensions",
    "ItemLabelsValue",
    "ItemRatingWithStars",
]


@attrs.define(kw_only=True)
class Item:
    """Something for sale."""

    id: str
    name: str
    price: Decimal
    kind: Literal["book", "game"] | None = None
    in_stock: Literal[0, 1] | None = None
    note: str | Unset | None = UNSET
    dimensions: ItemDimensions | None = None
    stock_by_store: dict[str, int] | None = None
    labels: dict[str, ItemLabelsValue | Any] | None = None
    price_history: list[Decimal] | None = None
    price_range: tuple[Decimal, Decimal, str] | None = None
    """Lowest and highest price seen, then the currency."""

    rating: int | ItemRatingWithStars | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ItemDimensions:
    """Item dimensions."""

    width: float | None = None
    height: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ItemLabelsValue:
    """Item labels value."""

    text: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ItemRatingWithStars:
    """Item rating with stars."""

    stars: int | None = None
    votes: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
