"""The Okcoin client against its simulator: errors, retries, bad input, money, paging."""

from __future__ import annotations

import logging
import pickle
from decimal import Decimal

import pytest
from okcoin_v3_api import (
    AuthenticationError,
    DecodeError,
    InvalidParameterError,
    OkcoinClient,
    OkcoinError,
    RateLimitError,
    RequestTimeout,
    ServerError,
    TransportError,
    ValidationError,
    models,
    unstructure,
)
from okcoin_v3_api.testing import (
    DropConnection,
    MalformedBody,
    OkcoinSimulator,
    RateLimited,
    SlowReply,
)
from okcoin_v3_api.testing import ServerError as ServerFault

from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET, no_sleep


def limit_buy(client: OkcoinClient, price: str = "100", size: str = "1") -> models.OrderResult:
    return client.spot.place_order(
        instrument_id="BTC-USD",
        side="buy",
        type="limit",
        price=Decimal(price),
        size=Decimal(size),
    )


# -- orders and balances --------------------------------------------------------------------


def test_order_lifecycle_holds_and_releases_funds(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    result = limit_buy(client, "20000", "0.5")
    assert result.result is True
    assert sim.balance("USD").hold == Decimal("10000")

    pending = client.spot.list_pending_orders(instrument_id="BTC-USD")
    assert [order.order_id for order in pending] == [result.order_id]

    client.spot.amend_order(
        instrument_id="BTC-USD",
        cancel_on_fail="0",
        order_id=result.order_id,
        new_price=Decimal("19000"),
    )
    order = client.spot.get_order(order_id_or_client_oid=result.order_id, instrument_id="BTC-USD")
    assert order.price == Decimal("19000")

    client.spot.cancel_order(order_id_or_client_oid=result.order_id, instrument_id="BTC-USD")
    assert sim.balance("USD").hold == Decimal("0")
    assert list(client.spot.list_pending_orders(instrument_id="BTC-USD")) == []


def test_balances_are_exact_decimals(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    sim.set_balance("BTC", "0.00000001")
    account = client.spot.get_account(currency="BTC")
    assert account.available == Decimal("0.00000001")
    assert unstructure(account)["available"] == "0.00000001"


def test_decimal_goes_on_the_wire_as_the_same_digits(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    limit_buy(client, "17000.50000", "0.00100")
    body = sim.requests[-1].json()
    assert body["price"] == "17000.50000"
    assert body["size"] == "0.00100"
    order = client.spot.list_pending_orders(instrument_id="BTC-USD")[0]
    assert order.price == Decimal("17000.50000")


def test_insufficient_balance_is_a_typed_error(client: OkcoinClient) -> None:
    with pytest.raises(OkcoinError) as caught:
        limit_buy(client, "1000000", "1000")
    assert caught.value.code == "33017"
    assert caught.value.status == 400


def test_unknown_order_is_an_error_with_code(client: OkcoinClient) -> None:
    with pytest.raises(OkcoinError) as caught:
        client.spot.get_order(order_id_or_client_oid="424242", instrument_id="BTC-USD")
    assert caught.value.code == "33014"


def test_extra_params_reach_the_wire(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    client.otc.list_rfq_instruments(extra_params={"side": "buy"})
    assert sim.requests[-1].query == {"side": "buy"}
    client.otc.accept_quote(extra_params={"quote_id": "q1"})
    assert sim.requests[-1].json() == {"quote_id": "q1"}
    with pytest.raises(ValidationError, match="extra_params"):
        client._transport.call("spot_list_accounts", {}, extra_params={"x": "1"})


def test_iterating_pages_visits_every_order_once(client: OkcoinClient) -> None:
    placed = [limit_buy(client, str(100 + n), "0.01").order_id for n in range(7)]
    first = client.spot.list_pending_orders(instrument_id="BTC-USD", limit=3)
    assert len(first) == 3 and first.after is not None
    seen = [
        order.order_id
        for order in client.spot.iter_pending_orders(instrument_id="BTC-USD", limit=3)
    ]
    assert sorted(seen) == sorted(placed)
    assert len(seen) == len(set(seen))


# -- bad input --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "field", "rule"),
    [
        ({"side": "hold"}, "side", "must be one of 'buy', 'sell'"),
        ({"price": 100.5}, "price", "floats are inexact"),
        ({"size": "lots"}, "size", "must be a Decimal"),
        ({"size": "0.01"}, "size", "must be a Decimal, e.g. Decimal('0.01'), got str"),
        ({"size": 1}, "size", "got int"),
        ({"instrument_id": 7}, "instrument_id", "must be a string"),
        ({"client_oid": "1abc"}, "client_oid", "must match"),
        ({"order_type": 3}, "order_type", "must be one of"),
    ],
)
def test_bad_arguments_are_refused_before_sending(
    client: OkcoinClient, sim: OkcoinSimulator, kwargs: dict[str, object], field: str, rule: str
) -> None:
    arguments: dict[str, object] = {
        "instrument_id": "BTC-USD",
        "side": "buy",
        "price": Decimal(1),
        "size": Decimal(1),
        **kwargs,
    }
    with pytest.raises(ValidationError) as caught:
        client.spot.place_order(**arguments)  # type: ignore[arg-type]
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert field in str(caught.value)
    assert sim.requests == []


def test_missing_required_argument_names_it(client: OkcoinClient) -> None:
    with pytest.raises(TypeError, match="instrument_id"):
        client.spot.place_order(side="buy")  # type: ignore[call-arg]


def test_parameters_refused_by_the_server_are_typed(client: OkcoinClient) -> None:
    # The client accepts any string for `state`; the simulator checks the spec's enum.
    with pytest.raises((InvalidParameterError, ValidationError)):
        client.spot.list_orders(instrument_id="BTC-USD", state="99")  # type: ignore[arg-type]


# -- authentication and clock ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "secret", "passphrase", "code"),
    [
        ("other-key", SECRET, PASSPHRASE, "30006"),
        (KEY, SECRET, "wrong", "30015"),
        (KEY, "wrong-secret", PASSPHRASE, "30013"),
    ],
)
def test_refused_credentials(
    sim: OkcoinSimulator, key: str, secret: str, passphrase: str, code: str
) -> None:
    client = OkcoinClient(key, secret, passphrase, base_url=sim.base_url)
    with client, pytest.raises(AuthenticationError) as caught:
        client.spot.list_accounts()
    assert caught.value.code == code
    assert caught.value.status == 401


def test_clock_skew_is_fixed_by_sync_time(sim: OkcoinSimulator) -> None:
    import time

    skewed = OkcoinClient(
        KEY, SECRET, PASSPHRASE, base_url=sim.base_url, clock=lambda: time.time() - 120
    )
    offset = skewed.sync_time()
    assert 119 < offset < 121
    assert skewed.clock_offset == offset
    sim.clear_requests()
    assert skewed.spot.list_accounts() is not None
    assert [r.operation_id for r in sim.requests] == ["spot_list_accounts"]


def test_signed_route_without_credentials_says_so(sim: OkcoinSimulator) -> None:
    with OkcoinClient(base_url=sim.base_url) as anonymous:
        assert anonymous.spot.list_instruments()
        with pytest.raises(Exception, match="signed route"):
            anonymous.spot.list_accounts()


# -- faults and retries ------------------------------------------------------------------------


def test_safe_route_is_retried_after_429_honouring_retry_after(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    waits = no_sleep(client)
    sim.inject(RateLimited(retry_after=1.25))
    assert client.spot.list_accounts() is not None
    assert waits == [1.25]
    assert len(sim.requests) == 2


def test_safe_route_is_retried_after_5xx_and_dropped_connections(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    waits = no_sleep(client)
    sim.inject(ServerFault(status=503))
    sim.inject(DropConnection())
    assert client.spot.list_accounts() is not None
    assert len(waits) == 2


def test_orders_are_never_resent(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    waits = no_sleep(client)
    sim.inject(ServerFault(status=503))
    with pytest.raises(ServerError):
        limit_buy(client)
    sim.inject(RateLimited(retry_after=0.1))
    with pytest.raises(RateLimitError) as caught:
        limit_buy(client)
    assert caught.value.retry_after == 0.1
    sim.inject(DropConnection())
    with pytest.raises(TransportError):
        limit_buy(client)
    assert waits == []
    assert [request.operation_id for request in sim.requests] == ["spot_place_order"] * 3


def test_retry_budget_is_bounded(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    no_sleep(client)
    sim.inject(ServerFault(status=500, times=10))
    with pytest.raises(ServerError):
        client.spot.list_accounts()
    assert len(sim.requests) == 3


def test_malformed_body_is_a_decode_error(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    sim.inject(MalformedBody())
    with pytest.raises(DecodeError, match=r"spot\.list_accounts"):
        client.spot.list_accounts()


def test_slow_reply_times_out(sim: OkcoinSimulator) -> None:
    sim.inject(SlowReply(delay=1.0))
    client = OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url, retries=0)
    with client, pytest.raises(RequestTimeout):
        client.spot.list_accounts(timeout=0.2)


# -- secrets -------------------------------------------------------------------------------


def test_secrets_stay_out_of_reprs_logs_errors_and_pickles(
    sim: OkcoinSimulator, caplog: pytest.LogCaptureFixture
) -> None:
    secrets = (SECRET, PASSPHRASE, "trade-pwd-5512")
    caplog.set_level(logging.DEBUG)
    with OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url) as client:
        texts = [repr(client), repr(client._signer), repr(client._transport)]
        sim.inject(ServerFault(status=500, only="fiat_withdraw"))
        with pytest.raises(OkcoinError) as caught:
            client.fiat.withdraw(
                channel_id="1",
                amount=Decimal(1),
                trade_pwd="trade-pwd-5512",
                bank_account_number="1",
            )
        texts.append(str(caught.value))
        with pytest.raises(ValidationError) as refused:
            client.fiat.withdraw(
                channel_id="1",
                amount=Decimal(1),
                trade_pwd=5512,
                bank_account_number="1",  # type: ignore[arg-type]
            )
        texts.append(str(refused.value))
        with pytest.raises(TypeError):
            pickle.dumps(client)
    texts.append(caplog.text)
    for text in texts:
        for secret in secrets:
            assert secret not in text
