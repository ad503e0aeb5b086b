"""The TinyShopClient and its groups of methods, one method per route."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, cast

import urllib3

from ._runtime.core.types import UNSET, Unset
from ._runtime.http.errors import api_errors
from ._runtime.http.transport import (
    HttpOptions,
    HttpTransport,
    Page,
    RetryBudget,
    RetryPolicy,
    Route,
)

if TYPE_CHECKING:
    from . import models


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


class TinyShopClient:
    """Client of the Tiny Shop API: `client.<group>.<method>(...)`, one method per route."""

    items: ItemsApi

    def __init__(
        self,
        base_url: str = "https://shop.example.test",
        *,
        timeout: float | urllib3.Timeout = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        max_body: int = 16 * 1024 * 1024,
    ) -> None:
        self._transport = HttpTransport(
            base_url,
            routes=_load_routes,
            errors=api_errors,
            options=HttpOptions(
                timeout=timeout,
                retry=RetryPolicy(retries=retries, backoff=backoff),
                retry_budget=retry_budget,
                verify_tls=verify_tls,
                ca_certs=ca_certs,
                pool_size=pool_size,
                user_agent="tiny-shop-api/0.1.0",
                max_body=max_body,
            ),
        )
        self.items = ItemsApi(self._transport)

    def __repr__(self) -> str:
        return f"TinyShopClient(base_url={self._transport.base_url!r})"

    def __enter__(self) -> TinyShopClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()


def _load_routes() -> Mapping[str, Route]:
    from ._routes import ROUTES

    return ROUTES
