"""The TinyShopClient; its groups of methods, one method per route, are in `_methods/`."""

from __future__ import annotations

from collections.abc import Mapping

import urllib3

from ._methods.items import ItemsApi
from ._runtime.generic.errors import api_errors
from ._runtime.http.transport import HttpOptions, HttpTransport, RetryBudget, RetryPolicy, Route


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
