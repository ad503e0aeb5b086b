"""A logged-in user's tokens kept valid: refreshed ahead of expiry, once however many threads
ask at the same time (each waiting no longer than its own deadline), and persisted through a
small `TokenStore` protocol."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from ..core.errors import RequestTimeout, ValidationError
from ..core.logs import package_logger
from .errors import InvalidGrant, InvalidToken, ReauthorizationRequired
from .oauth import Token

log = package_logger(__name__)

T = TypeVar("T")
UserInfoT = TypeVar("UserInfoT")
UserInfoT_co = TypeVar("UserInfoT_co", covariant=True)

_DEFAULT_WAIT = 10.0
"""Seconds a session call waits for a token when neither it nor its client says otherwise."""
_MAX_TOKEN_FILE = 1024 * 1024
_STALE_TEMPORARY = 3600.0
"""Seconds after which a temporary file of an unfinished save is removed whoever made it."""


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
    either the old token or the new one, never half a file; the temporary file a crashed
    save leaves behind is removed by the next load or save once its process has ended.
    `load` never raises for a bad file: it returns None (and logs a warning).
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
        """The saved token; None when the file is missing, unreadable (a directory, too
        large, not UTF-8) or does not hold a token."""
        with self._lock:
            self._remove_stale_temporaries()
            try:
                with self.path.open("rb") as stream:
                    raw = stream.read(_MAX_TOKEN_FILE + 1)
            except FileNotFoundError:
                return None
            except OSError as error:
                log.warning("ignoring %s: it cannot be read (%s)", self.path, type(error).__name__)
                return None
        try:
            if len(raw) > _MAX_TOKEN_FILE:
                raise ValueError("too large")
            data = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
            if not isinstance(data, dict):
                raise ValueError("not an object")
            return Token.from_json(data, clock=self._clock)
        except (ValueError, TypeError, RecursionError):
            log.warning("ignoring %s: it does not hold a saved token", self.path)
            return None

    def save(self, token: Token) -> None:
        """Writes `token` atomically, with permissions 0600."""
        payload = json.dumps(token.to_json(), indent=1, sort_keys=True).encode("utf-8")
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._remove_stale_temporaries()
            handle, temporary = tempfile.mkstemp(
                prefix=f"{self._temporary_prefix}{os.getpid()}.",
                suffix=".tmp",
                dir=self.path.parent,
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

    @property
    def _temporary_prefix(self) -> str:
        return f".{self.path.name}."

    def _remove_stale_temporaries(self) -> None:
        """Removes the temporary files of saves that can no longer finish: made by a process
        that is gone, or older than an hour (a crash between writing and renaming)."""
        try:
            candidates = list(self.path.parent.glob(f"{self._temporary_prefix}*.tmp"))
        except OSError:
            return
        for candidate in candidates:
            owner = candidate.name[len(self._temporary_prefix) :].split(".", 1)[0]
            try:
                stale = (not owner.isdigit() or not _running(int(owner))) or (
                    time.time() - candidate.stat().st_mtime > _STALE_TEMPORARY
                )
                if stale:
                    candidate.unlink()
                    log.debug("removed %s, left by a save that did not finish", candidate.name)
            except OSError:
                continue


def _running(pid: int) -> bool:
    """Whether a process with this id exists (assumed so where that cannot be told)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a valid value in a token file")


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
    refresh runs at a time and threads that waited for it use its result. Each caller waits
    at most its own `timeout` (by default the client's deadline) for a token, refresh
    included, and then raises RequestTimeout. Every new token is saved to `store`. Without
    `token`, the session starts from the store's token.
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
        return self._require()

    def access_token(self, *, timeout: float | None = None) -> str:
        """A valid access token, refreshed first when it expires within the leeway."""
        return self._valid(self._deadline(timeout)).access_token

    def refresh(self, *, timeout: float | None = None) -> Token:
        """Refreshes now, whatever the expiry, and returns the new token."""
        deadline = self._deadline(timeout)
        with self._locked(deadline):
            return self._refresh(self._require(), deadline)

    def call(self, fn: Callable[[str], T], *, timeout: float | None = None) -> T:
        """`fn(access_token)`; after an InvalidToken (401) refreshes once and calls it again.
        `timeout` bounds the wait for a token (and the refresh), not `fn` itself."""
        deadline = self._deadline(timeout)
        token = self._valid(deadline)
        try:
            return fn(token.access_token)
        except InvalidToken:
            with self._locked(deadline):
                current = self._require()
                if current.access_token == token.access_token:
                    current = self._refresh(current, deadline)
        return fn(current.access_token)

    def user_info(self, *, timeout: float | None = None) -> UserInfoT:
        """The user's id (and e-mail with `user:email`), see `BinanceOAuthClient.user_info`."""
        return self.call(
            lambda access_token: self._client.user_info(access_token, timeout=timeout),
            timeout=timeout,
        )

    def revoke(self, *, timeout: float | None = None) -> bool:
        """Revokes the access token, then forgets both tokens here and in the store."""
        revoked = self.call(
            lambda access_token: self._client.revoke(access_token, timeout=timeout),
            timeout=timeout,
        )
        with self._locked(self._deadline(timeout)):
            self._forget()
        return revoked

    def _deadline(self, timeout: float | None) -> float:
        """The time.monotonic() by which a caller stops waiting for a token."""
        if timeout is None:
            client_deadline = getattr(self._client, "deadline", None)
            seconds = (
                float(client_deadline)
                if isinstance(client_deadline, (int, float))
                else _DEFAULT_WAIT
            )
        else:
            seconds = float(timeout)
        return time.monotonic() + seconds

    @contextlib.contextmanager
    def _locked(self, deadline: float) -> Iterator[None]:
        """The session's lock, or RequestTimeout once the caller's deadline has passed (a
        refresh another thread makes may take long: a slow token endpoint)."""
        if not self._lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise RequestTimeout(
                "no token within the timeout: another thread's refresh is still running"
            )
        try:
            yield
        finally:
            self._lock.release()

    def _valid(self, deadline: float) -> Token:
        with self._locked(deadline):
            token = self._require()
            if token.is_expired(self.refresh_leeway, now=self._client.clock()):
                token = self._refresh(token, deadline)
            return token

    def _require(self) -> Token:
        if self._token is None:
            raise ReauthorizationRequired("the session has no token; the user must log in")
        return self._token

    def _refresh(self, stale: Token, deadline: float) -> Token:
        """Called with the lock held, so concurrent callers wait for this one refresh."""
        if stale.refresh_token is None:
            raise ReauthorizationRequired("the access token expired and there is no refresh token")
        left = deadline - time.monotonic()
        if left <= 0:
            raise RequestTimeout("no token within the timeout: no time left to refresh it")
        try:
            fresh = self._client.refresh(stale.refresh_token, timeout=left)
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
