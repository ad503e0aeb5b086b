"""Connect and read timeouts on every path of both REST clients: signed and public Okcoin
routes, Binance token grants and oauth-api routes, the refresh an OAuthSession makes, and
the values a client accepts as timeouts."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

import pytest
import urllib3
from binance_oauth_api import BinanceOAuthClient, OAuthSession
from binance_oauth_api import RequestTimeout as BinanceTimeout
from binance_oauth_api import ValidationError as BinanceValidationError
from binance_oauth_api.testing import BinanceOAuthSimulator
from binance_oauth_api.testing import SlowReply as BinanceSlow
from okcoin_v3_api import OkcoinClient, RequestTimeout, ValidationError
from okcoin_v3_api.testing import OkcoinSimulator, SlowReply

from tests.reliability.conftest import binance_client, binance_login, okcoin_client

SHORT = 0.2  # seconds a client waits in these tests
SLOW = 1.0  # seconds a slow reply takes: well beyond SHORT
LIFETIME_AND_MORE = 10**6  # a refresh leeway that makes every token due for a refresh


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.elapsed = time.monotonic() - self.started


# -- connect timeouts -------------------------------------------------------------------------


def test_okcoin_connect_timeout(stalled_url: str) -> None:
    timeout = urllib3.Timeout(connect=SHORT, read=30)
    client = OkcoinClient(base_url=stalled_url, timeout=timeout, retries=0)
    with client, Stopwatch() as watch, pytest.raises(RequestTimeout):
        client.general.get_server_time()
    assert watch.elapsed < SHORT + 0.8


def test_binance_connect_timeouts_on_both_hosts(stalled_url: str) -> None:
    client = BinanceOAuthClient(
        "app",
        "https://app.example/cb",
        "secret",
        accounts_url=stalled_url,
        api_url=stalled_url,
        timeout=urllib3.Timeout(connect=SHORT, read=30),
        retries=0,
    )
    for call in (
        lambda: client.exchange_code("code"),
        lambda: client.refresh("refresh-token"),
        lambda: client.user_info("access-token"),
        lambda: client.revoke("access-token"),
    ):
        with Stopwatch() as watch, pytest.raises(BinanceTimeout):
            call()
        assert watch.elapsed < SHORT + 0.8


# -- read timeouts ----------------------------------------------------------------------------


def test_okcoin_read_timeout_is_the_client_default(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(SlowReply(delay=SLOW, only="spot_list_accounts"))
    client = okcoin_client(okcoin_sim, timeout=SHORT, retries=0)
    with client, Stopwatch() as watch, pytest.raises(RequestTimeout):
        client.spot.list_accounts()
    assert watch.elapsed < SLOW


def test_okcoin_timed_out_read_is_retried_on_a_safe_route(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(SlowReply(delay=SLOW, only="spot_list_accounts"))
    with okcoin_client(okcoin_sim, timeout=SHORT, retries=1) as client:
        assert client.spot.list_accounts() is not None
    assert [r.operation_id for r in okcoin_sim.requests] == ["spot_list_accounts"] * 2


def test_okcoin_timed_out_order_is_not_resent(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(SlowReply(delay=SLOW, only="spot_place_order"))
    client = okcoin_client(okcoin_sim, timeout=SHORT, retries=5)
    with client, pytest.raises(RequestTimeout):
        client.spot.place_order(
            instrument_id="BTC-USD",
            side="buy",
            type="limit",
            price=Decimal(1),
            size=Decimal(1),
            client_oid="timedout1",
        )
    assert [r.operation_id for r in okcoin_sim.requests] == ["spot_place_order"]


def test_per_call_timeout_overrides_the_default(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(SlowReply(delay=0.4, times=2, only="general_get_server_time"))
    with okcoin_client(okcoin_sim, timeout=SHORT, retries=0) as client:
        assert client.general.get_server_time(timeout=3).epoch
        with pytest.raises(RequestTimeout):
            client.general.get_server_time(timeout=0.1)


@pytest.mark.parametrize(
    ("only", "call"),
    [
        ("oauth_exchange_code", lambda c, t: c.exchange_code("c", "v" * 43)),
        ("oauth_refresh", lambda c, t: c.refresh(t.refresh_token)),
        ("user_info", lambda c, t: c.user_info(t.access_token)),
        ("oauth_revoke_token", lambda c, t: c.revoke(t.access_token)),
    ],
    ids=["exchange_code", "refresh", "user_info", "revoke"],
)
def test_binance_read_timeouts_and_which_calls_are_resent(
    binance_sim: BinanceOAuthSimulator, only: str, call: Any
) -> None:
    client = binance_client(binance_sim, timeout=SHORT, retries=1)
    token = binance_login(binance_sim, client)
    binance_sim.inject(BinanceSlow(delay=SLOW, times=5, only=only))
    binance_sim.clear_requests()
    with Stopwatch() as watch, pytest.raises(BinanceTimeout):
        call(client, token)
    sent = [r.operation_id for r in binance_sim.requests]
    # Token grants and revocation change state on the server: never sent twice.
    assert sent == [only] * (2 if only == "user_info" else 1)
    assert watch.elapsed < len(sent) * SHORT + 0.8


def test_the_refresh_a_session_makes_has_the_client_timeout(
    binance_sim: BinanceOAuthSimulator,
) -> None:
    client = binance_client(binance_sim, timeout=SHORT)
    token = binance_login(binance_sim, client)
    session = OAuthSession(client, token, refresh_leeway=LIFETIME_AND_MORE)
    binance_sim.inject(BinanceSlow(delay=SLOW, only="oauth_refresh"))
    with Stopwatch() as watch, pytest.raises(BinanceTimeout):
        session.user_info()
    assert watch.elapsed < SLOW


# -- what counts as a timeout -----------------------------------------------------------------


def test_clients_bound_connect_and_read_by_default() -> None:
    for client in (
        OkcoinClient(),
        BinanceOAuthClient("app", "https://app.example/cb"),
    ):
        timeout = client._transport.timeout
        assert (timeout.connect_timeout, timeout.read_timeout) == (10.0, 10.0)


@pytest.mark.parametrize(
    "timeout",
    [0, -1, float("inf"), float("nan"), None, True, "5", urllib3.Timeout(connect=None, read=None)],
    ids=repr,
)
def test_unbounded_or_odd_timeouts_are_refused(timeout: Any) -> None:
    with pytest.raises(ValidationError, match="timeout"):
        OkcoinClient(timeout=timeout)
    with pytest.raises(BinanceValidationError, match="timeout"):
        BinanceOAuthClient("app", "https://app.example/cb", timeout=timeout)


def test_a_urllib3_timeout_with_both_bounds_is_kept() -> None:
    timeout = urllib3.Timeout(connect=1.5, read=7)
    assert OkcoinClient(timeout=timeout)._transport.timeout is timeout
    assert OkcoinClient(timeout=urllib3.Timeout(total=3))._transport.timeout.total == 3


@pytest.mark.parametrize("timeout", [0, -2, float("inf"), "1"], ids=repr)
def test_odd_per_call_timeouts_are_refused_before_sending(
    okcoin_sim: OkcoinSimulator, timeout: Any
) -> None:
    with okcoin_client(okcoin_sim) as client, pytest.raises(ValidationError, match="timeout"):
        client.general.get_server_time(timeout=timeout)
    assert okcoin_sim.requests == []
