"""OAuth 2 access tokens a REST client fetches and renews by itself (RFC 6749).

A token source hands the transport the current access token before each request that needs
its scheme, and drops it when the server says it is no longer valid (a 401 with
`invalid_token`), so the transport can send the request once more with a fresh one.

- `ClientCredentials`: the client's own identity (client id and secret); a token is fetched
  from the token URL, kept until shortly before `expires_in` runs out, and fetched again.
- `AuthorizationCode`: a user's tokens from a login made elsewhere; the refresh token buys a
  new access token before expiry and after a 401.

Bounded: each token call has a timeout and a capped answer size, and is tried once (no retry
loop); one fetch runs at a time (a lock) and the threads that waited use its result. The client
secret, access and refresh tokens never appear in a repr, log line or exception message, and
never travel in a URL (they go in the form body or the Authorization header).

Needs the standard library and urllib3.
"""

from __future__ import annotations

import base64
import json
import math
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal, Protocol
from urllib.parse import quote, quote_plus, urlencode, urljoin, urlsplit

import attrs
import urllib3

from ..core.errors import ClientError, DecodeError, RequestTimeout, TransportError, ValidationError
from ..core.logs import package_logger

log = package_logger(__name__)

AuthMethod = Literal["client_secret_basic", "client_secret_post"]
_AUTH_METHODS = ("client_secret_basic", "client_secret_post")
_MAX_ANSWER = 64 * 1024
"""The largest token answer read (bytes): a token answer is a few hundred."""
_MAX_DESCRIPTION = 200


class TokenSource(Protocol):
    """What the transport asks for the access token of an OAuth 2 scheme."""

    def access_token(self, *, timeout: float | None = None) -> str:
        """A valid access token, fetched or refreshed first when needed."""
        ...

    def invalidate(self, access_token: str) -> bool:
        """Forgets `access_token` (the server refused it); True when another can be had."""
        ...

    def use_spec_urls(self, token_urls: Mapping[str, str]) -> None:
        """The spec's token URLs by flow (absolute), used unless the source was given one."""
        ...


class TokenError(ClientError):
    """The token endpoint refused to issue a token, or answered something unusable.

    `code` is the OAuth error (`invalid_client`, `invalid_grant`, ...) or `invalid_answer`;
    `status` the HTTP status (0 when the answer was not an error status)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"token endpoint: HTTP {status}, {code}: {message}".rstrip(": "))
        self.status = status
        self.code = code
        self.message = message


@attrs.frozen(repr=False)
class AccessToken:
    """An access token and when it stops being used (None: until the server refuses it)."""

    value: str
    expires_at: float | None
    scope: str | None = None

    def __repr__(self) -> str:
        return f"AccessToken(<hidden>, expires_at={self.expires_at!r}, scope={self.scope!r})"

    def __reduce__(self) -> Any:
        raise TypeError("AccessToken holds a secret and cannot be pickled")


class _TokenSourceBase:
    """The cache, lock and token call shared by the flows: subclasses say what to send."""

    def __init__(
        self,
        client_id: str,
        client_secret: str | None,
        *,
        scopes: Iterable[str],
        token_url: str | None,
        auth_method: AuthMethod,
        refresh_leeway: float,
        timeout: float,
        verify_tls: bool,
        ca_certs: str | None,
        clock: Callable[[], float],
    ) -> None:
        self.client_id = _text("client_id", client_id)
        self._secret = None if client_secret is None else _text("client_secret", client_secret)
        if isinstance(scopes, str):
            raise ValidationError("scopes", "must be a list of scope names, not one string")
        self.scopes = tuple(_text("scopes", scope) for scope in scopes)
        if any(" " in scope for scope in self.scopes):
            raise ValidationError("scopes", "a scope name must not contain a space")
        self.token_url = None if token_url is None else _check_url("token_url", token_url)
        if auth_method not in _AUTH_METHODS:
            raise ValidationError("auth_method", f"must be one of {', '.join(_AUTH_METHODS)}")
        self.auth_method: AuthMethod = auth_method
        if not _is_seconds(refresh_leeway) or refresh_leeway < 0:
            raise ValidationError("refresh_leeway", "must be a number of seconds >= 0")
        if not _is_seconds(timeout) or timeout <= 0:
            raise ValidationError("timeout", "must be a number of seconds > 0")
        self.refresh_leeway = float(refresh_leeway)
        self.timeout = float(timeout)
        self._clock = clock
        self._lock = threading.Lock()
        self._token: AccessToken | None = None
        self.fetches = 0
        """How many tokens were fetched (for monitoring and tests)."""
        pool: dict[str, Any] = {"maxsize": 1, "retries": False}
        pool["cert_reqs"] = "CERT_REQUIRED" if verify_tls else "CERT_NONE"
        if verify_tls and ca_certs is not None:
            pool["ca_certs"] = ca_certs
        self._pool = urllib3.PoolManager(**pool)

    def __repr__(self) -> str:
        held = "holding a token" if self._token is not None else "no token yet"
        return (
            f"{type(self).__name__}(client_id={self.client_id!r}, token_url={self.token_url!r}, "
            f"scopes={self.scopes!r}, {held})"
        )

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds secrets and cannot be pickled")

    flow = ""
    """The spec's flow (`flows.<name>`) whose token URL the source uses by default."""

    def use_spec_urls(self, token_urls: Mapping[str, str]) -> None:
        """Takes the spec's token URL of this flow unless one was given to the constructor."""
        with self._lock:
            url = token_urls.get(self.flow)
            if self.token_url is None and url:
                self.token_url = _check_url("token_url", url)

    @property
    def token(self) -> AccessToken | None:
        """The token held now (possibly expired), or None."""
        return self._token

    def access_token(self, *, timeout: float | None = None) -> str:
        """A valid access token: the cached one unless it expires within the leeway."""
        deadline = time.monotonic() + (self.timeout if timeout is None else float(timeout))
        if not self._lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise RequestTimeout("no access token within the timeout: a token call is running")
        try:
            token = self._token
            if token is None or self._expiring(token):
                token = self._token = self._renew()
            return token.value
        finally:
            self._lock.release()

    def invalidate(self, access_token: str) -> bool:
        """Drops the cached token when it is `access_token` (another thread may already have
        replaced it); True when a new token can be fetched."""
        with self._lock:
            if self._token is not None and self._token.value == access_token:
                self._token = None
                log.debug("%s: access token refused by the server, dropped", type(self).__name__)
            return self._can_renew()

    def _expiring(self, token: AccessToken) -> bool:
        return token.expires_at is not None and token.expires_at - self._clock() <= (
            self.refresh_leeway
        )

    def _can_renew(self) -> bool:
        return True

    def _renew(self) -> AccessToken:
        raise NotImplementedError

    def _request_token(self, form: dict[str, str]) -> tuple[dict[str, Any], float]:
        """Posts the grant to the token URL: the JSON answer, and the clock when it was asked
        for (what `expires_in` counts from)."""
        if self.token_url is None:
            raise ValidationError(
                "token_url", f"is not known: give it (the spec has no {self.flow} token URL)"
            )
        headers = {
            "Accept": "application/json",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        secrets = [value for value in (self._secret, form.get("refresh_token")) if value]
        if self.auth_method == "client_secret_basic" and self._secret is not None:
            # RFC 6749 2.3.1: both parts form-encoded before joining.
            pair = f"{quote_plus(self.client_id, safe='')}:{quote_plus(self._secret, safe='')}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        else:
            form["client_id"] = self.client_id
            if self._secret is not None:
                form["client_secret"] = self._secret
        issued_at = self._clock()
        try:
            response = self._pool.request(
                "POST",
                self.token_url,
                body=urlencode(form, quote_via=quote).encode(),
                headers=headers,
                timeout=urllib3.Timeout(total=self.timeout),
                redirect=False,
                retries=False,
                preload_content=False,
            )
            try:
                raw = response.read(_MAX_ANSWER + 1)
                if len(raw) > _MAX_ANSWER:
                    response.close()  # not read to its end: the connection cannot be reused
            finally:
                response.release_conn()
        except urllib3.exceptions.TimeoutError as error:
            raise RequestTimeout(
                f"token endpoint: no answer within {self.timeout:g} seconds"
            ) from error
        except urllib3.exceptions.HTTPError as error:
            raise TransportError(f"token endpoint: {type(error).__name__}") from error
        self.fetches += 1
        if len(raw) > _MAX_ANSWER:
            raise TokenError(response.status, "invalid_answer", "the answer is too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            data = None
        if response.status >= 400:
            body = data if isinstance(data, dict) else {}
            code = body.get("error")
            description = body.get("error_description")
            raise TokenError(
                response.status,
                code if isinstance(code, str) and code.isprintable() else "error",
                _redacted(description if isinstance(description, str) else "", secrets),
            )
        if not isinstance(data, dict):
            raise TokenError(response.status, "invalid_answer", "the answer is not a JSON object")
        return data, issued_at

    def _token_of(self, data: Mapping[str, Any], issued_at: float) -> AccessToken:
        value = data.get("access_token")
        if not isinstance(value, str) or not value or not value.isprintable():
            raise DecodeError("the token answer has no usable access_token", ("access_token",))
        token_type = data.get("token_type")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise DecodeError("the token answer's token_type is not bearer", ("token_type",))
        expires_in = data.get("expires_in")
        if expires_in is not None and (
            not _is_seconds(expires_in) or not math.isfinite(expires_in) or expires_in < 0
        ):
            raise DecodeError("expires_in must be a number of seconds >= 0", ("expires_in",))
        scope = data.get("scope")
        return AccessToken(
            value=value,
            expires_at=None if expires_in is None else issued_at + float(expires_in),
            scope=scope if isinstance(scope, str) else None,
        )


class ClientCredentials(_TokenSourceBase):
    """The client credentials grant: tokens for the client itself, no user involved.

    `token_url` defaults to the spec's; the secret is sent with HTTP basic authentication
    (`client_secret_basic`) unless `auth_method="client_secret_post"` puts it in the form
    body. A token is used until `refresh_leeway` seconds before it expires.
    """

    flow = "clientCredentials"

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        *,
        scopes: Iterable[str] = (),
        token_url: str | None = None,
        auth_method: AuthMethod = "client_secret_basic",
        refresh_leeway: float = 30.0,
        timeout: float = 10.0,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(
            client_id,
            _text("client_secret", client_secret),
            scopes=scopes,
            token_url=token_url,
            auth_method=auth_method,
            refresh_leeway=refresh_leeway,
            timeout=timeout,
            verify_tls=verify_tls,
            ca_certs=ca_certs,
            clock=clock,
        )

    def _renew(self) -> AccessToken:
        form = {"grant_type": "client_credentials"}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        token = self._token_of(*self._request_token(form))
        log.debug("client credentials token fetched (expires_at %s)", token.expires_at)
        return token


class AuthorizationCode(_TokenSourceBase):
    """A user's tokens from an authorization code login made elsewhere, kept valid with the
    refresh token: before the access token expires, and once after the server refuses it.

    `access_token` may be None (the first call refreshes at once); `expires_at` is on
    `clock` (seconds since the epoch by default, so a saved login can be restored). A server
    that rotates refresh tokens is followed; `on_refresh(refresh_token)` is called with each
    new one so it can be saved. `token_url` defaults to the spec's refresh URL, else its
    token URL.
    """

    flow = "authorizationCode"

    def __init__(
        self,
        client_id: str,
        client_secret: str | None = None,
        *,
        refresh_token: str,
        access_token: str | None = None,
        expires_at: float | None = None,
        scopes: Iterable[str] = (),
        token_url: str | None = None,
        auth_method: AuthMethod = "client_secret_basic",
        refresh_leeway: float = 30.0,
        timeout: float = 10.0,
        verify_tls: bool = True,
        ca_certs: str | None = None,
        clock: Callable[[], float] = time.time,
        on_refresh: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(
            client_id,
            client_secret,
            scopes=scopes,
            token_url=token_url,
            auth_method=auth_method,
            refresh_leeway=refresh_leeway,
            timeout=timeout,
            verify_tls=verify_tls,
            ca_certs=ca_certs,
            clock=clock,
        )
        self._refresh_token = _text("refresh_token", refresh_token)
        if expires_at is not None and not (_is_seconds(expires_at) and math.isfinite(expires_at)):
            raise ValidationError(
                "expires_at", "must be a finite number of seconds on the source's clock"
            )
        if access_token is not None:
            self._token = AccessToken(_text("access_token", access_token), expires_at)
        self._on_refresh = on_refresh
        self.refreshes = 0
        """How many times the refresh token was used."""

    def _renew(self) -> AccessToken:
        form = {"grant_type": "refresh_token", "refresh_token": self._refresh_token}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        data, issued_at = self._request_token(form)
        token = self._token_of(data, issued_at)
        self.refreshes += 1
        rotated = data.get("refresh_token")
        if isinstance(rotated, str) and rotated and rotated != self._refresh_token:
            self._refresh_token = rotated
            if self._on_refresh is not None:
                self._on_refresh(rotated)
        log.debug("access token refreshed (expires_at %s)", token.expires_at)
        return token


def resolve_token_url(base_url: str, token_url: str) -> str:
    """The spec's token URL, made absolute against the client's base URL when relative."""
    return urljoin(base_url.rstrip("/") + "/", token_url) if token_url else ""


def _text(field: str, value: object) -> str:
    """A non-empty string; the error names the field, never the value."""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, got {type(value).__name__}")
    if not value:
        raise ValidationError(field, "must not be empty")
    return value


def _check_url(field: str, value: object) -> str:
    text = _text(field, value)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
        raise ValidationError(field, "must be an absolute http(s) URL without a fragment")
    return text


def _is_seconds(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _redacted(text: str, secrets: Iterable[str]) -> str:
    """A server's error description, short and printable, with any secret we sent cut out."""
    for secret in secrets:
        text = text.replace(secret, "<hidden>")
    text = "".join(c if c.isprintable() else " " for c in text)
    return text[:_MAX_DESCRIPTION]
