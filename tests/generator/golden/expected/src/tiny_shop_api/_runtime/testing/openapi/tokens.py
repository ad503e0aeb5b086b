"""The OAuth 2 token endpoint of the generic simulator, so a client with an oauth2 scheme can
be tested on day one: registered clients get bearer tokens (client credentials grant, and the
refresh token grant for tokens `issue` made as if a user had logged in), which expire on the
simulator's own clock (moved by `advance_clock`, never by sleeping).

Until a client is registered or a token issued, the simulator takes any bearer token, as
before; afterwards only live tokens it issued pass, and others get a 401 `invalid_token`.
Client secrets are compared in constant time and refused when they come in the URL.

Needs the standard library only.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlencode, urljoin, urlsplit

from ..http import HttpReply, HttpRequest

INVALID_TOKEN_CHALLENGE = 'Bearer error="invalid_token"'
"""The WWW-Authenticate value of a 401 for an unknown or expired access token (RFC 6750)."""


@dataclass(frozen=True)
class _Grant:
    client_id: str
    scope: str
    expires_at: float | None


def token_paths(schemes: Mapping[str, Any]) -> frozenset[str]:
    """The paths of every tokenUrl and refreshUrl of the spec's oauth2 schemes."""
    found: set[str] = set()
    for scheme in schemes.values():
        if not isinstance(scheme, Mapping) or scheme.get("type") != "oauth2":
            continue
        flows = scheme.get("flows")
        for flow in flows.values() if isinstance(flows, Mapping) else ():
            if not isinstance(flow, Mapping):
                continue
            for key in ("tokenUrl", "refreshUrl"):
                url = flow.get(key)
                if isinstance(url, str) and url:
                    found.add(urlsplit(urljoin("http://simulator/", url)).path)
    return frozenset(found)


class TokenIssuer:
    """Issues and checks bearer tokens for the simulator (see the module docstring)."""

    def __init__(
        self,
        paths: Iterable[str],
        *,
        expires_in: int = 3600,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.paths = frozenset(paths)
        self.expires_in = expires_in
        """Lifetime of the access tokens issued from now on (seconds)."""
        self._clock = clock
        self._offset = 0.0
        self._lock = threading.Lock()
        self._clients: dict[str, str] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self.issued = 0
        """How many access tokens were issued (for tests)."""

    def __repr__(self) -> str:
        return f"TokenIssuer({sorted(self.paths)!r}, {len(self._clients)} clients)"

    @property
    def enforced(self) -> bool:
        """Whether bearer tokens are checked (a client was registered or a token issued)."""
        with self._lock:
            return bool(self._clients or self._access)

    def now(self) -> float:
        return self._clock() + self._offset

    def advance_clock(self, seconds: float) -> None:
        """Moves the issuer's clock forward, so tokens expire without waiting."""
        with self._lock:
            self._offset += seconds

    def register_client(self, client_id: str, client_secret: str) -> None:
        """Lets a client get tokens with these credentials."""
        with self._lock:
            self._clients[client_id] = client_secret

    def issue(self, client_id: str, scope: str = "") -> dict[str, Any]:
        """A token answer with a refresh token, as after a user's authorization code login."""
        with self._lock:
            return self._issue(client_id, scope, refresh=True)

    def revoke(self, access_token: str) -> None:
        """Forgets an access token: the next request carrying it gets `invalid_token`."""
        with self._lock:
            self._access.pop(access_token, None)

    def is_valid(self, access_token: str) -> bool:
        """Whether the token was issued here and has not expired."""
        with self._lock:
            grant = self._access.get(access_token)
            return grant is not None and (grant.expires_at is None or grant.expires_at > self.now())

    def serves(self, method: str, path: str) -> bool:
        return method == "POST" and path in self.paths

    def answer(self, request: HttpRequest) -> HttpReply:
        """The token endpoint's answer to one request."""
        if any(key in ("client_secret", "refresh_token") for key, _ in request.query):
            return _error(400, "invalid_request", "secrets must not be sent in the URL")
        form = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
        client_id = self._authenticate(request, form)
        if client_id is None:
            challenge = {"WWW-Authenticate": "Basic"}
            return _error(401, "invalid_client", "unknown client or wrong secret", challenge)
        grant_type = form.get("grant_type", "")
        with self._lock:
            if grant_type == "client_credentials":
                return HttpReply.json(200, self._issue(client_id, form.get("scope", ""), False))
            if grant_type == "refresh_token":
                grant = self._refresh.get(form.get("refresh_token", ""))
                if grant is None or grant.client_id != client_id:
                    return _error(400, "invalid_grant", "unknown refresh token")
                del self._refresh[form["refresh_token"]]  # rotated: each is used once
                return HttpReply.json(200, self._issue(client_id, grant.scope, True))
        return _error(400, "unsupported_grant_type", "client_credentials or refresh_token")

    def _authenticate(self, request: HttpRequest, form: Mapping[str, str]) -> str | None:
        """The client id when the client's secret is right (basic header or form body)."""
        authorization = request.headers.get("Authorization", "")
        if authorization.lower().startswith("basic "):
            try:
                pair = base64.b64decode(authorization[6:], validate=True).decode("utf-8")
            except (binascii.Error, UnicodeDecodeError):
                return None
            raw_id, _, raw_secret = pair.partition(":")
            client_id, secret = unquote_plus(raw_id), unquote_plus(raw_secret)
        else:
            client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        with self._lock:
            expected = self._clients.get(client_id)
        if expected is None or not hmac.compare_digest(secret.encode(), expected.encode()):
            return None
        return client_id

    def _issue(self, client_id: str, scope: str, refresh: bool) -> dict[str, Any]:
        """Called with the lock held."""
        token = secrets.token_urlsafe(24)
        self._access[token] = _Grant(client_id, scope, self.now() + self.expires_in)
        self.issued += 1
        answer: dict[str, Any] = {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": self.expires_in,
        }
        if scope:
            answer["scope"] = scope
        if refresh:
            refresh_token = secrets.token_urlsafe(24)
            self._refresh[refresh_token] = _Grant(client_id, scope, None)
            answer["refresh_token"] = refresh_token
        return answer


_SECRET_FIELDS = frozenset({"client_secret", "refresh_token", "code", "code_verifier", "password"})


def redacted_form(body: bytes) -> bytes:
    """A token request's form body with its secrets' values replaced, for the record."""
    pairs = parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    return urlencode(
        [(key, "<redacted>" if key in _SECRET_FIELDS else value) for key, value in pairs]
    ).encode()


def _error(
    status: int, code: str, description: str, headers: Mapping[str, str] | None = None
) -> HttpReply:
    return HttpReply.json(
        status,
        {"error": code, "error_description": description},
        {"Cache-Control": "no-store", **(headers or {})},
    )
