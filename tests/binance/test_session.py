"""OAuthSession and the token stores, against both servers where a server is involved."""

from __future__ import annotations

import json
import os
import stat
import sys
import threading
from pathlib import Path

import pytest
from binance_oauth_api import (
    BinanceOAuthClient,
    InvalidToken,
    JsonFileTokenStore,
    MemoryTokenStore,
    OAuthSession,
    ReauthorizationRequired,
    Token,
    ValidationError,
)

from tests.binance.backends import LIFETIME, USER_ID, Backend


def test_refreshes_ahead_of_expiry(backend: Backend, public: BinanceOAuthClient) -> None:
    session = OAuthSession(public, backend.login(public), refresh_leeway=60)
    first = session.access_token()
    backend.advance_clock(LIFETIME - 61)
    assert session.access_token() == first
    assert session.refreshes == 0

    backend.advance_clock(2)  # now inside the leeway: refreshed before it expires
    second = session.access_token()
    assert second != first
    assert session.refreshes == backend.refreshes() == 1
    assert session.user_info().user_id == USER_ID


def test_one_refresh_for_many_threads(backend: Backend, public: BinanceOAuthClient) -> None:
    session = OAuthSession(public, backend.login(public))
    backend.advance_clock(LIFETIME)  # expired for everyone at once
    barrier = threading.Barrier(12)
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            results.append(session.user_info().user_id)
        except BaseException as error:  # reported below
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert errors == []
    assert results == [USER_ID] * 12
    assert backend.refreshes() == 1
    assert session.refreshes == 1


def test_retries_once_after_401(backend: Backend, public: BinanceOAuthClient) -> None:
    token = backend.login(public)
    session = OAuthSession(public, token)
    backend.revoke_access_token(token.access_token)  # not expired locally, refused remotely

    assert session.user_info().user_id == USER_ID
    assert session.refreshes == backend.refreshes() == 1
    assert session.token.access_token != token.access_token


def test_many_threads_hitting_401_refresh_once(
    backend: Backend, public: BinanceOAuthClient
) -> None:
    token = backend.login(public)
    session = OAuthSession(public, token)
    backend.revoke_access_token(token.access_token)
    barrier = threading.Barrier(8)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            session.user_info()
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert failures == []
    assert backend.refreshes() == 1


def test_second_401_is_not_retried_again(backend: Backend, public: BinanceOAuthClient) -> None:
    session = OAuthSession(public, backend.login(public))
    calls: list[str] = []

    def always_refused(access_token: str) -> None:
        calls.append(access_token)
        raise InvalidToken(401, "invalid_token", "refused")

    with pytest.raises(InvalidToken):
        session.call(always_refused)
    assert len(calls) == 2 and calls[0] != calls[1]
    assert session.refreshes == 1


def test_refused_refresh_token_needs_the_user(
    backend: Backend, public: BinanceOAuthClient, tmp_path: Path
) -> None:
    token = backend.login(public)
    dead = Token(
        access_token=token.access_token,
        token_type="bearer",
        expires_in=1,
        expires_at=0.0,  # long expired: the session must refresh first
        refresh_token="00000000-0000-4000-8000-000000000000",  # unknown to the server
    )
    store = JsonFileTokenStore(tmp_path / "token.json")
    session = OAuthSession(public, dead, store)
    with pytest.raises(ReauthorizationRequired) as caught:
        session.access_token()
    assert caught.value.__cause__ is not None  # the server's InvalidGrant
    assert store.load() is None  # the dead token is forgotten
    with pytest.raises(ReauthorizationRequired):
        session.access_token()


def test_revoke_forgets_both_tokens(backend: Backend, public: BinanceOAuthClient) -> None:
    store = MemoryTokenStore()
    session = OAuthSession(public, backend.login(public), store)
    assert session.revoke() is True
    assert store.load() is None
    with pytest.raises(ReauthorizationRequired):
        session.user_info()


def test_expired_token_without_refresh_token() -> None:
    client = BinanceOAuthClient("client", "http://127.0.0.1:1/callback")
    token = Token(access_token="abc", token_type="bearer", expires_in=10, expires_at=0.0)
    session = OAuthSession(client, token)
    with pytest.raises(ReauthorizationRequired, match="no refresh token"):
        session.access_token()
    with pytest.raises(ReauthorizationRequired):
        OAuthSession(client).token  # noqa: B018 (the property raises)
    with pytest.raises(ValidationError):
        OAuthSession(client, token, refresh_leeway=-1)


def test_session_persists_tokens_across_runs(
    backend: Backend, public: BinanceOAuthClient, tmp_path: Path
) -> None:
    path = tmp_path / "state" / "token.json"
    store = JsonFileTokenStore(path, clock=backend.clock)
    session = OAuthSession(public, backend.login(public), store)
    backend.advance_clock(LIFETIME)
    refreshed = session.access_token()

    # A later run starts from the file alone.
    later = OAuthSession(public, store=JsonFileTokenStore(path, clock=backend.clock))
    assert later.token == session.token
    assert later.access_token() == refreshed
    assert later.user_info().user_id == USER_ID


def test_json_file_store_is_private_and_atomic(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    store = JsonFileTokenStore(path)
    assert store.load() is None
    token = Token(
        access_token="83f2bf51-a2c4-4c2e-b7c4-46cef6a8dba5",
        token_type="bearer",
        expires_in=30714,
        expires_at=1_700_030_714.5,
        refresh_token="fb5587ee-d9cf-4cb5-a586-4aed72cc9bea",
        scope="read",
        extra_fields={"id_token_hint": "x"},
    )
    store.save(token)
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert store.load() == token
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]  # no leftovers
    saved = json.loads(path.read_text())
    assert saved["token"]["scope"] == "read"
    assert saved["token"]["id_token_hint"] == "x"

    newer = Token(access_token="n", token_type="bearer", expires_in=1, expires_at=2.0)
    store.save(newer)
    assert store.load() == newer
    assert "refresh_token" not in path.read_text()

    store.clear()
    assert store.load() is None
    store.clear()  # clearing twice is fine


def test_json_file_store_ignores_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    path.write_text('{"token": {"access_token": 5}}')
    assert JsonFileTokenStore(path).load() is None
    path.write_text("not json")
    assert JsonFileTokenStore(path).load() is None


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "token.json"
    store = JsonFileTokenStore(path)
    old = Token(access_token="old", token_type="bearer", expires_in=1, expires_at=2.0)
    store.save(old)

    def broken_replace(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        store.save(Token(access_token="new", token_type="bearer", expires_in=1, expires_at=2.0))
    monkeypatch.undo()
    assert store.load() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["token.json"]
