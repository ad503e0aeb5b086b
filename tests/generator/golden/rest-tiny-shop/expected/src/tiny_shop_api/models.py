"""The typed models of Tiny Shop API: one namespace for all of them.

Each model lives in the module of its call group (`_models/`) and is imported the first time
it is used from here, so a call loads the models of its own group only. Type checkers see
every model through the imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.items import Item, ItemDimensions, ItemLabelsValue, ItemRatingWithStars

__all__ = [
    "Item",
    "ItemDimensions",
    "ItemLabelsValue",
    "ItemRatingWithStars",
]

_MODULES: dict[str, str] = {
    "Item": "._models.items",
    "ItemDimensions": "._models.items",
    "ItemLabelsValue": "._models.items",
    "ItemRatingWithStars": "._models.items",
}


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above: a misspelt model name fails
    # the type check instead of passing as `Any`.
    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __package__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
