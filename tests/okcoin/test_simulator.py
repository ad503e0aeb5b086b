"""The Okcoin v3 simulator template, driven over real HTTP with urllib3.

The simulator module is loaded from its template path (the generator copies it verbatim), with
the spec from specs/okcoin-v3.yaml and the route table of the installed okcoin_v3_api client.
Requests are signed by a helper written here, checked first against the reference vectors, so
the simulator's signature check is tested against an independent implementation.
"""

from __future__ import annotations

import base64
import calendar
import hashlib
import hmac
import importlib.util
import json
import re
import sys
import time
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import urllib3
import yaml
from jsonschema import Draft202012Validator, FormatChecker
from okcoin_v3_api.testing import ROUTES

from generator.flavors import FLAVORS
from generator.render.renderer import runtime_files
from generator.runtime.testing import http as sim_http

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "specs" / "okcoin-v3.yaml"
# The repository sits beside shared/ (as in the other tests); the vectors are skipped elsewhere.
VECTORS_PATH = ROOT.parent / "shared" / "reference" / "okcoin-v3" / "auth-vectors.json"

KEY, SECRET, PASSPHRASE = "k-123", "s3cr3t-value", "pass-phrase-xyz"

# --------------------------------------------------------------------------------------
# Loading the simulator and the spec
# --------------------------------------------------------------------------------------


def _load_simulator() -> ModuleType:
    """The simulator in place, as the runtime package holds it (not a generated copy)."""
    return importlib.import_module("generator.runtime.okcoin.simulator")


def _load_spec() -> dict[str, Any]:
    return dict(yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


simulator = _load_simulator()
SPEC = _load_spec()


def _operations(method: str | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for template, item in SPEC["paths"].items():
        for verb, op in item.items():
            wanted = method is None or verb == method
            if wanted and verb in ("get", "post", "put", "delete", "patch"):
                found.append((verb.upper(), template, op))
    return found


def _op_by_route(method: str, template: str) -> dict[str, Any]:
    return dict(SPEC["paths"][template][method.lower()])


# --------------------------------------------------------------------------------------
# Independent signing and schema checking
# --------------------------------------------------------------------------------------


def sign(secret: str, timestamp: str, method: str, request_path: str, body: str) -> str:
    message = f"{timestamp}{method.upper()}{request_path}{body}".encode()
    return base64.b64encode(hmac.new(secret.encode(), message, hashlib.sha256).digest()).decode()


def iso(epoch: float) -> str:
    millis = round(epoch * 1000)
    return (
        time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(millis // 1000)) + f".{millis % 1000:03d}Z"
    )


def epoch_of(stamp: str) -> float:
    return (
        calendar.timegm(time.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S")) + int(stamp[20:23]) / 1000
    )


_CHECKER = FormatChecker(formats=())
_CHECKER.checks("decimal")(
    lambda v: not isinstance(v, str) or re.fullmatch(r"-?\d+(\.\d+)?", v) is not None
)
_CHECKER.checks("date-time")(
    lambda v: (
        not isinstance(v, str)
        or re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", v) is not None
    )
)


def schema_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    root = {**schema, "components": SPEC.get("components", {})}
    validator = Draft202012Validator(root, format_checker=_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def success_schema(op: Mapping[str, Any]) -> dict[str, Any]:
    return dict(op["responses"]["200"]["content"]["application/json"]["schema"])


# --------------------------------------------------------------------------------------
# A small signed HTTP client
# --------------------------------------------------------------------------------------


class Reply:
    def __init__(self, response: urllib3.BaseHTTPResponse) -> None:
        self.status = response.status
        self.headers = response.headers
        self.raw = response.data
        self.elapsed = 0.0

    @property
    def json(self) -> Any:
        return json.loads(self.raw)


class Api:
    """Signs like a client would; every knob can be overridden to build a bad request."""

    def __init__(self, base_url: str, clock: Any = time.time) -> None:
        self.base_url = base_url
        self.clock = clock
        self.http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(total=10))

    def request(
        self,
        method: str,
        target: str,
        body: Any = None,
        *,
        raw_body: str | None = None,
        signed: bool = True,
        key: str = KEY,
        secret: str = SECRET,
        passphrase: str = PASSPHRASE,
        timestamp: str | None = None,
        drop: tuple[str, ...] = (),
        signed_target: str | None = None,
        signed_body: str | None = None,
        content_type: str = "application/json",
    ) -> Reply:
        text = raw_body if raw_body is not None else ("" if body is None else json.dumps(body))
        headers = {"Content-Type": content_type} if text else {}
        if signed:
            stamp = timestamp if timestamp is not None else iso(self.clock())
            signature = sign(
                secret,
                stamp,
                method,
                target if signed_target is None else signed_target,
                text if signed_body is None else signed_body,
            )
            headers |= {
                "OK-ACCESS-KEY": key,
                "OK-ACCESS-SIGN": signature,
                "OK-ACCESS-TIMESTAMP": stamp,
                "OK-ACCESS-PASSPHRASE": passphrase,
            }
            for name in drop:
                headers.pop(name)
        started = time.monotonic()
        response = self.http.request(
            method, self.base_url + target, body=text.encode() if text else None, headers=headers
        )
        reply = Reply(response)
        reply.elapsed = time.monotonic() - started
        return reply


def in_place(**options: Any) -> Any:
    """The simulator in place with the spec file and the installed client's route table."""
    return simulator.OkcoinSimulator(spec=SPEC, routes=ROUTES, **options)


@pytest.fixture
def sim() -> Iterator[Any]:
    with in_place(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as running:
        yield running


@pytest.fixture
def api(sim: Any) -> Api:
    return Api(sim.base_url)


def assert_error(reply: Reply, status: int, code: int, *words: str) -> dict[str, Any]:
    assert reply.status == status, reply.raw
    body = reply.json
    assert body["code"] == code and body["error_code"] == str(code), body
    assert body["message"] == body["error_message"]
    for word in words:
        assert word in body["message"], body
    error_schema = SPEC["components"]["schemas"].get("Error")
    if error_schema is not None:
        assert schema_errors(error_schema, body) == []
    return dict(body)


def place(api: Api, **fields: str) -> Reply:
    order = {
        "instrument_id": "BTC-USD",
        "side": "buy",
        "type": "limit",
        "price": "100",
        "size": "1",
    }
    order.update(fields)
    return api.request("POST", "/api/spot/v3/orders", order)


# --------------------------------------------------------------------------------------
# Signing
# --------------------------------------------------------------------------------------


def test_signing_helper_matches_reference_vectors() -> None:
    if not VECTORS_PATH.exists():
        pytest.skip("reference vectors not available")
    vectors = json.loads(VECTORS_PATH.read_text())["vectors"]
    assert vectors
    for vector in vectors:
        got = sign(
            vector["secret"],
            vector["timestamp"],
            vector["method"],
            vector["request_path"],
            vector["body"],
        )
        assert got == vector["expected_sign"], vector["name"]


@pytest.mark.parametrize("name", ["computed_get_query", "computed_post_order"])
def test_simulator_accepts_reference_signatures(name: str) -> None:
    """The simulator itself, fed a recorded request byte for byte, accepts the known sign."""
    if not VECTORS_PATH.exists():
        pytest.skip("reference vectors not available")
    vector = next(v for v in json.loads(VECTORS_PATH.read_text())["vectors"] if v["name"] == name)
    at = epoch_of(vector["timestamp"])
    with in_place(
        api_key=KEY, secret_key=vector["secret"], passphrase=PASSPHRASE, clock=lambda: at
    ) as sim:
        headers = {
            "OK-ACCESS-KEY": KEY,
            "OK-ACCESS-SIGN": vector["expected_sign"],
            "OK-ACCESS-TIMESTAMP": vector["timestamp"],
            "OK-ACCESS-PASSPHRASE": PASSPHRASE,
            "Content-Type": "application/json",
        }
        body = vector["body"].encode() or None
        response = urllib3.request(
            vector["method"], sim.base_url + vector["request_path"], body=body, headers=headers
        )
    assert response.status == 200, response.data


def test_signed_get_succeeds(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/accounts")
    assert reply.status == 200, reply.raw
    rows = {row["currency"]: row for row in reply.json}
    assert rows["BTC"]["available"] == "10"
    assert rows["USD"]["balance"] == "100000"


def test_public_route_needs_no_headers(sim: Any, api: Api) -> None:
    before = time.time()
    reply = api.request("GET", "/api/general/v3/time", signed=False)
    assert reply.status == 200
    assert abs(Decimal(reply.json["epoch"]) - Decimal(str(before))) < 5
    assert abs(epoch_of(reply.json["iso"]) - before) < 5


def test_routes_come_from_the_clients_table_not_from_the_spec() -> None:
    """A route the table moves is served where the table says; one it leaves out is not
    served although the spec still has it."""
    table = dict(ROUTES)
    table["general_get_server_time"] = attrs.evolve(
        ROUTES["general_get_server_time"], path="/moved/time"
    )
    del table["spot_get_ticker"]
    with simulator.OkcoinSimulator(spec=SPEC, routes=table) as sim:
        api = Api(sim.base_url)
        assert api.request("GET", "/moved/time", signed=False).status == 200
        assert api.request("GET", "/api/general/v3/time", signed=False).status == 404
        ticker = api.request("GET", "/api/spot/v3/instruments/BTC-USD/ticker", signed=False)
        assert ticker.status == 404
        assert "general_get_server_time" in {op.operation_id for op in sim.router.operations}


def test_a_table_route_the_spec_lacks_is_refused_at_construction() -> None:
    table = {**ROUTES, "no_such_operation": ROUTES["general_get_server_time"]}
    with pytest.raises(KeyError, match="no_such_operation"):
        simulator.OkcoinSimulator(spec=SPEC, routes=table)


def test_in_place_the_route_table_must_be_given() -> None:
    with pytest.raises(RuntimeError, match="pass routes="):
        simulator.OkcoinSimulator(spec=SPEC)


def test_server_time_follows_the_clock() -> None:
    with in_place(clock=lambda: 1520848286.633) as sim:
        reply = Api(sim.base_url).request("GET", "/api/general/v3/time", signed=False)
    assert reply.json == {"iso": "2018-03-12T09:51:26.633Z", "epoch": "1520848286.633"}


@pytest.mark.parametrize(
    ("header", "code"),
    [
        ("OK-ACCESS-KEY", 30001),
        ("OK-ACCESS-SIGN", 30002),
        ("OK-ACCESS-TIMESTAMP", 30003),
        ("OK-ACCESS-PASSPHRASE", 30004),
    ],
)
def test_missing_auth_header(api: Api, header: str, code: int) -> None:
    reply = api.request("GET", "/api/spot/v3/accounts", drop=(header,))
    assert_error(reply, 401, code, header)


@pytest.mark.parametrize(
    "stamp",
    [
        "2020-12-08T09:08:57.71Z",  # two millisecond digits
        "2020-12-08T09:08:57Z",
        "2020-12-08 09:08:57.715Z",
        "2020-12-08T09:08:57.715",
        "2020-13-08T09:08:57.715Z",
        "1538054050.9751",  # epoch seconds take at most three decimals
        "1538054050.",
        "-1538054050",
        "1.538054050e9",
    ],
)
def test_malformed_timestamp(api: Api, stamp: str) -> None:
    reply = api.request("GET", "/api/spot/v3/accounts", timestamp=stamp)
    assert_error(reply, 401, 30005)


def test_epoch_seconds_sign_too_and_epoch_milliseconds_expire() -> None:
    now = 1_700_000_000.0
    with in_place(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, clock=lambda: now) as sim:
        api = Api(sim.base_url, clock=lambda: now)
        for stamp in ("1700000000.975", "1700000010", "1699999990.5"):
            reply = api.request("GET", "/api/spot/v3/accounts", timestamp=stamp)
            assert reply.status == 200, stamp
        late = api.request("GET", "/api/spot/v3/accounts", timestamp="1699999950.000")
        assert_error(late, 401, 30008)
        millis = api.request("GET", "/api/spot/v3/accounts", timestamp="1700000000975")
        assert_error(millis, 401, 30008)


def test_expired_timestamp() -> None:
    now = 1_700_000_000.0
    with in_place(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, clock=lambda: now) as sim:
        api = Api(sim.base_url, clock=lambda: now)
        assert api.request("GET", "/api/spot/v3/accounts", timestamp=iso(now - 29)).status == 200
        assert api.request("GET", "/api/spot/v3/accounts", timestamp=iso(now + 29)).status == 200
        old = api.request("GET", "/api/spot/v3/accounts", timestamp=iso(now - 31))
        assert_error(old, 401, 30008, "Request timestamp expired")
        future = api.request("GET", "/api/spot/v3/accounts", timestamp=iso(now + 31))
        assert_error(future, 401, 30008)


def test_after_advance_time_both_the_clock_and_the_server_time_sign() -> None:
    now = 1_700_000_000.0
    with in_place(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, clock=lambda: now) as sim:
        sim.advance_time(3600)
        api = Api(sim.base_url, clock=lambda: now)
        server = api.request("GET", "/api/general/v3/time", signed=False).json
        assert float(server["epoch"]) == now + 3600
        for stamp in (iso(now), server["iso"]):
            assert api.request("GET", "/api/spot/v3/accounts", timestamp=stamp).status == 200
        between = api.request("GET", "/api/spot/v3/accounts", timestamp=iso(now + 1800))
        assert_error(between, 401, 30008)


def test_time_window_is_configurable() -> None:
    now = 1_700_000_000.0
    with in_place(
        api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE, clock=lambda: now, time_window=5.0
    ) as sim:
        reply = Api(sim.base_url).request("GET", "/api/spot/v3/accounts", timestamp=iso(now - 6))
    assert_error(reply, 401, 30008)


def test_wrong_key(api: Api) -> None:
    assert_error(api.request("GET", "/api/spot/v3/accounts", key="other"), 401, 30006)


def test_wrong_passphrase(api: Api) -> None:
    assert_error(api.request("GET", "/api/spot/v3/accounts", passphrase="nope"), 401, 30015)


def test_wrong_secret(api: Api) -> None:
    assert_error(api.request("GET", "/api/spot/v3/accounts", secret="nope"), 401, 30013)


def test_signature_covers_query_exactly_as_sent(api: Api) -> None:
    sent = "/api/spot/v3/orders_pending?instrument_id=BTC-USD&limit=5"
    assert api.request("GET", sent).status == 200
    reordered = "/api/spot/v3/orders_pending?limit=5&instrument_id=BTC-USD"
    assert_error(api.request("GET", sent, signed_target=reordered), 401, 30013)
    without_query = "/api/spot/v3/orders_pending"
    assert_error(api.request("GET", sent, signed_target=without_query), 401, 30013)


def test_signature_covers_body_text(api: Api) -> None:
    body = {"instrument_id": "BTC-USD", "side": "buy", "price": "100", "size": "1"}
    reformatted = json.dumps(body, indent=1)  # same JSON value, other text
    reply = api.request("POST", "/api/spot/v3/orders", body, signed_body=reformatted)
    assert_error(reply, 401, 30013)


def test_public_route_ignores_signature_headers(api: Api) -> None:
    reply = api.request("GET", "/api/general/v3/time", key="whatever", secret="x")
    assert reply.status == 200


# --------------------------------------------------------------------------------------
# Parameter validation
# --------------------------------------------------------------------------------------


def test_missing_required_query_param(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/orders?instrument_id=BTC-USD")
    assert_error(reply, 400, 30023, "state")


def test_blank_required_query_param(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/orders?instrument_id=&state=0")
    assert_error(reply, 400, 30023, "instrument_id")


def test_enum_violation_names_param_and_rule(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/orders?instrument_id=BTC-USD&state=9")
    assert_error(reply, 400, 30024, "state", "enum")


def test_integer_query_param_is_coerced_and_checked(api: Api) -> None:
    base = "/api/spot/v3/orders_pending?instrument_id=BTC-USD"
    assert api.request("GET", base + "&limit=7").status == 200
    assert_error(api.request("GET", base + "&limit=seven"), 400, 30024, "limit", "type")
    assert_error(api.request("GET", base + "&limit=101"), 400, 30024, "limit", "maximum")


def test_unknown_query_param(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/orders_pending?instrument_id=BTC-USD&colour=red")
    assert_error(reply, 400, 30024, "colour")


def test_free_form_query_accepts_unknown_params(api: Api) -> None:
    free = [
        (m, t)
        for m, t, op in _operations("get")
        if any(
            p.get("in") == "query" and p.get("schema", {}).get("type") == "object"
            for p in op.get("parameters", [])
        )
    ]
    if not free:
        pytest.skip("the spec has no route with free-form query parameters")
    method, template = free[0]
    assert api.request(method, template + "?anything=1&other=x").status == 200


def test_duplicate_scalar_query_param(api: Api) -> None:
    target = "/api/spot/v3/orders_pending?instrument_id=BTC-USD&instrument_id=ETH-USD"
    assert_error(api.request("GET", target), 400, 30024, "instrument_id")


def test_path_and_query_values_are_url_decoded(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/accounts/b%74c")
    assert reply.status == 200
    assert reply.json["currency"] == "BTC"


def test_body_missing_required_field(api: Api) -> None:
    reply = api.request("POST", "/api/spot/v3/orders", {"instrument_id": "BTC-USD"})
    assert_error(reply, 400, 30023, "side")


def test_body_bad_decimal(api: Api) -> None:
    assert_error(place(api, price="1e5"), 400, 30024, "price", "decimal")
    assert_error(place(api, size="0.5 "), 400, 30024, "size")


def test_body_numbers_must_be_strings(api: Api) -> None:
    body = {"instrument_id": "BTC-USD", "side": "buy", "price": 100, "size": "1"}
    assert_error(api.request("POST", "/api/spot/v3/orders", body), 400, 30024, "price", "type")


def test_body_pattern_violation(api: Api) -> None:
    assert_error(place(api, client_oid="1abc"), 400, 30024, "client_oid", "pattern")


def test_body_unknown_field(api: Api) -> None:
    assert_error(place(api, colour="red"), 400, 30024, "colour")


def test_body_nested_error_names_the_item(api: Api) -> None:
    orders = [
        {"instrument_id": "BTC-USD", "side": "buy", "price": "1", "size": "1"},
        {"instrument_id": "BTC-USD", "side": "sideways", "price": "1", "size": "1"},
    ]
    reply = api.request("POST", "/api/spot/v3/batch_orders", orders)
    assert_error(reply, 400, 30024, "[1].side", "enum")


def test_body_not_json(api: Api) -> None:
    reply = api.request("POST", "/api/spot/v3/orders", raw_body="{not json")
    assert_error(reply, 400, 30021)


def test_body_required(api: Api) -> None:
    reply = api.request("POST", "/api/spot/v3/orders")
    assert_error(reply, 400, 30020)


def test_body_needs_json_content_type(api: Api) -> None:
    body = {"instrument_id": "BTC-USD", "side": "buy", "price": "1", "size": "1"}
    reply = api.request("POST", "/api/spot/v3/orders", body, content_type="text/plain")
    assert_error(reply, 400, 30007)


def test_limit_order_needs_price(api: Api) -> None:
    reply = api.request(
        "POST", "/api/spot/v3/orders", {"instrument_id": "BTC-USD", "side": "buy", "size": "1"}
    )
    assert_error(reply, 400, 30023, "price")


# --------------------------------------------------------------------------------------
# Orders and balances
# --------------------------------------------------------------------------------------


def test_order_lifecycle_holds_and_releases_funds(sim: Any, api: Api) -> None:
    placed = place(api, price="17000.5", size="0.5", client_oid="flow1")
    assert placed.status == 200, placed.raw
    result = placed.json
    assert result["result"] is True and result["error_code"] == ""
    order_id = result["order_id"]
    assert order_id.isdigit() and int(order_id) > 2**53
    assert result["client_oid"] == "flow1"
    usd = sim.balance("USD")
    assert usd.hold == Decimal("8500.25") and usd.available == Decimal("91499.75")
    assert usd.balance == Decimal("100000")

    pending = api.request("GET", "/api/spot/v3/orders_pending?instrument_id=BTC-USD")
    assert [row["order_id"] for row in pending.json] == [order_id]
    assert pending.json[0]["state"] == "0"

    for key in (order_id, "flow1"):
        got = api.request("GET", f"/api/spot/v3/orders/{key}?instrument_id=BTC-USD")
        assert got.status == 200
        assert got.json["order_id"] == order_id and got.json["price"] == "17000.5"

    amended = api.request(
        "POST",
        "/api/spot/v3/amend_order/BTC-USD",
        {"cancel_on_fail": "0", "order_id": order_id, "new_price": "16000", "new_size": "1"},
    )
    assert amended.status == 200, amended.raw
    assert amended.json["order_id"] == order_id and amended.json["result"] is True
    assert sim.balance("USD").hold == Decimal("16000")
    got = api.request("GET", f"/api/spot/v3/orders/{order_id}?instrument_id=BTC-USD").json
    assert (got["price"], got["size"]) == ("16000", "1")

    # The funding account is a pool of its own: spot orders do not touch it.
    wallet = api.request("GET", "/api/account/v3/wallet/usd").json
    assert [(w["currency"], w["hold"], w["available"]) for w in wallet] == [("USD", "0", "0")]
    spot = api.request("GET", "/api/spot/v3/accounts/USD").json
    assert (spot["hold"], spot["available"], spot["balance"]) == ("16000", "84000", "100000")

    cancelled = api.request(
        "POST", f"/api/spot/v3/cancel_orders/{order_id}", {"instrument_id": "BTC-USD"}
    )
    assert cancelled.status == 200, cancelled.raw
    assert cancelled.json["order_id"] == order_id and cancelled.json["result"] is True
    assert sim.balance("USD") == simulator.Balance("USD", Decimal("100000"), Decimal("0"))

    assert api.request("GET", "/api/spot/v3/orders_pending?instrument_id=BTC-USD").json == []
    done = api.request("GET", "/api/spot/v3/orders?instrument_id=BTC-USD&state=-1").json
    assert [row["order_id"] for row in done] == [order_id]
    assert done[0]["state"] == "-1"
    again = api.request(
        "POST", f"/api/spot/v3/cancel_orders/{order_id}", {"instrument_id": "BTC-USD"}
    )
    assert_error(again, 400, 33027)


def test_sell_order_holds_base_currency(sim: Any, api: Api) -> None:
    assert place(api, side="sell", price="40000", size="2.5").status == 200
    assert sim.balance("BTC").hold == Decimal("2.5")
    assert sim.balance("BTC").available == Decimal("7.5")


def test_market_buy_executes_at_once(sim: Any, api: Api) -> None:
    body = {"instrument_id": "BTC-USD", "side": "buy", "type": "market", "notional": "250"}
    placed = api.request("POST", "/api/spot/v3/orders", body)
    assert placed.status == 200, placed.raw
    order = sim.order(placed.json["order_id"])
    assert order["state"] == "2"
    spent = Decimal(order["filled_notional"])
    assert Decimal("249") < spent <= Decimal("250")
    assert sim.balance("USD") == simulator.Balance("USD", Decimal("100000") - spent, Decimal(0))
    assert sim.balance("BTC").available > Decimal("10")


def test_insufficient_balance(sim: Any, api: Api) -> None:
    reply = place(api, price="200000", size="1")
    assert_error(reply, 400, 33017)
    assert sim.balance("USD").available == Decimal("100000")
    assert sim.balance("USD").hold == 0
    assert api.request("GET", "/api/spot/v3/orders_pending?instrument_id=BTC-USD").json == []


def test_custom_balances() -> None:
    with in_place(balances={"usd": "5"}) as sim:
        assert sim.balance("USD").available == Decimal("5")
        assert sim.balance("BTC").available == 0


def test_amend_beyond_balance_can_cancel(sim: Any, api: Api) -> None:
    order_id = place(api, price="1000", size="1").json["order_id"]
    reply = api.request(
        "POST",
        "/api/spot/v3/amend_order/BTC-USD",
        {"cancel_on_fail": "1", "order_id": order_id, "new_size": "1000"},
    )
    assert_error(reply, 400, 33017)
    assert sim.order(order_id)["state"] == "-1"
    assert sim.balance("USD").hold == 0


def test_unknown_order(api: Api) -> None:
    reply = api.request("GET", "/api/spot/v3/orders/123456?instrument_id=BTC-USD")
    assert_error(reply, 400, 33014)
    cancel = api.request("POST", "/api/spot/v3/cancel_orders/nosuch", {"instrument_id": "BTC-USD"})
    assert_error(cancel, 400, 33014)


def test_unknown_instruments_and_currencies_get_okcoin_codes(api: Api) -> None:
    ticker = api.request("GET", "/api/spot/v3/instruments/NOPE-USD/ticker", signed=False)
    assert_error(ticker, 400, 30032, "NOPE-USD")
    book = api.request("GET", "/api/spot/v3/instruments/NOPE-USD/book", signed=False)
    assert_error(book, 400, 30032)
    assert_error(place(api, instrument_id="NOPE-USD"), 400, 30032)
    assert_error(api.request("GET", "/api/spot/v3/accounts/NOPE"), 400, 30031, "NOPE")
    assert_error(api.request("GET", "/api/account/v3/wallet/NOPE"), 400, 30031)


def test_order_of_another_instrument_is_refused(api: Api) -> None:
    order_id = place(api).json["order_id"]
    reply = api.request("GET", f"/api/spot/v3/orders/{order_id}?instrument_id=ETH-USD")
    assert_error(reply, 400, 33022)


def test_batch_place_and_cancel(sim: Any, api: Api) -> None:
    orders = [
        {
            "instrument_id": "BTC-USD",
            "side": "buy",
            "price": "100",
            "size": "1",
            "client_oid": "b1",
        },
        {"instrument_id": "BTC-USD", "side": "buy", "price": "100", "size": "5000"},
        {"instrument_id": "ETH-USD", "side": "sell", "price": "5000", "size": "3"},
    ]
    reply = api.request("POST", "/api/spot/v3/batch_orders", orders)
    assert reply.status == 200, reply.raw
    results = reply.json
    assert sorted(results) == ["btc-usd", "eth-usd"]
    ok, failed = results["btc-usd"]
    assert ok["result"] is True and ok["client_oid"] == "b1"
    assert failed["result"] is False and failed["error_code"] == "33017"
    assert failed["order_id"] == "-1"
    eth_id = results["eth-usd"][0]["order_id"]
    assert sim.balance("ETH").hold == Decimal("3")

    cancel = api.request(
        "POST",
        "/api/spot/v3/cancel_batch_orders",
        [
            {"instrument_id": "BTC-USD", "client_oids": ["b1"]},
            {"instrument_id": "ETH-USD", "order_ids": [eth_id, "42"]},
        ],
    )
    assert cancel.status == 200, cancel.raw
    assert cancel.json["btc-usd"][0]["result"] is True
    eth = cancel.json["eth-usd"]
    assert eth[0]["order_id"] == eth_id and eth[0]["result"] is True
    assert eth[1]["result"] is False and eth[1]["error_code"] == "33014"
    assert sim.balance("ETH").hold == 0 and sim.balance("USD").hold == 0


def test_batch_amend(sim: Any, api: Api) -> None:
    if "/api/spot/v3/amend_batch_orders" not in SPEC["paths"]:
        pytest.skip("route not in this spec")
    order_id = place(api, price="100", size="1").json["order_id"]
    changes = [
        {"instrument_id": "BTC-USD", "order_id": order_id, "new_price": "150"},
        {"instrument_id": "BTC-USD", "order_id": "77", "new_price": "1"},
    ]
    reply = api.request("POST", "/api/spot/v3/amend_batch_orders", changes)
    assert reply.status == 200, reply.raw
    done, missing = reply.json["btc-usd"]
    assert done["order_id"] == order_id and done["result"] is True
    assert missing["result"] is False and missing["error_code"] == "33014"
    assert sim.balance("USD").hold == Decimal("150")


def test_fill_order_moves_balances(sim: Any, api: Api) -> None:
    order_id = place(api, price="100", size="2").json["order_id"]
    sim.fill_order(order_id, "0.5")
    assert sim.order(order_id)["state"] == "1"
    sim.fill_order(order_id)
    assert sim.order(order_id)["state"] == "2"
    assert sim.balance("USD") == simulator.Balance("USD", Decimal("99800"), Decimal("0"))
    # The bought coins arrive less the maker fee (0.1% of 0.5 and of 1.5 BTC).
    assert sim.balance("BTC").available == Decimal("12") - Decimal("0.002")
    filled = api.request("GET", "/api/spot/v3/orders?instrument_id=BTC-USD&state=2").json
    assert [row["order_id"] for row in filled] == [order_id]
    assert filled[0]["filled_size"] == "2"


def test_funding_helpers_seed_withdraw_fail_and_deposit(sim: Any, api: Api) -> None:
    sim.seed_balances({"BTC": "2", "ETH": "3"}, account="funding")
    assert sim.balance("BTC", account="funding").available == Decimal("2")
    assert sim.balance("BTC").available == Decimal("10")  # spot is a pool of its own
    body = {
        "currency": "BTC",
        "amount": "0.5",
        "destination": "4",
        "to_address": "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
        "fee": "0.0005",
    }
    sent = api.request("POST", "/api/account/v3/withdrawal", body)
    assert sent.status == 200, sent.raw
    assert sim.balance("BTC", account="funding").available == Decimal("1.4995")
    sim.fail_withdrawal(sent.json["withdrawal_id"])
    assert sim.balance("BTC", account="funding").available == Decimal("2")
    history = api.request("GET", "/api/account/v3/withdrawal/history/BTC").json
    assert [(row["withdrawal_id"], row["status"]) for row in history] == [
        (sent.json["withdrawal_id"], "-1")
    ]
    deposit_id = sim.inject_deposit("ETH", "1.25", pending_seconds=600)
    assert sim.balance("ETH", account="funding").available == Decimal("3")
    sim.advance_time(600)
    assert sim.balance("ETH", account="funding").available == Decimal("4.25")
    deposits = api.request("GET", "/api/account/v3/deposit/history/ETH").json
    assert [row["deposit_id"] for row in deposits] == [deposit_id]


def test_trade_against_book_fills_resting_orders_it_reaches(sim: Any, api: Api) -> None:
    mid = sim.mid_price("BTC-USD")
    price = str((mid * Decimal("1.0002")).quantize(Decimal("0.01")))
    order_id = place(api, side="sell", price=price, size="0.1").json["order_id"]
    assert sim.order(order_id)["state"] == "0"
    trades = sim.trade_against_book("BTC-USD", "buy", "5")
    assert len(trades) > 1 and sim.last_price("BTC-USD") > mid
    assert sim.order(order_id)["state"] == "2"
    assert sim.move_price("BTC-USD", "-10") < mid


# --------------------------------------------------------------------------------------
# Paging
# --------------------------------------------------------------------------------------


def test_order_paging_follows_cursors(api: Api) -> None:
    ids = [place(api, price="1", size="1").json["order_id"] for _ in range(5)]
    newest_first = sorted(ids, key=int, reverse=True)
    base = "/api/spot/v3/orders_pending?instrument_id=BTC-USD&limit=2"

    first = api.request("GET", base)
    assert [row["order_id"] for row in first.json] == newest_first[:2]
    assert first.headers["OK-BEFORE"] == newest_first[0]
    assert first.headers["OK-AFTER"] == newest_first[1]

    seen, reply = [], first
    while reply.json:
        seen += [row["order_id"] for row in reply.json]
        reply = api.request("GET", f"{base}&after={reply.headers['OK-AFTER']}")
    assert seen == newest_first
    assert "OK-AFTER" not in reply.headers

    newer = api.request("GET", f"{base}&before={newest_first[3]}")
    assert [row["order_id"] for row in newer.json] == newest_first[1:3]
    assert newer.headers["OK-BEFORE"] == newest_first[1]


def test_order_list_by_state_is_paged(api: Api) -> None:
    ids = [place(api, price="1", size="1").json["order_id"] for _ in range(3)]
    reply = api.request("GET", "/api/spot/v3/orders?instrument_id=BTC-USD&state=6&limit=1")
    assert [row["order_id"] for row in reply.json] == [max(ids, key=int)]
    assert reply.headers["OK-BEFORE"] == reply.headers["OK-AFTER"] == max(ids, key=int)


def _synthesized_paged_get() -> tuple[str, dict[str, Any]]:
    for _, template, op in _operations("get"):
        stateful = op.get("operationId") in simulator.OPERATIONS
        if op.get("x-paging") and not stateful and "{" not in template:
            return template, op
    pytest.skip("no canned paged route in the spec")


def test_canned_paged_route_sends_cursors_and_ends(api: Api) -> None:
    template, op = _synthesized_paged_get()
    required = {param["name"] for param in op.get("parameters", []) if param.get("required")}
    # Rows of a written example that do not match a filter are dropped: optional filters are
    # left out, required ones take the example's value.
    query = {name: value for name, value in valid_query(op).items() if name in required}
    example = op["responses"]["200"]["content"]["application/json"].get("example")
    for row in example[:1] if isinstance(example, list) else []:
        query |= {name: str(row[name]) for name in query if name in row}
    target = template + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    first = api.request("GET", target)
    assert first.status == 200, first.raw
    assert isinstance(first.json, list) and first.json
    paging = op["x-paging"]
    assert paging["before-header"] in first.headers and paging["after-header"] in first.headers
    joiner = "&" if "?" in target else "?"
    after = first.headers[paging["after-header"]]
    second = api.request("GET", f"{target}{joiner}{paging['after']}={after}")
    assert second.status == 200 and second.json == []


# --------------------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------------------


def test_rate_limited(sim: Any, api: Api) -> None:
    sim.inject(sim_http.RateLimited(retry_after=1.5))
    reply = api.request("GET", "/api/spot/v3/accounts")
    assert_error(reply, 429, 30014)
    assert float(reply.headers["Retry-After"]) == 1.5
    assert api.request("GET", "/api/spot/v3/accounts").status == 200


def test_server_error_counts_down(sim: Any, api: Api) -> None:
    sim.inject(sim_http.ServerError(status=502, times=2))
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 502
    assert_error(api.request("GET", "/api/general/v3/time", signed=False), 502, 30030)
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 200


def test_slow_reply(sim: Any, api: Api) -> None:
    sim.inject(sim_http.SlowReply(delay=0.4))
    slow = api.request("GET", "/api/general/v3/time", signed=False)
    assert slow.status == 200 and slow.elapsed >= 0.4
    fast = api.request("GET", "/api/general/v3/time", signed=False)
    assert fast.elapsed < 0.4


def test_slow_reply_trips_client_timeout(sim: Any) -> None:
    sim.inject(sim_http.SlowReply(delay=2.0))
    http = urllib3.PoolManager(retries=False, timeout=urllib3.Timeout(read=0.2))
    with pytest.raises(urllib3.exceptions.ReadTimeoutError):
        http.request("GET", sim.base_url + "/api/general/v3/time")


def test_malformed_body(sim: Any, api: Api) -> None:
    sim.inject(sim_http.MalformedBody())
    reply = api.request("GET", "/api/general/v3/time", signed=False)
    assert reply.status == 200 and reply.raw
    with pytest.raises(ValueError):
        json.loads(reply.raw)
    assert api.request("GET", "/api/general/v3/time", signed=False).json["iso"]


def test_drop_connection(sim: Any, api: Api) -> None:
    sim.inject(sim_http.DropConnection())
    with pytest.raises(urllib3.exceptions.ProtocolError):
        api.request("GET", "/api/general/v3/time", signed=False)
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 200


def test_fault_limited_to_one_operation(sim: Any, api: Api) -> None:
    sim.inject(sim_http.ServerError(status=500, only="/api/spot/v3/accounts"))
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 200
    assert api.request("GET", "/api/spot/v3/accounts").status == 500
    time_op = _op_by_route("GET", "/api/general/v3/time")["operationId"]
    sim.inject(sim_http.RateLimited(only=time_op, times=5))
    assert api.request("GET", "/api/spot/v3/accounts").status == 200
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 429
    sim.clear_faults()
    assert api.request("GET", "/api/general/v3/time", signed=False).status == 200


def test_faults_come_before_auth(sim: Any, api: Api) -> None:
    sim.inject(sim_http.RateLimited())
    assert api.request("GET", "/api/spot/v3/accounts", signed=False).status == 429


def test_fault_repr_and_validation() -> None:
    assert "retry_after=2.0" in repr(sim_http.RateLimited(2.0, only="x"))
    with pytest.raises(ValueError):
        sim_http.ServerError(times=0)


# --------------------------------------------------------------------------------------
# Requests log, secrets, lifecycle, routing, response checks
# --------------------------------------------------------------------------------------


def test_requests_are_recorded_without_secrets(sim: Any, api: Api) -> None:
    place(api, client_oid="rec1")
    api.request("GET", "/api/spot/v3/orders_pending?instrument_id=BTC-USD")
    posted, listed = sim.requests
    place_op = _op_by_route("POST", "/api/spot/v3/orders")["operationId"]
    assert (posted.method, posted.path, posted.operation_id) == (
        "POST",
        "/api/spot/v3/orders",
        place_op,
    )
    assert posted.json()["client_oid"] == "rec1"
    assert listed.query == {"instrument_id": "BTC-USD"}
    headers = {name.lower(): value for name, value in listed.headers.items()}
    assert headers["ok-access-key"] == KEY
    text = repr(sim.requests) + repr(sim)
    assert PASSPHRASE not in text and SECRET not in text
    sim.clear_requests()
    assert sim.requests == []


def test_repr_hides_credentials() -> None:
    sim = in_place(api_key="AK", secret_key="SK-xyz", passphrase="PP-xyz")
    assert "SK-xyz" not in repr(sim) and "PP-xyz" not in repr(sim)


def test_unknown_route_is_404(api: Api) -> None:
    assert_error(
        api.request("GET", "/api/spot/v3/nothing-here"), 404, 404, "/api/spot/v3/nothing-here"
    )
    assert_error(api.request("DELETE", "/api/general/v3/time", signed=False), 404, 404)


def test_literal_segments_win_over_path_params(sim: Any) -> None:
    templates = {t for _, t, _ in _operations("get")}
    literal, param = (
        "/api/margin/v3/accounts/availability",
        "/api/margin/v3/accounts/{instrument_id}",
    )
    if not {literal, param} <= templates:
        pytest.skip("routes not in this spec")
    op, params = sim.router.match("GET", literal)
    assert op.template == literal and params == {}


def test_stop_closes_the_port_and_open_connections() -> None:
    sim = in_place().start()
    url = sim.base_url
    pooled = urllib3.PoolManager(retries=False, timeout=2.0)  # keeps its connection alive
    assert pooled.request("GET", url + "/api/general/v3/time").status == 200
    sim.stop()
    with pytest.raises(urllib3.exceptions.HTTPError):
        pooled.request("GET", url + "/api/general/v3/time")
    with pytest.raises(urllib3.exceptions.HTTPError):
        urllib3.PoolManager(retries=False).request("GET", url + "/api/general/v3/time")
    with pytest.raises(RuntimeError):
        _ = sim.base_url


def test_invalid_response_is_reported_as_simulator_bug(sim: Any, api: Api) -> None:
    op_id = _op_by_route("GET", "/api/general/v3/time")["operationId"]
    sim.set_response(op_id, {"iso": "yesterday"})
    reply = api.request("GET", "/api/general/v3/time", signed=False)
    body = assert_error(reply, 500, 1)
    assert body["message"].startswith("simulator produced an invalid response")


def test_set_response_overrides_a_route(sim: Any, api: Api) -> None:
    op_id = _op_by_route("GET", "/api/general/v3/time")["operationId"]
    sim.set_response(op_id, {"iso": "2020-01-01T00:00:00.000Z", "epoch": "1577836800.000"})
    assert (
        api.request("GET", "/api/general/v3/time", signed=False).json["epoch"] == "1577836800.000"
    )
    with pytest.raises(KeyError):
        sim.set_response("no_such_operation", {})


def test_spec_is_loaded_from_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As generated: the runtime under fake_okcoin_pkg/_runtime/, the spec in testing/."""
    package = tmp_path / "fake_okcoin_pkg" / "testing"
    package.mkdir(parents=True)
    (package.parent / "__init__.py").write_text("")
    for relative, text in runtime_files(FLAVORS["okcoin"].runtime).items():
        (package.parent / "_runtime" / relative).parent.mkdir(parents=True, exist_ok=True)
        (package.parent / "_runtime" / relative).write_text(text)
    runtime = (
        "from okcoin_v3_api.testing import ROUTES\n"
        "from .._runtime.okcoin.simulator import OkcoinSimulator\n"
        "OkcoinSimulator.client_routes = ROUTES\n"
    )
    (package / "__init__.py").write_text(runtime)
    (package / "_spec.json").write_text(json.dumps(SPEC))
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("fake_okcoin_pkg.testing")
    try:
        with module.OkcoinSimulator() as sim:
            reply = urllib3.request("GET", sim.base_url + "/api/general/v3/time")
        assert reply.status == 200
    finally:
        for name in [n for n in sys.modules if n.startswith("fake_okcoin_pkg")]:
            del sys.modules[name]


# --------------------------------------------------------------------------------------
# Every route of the spec
# --------------------------------------------------------------------------------------

_NAME_VALUES = {
    "instrument_id": "BTC-USD",
    "currency": "BTC",
    "ccy": "BTC",
    "valuation_currency": "USD",
}


def _valid_value(name: str, schema: Mapping[str, Any]) -> Any:
    node: Mapping[str, Any] = schema
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    if "enum" in node:
        return node["enum"][0]
    kind = node.get("type", "string")
    if kind == "integer":
        return node.get("minimum", 1)
    if kind == "number":
        return 1
    if kind == "boolean":
        return True
    if node.get("format") == "decimal":
        return "1.5"
    if node.get("format") == "date-time":
        return "2024-01-02T03:04:05.000Z"
    return _NAME_VALUES.get(name, "1")


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def valid_query(op: Mapping[str, Any]) -> dict[str, str]:
    """Every declared query parameter with a valid value, except the paging cursors."""
    values = {}
    for param in op.get("parameters", []):
        schema = param.get("schema", {})
        if param.get("in") != "query" or schema.get("type") == "object":
            continue
        if param["name"] in ("after", "before", "from", "to"):
            continue
        value = _valid_value(param["name"], schema)
        assert schema_errors(schema, value) == [], param["name"]
        values[param["name"]] = _text(value)
    return values


def _get_routes() -> list[Any]:
    return [
        pytest.param(template, op, id=op.get("operationId", template))
        for _, template, op in _operations("get")
    ]


@pytest.mark.parametrize(("template", "op"), _get_routes())
def test_every_get_route_answers_valid_json(api: Api, template: str, op: dict[str, Any]) -> None:
    path = template
    for param in op.get("parameters", []):
        if param.get("in") != "path":
            continue
        value = _valid_value(param["name"], param.get("schema", {}))
        if param["name"] == "order_id_or_client_oid":
            value = place(api).json["order_id"]  # stateful routes only know real orders
        path = path.replace("{" + param["name"] + "}", str(value))
    query = valid_query(op)
    if "order_id" in query:
        query["order_id"] = place(api).json["order_id"]  # the fills of an order that exists
    target = path + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
    reply = api.request("GET", target, signed=bool(op.get("security", SPEC.get("security"))))
    assert reply.status == 200, reply.raw
    assert schema_errors(success_schema(op), reply.json) == []


def test_every_operation_has_a_valid_example(sim: Any) -> None:
    for op in sim.router.operations:
        if op.response_schema is None:
            continue
        example = sim.schemas.example(op.response_schema)
        assert schema_errors(op.response_schema, example) == [], op.operation_id


def test_every_spec_operation_is_routed(sim: Any) -> None:
    for method, template, op in _operations():
        concrete = re.sub(r"\{[^}]+\}", "X1", template)
        matched = sim.router.match(method, concrete)
        assert matched is not None, (method, template)
        assert matched[0].operation_id == op["operationId"], (method, template)
