"""Timeouts that are deadlines, a cap on the body, and a refused connection told apart from
a timeout (issue 17, items 2 and 13), against hostile servers on 127.0.0.1.

The drip servers stop after a few seconds, so a client without a real deadline fails these
tests by running too long rather than by hanging the suite.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
import urllib3
from binance_oauth_api import BinanceOAuthClient, OAuthSession, Token
from binance_oauth_api import RequestTimeout as BinanceTimeout
from binance_oauth_api import ResponseTooLarge as BinanceTooLarge
from binance_oauth_api import TransportError as BinanceTransportError
from okcoin_v3_api import (
    OkcoinClient,
    RequestTimeout,
    ResponseTooLarge,
    TransportError,
    ValidationError,
)

from tests.reliability.hostile import JSON_HEAD, DripServer, EndlessBodyServer, refused_url

DEADLINE = 0.5  # seconds a call may take in these tests
LATE = 2.0  # beyond this, the deadline was not kept (the drip servers go on for 3 s)


def elapsed(call: Callable[[], Any], expected: type[BaseException]) -> float:
    started = time.monotonic()
    with pytest.raises(expected):
        call()
    return time.monotonic() - started


# -- deadlines --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "drip"),
    [
        (b"", JSON_HEAD + b"X-Padding: " + b"a" * 1000),  # headers that never end
        (JSON_HEAD + b"Content-Length: 1000\r\n\r\n", b" "),  # a body that never ends
    ],
    ids=["dripped-headers", "dripped-body"],
)
def test_a_per_call_timeout_is_the_total_of_the_attempt(head: bytes, drip: bytes) -> None:
    with DripServer(head, drip) as server, OkcoinClient(base_url=server.url, retries=0) as client:
        took = elapsed(lambda: client.general.get_server_time(timeout=DEADLINE), RequestTimeout)
    assert took < LATE


def test_the_client_timeout_is_a_deadline_too() -> None:
    with (
        DripServer() as server,
        OkcoinClient(base_url=server.url, retries=0, timeout=DEADLINE) as client,
    ):
        started = time.monotonic()
        with pytest.raises(RequestTimeout, match=r"within 0\.5 seconds"):
            client.general.get_server_time()
        took = time.monotonic() - started
    assert took < LATE


def test_a_urllib3_timeout_without_total_ends_at_connect_plus_read() -> None:
    timeout = urllib3.Timeout(connect=0.2, read=0.3)
    with (
        DripServer() as server,
        OkcoinClient(base_url=server.url, retries=0, timeout=timeout) as client,
    ):
        assert client._transport.deadline == pytest.approx(0.5)
        assert elapsed(client.general.get_server_time, RequestTimeout) < LATE


def test_binance_token_grant_has_a_deadline() -> None:
    with DripServer() as server:
        client = BinanceOAuthClient(
            "app", "https://app.example/cb", "secret", accounts_url=server.url, api_url=server.url
        )
        with client:
            took = elapsed(lambda: client.refresh("refresh", timeout=DEADLINE), BinanceTimeout)
    assert took < LATE


def test_session_waiters_give_up_at_their_own_deadline() -> None:
    """Four threads need a refresh from a token endpoint that drips: one refreshes, the
    others wait, and each gives up at its own deadline, not one refresh after another."""
    with DripServer() as server:
        client = BinanceOAuthClient(
            "app",
            "https://app.example/cb",
            "secret",
            accounts_url=server.url,
            api_url=server.url,
            timeout=DEADLINE,
            retries=0,
        )
        expired = Token(
            access_token="a" * 20,
            token_type="bearer",
            expires_in=3600,
            expires_at=time.time() - 10,
            refresh_token="r" * 20,
        )
        session = OAuthSession(client, expired)
        outcomes: list[tuple[str, float]] = []

        def work() -> None:
            started = time.monotonic()
            try:
                session.access_token()
            except BaseException as error:  # recorded, then checked below
                outcomes.append((type(error).__name__, time.monotonic() - started))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        client.close()
    assert [name for name, _ in outcomes] == ["RequestTimeout"] * 4, outcomes
    assert max(took for _, took in outcomes) < LATE, outcomes


def test_a_session_call_waits_no_longer_than_its_own_timeout() -> None:
    with DripServer() as server:
        client = BinanceOAuthClient(
            "app", "https://app.example/cb", "secret", accounts_url=server.url, timeout=1
        )
        expired = Token(
            access_token="a" * 20,
            token_type="bearer",
            expires_in=3600,
            expires_at=time.time() - 10,
            refresh_token="r" * 20,
        )
        session = OAuthSession(client, expired)
        failures: list[BaseException] = []

        def refresh() -> None:
            try:
                session.refresh()
            except BinanceTimeout as failure:
                failures.append(failure)

        refreshing = threading.Thread(target=refresh)
        refreshing.start()
        while server.connections == 0:
            time.sleep(0.01)
        took = elapsed(lambda: session.access_token(timeout=0.2), BinanceTimeout)
        assert took < 1.0
        refreshing.join(timeout=30)
        client.close()
    assert len(failures) == 1  # the refresh itself ended at the client's deadline


# -- body cap ---------------------------------------------------------------------------------


def test_an_endless_chunked_body_stops_at_the_cap() -> None:
    with (
        EndlessBodyServer() as server,
        OkcoinClient(base_url=server.url, max_body=1024 * 1024) as client,
    ):
        with pytest.raises(ResponseTooLarge, match="max_body"):
            client.general.get_server_time()
        assert server.connections == 1  # too large is not retried
    assert server.sent < 16 * 1024 * 1024


def test_a_declared_length_beyond_the_cap_is_refused_before_reading() -> None:
    head = JSON_HEAD + b"Content-Length: %d\r\n\r\n" % (10**12)
    with DripServer(head, b" ", limit=3) as server:
        client = BinanceOAuthClient(
            "app", "https://app.example/cb", "s", accounts_url=server.url, max_body=1000
        )
        with client:
            took = elapsed(lambda: client.refresh("refresh"), BinanceTooLarge)
    assert took < LATE


def test_the_default_cap_and_odd_caps() -> None:
    assert OkcoinClient()._transport.max_body == 16 * 1024 * 1024
    for odd in (0, -1, 1.5, True, "10"):
        with pytest.raises(ValidationError, match="max_body"):
            OkcoinClient(max_body=odd)


# -- refused connections ----------------------------------------------------------------------


def test_a_refused_connection_is_not_a_timeout() -> None:
    with refused_url() as url, OkcoinClient(base_url=url, retries=0) as client:
        with pytest.raises(TransportError) as caught:
            client.general.get_server_time()
        assert not isinstance(caught.value, RequestTimeout)
        assert "could not connect" in str(caught.value)
    with refused_url() as url:
        binance = BinanceOAuthClient("app", "https://app.example/cb", accounts_url=url)
        with binance, pytest.raises(BinanceTransportError) as refused:
            binance.refresh("refresh")
        assert not isinstance(refused.value, BinanceTimeout)
