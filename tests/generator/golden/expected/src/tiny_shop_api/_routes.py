"""What the client knows about each route: where it goes, its arguments and how to decode.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from . import _codec
from ._runtime.core import validate as v
from ._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "items_list": Route(
        name="items.list_items",
        method="GET",
        path="/items",
        params=(
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(minimum=1, maximum=50)),
            Param(
                "kind",
                "kind",
                "query",
                False,
                v.OneOf(
                    (
                        "book",
                        "game",
                    )
                ),
            ),
        ),
        body="none",
        decode=_codec._decode_1,
        auth="none",
        idempotent=True,
        paging=("after", "before", "X-After", "X-Before"),
    ),
    "items_create": Route(
        name="items.create_item",
        method="POST",
        path="/items",
        params=(
            Param("name", "name", "body", True, v.Str(min_length=1, max_length=40)),
            Param("price", "price", "body", True, v.Dec()),
            Param("tags", "tags", "body", False, v.ListOf(v.Str(pattern="^[a-z]+$"))),
            Param("note", "note", "body", False, v.Nullable(v.Str())),
        ),
        body="json-object",
        decode=_codec.structure_item,
        auth="none",
        idempotent=False,
    ),
    "items_get": Route(
        name="items.get_item",
        method="GET",
        path="/items/{item_id}",
        params=(Param("item_id", "item_id", "path", True, v.Str()),),
        body="none",
        decode=_codec.structure_item,
        auth="none",
        idempotent=True,
    ),
}
