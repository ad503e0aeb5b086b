"""The BinanceOAuthClient; its groups of methods, one method per route, are in `_methods/`."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import urllib3

from ._methods.oauth import OauthApi
from ._methods.user import UserApi
from ._runtime.binance import session as _session
from ._runtime.binance.auth import BearerAuth, BearerScope, BinanceTransport
from ._runtime.binance.errors import binance_errors
from ._runtime.binance.oauth import (
    AuthorizationRequest,
    Token,
    check_redirect_uri,
    code_challenge,
    new_code_verifier,
    new_state,
    parse_redirect,
    require_text,
)
from ._runtime.core.errors import ValidationError
from ._runtime.http.transport import HttpOptions, RetryBudget, RetryPolicy, Route

if TYPE_CHECKING:
    from . import models


class BinanceOAuthClient:
    """Client of Binance Login (OAuth 2.0): login URLs, token grants and the oauth-api routes.

    The high-level methods (`authorization_url`, `parse_redirect`, `exchange_code`,
    `refresh`, `user_info`, `revoke`) cover the whole login; `client.<group>.<method>(...)`
    are the routes as the spec describes them. Without `client_secret` the client is public
    and must use PKCE. The secret and every token stay out of reprs, logs, exception
    messages and pickles. Each attempt of a request, token grants included, ends within
    `timeout` seconds in all (connecting, sending and reading; a urllib3.Timeout bounds
    connect and read, and the attempt by their sum or its total), and reads at most
    `max_body` bytes of answer (ResponseTooLarge beyond). Routes the spec marks idempotent
    (user.info) are retried after connection errors, timeouts, 429s
    and 5xx answers, at most `retries` times per call and within `retry_budget` (a
    RetryBudget shared by all calls of the client); the others never are.
    """

    oauth: OauthApi
    user: UserApi

    def __init__(
        self,
        client_id: str,
        redirect_uri: str,
        client_secret: str | None = None,
        *,
        accounts_url: str = "https://accounts.binance.com",
        api_url: str = "https://www.binanceapis.com",
        timeout: float | urllib3.Timeout = 10.0,
        retries: int = 2,
        backoff: float = 0.25,
        retry_budget: RetryBudget | None = None,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        pool_size: int = 10,
        clock: Callable[[], float] = time.time,
        max_body: int = 16 * 1024 * 1024,
    ) -> None:
        self.client_id = require_text("client_id", client_id)
        self.redirect_uri = check_redirect_uri(redirect_uri)
        self._client_secret = (
            None if client_secret is None else require_text("client_secret", client_secret)
        )
        self.clock = clock
        self._bearer = BearerAuth()
        self._transport = BinanceTransport(
            accounts_url,
            servers={
                "https://accounts.binance.com": accounts_url,
                "https://www.binanceapis.com": api_url,
            },
            envelope=("oauth.revoke_token", "user.info"),
            routes=_load_routes,
            errors=binance_errors,
            bearer=self._bearer,
            options=HttpOptions(
                timeout=timeout,
                retry=RetryPolicy(retries=retries, backoff=backoff),
                retry_budget=retry_budget,
                verify_tls=verify_tls,
                ca_certs=ca_certs,
                pool_size=pool_size,
                user_agent="binance-oauth-api/0.3.1",
                max_body=max_body,
            ),
        )
        self.oauth = OauthApi(self._transport)
        self.user = UserApi(self._transport)

    def __repr__(self) -> str:
        kind = "confidential" if self.confidential else "public"
        return (
            f"BinanceOAuthClient(client_id={self.client_id!r}, "
            f"redirect_uri={self.redirect_uri!r}, {kind})"
        )

    def __reduce__(self) -> Any:
        raise TypeError("BinanceOAuthClient may hold a client secret and cannot be pickled")

    def __enter__(self) -> BinanceOAuthClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Closes the pooled connections."""
        self._transport.close()

    @property
    def confidential(self) -> bool:
        """Whether the client has a secret (web-server flow) rather than PKCE only."""
        return self._client_secret is not None

    @property
    def deadline(self) -> float:
        """Seconds an attempt of a call without its own `timeout` may take in all."""
        return self._transport.deadline

    @property
    def retry_budget(self) -> RetryBudget:
        """The budget every retry of this client draws from (see RetryBudget)."""
        return self._transport.retry_budget

    @property
    def servers(self) -> Mapping[str, str]:
        """The URL each host of the spec is reached at."""
        return dict(self._transport.servers)

    def authorization_url(
        self,
        scopes: Sequence[str],
        state: str | None = None,
        pkce: bool = True,
    ) -> AuthorizationRequest:
        """The URL that sends the user to the consent page, with the state and verifier
        needed to finish.

        Scopes are joined with commas, as Binance expects. `state` is generated when not
        given. With `pkce` (needed by public clients, harmless for confidential ones) a
        fresh code verifier is made and its S256 challenge sent. Nothing is requested.
        """
        if not pkce and not self.confidential:
            raise ValidationError("pkce", "a public client (no client_secret) must use PKCE")
        state = new_state() if state is None else state
        verifier = new_code_verifier() if pkce else None
        try:
            request = self._transport.prepare(
                _redirect_route("oauth_authorization_url"),
                {
                    "response_type": "code",
                    "client_id": self.client_id,
                    "redirect_uri": self.redirect_uri,
                    "scope": scopes,
                    "state": state,
                    "code_challenge": None if verifier is None else code_challenge(verifier),
                    "code_challenge_method": None if verifier is None else "S256",
                },
            )
        except ValidationError as error:
            if error.field != "scope" and not error.field.startswith("scope["):
                raise
            # The URL's `scope` is this method's `scopes`: name what the caller wrote.
            raise ValidationError("scopes" + error.field[len("scope") :], error.rule) from None
        return AuthorizationRequest(
            url=request.url,
            state=state,
            code_verifier=verifier,
            redirect_uri=self.redirect_uri,
            scopes=tuple(scopes),
        )

    def parse_redirect(self, url: str, expected_state: str) -> str:
        """The code of the redirect URL, after checking its state in constant time.

        Raises StateMismatch, MissingCode, or the OAuthError of an error redirect
        (AccessDenied when the user refused).
        """
        return parse_redirect(url, expected_state)

    def exchange_code(
        self,
        code: str,
        code_verifier: str | None = None,
        *,
        timeout: float | None = None,
    ) -> Token:
        """Swaps the redirect's code for tokens (sends the secret and/or the PKCE verifier).

        Raises InvalidGrant for a bad, expired or reused code or a verifier mismatch, and
        InvalidClient when the client is refused.
        """
        if code_verifier is None and not self.confidential:
            raise ValidationError("code_verifier", "is required without a client_secret (PKCE)")
        issued_at = self.clock()
        response = self.oauth.exchange_code(
            code=code,
            client_id=self.client_id,
            redirect_uri=self.redirect_uri,
            client_secret=self._client_secret,
            code_verifier=code_verifier,
            timeout=timeout,
        )
        return Token.from_response(response, issued_at, clock=self.clock)

    def refresh(self, refresh_token: str, *, timeout: float | None = None) -> Token:
        """New tokens from a refresh token; the given refresh token is kept in the result
        when the answer brings no new one."""
        issued_at = self.clock()
        response = self.oauth.refresh(
            refresh_token=refresh_token,
            client_id=self.client_id,
            client_secret=self._client_secret,
            timeout=timeout,
        )
        return Token.from_response(
            response, issued_at, clock=self.clock, refresh_token=refresh_token
        )

    def user_info(self, access_token: str, *, timeout: float | None = None) -> models.UserInfo:
        """The user's opaque id, and the e-mail address when `user:email` was granted.

        Raises InvalidToken when the access token is missing, expired or revoked, and
        EnvelopeError when Binance reports a failure.
        """
        with self._bearer.using(access_token):
            return self.user.info(timeout=timeout).data

    def revoke(self, access_token: str, *, timeout: float | None = None) -> bool:
        """Revokes the access token; True when Binance confirms it was cleared."""
        with self._bearer.using(access_token):
            return self.oauth.revoke_token(timeout=timeout).data

    def using_token(self, access_token: str) -> BearerScope:
        """A context manager under which `client.<group>.<method>()` calls of this thread
        send `access_token`."""
        return self._bearer.using(access_token)


class OAuthSession(_session.OAuthSession["models.UserInfo"]):
    """A user's tokens for a `BinanceOAuthClient`, kept valid from any number of threads:
    refreshed ahead of expiry (once, however many threads ask), saved to a `TokenStore`."""


def _load_routes() -> Mapping[str, Route]:
    from ._routes import ROUTES

    return ROUTES


def _redirect_route(operation_id: str) -> Route:
    from ._redirects import REDIRECTS

    return REDIRECTS[operation_id]
