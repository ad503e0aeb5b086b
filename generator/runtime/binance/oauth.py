"""The pieces of an OAuth 2.0 login that involve no request: PKCE (RFC 7636), the state
parameter, reading the redirect, and the `Token` a grant returns.

Secrets (tokens, verifiers) never appear in a repr or in an exception message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import re
import secrets
import string
import time
from collections.abc import Callable, Mapping
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

import attrs

from ..core.errors import DecodeError, ValidationError
from .errors import MissingCode, RedirectError, StateMismatch, oauth_error

VERIFIER_ALPHABET = string.ascii_letters + string.digits + "-._~"
"""The unreserved characters RFC 7636 allows in a code verifier."""
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")
_SCOPE_SEPARATORS = re.compile(r"[,\s]+")
# The redirect that delivers an authorization error is an HTTP 302.
_REDIRECT_STATUS = 302


class TokenAnswer(Protocol):
    """The token endpoint's answer as the generated `models.TokenResponse` decodes it."""

    @property
    def access_token(self) -> str: ...
    @property
    def token_type(self) -> str: ...
    @property
    def expires_in(self) -> int: ...
    @property
    def refresh_token(self) -> str | None: ...
    @property
    def scope(self) -> str | None: ...
    @property
    def extra_fields(self) -> Mapping[str, Any]: ...


def new_code_verifier(length: int = 64) -> str:
    """A fresh PKCE code verifier: `length` (43 to 128) random unreserved characters."""
    if not 43 <= length <= 128:
        raise ValidationError("length", "must be between 43 and 128")
    return "".join(secrets.choice(VERIFIER_ALPHABET) for _ in range(length))


def code_challenge(code_verifier: str) -> str:
    """The S256 challenge of a verifier: unpadded base64url of its SHA-256 digest."""
    if not isinstance(code_verifier, str) or _VERIFIER.fullmatch(code_verifier) is None:
        raise ValidationError(
            "code_verifier", "must be 43 to 128 characters of A-Z, a-z, 0-9, '-', '.', '_', '~'"
        )
    digest = hashlib.sha256(code_verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    """A fresh, unguessable `state` value (32 URL-safe characters)."""
    return secrets.token_urlsafe(24)


def require_text(name: str, value: object) -> str:
    """`value` when it is a non-empty string; ValidationError (not showing it) otherwise."""
    if not isinstance(value, str):
        raise ValidationError(name, f"must be a string, got {type(value).__name__}")
    if not value:
        raise ValidationError(name, "must not be empty")
    return value


def check_redirect_uri(redirect_uri: object) -> str:
    """An absolute URI without a fragment, as RFC 6749 section 3.1.2 requires."""
    text = require_text("redirect_uri", redirect_uri)
    parts = urlsplit(text)
    if not parts.scheme or parts.fragment or not (parts.netloc or parts.path):
        raise ValidationError("redirect_uri", "must be an absolute URI without a fragment")
    return text


@attrs.frozen(repr=False)
class AuthorizationRequest:
    """An authorization URL to open in the user's browser, and what is needed to finish.

    Keep `state` and `code_verifier` for the redirect (in the user's session, for a web app);
    `parse_redirect` checks the state and `exchange_code` sends the verifier.
    """

    url: str
    state: str
    code_verifier: str | None
    redirect_uri: str
    scopes: tuple[str, ...]

    def __repr__(self) -> str:
        verifier = "None" if self.code_verifier is None else "<hidden>"
        return (
            f"AuthorizationRequest(url={self.url!r}, scopes={self.scopes!r}, "
            f"code_verifier={verifier})"
        )

    def __reduce__(self) -> Any:
        raise TypeError(
            "AuthorizationRequest holds the PKCE code verifier and cannot be pickled; "
            "keep its state and code_verifier in server-side storage instead"
        )


def parse_redirect(url: str, expected_state: str) -> str:
    """The authorization code of the redirect URL (or its query string).

    The state is checked before anything else is read: StateMismatch when it is absent or
    differs (compared in constant time), whatever the redirect says, so a forged redirect
    can neither end a login nor put its text in an exception. Then the OAuthError subclass
    of an error redirect (`AccessDenied` when the user refused), MissingCode when there is
    neither a code nor an error, and RedirectError when a parameter is repeated.
    """
    text = require_text("url", url)
    expected = require_text("expected_state", expected_state)
    parts = urlsplit(text)
    query = parts.query if (parts.query or parts.scheme or parts.netloc) else text.lstrip("?")
    pairs = parse_qsl(query, keep_blank_values=True)
    states = [value for key, value in pairs if key == "state"]
    if not states:
        raise StateMismatch("the redirect has no state; it may not come from this login")
    if len(states) > 1 or not state_matches(states[0], expected):
        raise StateMismatch("the redirect's state differs from the authorization request's")
    params: dict[str, str] = {}
    for key, value in pairs:
        if key in params:
            raise RedirectError(f"the redirect repeats the {key!r} parameter")
        params[key] = value
    error = params.get("error")
    if error is not None:
        raise oauth_error(_REDIRECT_STATUS, error, params.get("error_description", ""))
    code = params.get("code")
    if not code:
        raise MissingCode("the redirect carries neither a code nor an error")
    return code


def _check_expiry(expires_at: object) -> None:
    # NaN or infinity would make the token look valid for ever: never refreshed ahead.
    if (
        not isinstance(expires_at, (int, float))
        or isinstance(expires_at, bool)
        or not math.isfinite(expires_at)
    ):
        raise ValidationError("expires_at", "must be a finite number of seconds since the epoch")


def state_matches(state: str, expected: str) -> bool:
    """Whether a redirect's state is the expected one (compared in constant time)."""
    return hmac.compare_digest(state.encode("utf-8", "replace"), expected.encode("utf-8"))


@attrs.frozen(repr=False)
class Token:
    """Tokens from the token endpoint, with the moment the access token expires.

    `expires_at` is the client's clock when the request was sent plus `expires_in`.
    `extra_fields` keeps answer fields the spec does not name. The access and refresh
    tokens never show in the repr.
    """

    access_token: str
    token_type: str
    expires_in: int
    expires_at: float = attrs.field(validator=lambda _, __, value: _check_expiry(value))
    refresh_token: str | None = None
    scope: str | None = None
    extra_fields: Mapping[str, Any] = attrs.field(factory=dict)
    _clock: Callable[[], float] = attrs.field(default=time.time, eq=False, alias="clock")

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else "<hidden>"
        return (
            f"Token(token_type={self.token_type!r}, scope={self.scope!r}, "
            f"expires_at={self.expires_at!r}, access_token=<hidden>, refresh_token={refresh})"
        )

    def __reduce__(self) -> Any:
        raise TypeError(
            "Token holds the access and refresh tokens and cannot be pickled; "
            "save it with a TokenStore (to_json) instead"
        )

    @property
    def scopes(self) -> tuple[str, ...]:
        """The granted scopes (Binance separates them with commas; spaces are accepted)."""
        return tuple(s for s in _SCOPE_SEPARATORS.split(self.scope or "") if s)

    def seconds_left(self, *, now: float | None = None) -> float:
        """Seconds until the access token expires (negative once it has)."""
        return self.expires_at - (self._clock() if now is None else now)

    def is_expired(self, leeway: float = 0.0, *, now: float | None = None) -> bool:
        """Whether the access token has expired, or will within `leeway` seconds."""
        return self.seconds_left(now=now) <= leeway

    @classmethod
    def from_response(
        cls,
        response: TokenAnswer,
        issued_at: float,
        *,
        clock: Callable[[], float] = time.time,
        refresh_token: str | None = None,
    ) -> Token:
        """A token from the token endpoint's answer; `refresh_token` (the one just used) is
        kept when the answer brings none, since Binance does not say whether it rotates."""
        if response.token_type.lower() != "bearer":
            raise DecodeError(f"expected token_type 'bearer', got {response.token_type!r}")
        return cls(
            access_token=response.access_token,
            token_type=response.token_type,
            expires_in=response.expires_in,
            expires_at=issued_at + response.expires_in,
            refresh_token=response.refresh_token or refresh_token,
            scope=response.scope,
            extra_fields=dict(response.extra_fields),
            clock=clock,
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (token answer fields plus `expires_at`) for token stores."""
        answer: dict[str, Any] = {
            **self.extra_fields,
            "access_token": self.access_token,
            "token_type": self.token_type,
            "expires_in": self.expires_in,
        }
        if self.refresh_token is not None:
            answer["refresh_token"] = self.refresh_token
        if self.scope is not None:
            answer["scope"] = self.scope
        return {"token": answer, "expires_at": self.expires_at}

    @classmethod
    def from_json(cls, data: Mapping[str, Any], *, clock: Callable[[], float] = time.time) -> Token:
        """The token `to_json` wrote; ValueError when the data does not describe one."""
        if not isinstance(data, Mapping):
            raise ValueError("not a stored token")
        answer = data.get("token")
        expires_at = data.get("expires_at")
        if (
            not isinstance(answer, Mapping)
            or not isinstance(expires_at, (int, float))
            or isinstance(expires_at, bool)
            or not math.isfinite(expires_at)
        ):
            # NaN or infinity would make the token look valid for ever: never refreshed.
            raise ValueError("not a stored token")
        fields = ("access_token", "token_type", "expires_in", "refresh_token", "scope")
        access_token, token_type = answer.get("access_token"), answer.get("token_type")
        expires_in, refresh, scope = (
            answer.get("expires_in"),
            answer.get("refresh_token"),
            answer.get("scope"),
        )
        if not (
            isinstance(access_token, str)
            and isinstance(token_type, str)
            and isinstance(expires_in, int)
            and not isinstance(expires_in, bool)
            and (refresh is None or isinstance(refresh, str))
            and (scope is None or isinstance(scope, str))
        ):
            raise ValueError("not a stored token")
        return cls(
            access_token=access_token,
            token_type=token_type,
            expires_in=expires_in,
            expires_at=float(expires_at),
            refresh_token=refresh,
            scope=scope,
            extra_fields={key: value for key, value in answer.items() if key not in fields},
            clock=clock,
        )
