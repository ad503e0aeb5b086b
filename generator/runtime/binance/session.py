"""A logged-in user's tokens kept valid: refreshed ahead of expiry, once however many threads
ask at the same time, and persisted through a small `TokenStore` protocol."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from ..core.errors import ValidationError
from .errors import InvalidGrant, InvalidToken, ReauthorizationRequired
from .oauth import Token

log = logging.getLogger(__name__.rsplit(".", 1)[0])

T = TypeVar("T")
UserInfoT = TypeVar("UserInfoT")
UserInfoT_co = TypeVar("UserInfoT_co", covariant=True)


class TokenStore(Protocol):
    """Where a session keeps its token between runs."""

    def load(self) -> Token | None:
        """The saved token, or None when there is none."""
        ...

    def save(self, token: Token) -> None:
        """Replaces the saved token."""
        ...

    def clear(self) -> None:
        """Forgets the saved token."""
        ...


class MemoryTokenStore:
    """Keeps the token in memory only (lost when the process ends)."""

    def __init__(self, token: Token | None = None) -> None:
        self._token = token
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenStore({'empty' if self._token is None else 'holding a token'})"

    def __reduce__(self) -> Any:
        raise TypeError("MemoryTokenStore may hold a token and cannot be pickled")

    def load(self) -> Token | None:
        """The token saved last, if any."""
        with self._lock:
            return self._token

    def save(self, token: Token) -> None:
        """Keeps `token`, replacing the previous one."""
        with self._lock:
            self._token = token

    def clear(self) -> None:
        """Forgets the token."""
        with self._lock:
            self._token = None


class JsonFileTokenStore:
    """Keeps the token in a JSON file readable by its owner only (mode 0600).

    Each save writes a new file beside the old one and renames it over, so a crash leaves
    either the old token or the new one, never half a file.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, clock: Callable[[], float] = time.time
    ) -> None:
        self.path = Path(path).expanduser()
        self._clock = clock
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"JsonFileTokenStore({str(self.path)!r})"

    def load(self) -> Token | None:
        """The saved token; None when the file is missing or does not hold a token."""
        with self._lock:
            try:
                text = self.path.read_text(encoding="utf-8")
            except FileNotFoundError:
                return None
        try:
            return Token.from_json(json.loads(text), clock=self._clock)
        except ValueError:
            log.warning("ignoring %s: it does not hold a saved token", self.path)
            return None

    def save(self, token: Token) -> None:
        """Writes `token` atomically, with permissions 0600."""
        payload = json.dumps(token.to_json(), indent=1, sort_keys=True).encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(
                prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
            )
            try:
                with os.fdopen(handle, "wb") as stream:
                    if hasattr(os, "fchmod"):
                        os.fchmod(stream.fileno(), 0o600)
                    stream.write(payload)
                    stream.flush()
                    os.fsync(stream.fileno())
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise

    def clear(self) -> None:
        """Deletes the file, if there is one."""
        with self._lock:
            self.path.unlink(missing_ok=True)


class _Client(Protocol[UserInfoT_co]):
    """What a session needs from the client (`BinanceOAuthClient` provides it)."""

    @property
    def clock(self) -> Callable[[], float]: ...

    def refresh(self, refresh_token: str, *, timeout: float | None = None) -> Token: ...

    def user_info(self, access_token: str, *, timeout: float | None = None) -> UserInfoT_co: ...

    def revoke(self, access_token: str, *, timeout: float | None = None) -> bool: ...


class OAuthSession(Generic[UserInfoT]):
    """A user's tokens, kept valid for calls made from any number of threads.

    `access_token()` refreshes when the access token expires within `refresh_leeway`
    seconds; `call(fn)` also refreshes once and retries when the server answers 401. Only one
    refresh runs at a time and threads that waited for it use its result. Every new token is
    saved to `store`. Without `token`, the session starts from the store's token.
    """

    def __init__(
        self,
        client: _Client[UserInfoT],
        token: Token | None = None,
        store: TokenStore | None = None,
        refresh_leeway: float = 60.0,
    ) -> None:
        if refresh_leeway < 0:
            raise ValidationError("refresh_leeway", "must be >= 0")
        self._client = client
        self._store: TokenStore = store if store is not None else MemoryTokenStore()
        self.refresh_leeway = refresh_leeway
        self._lock = threading.Lock()
        if token is not None:
            self._store.save(token)
        self._token = token if token is not None else self._store.load()
        self.refreshes = 0
        """How many refreshes this session made (for monitoring)."""

    def __repr__(self) -> str:
        return f"OAuthSession(token={self._token!r})"

    def __reduce__(self) -> Any:
        raise TypeError("OAuthSession holds the user's tokens and cannot be pickled")

    @property
    def token(self) -> Token:
        """The current token as it is (possibly expired); see `access_token()`."""
        with self._lock:
            return self._require()

    def access_token(self) -> str:
        """A valid access token, refreshed first when it expires within the leeway."""
        return self._valid().access_token

    def refresh(self) -> Token:
        """Refreshes now, whatever the expiry, and returns the new token."""
        with self._lock:
            return self._refresh(self._require())

    def call(self, fn: Callable[[str], T]) -> T:
        """`fn(access_token)`; after an InvalidToken (401) refreshes once and calls it again."""
        token = self._valid()
        try:
            return fn(token.access_token)
        except InvalidToken:
            with self._lock:
                current = self._require()
                if current.access_token == token.access_token:
                    current = self._refresh(current)
        return fn(current.access_token)

    def user_info(self, *, timeout: float | None = None) -> UserInfoT:
        """The user's id (and e-mail with `user:email`), see `BinanceOAuthClient.user_info`."""
        return self.call(lambda access_token: self._client.user_info(access_token, timeout=timeout))

    def revoke(self, *, timeout: float | None = None) -> bool:
        """Revokes the access token, then forgets both tokens here and in the store."""
        revoked = self.call(lambda access_token: self._client.revoke(access_token, timeout=timeout))
        with self._lock:
            self._forget()
        return revoked

    def _valid(self) -> Token:
        with self._lock:
            token = self._require()
            if token.is_expired(self.refresh_leeway, now=self._client.clock()):
                token = self._refresh(token)
            return token

    def _require(self) -> Token:
        if self._token is None:
            raise ReauthorizationRequired("the session has no token; the user must log in")
        return self._token

    def _refresh(self, stale: Token) -> Token:
        """Called with the lock held, so concurrent callers wait for this one refresh."""
        if stale.refresh_token is None:
            raise ReauthorizationRequired("the access token expired and there is no refresh token")
        try:
            fresh = self._client.refresh(stale.refresh_token)
        except InvalidGrant as error:
            self._forget()
            raise ReauthorizationRequired("the refresh token was refused") from error
        self.refreshes += 1
        self._token = fresh
        self._store.save(fresh)
        log.debug("access token refreshed; it expires in %.0f s", fresh.expires_in)
        return fresh

    def _forget(self) -> None:
        self._token = None
        self._store.clear()
