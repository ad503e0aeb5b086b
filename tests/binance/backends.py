"""The two authorization servers the Binance client is tested against, behind one interface:
the independent authlib server (tests/support/authlib_server.py) and the package's own
simulator. Fixtures that build them live in conftest.py."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from binance_oauth_api import AuthorizationRequest, BinanceOAuthClient, Token
from binance_oauth_api.testing import BinanceOAuthSimulator

from tests.support.authlib_server import AuthlibServer, OAuthClient

REDIRECT = "http://127.0.0.1:8765/callback"
WEB_REDIRECT = "https://app.example/oauth/callback"
PUBLIC_ID = "a28f296f2cbe6c64b4d5dec24735d39b1b6fffcf"
WEB_ID = "web-app"
WEB_SECRET = "web-app-secret-5c1e"
USER_ID = "e10e20b7f20947e7bd206b15ce3dae90"
EMAIL = "xx@xx.com"
LIFETIME = 600
SCOPES = ("user:openId", "user:email")


class Clock:
    """The wall clock plus an offset that tests move; shared by a client and its server."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset


@dataclass
class Backend:
    """One authorization server, seen through what the tests need from it."""

    name: str
    base_url: str
    approve: Callable[[str], str]
    deny: Callable[[str], str]
    move_clock: Callable[[float], None]
    revoke_access_token: Callable[[str], None]
    refreshes: Callable[[], int]
    clock: Clock

    def advance_clock(self, seconds: float) -> None:
        """Moves the server's and the client's time together."""
        self.move_clock(seconds)
        self.clock.offset += seconds

    def client(self, secret: bool = False, timeout: float = 5.0) -> BinanceOAuthClient:
        """The public (PKCE) client, or the confidential one with its secret."""
        return BinanceOAuthClient(
            WEB_ID if secret else PUBLIC_ID,
            WEB_REDIRECT if secret else REDIRECT,
            WEB_SECRET if secret else None,
            accounts_url=self.base_url,
            api_url=self.base_url,
            clock=self.clock,
            backoff=0.001,
            timeout=timeout,
        )

    def login(
        self, client: BinanceOAuthClient, scopes: Sequence[str] = SCOPES, pkce: bool = True
    ) -> Token:
        """The whole authorization-code flow, the user approving."""
        request = client.authorization_url(scopes, pkce=pkce)
        code = client.parse_redirect(self.approve(request.url), request.state)
        return client.exchange_code(code, request.code_verifier)

    def code(
        self, client: BinanceOAuthClient, scopes: Sequence[str] = SCOPES
    ) -> tuple[str, AuthorizationRequest]:
        """A fresh code (PKCE) and the request it answers."""
        request = client.authorization_url(scopes)
        return client.parse_redirect(self.approve(request.url), request.state), request


def authlib_backend(server: AuthlibServer, clock: Clock) -> Backend:
    def revoke(access_token: str) -> None:
        server.tokens[access_token].access_revoked = True

    return Backend(
        name="authlib",
        base_url=server.base_url,
        approve=server.approve,
        deny=server.deny,
        move_clock=server.advance_clock,
        revoke_access_token=revoke,
        # One token per login, one more per refresh.
        refreshes=lambda: len(server.tokens) - 1,
        clock=clock,
    )


def simulator_backend(sim: BinanceOAuthSimulator, clock: Clock) -> Backend:
    return Backend(
        name="simulator",
        base_url=sim.base_url,
        approve=sim.approve,
        deny=sim.deny,
        move_clock=sim.advance_clock,
        revoke_access_token=sim.revoke_access_token,
        refreshes=lambda: sim.count("oauth_refresh"),
        clock=clock,
    )


def authlib_clients(*extra_redirects: str) -> list[OAuthClient]:
    scopes = ("user:openId", "user:email", "create:apikey")
    return [
        OAuthClient(PUBLIC_ID, (REDIRECT, *extra_redirects), scopes),
        OAuthClient(WEB_ID, (WEB_REDIRECT,), scopes, client_secret=WEB_SECRET),
    ]


def add_simulator_clients(sim: BinanceOAuthSimulator, *extra_redirects: str) -> None:
    scopes = ("user:openId", "user:email", "create:apikey")
    sim.add_client(PUBLIC_ID, (REDIRECT, *extra_redirects), scopes=scopes)
    sim.add_client(WEB_ID, (WEB_REDIRECT,), WEB_SECRET, scopes=scopes)
