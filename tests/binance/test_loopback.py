"""The loopback redirect receiver of native apps (RFC 8252), with a browser played by urllib3."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import urllib3
from binance_oauth_api import BinanceOAuthClient, LoopbackReceiver, RedirectTimeout
from binance_oauth_api.testing import BinanceOAuthSimulator

from tests.binance.backends import EMAIL, PUBLIC_ID, USER_ID, authlib_clients
from tests.support.authlib_server import User, run_authlib_server


@pytest.fixture
def receiver() -> Iterator[LoopbackReceiver]:
    with LoopbackReceiver() as instance:
        yield instance


def browse(url: str) -> urllib3.BaseHTTPResponse:
    """A browser: follows the consent page's redirect to the receiver."""
    return urllib3.PoolManager().request("GET", url, redirect=True, retries=urllib3.Retry(3))


def login_through_receiver(
    receiver: LoopbackReceiver, base_url: str, open_page: Callable[[str], str]
) -> str:
    client = BinanceOAuthClient(
        PUBLIC_ID, receiver.redirect_uri, accounts_url=base_url, api_url=base_url
    )
    request = client.authorization_url(["user:openId", "user:email"])
    pages: list[str] = []

    def user() -> None:
        location = open_page(request.url)  # the consent page sends the browser back
        pages.append(browse(location).data.decode())

    browser = threading.Thread(target=user)
    browser.start()
    redirect = receiver.wait(timeout=5)
    browser.join(timeout=5)
    assert "Login complete" in pages[0]
    code = client.parse_redirect(redirect, request.state)
    token = client.exchange_code(code, request.code_verifier)
    return client.user_info(token.access_token).user_id


def test_redirect_uri_is_loopback_with_an_ephemeral_port(receiver: LoopbackReceiver) -> None:
    assert receiver.redirect_uri == f"http://127.0.0.1:{receiver.port}/callback"
    assert receiver.port > 0
    assert repr(receiver) == f"LoopbackReceiver({receiver.redirect_uri!r})"


def test_login_through_the_simulator(receiver: LoopbackReceiver) -> None:
    with BinanceOAuthSimulator(users={USER_ID: EMAIL}) as sim:
        sim.add_client(PUBLIC_ID, [receiver.redirect_uri])
        assert login_through_receiver(receiver, sim.base_url, sim.approve) == USER_ID


def test_login_through_the_authlib_server(receiver: LoopbackReceiver) -> None:
    clients = authlib_clients(receiver.redirect_uri)
    with run_authlib_server(clients, [User(USER_ID, EMAIL)]) as server:
        assert login_through_receiver(receiver, server.base_url, server.approve) == USER_ID


def test_times_out(receiver: LoopbackReceiver) -> None:
    started = time.monotonic()
    with pytest.raises(RedirectTimeout, match=r"within 0\.2 seconds"):
        receiver.wait(timeout=0.2)
    assert time.monotonic() - started < 2


def test_other_paths_do_not_count(receiver: LoopbackReceiver) -> None:
    origin = receiver.redirect_uri.removesuffix("/callback")
    assert urllib3.request("GET", origin + "/favicon.ico").status == 404
    with pytest.raises(RedirectTimeout):
        receiver.wait(timeout=0.1)
    answer = urllib3.request("GET", receiver.redirect_uri + "?error=access_denied&state=s")
    assert answer.status == 200
    assert "not completed" in answer.data.decode()
    assert answer.headers["Referrer-Policy"] == "no-referrer"
    assert receiver.wait(timeout=1).endswith("/callback?error=access_denied&state=s")


def test_first_redirect_wins_and_survives_close() -> None:
    with LoopbackReceiver("/cb") as receiver:
        urllib3.request("GET", receiver.redirect_uri + "?code=first&state=s")
        urllib3.request("GET", receiver.redirect_uri + "?code=second&state=s")
    assert receiver.wait(timeout=0).endswith("?code=first&state=s")


def test_code_is_not_logged(
    receiver: LoopbackReceiver, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    urllib3.request("GET", receiver.redirect_uri + "?code=secret-code-123&state=s")
    receiver.wait(timeout=1)
    captured = capsys.readouterr()
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("binance_oauth_api")]
    assert ours  # the receiver does log, without the query
    assert "secret-code-123" not in captured.err + captured.out + "\n".join(ours)


def test_bad_path() -> None:
    with pytest.raises(ValueError):
        LoopbackReceiver("callback")


def test_silent_and_half_sent_connections_are_closed_after_the_request_timeout() -> None:
    with LoopbackReceiver(request_timeout=0.3) as receiver:
        silent = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        half = socket.create_connection(("127.0.0.1", receiver.port), timeout=5)
        half.sendall(b"GET /callback?code=half-sent")  # never ends the request line
        # Meanwhile a browser's redirect gets through.
        urllib3.request("GET", receiver.redirect_uri + "?code=c&state=s", timeout=2)
        assert receiver.wait(timeout=1).endswith("?code=c&state=s")
        started = time.monotonic()
        assert silent.recv(1) == b""  # closed by the receiver, not by us
        assert half.recv(1) == b""
        assert time.monotonic() - started < 2
        silent.close()
        half.close()
    assert receiver.wait(timeout=0).endswith("?code=c&state=s")


@pytest.mark.parametrize("timeout", [0, -1, float("inf"), "5"], ids=repr)
def test_request_timeout_must_be_positive_seconds(timeout: object) -> None:
    with pytest.raises(ValueError, match="request_timeout"):
        LoopbackReceiver(request_timeout=timeout)  # type: ignore[arg-type]
