"""The retry budget: a token bucket per client that keeps retries under a fraction of the
requests plus a small floor, whatever the number of calls and threads; and which answers
are retried at all."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from binance_oauth_api import RetryBudget as BinanceBudget
from binance_oauth_api import ServerError as BinanceServerError
from binance_oauth_api.testing import BinanceOAuthSimulator
from binance_oauth_api.testing import ServerError as BinanceFault
from hypothesis import given, settings
from hypothesis import strategies as st
from okcoin_v3_api import (
    OkcoinError,
    RateLimitError,
    RetryBudget,
    ServerError,
    TransportError,
    ValidationError,
)
from okcoin_v3_api.testing import (
    DropConnection,
    LostReply,
    OkcoinSimulator,
    RateLimited,
)
from okcoin_v3_api.testing import ServerError as ServerFault

from tests.reliability.conftest import binance_client, binance_login, okcoin_client

# -- the bucket alone ---------------------------------------------------------------------------


def test_floor_first_then_a_fraction_of_the_requests() -> None:
    budget = RetryBudget(ratio=0.5, floor=2)
    assert [budget.try_retry() for _ in range(3)] == [True, True, False]
    budget.record_request()
    assert not budget.try_retry()  # half a token
    budget.record_request()
    assert budget.try_retry()
    assert (budget.requests, budget.retries, budget.refused) == (2, 3, 2)
    assert "retries=3" in repr(budget)


def test_the_bucket_never_holds_more_than_the_floor() -> None:
    budget = RetryBudget(ratio=1.0, floor=3)
    for _ in range(100):
        budget.record_request()
    assert budget.tokens == 3
    assert sum(budget.try_retry() for _ in range(10)) == 3


def test_a_zero_floor_still_earns_retries_from_requests() -> None:
    budget = RetryBudget(ratio=0.25, floor=0)
    assert not budget.try_retry()
    for _ in range(4):
        budget.record_request()
    assert budget.try_retry()


@settings(max_examples=200, deadline=None)
@given(
    st.floats(min_value=0, max_value=1),
    st.integers(min_value=0, max_value=20),
    st.lists(st.booleans(), max_size=200),
)
def test_retries_never_exceed_floor_plus_ratio_times_requests(
    ratio: float, floor: int, steps: list[bool]
) -> None:
    budget = RetryBudget(ratio=ratio, floor=floor)
    for is_request in steps:
        if is_request:
            budget.record_request()
        else:
            budget.try_retry()
        assert budget.retries <= floor + ratio * budget.requests + 1e-9
        assert 0 <= budget.tokens <= max(floor, 1)


@pytest.mark.parametrize(
    ("ratio", "floor"), [(-0.1, 1), (1.5, 1), ("0.1", 1), (0.1, -1), (0.1, 1.5), (0.1, True)]
)
def test_odd_settings_are_refused(ratio: object, floor: object) -> None:
    with pytest.raises(ValidationError):
        RetryBudget(ratio=ratio, floor=floor)  # type: ignore[arg-type]


# -- a client spending it -------------------------------------------------------------------------


def test_a_failing_server_gets_the_floor_then_a_fraction(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(ServerFault(status=503, times=1000, only="spot_list_accounts"))
    budget = RetryBudget(ratio=0.25, floor=4)
    with okcoin_client(okcoin_sim, retries=2, retry_budget=budget) as client:
        assert client.retry_budget is budget
        for _ in range(20):
            with pytest.raises(ServerError):
                client.spot.list_accounts()
    # Without a budget: 20 calls x 3 attempts = 60 requests. With it: the floor's 4 retries
    # go to the first two calls; then every fourth call has earned one retry (calls 5, 9,
    # 13, 17), since what a call earns while the bucket is full is lost.
    assert (budget.requests, budget.retries) == (20, 8)
    assert budget.retries <= budget.floor + budget.ratio * budget.requests
    assert len(okcoin_sim.requests) == 20 + 8


def test_successes_refill_the_budget(okcoin_sim: OkcoinSimulator) -> None:
    budget = RetryBudget(ratio=0.5, floor=1)
    with okcoin_client(okcoin_sim, retry_budget=budget) as client:
        okcoin_sim.inject(ServerFault(status=500, times=2, only="spot_list_accounts"))
        with pytest.raises(ServerError):
            client.spot.list_accounts()  # one retry, then the bucket is empty
        client.general.get_server_time()
        client.general.get_server_time()  # two requests: a whole token again
        okcoin_sim.inject(ServerFault(status=500, only="spot_list_accounts"))
        assert client.spot.list_accounts() is not None


def test_one_budget_across_threads(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(ServerFault(status=502, times=10_000, only="general_get_server_time"))
    budget = RetryBudget(ratio=0.2, floor=5)
    client = okcoin_client(okcoin_sim, retries=3, retry_budget=budget)
    failures: list[BaseException] = []

    def worker() -> None:
        for _ in range(10):
            try:
                client.general.get_server_time()
            except ServerError as error:
                failures.append(error)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    client.close()
    assert len(failures) == 80
    assert budget.requests == 80
    assert budget.retries <= 5 + 0.2 * 80
    assert len(okcoin_sim.requests) == 80 + budget.retries


def test_one_budget_shared_by_two_clients(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(ServerFault(status=500, times=100, only="general_get_server_time"))
    budget = RetryBudget(ratio=0, floor=3)
    first = okcoin_client(okcoin_sim, retry_budget=budget)
    second = okcoin_client(okcoin_sim, retry_budget=budget)
    for client in (first, second, first, second):
        with pytest.raises(ServerError):
            client.general.get_server_time()
    assert len(okcoin_sim.requests) == 4 + 3


def test_each_client_has_its_own_budget_by_default(okcoin_sim: OkcoinSimulator) -> None:
    first, second = okcoin_client(okcoin_sim), okcoin_client(okcoin_sim)
    assert first.retry_budget is not second.retry_budget
    assert (first.retry_budget.ratio, first.retry_budget.floor) == (0.2, 10)


def test_binance_retries_draw_on_the_budget(binance_sim: BinanceOAuthSimulator) -> None:
    budget = BinanceBudget(ratio=0, floor=1)
    client = binance_client(binance_sim, retry_budget=budget)
    assert client.retry_budget is budget
    token = binance_login(binance_sim, client)
    binance_sim.inject(BinanceFault(503, times=100, only="user_info"))
    for _ in range(3):
        with pytest.raises(BinanceServerError):
            client.user_info(token.access_token)
    assert binance_sim.count("user_info") == 3 + 1


# -- which answers are retried -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (ServerFault(status=500), ServerError),
        (ServerFault(status=502), ServerError),
        (ServerFault(status=503), ServerError),
        (ServerFault(status=504), ServerError),
        (RateLimited(retry_after=0.01), RateLimitError),
        (DropConnection(), TransportError),
        (LostReply(), TransportError),
    ],
    ids=["500", "502", "503", "504", "429", "dropped", "reply-lost"],
)
def test_retried_on_safe_routes_only(
    okcoin_sim: OkcoinSimulator, fault: object, error: type[Exception]
) -> None:
    with okcoin_client(okcoin_sim, retries=1) as client:
        okcoin_sim.inject(fault)  # type: ignore[arg-type]
        assert client.spot.list_accounts() is not None
        assert [r.operation_id for r in okcoin_sim.requests] == ["spot_list_accounts"] * 2
        okcoin_sim.clear_requests()
        fault.times = 1  # type: ignore[attr-defined]
        okcoin_sim.inject(fault)  # type: ignore[arg-type]
        with pytest.raises(error):
            client.spot.place_order(
                instrument_id="BTC-USD", side="buy", type="limit", price=Decimal(1), size=Decimal(1)
            )
        assert [r.operation_id for r in okcoin_sim.requests] == ["spot_place_order"]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 501])
def test_other_errors_are_not_retried(okcoin_sim: OkcoinSimulator, status: int) -> None:
    from okcoin_v3_api.testing import CannedReply

    answer = {"code": 30030, "message": "no"}
    okcoin_sim.inject(CannedReply(status, answer, only="spot_list_accounts"))
    with okcoin_client(okcoin_sim, retries=3) as client, pytest.raises(OkcoinError):
        client.spot.list_accounts()
    assert len(okcoin_sim.requests) == 1
    assert client.retry_budget.retries == 0


def test_a_retry_after_beyond_max_wait_is_not_waited_for(okcoin_sim: OkcoinSimulator) -> None:
    okcoin_sim.inject(RateLimited(retry_after=3600, only="spot_list_accounts"))
    client = okcoin_client(okcoin_sim, retries=3)
    waits: list[float] = []
    client._transport._sleep = waits.append
    with pytest.raises(RateLimitError) as caught:
        client.spot.list_accounts()
    assert caught.value.retry_after == 3600
    assert waits == []
    assert len(okcoin_sim.requests) == 1


@pytest.mark.parametrize("retries", [-1, 1.5, "2"])
def test_odd_retry_counts_are_refused(retries: object) -> None:
    from okcoin_v3_api import OkcoinClient

    with pytest.raises(ValidationError, match="retries"):
        OkcoinClient(retries=retries)  # type: ignore[arg-type]
