"""Every route of the Okcoin spec, called through the generated client against the packaged
simulator after some trading, with each raw reply checked for placeholder data.

A reply fails when it holds a placeholder string ("example"), an empty object where a route
answers content (what free-form schemas used to get), decimals that are all equal,
a one-item list where the API sends lists, or fields that contradict each other (low above
high, best bid above best ask, a balance that is not available + hold, more filled than
ordered, an order book out of order); and every reply must still be valid against the spec.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import urllib3
import yaml
from okcoin_v3_api import OkcoinClient, OkcoinError
from okcoin_v3_api.testing import OkcoinSimulator

from generator import ir
from generator.runtime.okcoin.exchange import OPERATIONS as EXCHANGE_OPERATIONS
from tests.okcoin.conftest import KEY, PASSPHRASE, SECRET, call
from tests.okcoin.test_every_route import OPERATIONS, arguments
from tests.okcoin.test_simulator import schema_errors

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "specs" / "okcoin-v3.yaml").read_text("utf-8")
)
_PLACEHOLDERS = re.compile(r"example|placeholder|lorem|^(string|foo|bar|test|todo|x+|a)$", re.I)
_FRACTION = re.compile(r"-?\d+\.\d+")
# Routes that answer about one currency or one order, so one row is the real answer.
_ONE_ROW_IS_RIGHT = frozenset(
    {
        "account_get_wallet",
        "account_list_deposit_addresses",
        "account_list_withdrawal_fees",
        "margin_get_borrow_limits",
    }
)


class RecordingSimulator(OkcoinSimulator):
    """The packaged simulator, keeping the last raw reply of each operation."""

    replies: dict[str, Any]

    def _answer(self, request: Any, routed: Any, fault: Any) -> Any:
        reply = super()._answer(request, routed, fault)
        if routed[0] is not None:
            self.replies[routed[0].operation_id] = (reply.status, reply.body)
        return reply


@pytest.fixture(scope="module")
def market() -> Iterator[tuple[RecordingSimulator, OkcoinClient]]:
    """A simulator where a bot has traded: filled and resting orders, transfers, a withdrawal
    and deposits, so the stateful routes have several rows to show."""
    sim = RecordingSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    sim.replies = {}
    with sim, OkcoinClient(KEY, SECRET, PASSPHRASE, base_url=sim.base_url) as client:
        mid = sim.mid_price("BTC-USD")
        filled = client.spot.place_order(
            instrument_id="BTC-USD",
            side="buy",
            type="limit",
            price=(mid * Decimal("0.99")).quantize(Decimal("0.01")),
            size=Decimal("0.5"),
        ).order_id
        sim.fill_order(filled, "0.2")
        sim.fill_order(filled, "0.1")
        for offset in ("0.98", "0.97"):
            client.spot.place_order(
                instrument_id="BTC-USD",
                side="buy",
                type="limit",
                price=(mid * Decimal(offset)).quantize(Decimal("0.01")),
                size=Decimal("0.01"),
            )
        client.spot.place_order(
            instrument_id="BTC-USD", side="sell", type="market", size=Decimal("0.3")
        )
        for amount in ("1", "0.5"):
            client.account.transfer(currency="BTC", amount=Decimal(amount), from_="1", to="6")
        for amount in ("0.1", "0.2"):
            client.account.withdraw(
                currency="BTC",
                amount=Decimal(amount),
                destination="4",
                to_address="bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
                fee=Decimal("0.0005"),
            )
        sim.inject_deposit("BTC", "0.25")
        sim.inject_deposit("BTC", "0.75")
        sim.advance_time(120)
        yield sim, client


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_reply_is_realistic_and_valid(
    op: ir.Operation, market: tuple[RecordingSimulator, OkcoinClient]
) -> None:
    sim, client = market
    order_id = client.spot.place_order(  # a resting order of its own, for the order routes
        instrument_id="BTC-USD",
        side="buy",
        type="limit",
        price=Decimal("20000"),
        size=Decimal("0.01"),
    ).order_id
    args = arguments(op, order_id, everything=False)
    if op.operation_id in ("spot_list_fills", "spot_get_order_book"):
        args.pop("order_id", None)  # every fill, not those of the fresh order
        args.pop("size", None)  # the whole book, not one level
    # Batch routes answer one row per request item: send two, as a bot would.
    args = {
        name: value * 2 if isinstance(value, list) and len(value) == 1 else value
        for name, value in args.items()
    }
    try:
        call(client, f"{op.group}.{op.name}", **args)
    except OkcoinError as error:
        pytest.fail(f"{op.operation_id} was refused: {error}")
    status, raw = sim.replies[op.operation_id]
    assert status == 200
    body = json.loads(raw)
    schema = _success_schema(op.operation_id)
    assert schema_errors(schema, body) == []
    problems = placeholder_problems(
        body, "", top_level_rows_ok=op.operation_id in _ONE_ROW_IS_RIGHT
    )
    assert problems == [], f"{op.operation_id}: {problems}\n{raw[:600]!r}"


def _success_schema(operation_id: str) -> dict[str, Any]:
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method in ("get", "post") and op["operationId"] == operation_id:
                return dict(op["responses"]["200"]["content"]["application/json"]["schema"])
    raise KeyError(operation_id)


# --------------------------------------------------------------------------------------
# What counts as placeholder data
# --------------------------------------------------------------------------------------


def placeholder_problems(value: Any, where: str, *, top_level_rows_ok: bool = False) -> list[str]:
    problems: list[str] = []
    rows = value if isinstance(value, list) else [value]
    if any(row == {} for row in rows):  # a reply (or a row of one) that says nothing
        problems.append(f"{where or '$'}: an empty object")
    _walk(value, where or "$", problems, top_level_rows_ok)
    fractions = [text for text in _strings(value) if _FRACTION.fullmatch(text)]
    nonzero = [text for text in fractions if Decimal(text) != 0]
    if len(nonzero) >= 3 and len(set(nonzero)) == 1:
        problems.append(f"every decimal is {nonzero[0]}")
    return problems


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _made_from_field_name(value: str, where: str) -> bool:
    """`status4821` in a field `status`: the letters of the field's name and a number, what a
    generator that knows nothing better writes."""
    field = re.sub(r"\[\d+\]", "", where).rpartition(".")[2]
    word = re.sub(r"[^a-z]", "", field.lower())[:12]
    return bool(word) and re.fullmatch(re.escape(word) + r"\d+", value) is not None


def _walk(value: Any, where: str, problems: list[str], rows_ok: bool) -> None:
    if isinstance(value, str) and _PLACEHOLDERS.search(value):
        problems.append(f"{where}: placeholder {value!r}")
    elif isinstance(value, str) and _made_from_field_name(value, where):
        problems.append(f"{where}: the field's name and a number {value!r}")
    elif isinstance(value, list):
        if len(value) == 1 and not rows_ok:
            problems.append(f"{where}: a list of one item")
        if value and all(isinstance(item, dict) for item in value):
            _rows_vary(value, where, problems)
        if _is_candle(value):
            _candle_agrees(value, where, problems)
        for position, item in enumerate(value):
            _walk(item, f"{where}[{position}]", problems, False)
    elif isinstance(value, dict):
        _fields_agree(value, where, problems)
        for key, item in value.items():
            _walk(item, f"{where}.{key}", problems, False)


def _rows_vary(rows: list[dict[str, Any]], where: str, problems: list[str]) -> None:
    """Rows of a list differ in at least one of their decimal fields."""
    if len(rows) < 2:
        return
    keys = [
        key
        for key in rows[0]
        if all(isinstance(row.get(key), str) and _FRACTION.fullmatch(row[key]) for row in rows)
    ]
    if keys and all(len({row[key] for row in rows}) == 1 for key in keys):
        problems.append(f"{where}: every row has the same decimals")


def _number(value: Any) -> Decimal | None:
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return Decimal(value)
    return None


def _fields_agree(row: dict[str, Any], where: str, problems: list[str]) -> None:
    for suffix in ("", "_24h"):
        low, high = _number(row.get("low" + suffix)), _number(row.get("high" + suffix))
        if low is None or high is None:
            continue
        for name in ("open", "close", "last"):
            amount = _number(row.get(name + suffix))
            if amount is not None and not low <= amount <= high:
                problems.append(f"{where}: {name}{suffix} {amount} outside {low}..{high}")
    bid, ask = _number(row.get("best_bid")), _number(row.get("best_ask"))
    if bid is not None and ask is not None and bid > ask:
        problems.append(f"{where}: best_bid {bid} above best_ask {ask}")
    available, hold = _number(row.get("available")), _number(row.get("hold"))
    balance = _number(row.get("balance"))
    if None not in (available, hold, balance) and balance != available + hold:  # type: ignore[operator]
        problems.append(f"{where}: balance {balance} is not available {available} + hold {hold}")
    size, filled = _number(row.get("size")), _number(row.get("filled_size"))
    if size is not None and filled is not None and filled > size:
        problems.append(f"{where}: filled_size {filled} above size {size}")
    for side, descending in (("bids", True), ("asks", False)):
        levels = row.get(side)
        if isinstance(levels, list) and levels:
            prices = [Decimal(level[0]) for level in levels]
            if prices != sorted(prices, reverse=descending):
                problems.append(f"{where}.{side}: levels out of order")
    bids, asks = row.get("bids"), row.get("asks")
    if bids and asks and Decimal(bids[0][0]) >= Decimal(asks[0][0]):
        problems.append(f"{where}: the book is crossed")


def _is_candle(value: list[Any]) -> bool:
    return len(value) == 6 and all(_number(item) is not None for item in value[1:])


def _candle_agrees(candle: list[Any], where: str, problems: list[str]) -> None:
    open_, high, low, close = (Decimal(item) for item in candle[1:5])
    if not (low <= min(open_, close) and max(open_, close) <= high):
        problems.append(f"{where}: candle {candle} has open/close outside low..high")


# --------------------------------------------------------------------------------------
# The checks themselves refuse what the old placeholders looked like
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        [{"status": "example"}, {"status": "ok"}],
        {"currency": "BTC", "tag": "tag1234"},
        {"bids": [["1.5", "1.5", "1"]], "asks": [["1.6", "2.5", "1"], ["1.7", "1.5", "2"]]},
        [{"price": "1.5", "size": "1.5"}, {"price": "1.5", "size": "1.5"}],
        {"high": "10.5", "low": "11.5", "open": "11.0"},
        [
            ["2024-01-02T03:04:05.000Z", "1.5", "1.0", "2.0", "1.5", "7.5"],
            ["t", "1", "2", "1", "2", "3"],
        ],
        {"balance": "2.5", "available": "1.5", "hold": "0.5"},
        {"a": "1.5", "b": "1.5", "c": "1.5"},
        {},
        [{}, {}, {}],
    ],
)
def test_placeholder_checks_refuse_placeholders(reply: Any) -> None:
    assert placeholder_problems(reply, "") != []


def test_placeholder_checks_accept_real_looking_data() -> None:
    reply = [
        {"price": "27431.55", "size": "0.35", "low": "27000.1", "high": "27900", "open": "27100"},
        {"price": "27429.01", "size": "0.35", "low": "27010.1", "high": "27800", "open": "27200"},
    ]
    assert placeholder_problems(reply, "") == []


# --------------------------------------------------------------------------------------
# Free-form replies: our written examples, made to agree with the request
# --------------------------------------------------------------------------------------


def _free_form_operations() -> list[str]:
    """Routes whose success schema is the spec's open object (or a list of them)."""
    found = []
    for item in SPEC["paths"].values():
        for op in item.values():
            schema = op["responses"]["200"]["content"]["application/json"]["schema"]
            item_schema = schema.get("items", schema)
            if item_schema == {"$ref": "#/components/schemas/OpenObject"}:
                found.append(op["operationId"])
    return found


def test_every_free_form_route_has_a_written_example() -> None:
    exchange_routes = set(EXCHANGE_OPERATIONS)
    missing = []
    for item in SPEC["paths"].values():
        for op in item.values():
            media = op["responses"]["200"]["content"]["application/json"]
            if op["operationId"] in _free_form_operations():
                if "example" not in media and op["operationId"] not in exchange_routes:
                    missing.append(op["operationId"])
                elif "example" in media:
                    assert schema_errors(media["schema"], media["example"]) == []
    assert len(_free_form_operations()) > 40
    assert missing == []


def test_a_written_example_honours_the_requests_filters() -> None:
    with OkcoinSimulator(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as sim:
        http = urllib3.PoolManager(retries=False)
        every = http.request("GET", sim.base_url + "/api/system/v3/status").json()
        assert len(every) >= 2 and {row["status"] for row in every} >= {"0", "2"}
        done = http.request("GET", sim.base_url + "/api/system/v3/status?status=2").json()
        assert done and all(row["status"] == "2" for row in done)
        mark = http.request("GET", sim.base_url + "/api/margin/v3/instruments/ETH-USD/mark_price")
        assert mark.status == 200 and mark.json()["instrument_id"] == "ETH-USD"
        unknown = http.request(
            "GET", sim.base_url + "/api/margin/v3/instruments/NOPE-USD/mark_price"
        )
        assert unknown.status == 400 and unknown.json()["code"] == 30032
