"""Okcoin refuses a timestamp (30008 expired, 30005 invalid): the client reads Okcoin's clock
once, signs with it from then on, and sends a signed GET once more; a POST is never resent."""

from __future__ import annotations

import threading
import time
from decimal import Decimal

import pytest
from okcoin_v3_api import OkcoinClient, OkcoinError, RetryBudget, TimestampError
from okcoin_v3_api.testing import CannedReply, OkcoinSimulator
from okcoin_v3_api.testing import ServerError as ServerFault

from tests.reliability.conftest import okcoin_client

SKEW = 120.0  # seconds our clock is behind Okcoin's: far outside its 30-second window


REFUSED_RESYNCED_RESENT = ["spot_list_accounts", "general_get_server_time", "spot_list_accounts"]


def skewed(sim: OkcoinSimulator, **options: object) -> OkcoinClient:
    return okcoin_client(sim, clock=lambda: time.time() - SKEW, **options)


def sent(sim: OkcoinSimulator) -> list[str | None]:
    return [request.operation_id for request in sim.requests]


def refused(code: str, only: str, times: int = 1) -> CannedReply:
    body = {"code": int(code), "message": "Request timestamp expired"}
    return CannedReply(401, body, times=times, only=only)


def buy(client: OkcoinClient, client_oid: str) -> object:
    return client.spot.place_order(
        instrument_id="BTC-USD",
        side="buy",
        type="limit",
        price=Decimal(1),
        size=Decimal(1),
        client_oid=client_oid,
    )


def test_a_signed_get_resyncs_and_is_sent_once_more(okcoin_sim: OkcoinSimulator) -> None:
    with skewed(okcoin_sim) as client:
        assert client.spot.list_accounts() is not None
        assert SKEW - 1 < client.clock_offset < SKEW + 1
        assert sent(okcoin_sim) == [
            "spot_list_accounts",  # refused: 30008
            "general_get_server_time",
            "spot_list_accounts",
        ]
        okcoin_sim.clear_requests()
        client.account.list_wallet()  # later calls sign with the fixed clock at once
        assert sent(okcoin_sim) == ["account_list_wallet"]
        assert client._transport.clock_syncs == 1


def test_a_post_resyncs_but_is_not_resent(okcoin_sim: OkcoinSimulator) -> None:
    with skewed(okcoin_sim) as client:
        with pytest.raises(TimestampError) as caught:
            buy(client, "skewed1")
        assert caught.value.code == "30008"
        assert sent(okcoin_sim) == ["spot_place_order", "general_get_server_time"]
        okcoin_sim.clear_requests()
        buy(client, "skewed2")  # the caller may try again: now it is signed right
        assert sent(okcoin_sim) == ["spot_place_order"]


@pytest.mark.parametrize("code", ["30008", "30005"])
def test_both_timestamp_codes_resync(okcoin_sim: OkcoinSimulator, code: str) -> None:
    okcoin_sim.inject(refused(code, "spot_list_accounts"))
    with okcoin_client(okcoin_sim) as client:
        assert client.spot.list_accounts() is not None
    assert sent(okcoin_sim) == REFUSED_RESYNCED_RESENT


def test_only_once_per_call(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(refused("30008", "spot_list_accounts", times=5))
    with okcoin_client(okcoin_sim, retries=3) as client, pytest.raises(TimestampError):
        client.spot.list_accounts()
    assert sent(okcoin_sim) == REFUSED_RESYNCED_RESENT


def test_other_authentication_errors_do_not_resync(okcoin_sim: OkcoinSimulator) -> None:
    body = {"code": 30013, "message": "Invalid sign"}
    okcoin_sim.inject(CannedReply(401, body, only="spot_list_accounts"))
    with okcoin_client(okcoin_sim) as client, pytest.raises(OkcoinError):
        client.spot.list_accounts()
    assert sent(okcoin_sim) == ["spot_list_accounts"]


def test_unsigned_routes_do_not_resync(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(refused("30008", "spot_list_instruments"))
    with okcoin_client(okcoin_sim) as client, pytest.raises(TimestampError):
        client.spot.list_instruments()
    assert sent(okcoin_sim) == ["spot_list_instruments"]


def test_when_the_clock_cannot_be_read_the_refusal_is_raised(
    okcoin_sim: OkcoinSimulator,
) -> None:
    okcoin_sim.inject(ServerFault(status=503, times=100, only="general_get_server_time"))
    with skewed(okcoin_sim, retries=1) as client, pytest.raises(TimestampError):
        client.spot.list_accounts()
    assert sent(okcoin_sim) == ["spot_list_accounts"] + ["general_get_server_time"] * 2
    assert client.clock_offset == 0.0


def test_the_resync_does_not_need_the_retry_budget(okcoin_sim: OkcoinSimulator) -> None:
    empty = RetryBudget(ratio=0, floor=0)
    with skewed(okcoin_sim, retry_budget=empty) as client:
        assert client.spot.list_accounts() is not None
    assert empty.retries == 0


def test_threads_refused_together_share_one_clock_reading(okcoin_sim: OkcoinSimulator) -> None:
    client = skewed(okcoin_sim)
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def worker() -> None:
        barrier.wait()
        try:
            client.spot.list_accounts()
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    client.close()
    assert errors == []
    assert sent(okcoin_sim).count("general_get_server_time") == 1
    assert client._transport.clock_syncs == 1
