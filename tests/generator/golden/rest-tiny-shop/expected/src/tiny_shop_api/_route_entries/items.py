"""What the client knows about the routes of the calls of the items group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`tiny_shop_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import items as _codec
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route

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
        decode=_codec._decode_list_of_Item,
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
            Param("price", "price", "body", True, v.Dec(exclusive_minimum=0)),
            Param(
                "tags",
                "tags",
                "body",
                False,
                v.ListOf(v.Str(pattern="^[a-z]+\\Z", source="^[a-z]+$")),
            ),
            Param("note", "note", "body", False, v.Nullable(v.Str())),
            Param(
                "kind",
                "kind",
                "body",
                False,
                v.OneOf(
                    (
                        "book",
                        "game",
                    )
                ),
            ),
            Param("isbn", "isbn", "body", False, v.Str()),
            Param(
                "size_cm",
                "size_cm",
                "body",
                False,
                v.TupleOf(
                    (
                        v.Number(),
                        v.Number(),
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec.structure_item,
        auth="none",
        idempotent=False,
        rules=(
            v.RequiredWhen((("isbn", None, False),), ("kind",)),
            v.RequiredWhen((("kind", ("book",), False),), ("isbn",)),
        ),
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
