"""The methods of ``client.items``: one per route of the items group."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, cast

from .._runtime.core.types import UNSET, Unset
from .._runtime.http.transport import Page

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class ItemsApi:
    """Items for sale."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_items(
        self,
        *,
        after: str | None = None,
        before: str | None = None,
        limit: int | None = None,
        kind: Literal["book", "game"] | None = None,
        timeout: float | None = None,
    ) -> Page[models.Item]:
        """List items, newest first.

        ``GET /items``; public; retried when it fails in transit.

        Arguments:
        - ``after`` (str)
        - ``before`` (str)
        - ``limit`` (int from 1 to 50)
        - ``kind`` (one of 'book', 'game')
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Page[models.Item]",
            self._transport.call(
                "items_list",
                {"after": after, "before": before, "limit": limit, "kind": kind},
                timeout=timeout,
            ),
        )

    def iter_items(
        self,
        *,
        limit: int | None = None,
        kind: Literal["book", "game"] | None = None,
        timeout: float | None = None,
    ) -> Iterator[models.Item]:
        """Every item of ``list_items``, newest first, fetching older pages as needed (each page is
        one request, sent when the items before it have been read).

        ``limit`` is the page size: how many items each request asks for (at most 50), not how
        many are yielded in all. Stop iterating (or use ``itertools.islice``) to take fewer.

        Arguments:
        - ``limit`` (int from 1 to 50)
        - ``kind`` (one of 'book', 'game')
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Iterator[models.Item]",
            self._transport.iterate(
                "items_list",
                {"limit": limit, "kind": kind},
                timeout=timeout,
            ),
        )

    def create_item(
        self,
        *,
        name: str,
        price: Decimal,
        tags: list[str] | None = None,
        note: str | Unset | None = UNSET,
        kind: Literal["book", "game"] | None = None,
        isbn: str | None = None,
        size_cm: tuple[float, float] | None = None,
        timeout: float | None = None,
    ) -> models.Item:
        """Create an item.

        ``POST /items``; public; never resent automatically.

        Arguments:
        - ``name`` (str of 1 to 40 characters; required)
        - ``price`` (Decimal above 0; required)
        - ``tags`` (list of str matching ``^[a-z]+$``)
        - ``note`` (str, or None)
        - ``kind`` (one of 'book', 'game')
        - ``isbn`` (str)
        - ``size_cm`` (tuple of (float, float))
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Item",
            self._transport.call(
                "items_create",
                {
                    "name": name,
                    "price": price,
                    "tags": tags,
                    "note": note,
                    "kind": kind,
                    "isbn": isbn,
                    "size_cm": size_cm,
                },
                timeout=timeout,
            ),
        )

    def get_item(
        self,
        *,
        item_id: str,
        timeout: float | None = None,
    ) -> models.Item:
        """One item.

        ``GET /items/{item_id}``; public; retried when it fails in transit.

        Arguments:
        - ``item_id`` (str; required)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.Item",
            self._transport.call(
                "items_get",
                {"item_id": item_id},
                timeout=timeout,
            ),
        )
