"""A local stand-in for Binance Login (OAuth 2.0), built on authlib + Flask.

It is an independent peer for the generated ``binance_oauth_api`` client: none of the
client's code is used here. It serves, on ``http://127.0.0.1:<ephemeral port>``, the same
paths as Binance:

- ``GET  /en/oauth/authorize``: the consent page. Nobody logs in through a form; the test
  tells the server who is logged in with the ``X-Test-User`` header (see ``approve``/``deny``).
- ``POST /oauth/token``: ``authorization_code`` and ``refresh_token`` grants. Parameters are
  read from the form body and, as Binance's docs also show, from the query string.
  Confidential clients use ``client_secret_post``; public clients (no secret) use ``none`` and
  must use PKCE with ``S256``. Codes are single use; refresh tokens rotate.
- ``POST /oauth/revoke``: RFC 7009 revocation (client-authenticated, ``token`` form field).
- ``GET  /oauth-api/v1/user-info`` and ``POST /oauth-api/v1/revoke-token``: Binance's envelope
  routes, protected by the access token (``Authorization: Bearer`` or ``?access_token=``).

Binance quirks reproduced: scopes are comma-separated, ``token_type`` is lower-case
``bearer``, tokens are UUIDs. The 401 body of the envelope routes is this double's own
choice (Binance documents none): an envelope with ``success: false``.

Everything lives in memory. Time is ``time.time()`` plus an offset that ``advance_clock``
moves, so tests can expire tokens without sleeping.
"""

from __future__ import annotations

import secrets
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import urllib3
from authlib.integrations.flask_oauth2 import (  # type: ignore[import-untyped]
    AuthorizationServer,
)
from authlib.integrations.flask_oauth2.requests import (  # type: ignore[import-untyped]
    FlaskOAuth2Request,
)
from authlib.oauth2.rfc6749 import grants  # type: ignore[import-untyped]
from authlib.oauth2.rfc6749.errors import (  # type: ignore[import-untyped]
    InvalidRequestError,
    OAuth2Error,
)
from authlib.oauth2.rfc7009 import RevocationEndpoint  # type: ignore[import-untyped]
from authlib.oauth2.rfc7636 import CodeChallenge  # type: ignore[import-untyped]
from flask import Flask, Response, jsonify
from flask import request as flask_request
from werkzeug.datastructures import CombinedMultiDict
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

__all__ = ["AuthlibServer", "OAuthClient", "User", "run_authlib_server"]

AUTHORIZE_PATH = "/en/oauth/authorize"
TOKEN_PATH = "/oauth/token"
RFC7009_REVOKE_PATH = "/oauth/revoke"
USERINFO_PATH = "/oauth-api/v1/user-info"
REVOKE_PATH = "/oauth-api/v1/revoke-token"

USER_HEADER = "X-Test-User"
# Accepted client authentication methods at the token and revocation endpoints. Basic is
# listed only so that a rejected attempt answers 401 (authlib's rule); no client may use it.
_AUTH_METHODS = ["client_secret_post", "none", "client_secret_basic"]


# --------------------------------------------------------------------------- models


@dataclass(frozen=True)
class User:
    """A Binance account. ``email`` is shown only when ``user:email`` was granted."""

    user_id: str
    email: str | None = None


@dataclass(frozen=True)
class OAuthClient:
    """A registered app. ``client_secret=None`` makes it a public (PKCE) client."""

    client_id: str
    redirect_uris: tuple[str, ...]
    scopes: tuple[str, ...] = ("user:openId", "user:email")
    client_secret: str | None = None

    # The methods below are the model interface authlib calls (ClientMixin).
    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return self.redirect_uris[0] if len(self.redirect_uris) == 1 else None

    def get_allowed_scope(self, scope: str | None) -> str | None:
        # Binance separates scopes with commas. Unknown or missing scopes fail the request.
        requested = split_scope(scope)
        if not requested or any(s not in self.scopes for s in requested):
            return None
        return ",".join(requested)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return redirect_uri in self.redirect_uris

    def check_client_secret(self, client_secret: str) -> bool:
        return self.client_secret is not None and secrets.compare_digest(
            self.client_secret, client_secret
        )

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method == ("none" if self.client_secret is None else "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code"

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in ("authorization_code", "refresh_token")


@dataclass
class AuthorizationCode:
    code: str
    client_id: str
    user_id: str
    redirect_uri: str
    scope: str
    code_challenge: str | None
    code_challenge_method: str | None
    issued_at: float

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope


@dataclass
class Token:
    client_id: str
    user_id: str
    scope: str
    access_token: str
    refresh_token: str | None
    expires_at: float
    access_revoked: bool = False
    refresh_revoked: bool = False

    # The part of authlib's TokenMixin interface that the grants use.
    def check_client(self, client: OAuthClient) -> bool:
        return self.client_id == client.client_id

    def get_scope(self) -> str:
        return self.scope


class _Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset


def split_scope(scope: str | None) -> list[str]:
    """Binance's scope list: comma-separated, no spaces."""
    return [s for s in (scope or "").split(",") if s]


# ----------------------------------------------------------------------- storage


@dataclass
class _Store:
    clients: dict[str, OAuthClient]
    users: dict[str, User]
    clock: _Clock
    access_token_lifetime: int
    code_lifetime: int
    codes: dict[str, AuthorizationCode] = field(default_factory=dict)
    by_access: dict[str, Token] = field(default_factory=dict)
    by_refresh: dict[str, Token] = field(default_factory=dict)

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        record = Token(
            client_id=request.client.client_id,
            user_id=request.user.user_id,
            scope=token.get("scope", ""),
            access_token=token["access_token"],
            refresh_token=token.get("refresh_token"),
            expires_at=self.clock.now() + int(token["expires_in"]),
        )
        self.by_access[record.access_token] = record
        if record.refresh_token is not None:
            self.by_refresh[record.refresh_token] = record

    def bearer_token(self) -> Token | None:
        """The usable access token of the current Flask request, if any."""
        value = flask_request.args.get("access_token")
        scheme, _, credentials = flask_request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() == "bearer" and credentials.strip():
            value = credentials.strip()
        token = self.by_access.get(value or "")
        if token is None or token.access_revoked or self.clock.now() >= token.expires_at:
            return None
        return token


# -------------------------------------------------------------------------- authlib


class _S256Only(CodeChallenge):  # type: ignore[misc]
    """PKCE with S256 only; mandatory for public clients already at the authorize step."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]  # noqa: RUF012 (authlib's attribute)
    DEFAULT_CODE_CHALLENGE_METHOD = "S256"

    def validate_code_challenge(self, grant: Any, redirect_uri: str) -> None:
        data = grant.request.payload.data
        challenge, method = data.get("code_challenge"), data.get("code_challenge_method")
        if not challenge and grant.request.client.client_secret is None:
            raise InvalidRequestError("Missing 'code_challenge'")
        if challenge and method != "S256":
            raise InvalidRequestError("Unsupported 'code_challenge_method'")
        super().validate_code_challenge(grant, redirect_uri)


def _make_code_grant(store: _Store) -> type[Any]:
    class CodeGrant(grants.AuthorizationCodeGrant):  # type: ignore[misc]
        TOKEN_ENDPOINT_AUTH_METHODS = _AUTH_METHODS

        def save_authorization_code(self, code: str, request: Any) -> None:
            data = request.payload.data
            store.codes[code] = AuthorizationCode(
                code=code,
                client_id=request.client.client_id,
                user_id=request.user.user_id,
                redirect_uri=request.payload.redirect_uri or "",
                scope=request.scope,
                code_challenge=data.get("code_challenge"),
                code_challenge_method=data.get("code_challenge_method"),
                issued_at=store.clock.now(),
            )

        def query_authorization_code(
            self, code: str, client: OAuthClient
        ) -> AuthorizationCode | None:
            item = store.codes.get(code)
            if item is None or item.client_id != client.client_id:
                return None
            if store.clock.now() >= item.issued_at + store.code_lifetime:
                return None
            return item

        def delete_authorization_code(self, authorization_code: AuthorizationCode) -> None:
            store.codes.pop(authorization_code.code, None)

        def authenticate_user(self, authorization_code: AuthorizationCode) -> User | None:
            return store.users.get(authorization_code.user_id)

    return CodeGrant


def _make_refresh_grant(store: _Store) -> type[Any]:
    class RefreshGrant(grants.RefreshTokenGrant):  # type: ignore[misc]
        TOKEN_ENDPOINT_AUTH_METHODS = _AUTH_METHODS
        INCLUDE_NEW_REFRESH_TOKEN = True  # rotation

        def authenticate_refresh_token(self, refresh_token: str) -> Token | None:
            token = store.by_refresh.get(refresh_token)
            return token if token is not None and not token.refresh_revoked else None

        def authenticate_user(self, refresh_token: Token) -> User | None:
            return store.users.get(refresh_token.user_id)

        def revoke_old_credential(self, refresh_token: Token) -> None:
            # The old refresh token dies; the old access token lives until it expires.
            refresh_token.refresh_revoked = True

    return RefreshGrant


def _make_revocation_endpoint(store: _Store) -> type[Any]:
    class Revocation(RevocationEndpoint):  # type: ignore[misc]
        CLIENT_AUTH_METHODS = _AUTH_METHODS

        def query_token(self, token_string: str, token_type_hint: str | None) -> Token | None:
            if token_type_hint == "refresh_token":
                return store.by_refresh.get(token_string)
            return store.by_access.get(token_string) or store.by_refresh.get(token_string)

        def revoke_token(self, token: Token, request: Any) -> None:
            token.access_revoked = True
            if request.form.get("token") == token.refresh_token:
                token.refresh_revoked = True

    return Revocation


class _QueryOrFormRequest(FlaskOAuth2Request):  # type: ignore[misc]
    """Binance's docs also put token parameters in the query string of the POST; authlib
    reads secrets, codes and verifiers from the body only, so merge both."""

    @property
    def form(self) -> CombinedMultiDict[str, str]:
        return CombinedMultiDict([self._request.form, self._request.args])


class _Server(AuthorizationServer):  # type: ignore[misc]
    def create_oauth2_request(self, request: Any) -> _QueryOrFormRequest:
        return _QueryOrFormRequest(flask_request)


def _uuid_token(**_: Any) -> str:
    return str(uuid.uuid4())


def _envelope(data: Any) -> dict[str, Any]:
    return {"code": "000000", "message": None, "data": data, "success": True}


def _unauthorized() -> tuple[Response, int, dict[str, str]]:
    body = {
        "code": "401",
        "message": "access token is missing, invalid, expired or revoked",
        "data": None,
        "success": False,
    }
    return jsonify(body), 401, {"WWW-Authenticate": 'Bearer error="invalid_token"'}


def _build_app(store: _Store) -> Flask:
    app = Flask("binance_oauth_double")
    app.config.update(
        OAUTH2_ACCESS_TOKEN_GENERATOR=_uuid_token,
        OAUTH2_REFRESH_TOKEN_GENERATOR=_uuid_token,
        OAUTH2_TOKEN_EXPIRES_IN={
            "authorization_code": store.access_token_lifetime,
            "refresh_token": store.access_token_lifetime,
        },
    )
    server = _Server(app, query_client=store.clients.get, save_token=store.save_token)
    # Binance answers token_type "bearer" in lower case.
    bearer = server.create_bearer_token_generator(app.config)

    def generate(**kwargs: Any) -> dict[str, Any]:
        token: dict[str, Any] = bearer(**kwargs)
        token["token_type"] = "bearer"
        return token

    server.register_token_generator("default", generate)
    server.register_grant(_make_code_grant(store), [_S256Only(required=True)])
    server.register_grant(_make_refresh_grant(store))
    server.register_endpoint(_make_revocation_endpoint(store))

    @app.get(AUTHORIZE_PATH)
    def authorize() -> Any:
        user = store.users.get(flask_request.headers.get(USER_HEADER, ""))
        if user is None:
            return "not logged in (send the X-Test-User header)", 401
        try:
            grant = server.get_consent_grant(end_user=user)
        except OAuth2Error as error:
            return server.handle_error_response(None, error)
        granted = None if flask_request.headers.get("X-Test-Consent") == "deny" else user
        return server.create_authorization_response(grant_user=granted, grant=grant)

    @app.post(TOKEN_PATH)
    def issue_token() -> Any:
        return server.create_token_response()

    @app.post(RFC7009_REVOKE_PATH)
    def revoke_rfc7009() -> Any:
        return server.create_endpoint_response("revocation")

    @app.get(USERINFO_PATH)
    def user_info() -> Any:
        token = store.bearer_token()
        if token is None:
            return _unauthorized()
        user = store.users[token.user_id]
        data: dict[str, Any] = {"userId": user.user_id}
        if "user:email" in split_scope(token.scope) and user.email is not None:
            data["email"] = user.email
        return jsonify(_envelope(data))

    @app.post(REVOKE_PATH)
    def revoke_token() -> Any:
        token = store.bearer_token()
        if token is None:
            return _unauthorized()
        token.access_revoked = True
        return jsonify(_envelope(True))

    return app


# ------------------------------------------------------------------------ the server


class _QuietHandler(WSGIRequestHandler):
    def log(self, type: str, message: str, *args: Any) -> None:
        pass


class AuthlibServer:
    """A running double. URLs point at 127.0.0.1; the store is inspectable by tests."""

    def __init__(self, http: BaseWSGIServer, store: _Store) -> None:
        self._http = http
        self._store = store
        self.base_url = f"http://127.0.0.1:{http.server_port}"
        self.authorize_url = self.base_url + AUTHORIZE_PATH
        self.token_url = self.base_url + TOKEN_PATH
        self.userinfo_url = self.base_url + USERINFO_PATH
        self.revoke_url = self.base_url + REVOKE_PATH
        self.rfc7009_revoke_url = self.base_url + RFC7009_REVOKE_PATH
        self._pool = urllib3.PoolManager()

    def approve(self, authorize_url: str, user_id: str | None = None) -> str:
        """Open ``authorize_url`` as a logged-in user who consents; return the redirect.

        The result is the ``Location`` header: ``redirect_uri?code=...&state=...`` on success,
        or ``redirect_uri?error=...`` when the server refused the request after validating
        the redirect URI. Other refusals raise ``AssertionError`` with the response body.
        """
        return self._consent(authorize_url, user_id, deny=False)

    def deny(self, authorize_url: str, user_id: str | None = None) -> str:
        """Like ``approve``, but the user refuses: ``redirect_uri?error=access_denied``."""
        return self._consent(authorize_url, user_id, deny=True)

    def advance_clock(self, seconds: float) -> None:
        """Move the server's time forward (expires access tokens and codes)."""
        self._store.clock.offset += seconds

    @property
    def tokens(self) -> dict[str, Token]:
        """Issued tokens by access token (read-only use, for assertions)."""
        return self._store.by_access

    def _consent(self, authorize_url: str, user_id: str | None, deny: bool) -> str:
        user = user_id if user_id is not None else next(iter(self._store.users))
        headers = {USER_HEADER: user}
        if deny:
            headers["X-Test-Consent"] = "deny"
        response = self._pool.request("GET", authorize_url, headers=headers, redirect=False)
        location = response.headers.get("Location")
        if response.status != 302 or location is None:
            raise AssertionError(
                f"authorize answered {response.status}: {response.data.decode(errors='replace')}"
            )
        return str(location)

    def _shutdown(self) -> None:
        self._http.shutdown()
        self._http.server_close()
        self._pool.clear()


@contextmanager
def run_authlib_server(
    clients: Sequence[OAuthClient],
    users: Sequence[User],
    *,
    access_token_lifetime: int = 30714,
    code_lifetime: int = 600,
) -> Iterator[AuthlibServer]:
    """Start the double on 127.0.0.1 (ephemeral port) in a background thread.

    ``access_token_lifetime`` is the ``expires_in`` of every issued token, in seconds
    (Binance's example answer says 30714). At least one user is needed for ``approve``.
    """
    if access_token_lifetime < 1:
        raise ValueError("access_token_lifetime must be at least 1 second")
    store = _Store(
        clients={c.client_id: c for c in clients},
        users={u.user_id: u for u in users},
        clock=_Clock(),
        access_token_lifetime=access_token_lifetime,
        code_lifetime=code_lifetime,
    )
    # One request at a time: check-then-delete of codes and tokens needs no locking.
    http = make_server("127.0.0.1", 0, _build_app(store), request_handler=_QuietHandler)
    thread = threading.Thread(
        target=http.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="authlib-server",
        daemon=True,
    )
    thread.start()
    server = AuthlibServer(http, store)
    try:
        yield server
    finally:
        server._shutdown()
        thread.join(timeout=5)
