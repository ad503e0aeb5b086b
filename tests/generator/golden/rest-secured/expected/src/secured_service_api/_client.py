"""The SecuredServiceClient; its groups of methods, one method per route, are in `_methods/`."""

from __future__ import annotations

from collections.abc import Mapping

import urllib3

from ._methods.default import DefaultApi
from ._runtime.generic.errors import api_errors
from ._runtime.http.oauth2 import TokenSource
from ._runtime.http.transport import (
    Credentials,
    HttpOptions,
    HttpTransport,
    RetryBudget,
    RetryPolicy,
    Route,
    SecurityScheme,
)


class SecuredServiceClient:
    """Client of the Secured Service API: `client.<group>.<method>(...)`, one method per route.

    Credentials, for the routes that need them (never shown in reprs, logs or errors):
    `bearer`: an access token, sent as `Authorization: Bearer`.
    `basic`: a (username, password) pair, sent as HTTP basic authentication.
    `header_key`: an API key, sent in the header `X-API-Key`.
    `query_key`: an API key, sent in the query `api_key`.
    `session`: an API key, sent in the cookie `SESSION`.
    `oauth`: an access token (sent as `Authorization: Bearer`), or a token source
    that fetches and renews its tokens from the spec's token URL:
    `ClientCredentials(client_id, client_secret, scopes=[...])`.
    `timeout_`: an access token, sent as `Authorization: Bearer`.
    """

    default: DefaultApi

    def __init__(
        self,
        base_url: str = "https://secured.invalid",
        *,
        timeout: float | urllib3.Timeout = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        max_body: int = 16 * 1024 * 1024,
        bearer: str | None = None,
        basic: tuple[str, str] | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
        session: str | None = None,
        oauth: str | TokenSource | None = None,
        timeout_: str | None = None,
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
                user_agent="secured-service-api/0.1.0",
                max_body=max_body,
            ),
        )
        self._transport.credentials = Credentials(
            _SECURITY,
            {
                "bearer": ("bearer", bearer),
                "basic": ("basic", basic),
                "header_key": ("header_key", header_key),
                "query_key": ("query_key", query_key),
                "session": ("session", session),
                "oauth": ("oauth", oauth),
                "timeout": ("timeout_", timeout_),
            },
            base_url=base_url,
        )
        self.default = DefaultApi(self._transport)

    def __repr__(self) -> str:
        return f"SecuredServiceClient(base_url={self._transport.base_url!r})"

    def __enter__(self) -> SecuredServiceClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()


_SECURITY = {
    "bearer": SecurityScheme("bearer", "header", "Authorization"),
    "basic": SecurityScheme("basic", "header", "Authorization"),
    "header_key": SecurityScheme("apiKey", "header", "X-API-Key"),
    "query_key": SecurityScheme("apiKey", "query", "api_key"),
    "session": SecurityScheme("apiKey", "cookie", "SESSION"),
    "oauth": SecurityScheme(
        "bearer",
        "header",
        "Authorization",
        token_urls=(("clientCredentials", "https://secured.invalid/token"),),
    ),
    "timeout": SecurityScheme("bearer", "header", "Authorization"),
}


def _load_routes() -> Mapping[str, Route]:
    from ._routes import ROUTES

    return ROUTES
