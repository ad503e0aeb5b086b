"""`OkcoinClient.request`: any route, signed like the typed calls, same errors, and only a
GET is ever sent twice."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from okcoin_v3_api import (
    AuthenticationError,
    OkcoinClient,
    OkcoinError,
    ServerError,
    TransportError,
    ValidationError,
)
from okcoin_v3_api.testing import DropConnection, OkcoinSimulator
from okcoin_v3_api.testing import ServerError as ServerFault

from tests.okcoin.conftest import PASSPHRASE, SECRET, no_sleep

ORDER: dict[str, Any] = {
    "instrument_id": "BTC-USD",
    "side": "buy",
    "type": "limit",
    "price": Decimal("100.5"),
    "size": Decimal("0.01"),
}


def test_a_signed_get_answers_what_the_typed_method_does(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    sim.set_balance("USD", "250.75")
    accounts = client.request("GET", "/api/spot/v3/accounts")
    assert isinstance(accounts, list)
    usd = next(account for account in accounts if account["currency"] == "USD")
    assert Decimal(usd["available"]) == Decimal("250.75")
    sent = sim.requests[-1]
    assert sent.operation_id == "spot_list_accounts"
    assert sent.headers["OK-ACCESS-KEY"] and sent.headers["OK-ACCESS-TIMESTAMP"]


def test_query_parameters_are_signed_and_none_is_left_out(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    fills = client.request(
        "get", "/api/spot/v3/orders_pending", params={"instrument_id": "BTC-USD", "after": None}
    )
    assert fills == []
    assert sim.requests[-1].query == {"instrument_id": "BTC-USD"}


def test_a_post_sends_its_json_body_with_exact_numbers(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    sim.set_balance("USD", "1000")
    answer = client.request("POST", "/api/spot/v3/orders", body=ORDER)
    assert answer["result"] is True and answer["order_id"]
    sent = sim.requests[-1]
    assert sent.operation_id == "spot_place_order"
    assert sent.json() == {**ORDER, "price": "100.5", "size": "0.01"}
    assert client.spot.get_order(
        order_id_or_client_oid=answer["order_id"], instrument_id="BTC-USD"
    ).price == Decimal("100.5")


def test_unsigned_requests_carry_no_credentials(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    assert client.request("GET", "/api/general/v3/time", signed=False)["epoch"]
    assert "OK-ACCESS-KEY" not in sim.requests[-1].headers
    with pytest.raises(AuthenticationError):
        client.request("GET", "/api/spot/v3/accounts", signed=False)


def test_error_answers_raise_the_typed_errors(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    with pytest.raises(OkcoinError) as missing:
        client.request("GET", "/api/spot/v3/no_such_route")
    assert missing.value.status == 404
    assert "GET /api/spot/v3/no_such_route" in str(missing.value)


def test_a_get_is_retried_like_a_safe_route(client: OkcoinClient, sim: OkcoinSimulator) -> None:
    waits = no_sleep(client)
    sim.inject(ServerFault(status=503))
    sim.inject(DropConnection())
    assert isinstance(client.request("GET", "/api/spot/v3/accounts"), list)
    assert len(waits) == 2 and len(sim.requests) == 3


@pytest.mark.parametrize("method", ["POST", "DELETE"])
def test_other_methods_are_never_sent_twice(
    client: OkcoinClient, sim: OkcoinSimulator, method: str
) -> None:
    waits = no_sleep(client)
    sim.inject(ServerFault(status=503))
    with pytest.raises(ServerError):
        client.request(method, "/api/spot/v3/orders", body=ORDER)
    sim.inject(DropConnection())
    with pytest.raises(TransportError):
        client.request(method, "/api/spot/v3/orders", body=ORDER)
    assert waits == [] and len(sim.requests) == 2


def test_secrets_quoted_by_an_error_answer_are_redacted(
    client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    quoted = f"refused {SECRET} {PASSPHRASE} trade-pwd-5512"
    sim.set_response("fiat_withdraw", {"code": 30001, "message": quoted}, status=400)
    withdrawal = {
        "channel_id": "1",
        "amount": "5",
        "trade_pwd": "trade-pwd-5512",
        "bank_account_number": "1",
    }
    with pytest.raises(OkcoinError) as caught:
        client.request("POST", "/api/account/v3/fiat/withdraw", body=withdrawal)
    text = str(caught.value)
    assert "refused" in text
    for secret in (SECRET, PASSPHRASE, "trade-pwd-5512"):
        assert secret not in text


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"method": "FETCH", "path": "/api/spot/v3/accounts"}, "method"),
        ({"method": "GET", "path": "https://elsewhere.example/api"}, "path"),
        ({"method": "GET", "path": "api/spot/v3/accounts"}, "path"),
        ({"method": "GET", "path": "//elsewhere.example/api"}, "path"),
        ({"method": "GET", "path": "/api/spot/v3/accounts?x=1"}, "path"),
        ({"method": "GET", "path": "/api/../admin"}, "path"),
        ({"method": "GET", "path": "/api/spot v3"}, "path"),
        ({"method": "GET", "path": "/api/x", "body": {"a": 1}}, "body"),
        ({"method": "POST", "path": "/api/x", "body": {"a": object()}}, "body"),
        ({"method": "GET", "path": "/api/x", "params": {"ids": [1, 2]}}, "params.ids"),
        ({"method": "GET", "path": "/api/x", "params": [("a", 1)]}, "params"),
    ],
)
def test_a_malformed_request_is_refused_before_sending(
    client: OkcoinClient, sim: OkcoinSimulator, arguments: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        client.request(**arguments)
    assert caught.value.field == field
    assert sim.requests == []


def test_the_escape_hatch_is_documented() -> None:
    doc = OkcoinClient.request.__doc__ or ""
    assert "spec lacks" in doc and "Only a GET is retried" in doc
