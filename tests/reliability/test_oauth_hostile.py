"""The token store against bad files and crashed saves, and the login redirect against
forged requests (issue 17, items 7 and 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from binance_oauth_api import (
    AccessDenied,
    BinanceOAuthClient,
    JsonFileTokenStore,
    LoopbackReceiver,
    OAuthSession,
    ReauthorizationRequired,
    RedirectTimeout,
    StateMismatch,
    Token,
    ValidationError,
)

STATE = "login-state-8c2d"


def _token(expires_at: float = 2_000_000_000.0) -> Token:
    return Token(
        access_token="a" * 24,
        token_type="bearer",
        expires_in=3600,
        expires_at=expires_at,
        refresh_token="r" * 24,
    )


def _stored(expires_at: object) -> str:
    return json.dumps({"token": _token().to_json()["token"], "expires_at": expires_at})


# -- item 7: the token store ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b"[]",
        b"[1, 2, 3]",
        b'"a token"',
        b"null",
        b"\xff\xfe{\x00}",  # not UTF-8
        b"[" * 100_000 + b"]" * 100_000,  # nested deeper than the parser's recursion
        b'{"token": ' * 50_000 + b"1" + b"}" * 50_000,
        _stored(float("nan")).encode(),
        _stored(float("inf")).encode(),
        _stored(float("-inf")).encode(),
        _stored(True).encode(),
        b"{}",
        b"",
    ],
    ids=lambda content: repr(content[:20]),
)
def test_load_returns_none_for_any_bad_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "token.json"
    path.write_bytes(content)
    store = JsonFileTokenStore(path)
    assert store.load() is None
    client = BinanceOAuthClient("app", "https://app.example/cb")
    session = OAuthSession(client, store=store)  # builds: the user simply has to log in
    with pytest.raises(ReauthorizationRequired):
        session.token  # noqa: B018


def test_load_returns_none_for_a_directory_at_the_path(tmp_path: Path) -> None:
    (tmp_path / "token.json").mkdir()
    assert JsonFileTokenStore(tmp_path / "token.json").load() is None


def test_a_good_file_still_loads(tmp_path: Path) -> None:
    store = JsonFileTokenStore(tmp_path / "token.json")
    store.save(_token())
    loaded = store.load()
    assert loaded is not None
    assert loaded.access_token == "a" * 24


@pytest.mark.parametrize("expires_at", [float("nan"), float("inf"), float("-inf")])
def test_a_token_never_has_an_endless_expiry(expires_at: float) -> None:
    with pytest.raises(ValidationError, match="expires_at"):
        _token(expires_at)
    with pytest.raises(ValueError):
        Token.from_json({"token": _token().to_json()["token"], "expires_at": expires_at})


_CRASHING_SAVE = """
import os, sys
from binance_oauth_api import JsonFileTokenStore, Token
token = Token(access_token="a" * 24, token_type="bearer", expires_in=3600,
              expires_at=2e9, refresh_token="crashed-save-secret")
os.replace = lambda *args: os._exit(3)  # the process dies between writing and renaming
JsonFileTokenStore(sys.argv[1]).save(token)
"""


def test_a_crashed_save_leaves_no_temporary_file_behind(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    done = subprocess.run([sys.executable, "-c", _CRASHING_SAVE, str(path)], check=False)
    assert done.returncode == 3
    leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers, "the crash should have left its temporary file"
    store = JsonFileTokenStore(path)
    assert store.load() is None
    assert [p.name for p in tmp_path.iterdir()] == []
    store.save(_token())
    assert [p.name for p in tmp_path.iterdir()] == ["token.json"]


def test_a_failed_save_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", refuse)
    with pytest.raises(OSError, match="disk full"):
        JsonFileTokenStore(tmp_path / "token.json").save(_token())
    assert list(tmp_path.iterdir()) == []


def test_a_temporary_file_of_a_running_save_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "token.json"
    in_flight = tmp_path / f".token.json.{os.getpid()}.abc.tmp"
    in_flight.write_text("{}")
    JsonFileTokenStore(path).save(_token())
    assert in_flight.exists()


# -- item 8: the redirect's state comes first ----------------------------------------------------

ATTACKER_TEXT = "Your+account+is+locked+call+555-0100"


@pytest.mark.parametrize(
    "query",
    [
        f"error=access_denied&error_description={ATTACKER_TEXT}",
        f"error=access_denied&error_description={ATTACKER_TEXT}&state=forged",
        f"error=access_denied&state={STATE}&state=forged&error_description={ATTACKER_TEXT}",
        f"code=stolen&error_description={ATTACKER_TEXT}",
    ],
)
def test_a_forged_redirect_is_refused_before_it_is_read(query: str) -> None:
    client = BinanceOAuthClient("app", "https://app.example/cb")
    with pytest.raises(StateMismatch) as caught:
        client.parse_redirect(f"https://app.example/cb?{query}", STATE)
    assert "locked" not in str(caught.value)
    assert "555" not in str(caught.value)


def test_an_error_redirect_with_the_state_is_still_reported() -> None:
    client = BinanceOAuthClient("app", "https://app.example/cb")
    with pytest.raises(AccessDenied):
        client.parse_redirect(f"https://app.example/cb?error=access_denied&state={STATE}", STATE)


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=5) as answer:
            return int(answer.status)
    except urllib.error.HTTPError as error:
        return error.code


def test_the_receiver_ignores_forged_requests_until_the_real_redirect() -> None:
    with LoopbackReceiver() as receiver:
        forged = [
            receiver.redirect_uri + "?error=access_denied&error_description=" + ATTACKER_TEXT,
            receiver.redirect_uri + "?error=access_denied&state=guess",
            receiver.redirect_uri + "?code=attacker-code",
        ]
        # One forged request before the app waits, the others while it waits.
        assert _get(forged[0]) == 200  # the state is not known yet: kept aside
        statuses: list[int] = []

        def browser() -> None:
            time.sleep(0.1)
            statuses.extend(_get(url) for url in forged[1:])
            statuses.append(_get(receiver.redirect_uri + f"?code=real&state={STATE}"))

        thread = threading.Thread(target=browser)
        thread.start()
        url = receiver.wait(timeout=10, state=STATE)
        thread.join(timeout=10)
    assert url.endswith(f"?code=real&state={STATE}")
    assert statuses == [400, 400, 200]


def test_forged_requests_alone_end_in_a_timeout_not_an_error() -> None:
    with LoopbackReceiver() as receiver:
        assert _get(receiver.redirect_uri + "?error=access_denied") == 200  # kept aside
        assert _get(receiver.redirect_uri + "?error=access_denied&state=x") == 200
        with pytest.raises(RedirectTimeout):
            receiver.wait(timeout=0.3, state=STATE)
        # Once the state is known, others are refused at once.
        assert _get(receiver.redirect_uri + "?error=access_denied") == 400


def test_a_redirect_that_came_before_the_wait_is_found() -> None:
    with LoopbackReceiver() as receiver:
        assert _get(receiver.redirect_uri + "?error=access_denied") == 200
        assert _get(receiver.redirect_uri + f"?code=early&state={STATE}") == 200
        assert receiver.wait(timeout=0, state=STATE).endswith("code=early&state=" + STATE)
