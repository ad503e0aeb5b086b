"""Bearer authentication, per-host URLs and the oauth-api envelope, on top of HttpTransport.

The access token is given per call (`BearerAuth.using`), never stored on the client, and
kept per thread so concurrent calls with different tokens do not mix. Error messages are
scrubbed of every secret the request carried before they leave the transport.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Collection, Mapping
from typing import Any

import attrs
import urllib3

from ..core import validate
from ..core.errors import ClientError, ValidationError
from ..http.transport import (
    DEFAULT_MAX_BODY,
    ErrorMapper,
    HttpTransport,
    PreparedRequest,
    RetryBudget,
    RetryPolicy,
    Route,
)
from .errors import BinanceError, envelope_error

# RFC 6750 section 2.1: the characters a bearer token may contain.
_BEARER_TOKEN = re.compile(r"[A-Za-z0-9\-._~+/]+=*")
_SECRET_WORDS = ("token", "secret", "verifier", "password", "code")


def check_access_token(access_token: object) -> str:
    """The token itself, or ValidationError (which never shows the value)."""
    if not isinstance(access_token, str):
        raise ValidationError(
            "access_token", f"must be a string, got {type(access_token).__name__}"
        )
    if _BEARER_TOKEN.fullmatch(access_token) is None:
        raise ValidationError(
            "access_token", "must be a non-empty bearer token (RFC 6750 characters only)"
        )
    return access_token


class BearerScope:
    """While active, the calls of this thread send `access_token` as their bearer token."""

    __slots__ = ("_auth", "_previous", "_token")

    def __init__(self, auth: BearerAuth, access_token: str) -> None:
        self._auth = auth
        self._token = access_token
        self._previous: str | None = None

    def __repr__(self) -> str:
        return "BearerScope(<token hidden>)"

    def __reduce__(self) -> Any:
        raise TypeError("BearerScope holds an access token and cannot be pickled")

    def __enter__(self) -> None:
        self._previous = self._auth.current()
        self._auth._set(self._token)

    def __exit__(self, *exc_info: object) -> None:
        self._auth._set(self._previous)


class BearerAuth:
    """Adds `Authorization: Bearer <token>` to the routes that need an access token."""

    __slots__ = ("_local",)

    def __init__(self) -> None:
        self._local = threading.local()

    def __repr__(self) -> str:
        return "BearerAuth(<token hidden>)"

    def __reduce__(self) -> Any:
        raise TypeError("BearerAuth may hold an access token and cannot be pickled")

    def using(self, access_token: str) -> BearerScope:
        """A context manager: the calls made inside it use this access token."""
        return BearerScope(self, check_access_token(access_token))

    def current(self) -> str | None:
        """The access token of this thread's current call, if any."""
        token: str | None = getattr(self._local, "token", None)
        return token

    def _set(self, access_token: str | None) -> None:
        self._local.token = access_token

    def apply(self, route: Route, request: PreparedRequest) -> None:
        """Sends the current access token on routes that need one; refuses without one."""
        if route.auth != "oauth":
            return
        token = self.current()
        if token is None:
            raise ClientError(
                f"{route.name} needs an access token: call it inside "
                "`with client.using_token(access_token):`, or use OAuthSession"
            )
        request.headers["Authorization"] = f"Bearer {token}"


class JoinedList(validate.Check):
    """An array sent as one query value joined by `separator` (OpenAPI `explode: false`)."""

    def __init__(self, items: validate.Check, separator: str, unique: bool = False) -> None:
        self._items = items
        self._separator = separator
        self._unique = unique

    def __call__(self, value: Any, path: str) -> Any:
        if isinstance(value, str):
            raise ValidationError(path, "must be a list of items, not one string")
        checked = self._items(value, path)
        if self._unique and len(set(checked)) != len(checked):
            raise ValidationError(path, "must not repeat an item")
        return self._separator.join(str(item) for item in checked)


class BinanceTransport(HttpTransport):
    """HttpTransport with one configurable URL per host of the spec, envelope checks on the
    oauth-api routes (a failure can come with HTTP 200) and secrets kept out of errors."""

    def __init__(
        self,
        base_url: str,
        *,
        servers: Mapping[str, str],
        envelope: Collection[str],
        routes: Callable[[], Mapping[str, Route]],
        errors: ErrorMapper,
        bearer: BearerAuth,
        timeout: float | urllib3.Timeout = 10.0,
        retry: RetryPolicy | None = None,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        user_agent: str = "",
        sleep: Callable[[float], None] = time.sleep,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        super().__init__(
            base_url,
            routes=routes,
            errors=errors,
            authenticator=bearer,
            timeout=timeout,
            retry=retry,
            retry_budget=retry_budget,
            verify_tls=verify_tls,
            ca_certs=ca_certs,
            pool_size=pool_size,
            user_agent=user_agent,
            sleep=sleep,
            max_body=max_body,
        )
        self.servers = {spec.rstrip("/"): url.rstrip("/") for spec, url in servers.items()}
        self._envelope = frozenset(envelope)
        self._bearer = bearer

    def __repr__(self) -> str:
        return f"BinanceTransport(servers={self.servers!r})"

    def prepare(
        self,
        route: Route,
        args: Mapping[str, Any],
        extra_params: Mapping[str, Any] | None = None,
    ) -> PreparedRequest:
        """The request as HttpTransport builds it, sent to the configured URL of its host."""
        request = super().prepare(route, args, extra_params)
        if route.server is None:
            return request
        base = self.servers.get(route.server.rstrip("/"))
        if base is None:
            return request
        return attrs.evolve(request, url=base + request.path_with_query)

    def send(
        self,
        route: Route,
        args: Mapping[str, Any],
        *,
        timeout: float | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> tuple[int, Mapping[str, str], Any]:
        """Sends the request; raises the envelope's failure on oauth-api routes."""
        try:
            status, headers, data = super().send(
                route, args, timeout=timeout, extra_params=extra_params
            )
        except BinanceError as error:
            error.redact(*self._secrets(route, args, extra_params))
            raise
        if route.name in self._envelope:
            failure = envelope_error(status, data)
            if failure is not None:
                failure.redact(*self._secrets(route, args, extra_params))
                raise failure
        return status, headers, data

    def _secrets(
        self,
        route: Route,
        args: Mapping[str, Any],
        extra_params: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """Values this request carried that must not be echoed in an error message, found
        by the names of the arguments, named or free-form."""
        found = [
            value
            for param in route.params
            if any(word in param.name.lower() for word in _SECRET_WORDS)
            for value in (args.get(param.name),)
            if isinstance(value, str)
        ]
        found.extend(
            str(value)
            for name, value in (extra_params or {}).items()
            if any(word in str(name).lower() for word in _SECRET_WORDS) and value is not None
        )
        token = self._bearer.current()
        if token is not None:
            found.append(token)
        return found
