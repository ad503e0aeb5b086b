"""Okcoin's HMAC signature: known answers, and what the client actually signs."""

from __future__ import annotations

import calendar
import json
import time
from pathlib import Path
from typing import Any

import pytest
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api._runtime.okcoin.auth import iso_timestamp, sign

VECTORS_FILE = (
    Path(__file__).resolve().parents[3] / "shared" / "reference" / "okcoin-v3" / "auth-vectors.json"
)
# The published example (Okcoin's SDK test) and one computed for a GET with a query.
BUILT_IN = [
    {
        "timestamp": "2018-03-08T10:59:25.789Z",
        "method": "POST",
        "request_path": "/orders?before=2&limit=30",
        "body": '{"product_id":"BTC-USD-0309","order_id":"377454671037440"}',
        "secret": "E65791902180E9EF4510DB6A77F6EBAE",
        "expected_sign": "TO6uwdqz+31SIPkd4I+9NiZGmVH74dXi+Fd5X0EzzSQ=",
    },
    {
        "timestamp": "2020-12-08T09:08:57.715Z",
        "method": "GET",
        "request_path": "/api/spot/v3/orders?instrument_id=BTC-USD&state=2",
        "body": "",
        "secret": "3B4F2C9A7E8D1F6A5C0B9E8D7F6A5B4C",
        "expected_sign": "xmQgbeGoifh7Z1SBfqo4O+qEoApfjKuI/IE0eGX1XdQ=",
    },
]


def _vectors() -> list[dict[str, Any]]:
    vectors = list(BUILT_IN)
    if VECTORS_FILE.exists():
        for vector in json.loads(VECTORS_FILE.read_text())["vectors"]:
            if vector["timestamp"].endswith("Z"):  # REST vectors; the WS login is signed apart
                vectors.append(vector)
    return vectors


@pytest.mark.parametrize("vector", _vectors(), ids=lambda v: v["method"] + v["request_path"])
def test_known_answers(vector: dict[str, Any]) -> None:
    assert (
        sign(
            vector["secret"],
            vector["timestamp"],
            vector["method"],
            vector["request_path"],
            vector["body"],
        )
        == vector["expected_sign"]
    )


def test_client_signs_exactly_the_request_it_sends() -> None:
    moment = calendar.timegm(time.strptime("2020-12-08T09:08:57", "%Y-%m-%dT%H:%M:%S")) + 0.715
    client = OkcoinClient("key", "3B4F2C9A7E8D1F6A5C0B9E8D7F6A5B4C", "pass", clock=lambda: moment)
    route = client._transport.route("spot_list_orders")
    request = client._transport.prepare(route, {"instrument_id": "BTC-USD", "state": "2"})
    client._signer.apply(route, request)
    assert request.path_with_query == "/api/spot/v3/orders?instrument_id=BTC-USD&state=2"
    assert request.headers["OK-ACCESS-TIMESTAMP"] == "2020-12-08T09:08:57.715Z"
    assert request.headers["OK-ACCESS-SIGN"] == "xmQgbeGoifh7Z1SBfqo4O+qEoApfjKuI/IE0eGX1XdQ="
    assert request.headers["OK-ACCESS-KEY"] == "key"
    assert request.headers["OK-ACCESS-PASSPHRASE"] == "pass"


@pytest.mark.parametrize(
    ("epoch", "text"),
    [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (1607418537.715, "2020-12-08T09:08:57.715Z"),
        (1607418537.9996, "2020-12-08T09:08:58.000Z"),
    ],
)
def test_timestamps_always_have_three_millisecond_digits(epoch: float, text: str) -> None:
    assert iso_timestamp(epoch) == text


def test_public_routes_are_not_signed() -> None:
    client = OkcoinClient("key", "secret", "pass")
    route = client._transport.route("spot_list_instruments")
    request = client._transport.prepare(route, {})
    client._signer.apply(route, request)
    assert not any(name.startswith("OK-ACCESS") for name in request.headers)
