"""The Binary.com WebSocket simulator template, driven over real WebSockets.

The simulator module is loaded from its template path (the generator copies it verbatim), with
the call specs from specs/binary-com/*.yaml. It is driven with the plain
`websockets.sync.client`, not the generated client, and every reply is checked here against
the call's receive schema with validators built independently of the simulator's own (patterns
translated by generator/runtime/testing/patterns.py).
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import importlib.util
import itertools
import json
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import yaml
from binary_com_api.testing import CALLS as TABLE
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft4Validator
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from generator.flavors import FLAVORS
from generator.render.renderer import runtime_files
from generator.runtime.testing.patterns import python_pattern

ROOT = Path(__file__).resolve().parents[2]
SPECS_DIR = ROOT / "specs" / "binary-com"
MODULE_NAME = "generator.runtime.binary.simulator"

ALL = "tok-all-scopes-7f3a"
READ = "tok-read-only-9b1c"
TRADE = "tok-trade-only-2d4e"
TOKENS = {
    ALL: ["read", "trade", "trading_information", "payments", "admin"],
    READ: ["read"],
    TRADE: ["trade"],
}
INTERVAL = 0.02  # stream interval used by these tests
TIMEOUT = 5.0


def _load_simulator() -> ModuleType:
    """The simulator in place, as the runtime package holds it (not a generated copy)."""
    return importlib.import_module(MODULE_NAME)


def _load_specs() -> dict[str, dict[str, Any]]:
    calls = {}
    for path in sorted(SPECS_DIR.glob("*.yaml")):
        item = yaml.safe_load(path.read_text(encoding="utf-8"))
        calls[item["call"]] = item
    return calls


simulator = _load_simulator()
CALLS = _load_specs()
SPEC = {"calls": CALLS}


def _translate(node: Any) -> Any:
    """Our own copy of a schema with patterns Python's `re` accepts."""
    if isinstance(node, list):
        return [_translate(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "pattern" and isinstance(value, str):
            out[key] = python_pattern(value)
        elif key == "patternProperties":
            out[key] = {python_pattern(k): _translate(v) for k, v in value.items()}
        elif key == "enum":
            out[key] = value
        else:
            out[key] = _translate(value)
    return out


SEND = {name: Draft4Validator(_translate(item["send"])) for name, item in CALLS.items()}
RECEIVE = {name: Draft4Validator(_translate(item["receive"])) for name, item in CALLS.items()}
# The receive schema of each stream message type that is not its call's own.
MSG_TYPE_OWNER = {"proposal_open_contract": "proposal_open_contract"}


# --------------------------------------------------------------------------------------
# A small test client over websockets.sync.client
# --------------------------------------------------------------------------------------


class Client:
    """Sends JSON requests with req_ids and keeps every message, so replies and stream
    messages can be picked out in any order."""

    def __init__(self, url: str) -> None:
        self._stack = contextlib.ExitStack()
        self.ws: ClientConnection = self._stack.enter_context(
            connect(url, open_timeout=TIMEOUT, max_size=2**24)
        )
        self.inbox: list[dict[str, Any]] = []
        self._ids = itertools.count(1)

    def close(self) -> None:
        self._stack.close()

    def send(self, request: Mapping[str, Any]) -> int:
        """Sends the request with a fresh req_id unless it has one; returns the req_id."""
        body = dict(request)
        body.setdefault("req_id", next(self._ids))
        self.ws.send(json.dumps(body))
        return int(body["req_id"])

    def wait_for(
        self, match: Callable[[dict[str, Any]], bool], timeout: float = TIMEOUT
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for index, message in enumerate(self.inbox):
                if match(message):
                    return self.inbox.pop(index)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no matching message")
            try:
                self.inbox.append(json.loads(self.ws.recv(timeout=remaining)))
            except TimeoutError:
                continue

    def reply(self, req_id: int, timeout: float = TIMEOUT) -> dict[str, Any]:
        return self.wait_for(lambda message: message.get("req_id") == req_id, timeout)

    def ask(self, request: Mapping[str, Any], timeout: float = TIMEOUT) -> dict[str, Any]:
        return self.reply(self.send(request), timeout)

    def ok(self, request: Mapping[str, Any]) -> dict[str, Any]:
        answer = self.ask(request)
        assert "error" not in answer, answer["error"]
        return answer

    def drain(self, seconds: float) -> list[dict[str, Any]]:
        """Everything that arrives within `seconds` (plus what was already buffered)."""
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            try:
                self.inbox.append(json.loads(self.ws.recv(timeout=remaining)))
            except TimeoutError:
                break
        taken, self.inbox = self.inbox, []
        return taken

    def login(self, token: str = ALL) -> dict[str, Any]:
        return self.ok({"authorize": token})


@pytest.fixture(scope="module")
def sim() -> Iterator[Any]:
    with simulator.BinaryComSimulator(
        tokens=TOKENS, spec=SPEC, calls=TABLE, stream_interval=INTERVAL
    ) as instance:
        yield instance


@pytest.fixture()
def fresh() -> Iterator[Any]:
    """A simulator of its own, for tests that change balances or count subscriptions."""
    with simulator.BinaryComSimulator(
        tokens=TOKENS, spec=SPEC, calls=TABLE, stream_interval=INTERVAL
    ) as instance:
        yield instance


@pytest.fixture()
def open_client() -> Iterator[Callable[[Any], Client]]:
    clients: list[Client] = []

    def make(instance: Any) -> Client:
        client = Client(instance.url)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture()
def client(sim: Any, open_client: Callable[[Any], Client]) -> Client:
    return open_client(sim)


# --------------------------------------------------------------------------------------
# Reply checks, independent of the simulator's own
# --------------------------------------------------------------------------------------


def _sensitive(call: str) -> set[str]:
    properties = CALLS[call]["send"].get("properties", {})
    return {key for key, sub in properties.items() if sub.get("sensitive")}


def assert_reply(call: str, request: Mapping[str, Any], reply: Mapping[str, Any]) -> None:
    """Valid against the receive schema (of the message's own type), correlated, echoed."""
    assert "error" not in reply, f"{call}: {reply['error']}"
    owner = MSG_TYPE_OWNER.get(reply["msg_type"], call)
    schema = CALLS[owner]["receive"]
    assert reply["msg_type"] in schema["properties"]["msg_type"]["enum"]
    instance = dict(reply)
    if schema.get("additionalProperties") is False and "passthrough" not in schema["properties"]:
        instance.pop("passthrough", None)  # the one closed upstream schema (see the simulator)
    errors = sorted(RECEIVE[owner].iter_errors(instance), key=lambda e: list(e.absolute_path))
    assert not errors, f"{call}: {[(list(e.absolute_path), e.message[:200]) for e in errors]}"
    assert reply.get("req_id") == request.get("req_id")
    assert reply.get("passthrough") == request.get("passthrough")
    hidden = _sensitive(call)
    expected = {key: ("<not shown>" if key in hidden else value) for key, value in request.items()}
    assert reply["echo_req"] == expected


def assert_error(reply: Mapping[str, Any], code: str) -> dict[str, Any]:
    assert "error" in reply, reply
    error: dict[str, Any] = reply["error"]
    assert error["code"] == code, error
    assert isinstance(error["message"], str) and error["message"]
    assert "echo_req" in reply and "msg_type" in reply
    return error


# --------------------------------------------------------------------------------------
# Every call
# --------------------------------------------------------------------------------------

# Minimal requests that meet a business rule rather than a bug: an unknown proposal or contract.
BUSINESS_ERRORS = {
    "buy": {"InvalidContractProposal"},
    "sell": {"InvalidSellContractProposal"},
}
# Contract terms the market offers (the schema's example picks a type R_100 does not trade).
CONTRACT_TERMS = {"contract_type": "CALL", "duration": 5, "duration_unit": "m"}
REQUEST_OVERRIDES: dict[str, dict[str, Any]] = {
    "authorize": {"authorize": ALL},
    "proposal": CONTRACT_TERMS,
}


@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_call_answers_a_minimal_request(
    sim: Any, open_client: Callable[[Any], Client], call: str
) -> None:
    request = {**sim.example_request(call), **REQUEST_OVERRIDES.get(call, {})}
    assert not list(SEND[call].iter_errors(request)), request
    request.update(req_id=4242, passthrough={"call": call, "n": [1, 2]})
    client = open_client(sim)
    client.login(ALL)
    reply = client.ask(request)
    if "error" in reply and reply["error"]["code"] in BUSINESS_ERRORS.get(call, ()):
        assert reply["req_id"] == 4242 and reply["passthrough"] == request["passthrough"]
        return
    assert_reply(call, request, reply)


@pytest.mark.parametrize("call", sorted(CALLS))
def test_every_call_accepts_a_request_with_every_field(
    sim: Any, open_client: Callable[[Any], Client], call: str
) -> None:
    """The fullest request the schema allows still gets a schema-valid answer or a business
    error; never a validation failure or a simulator bug."""
    request = {**sim.example_request(call, minimal=False), **REQUEST_OVERRIDES.get(call, {})}
    assert not list(SEND[call].iter_errors(request)), request
    client = open_client(sim)
    client.login(ALL)
    reply = client.ask(request)
    if "error" in reply:
        assert reply["error"]["code"] not in ("InputValidationFailed", "SimulatorBug"), reply
        return
    assert_reply(call, request, reply)


def test_the_pattern_translation_matches_the_generators() -> None:
    patterns: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "pattern" and isinstance(value, str):
                    patterns.add(value)
                elif key == "patternProperties":
                    patterns.update(value)
                collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(CALLS)
    assert patterns
    for pattern in sorted(patterns):
        assert simulator.python_pattern(pattern) == python_pattern(pattern), pattern


# --------------------------------------------------------------------------------------
# Request checks
# --------------------------------------------------------------------------------------


def test_a_missing_required_field_is_named(client: Client) -> None:
    reply = client.ask({"ticks_history": "R_100", "req_id": 7})
    error = assert_error(reply, "InputValidationFailed")
    assert list(error["details"]) == ["end"]
    assert "end" in error["message"]
    assert reply["msg_type"] == "ticks_history" and reply["req_id"] == 7


def test_a_value_outside_the_enum_is_named(client: Client) -> None:
    error = assert_error(
        client.ask({"ticks_history": "R_100", "end": "latest", "style": "bars"}),
        "InputValidationFailed",
    )
    assert list(error["details"]) == ["style"]


def test_an_unknown_field_is_named(client: Client) -> None:
    error = assert_error(client.ask({"ping": 1, "colour": "red"}), "InputValidationFailed")
    assert list(error["details"]) == ["colour"]


def test_a_nested_field_is_named_by_its_path(client: Client) -> None:
    request = {
        "proposal": 1,
        "contract_type": "CALL",
        "currency": "USD",
        "symbol": "R_100",
        "limit_order": {"stop_loss": "ten"},
    }
    error = assert_error(client.ask(request), "InputValidationFailed")
    assert list(error["details"]) == ["limit_order.stop_loss"]


def test_requests_differing_only_in_req_id_are_still_each_checked(client: Client) -> None:
    """The simulator remembers request bodies it found valid; `req_id` is checked apart."""
    for req_id in (1, 2, 3):
        assert client.ask({"ping": 1, "req_id": req_id})["ping"] == "pong"
    for bad in ("four", True, 4.5):
        client.ws.send(json.dumps({"ping": 1, "req_id": bad}))
        echoed = json.dumps({"ping": 1, "req_id": bad})
        reply = client.wait_for(
            lambda message, echoed=echoed: json.dumps(message["echo_req"]) == echoed
        )
        assert list(assert_error(reply, "InputValidationFailed")["details"]) == ["req_id"], bad
    error = assert_error(client.ask({"ping": 2, "req_id": 5}), "InputValidationFailed")
    assert list(error["details"]) == ["ping"]
    error = assert_error(client.ask({"ping": 1, "req_id": 6, "x": 1}), "InputValidationFailed")
    assert list(error["details"]) == ["x"]


def test_the_validity_memo_is_bounded_and_skips_what_it_cannot_key(sim: Any) -> None:
    schemas = sim.calls["ping"].send
    for n in range(simulator._KNOWN_VALID + 10):
        assert schemas.errors({"ping": 1, "passthrough": {"n": n}, "req_id": 1}) == []
    assert 0 < len(schemas._known_valid) <= simulator._KNOWN_VALID
    huge = {"ping": 1, "passthrough": {"n": 2**70}}  # orjson cannot write it
    assert schemas._memo_key(huge) is None
    assert schemas.errors(huge) == []
    assert [list(e.path) for e in schemas.errors({**huge, "x": 1})] == [[]]  # x is unknown
    nan, null = ({"ping": 1, "passthrough": {"n": value}} for value in (float("nan"), None))
    assert schemas._memo_key(nan) != schemas._memo_key(null)


def test_pcre_patterns_are_applied(client: Client) -> None:
    client.login(ALL)
    base = {"new_account_check_duplicate_name_and_dob": 1, "date_of_birth": "1990-01-01"}
    accepted = client.ask({**base, "first_name": "Zoë", "last_name": "O'Brien"})
    assert "error" not in accepted, accepted
    for bad in ("Jane  Doe", "Jane!"):
        reply = client.ask({**base, "first_name": bad, "last_name": "Doe"})
        error = assert_error(reply, "InputValidationFailed")
        assert list(error["details"]) == ["first_name"]
        assert bad not in json.dumps(reply)  # a sensitive field is neither echoed nor quoted


def test_an_unknown_call_is_unrecognised(client: Client) -> None:
    reply = client.ask({"teleport": 1, "req_id": 9, "passthrough": {"a": 1}})
    assert_error(reply, "UnrecognisedRequest")
    assert reply["req_id"] == 9 and reply["passthrough"] == {"a": 1}


def test_text_that_is_not_a_json_object_is_a_bad_request(client: Client) -> None:
    client.ws.send("{not json")
    assert_error(client.wait_for(lambda m: True), "BadRequest")
    client.ws.send("[1, 2]")
    assert_error(client.wait_for(lambda m: True), "BadRequest")


def test_the_call_is_found_when_another_call_name_is_a_field(client: Client) -> None:
    request = {"landing_company": "svg", "active_symbols": "brief", "req_id": 3}
    reply = client.ask(request)
    assert reply["msg_type"] == "active_symbols"
    assert_reply("active_symbols", request, reply)


# --------------------------------------------------------------------------------------
# Authorization and scopes
# --------------------------------------------------------------------------------------


def test_a_call_that_needs_a_login_is_refused_without_one(client: Client) -> None:
    assert_error(client.ask({"balance": 1}), "AuthorizationRequired")


def test_an_unknown_token_is_invalid(client: Client) -> None:
    reply = client.ask({"authorize": "not-a-known-token"})
    assert_error(reply, "InvalidToken")
    assert "not-a-known-token" not in json.dumps(reply)
    assert_error(client.ask({"balance": 1}), "AuthorizationRequired")


def test_authorize_answers_the_tokens_scopes_and_account(sim: Any, client: Client) -> None:
    request = {"authorize": READ, "req_id": 1}
    reply = client.ask(request)
    assert_reply("authorize", request, reply)
    body = reply["authorize"]
    assert body["scopes"] == ["read"]
    assert body["loginid"] == sim.account(READ).loginid
    assert body["currency"] == "USD" and body["balance"] == 10000
    assert reply["echo_req"]["authorize"] == "<not shown>"


def test_a_missing_scope_is_permission_denied(
    open_client: Callable[[Any], Client], sim: Any
) -> None:
    reader = open_client(sim)
    reader.login(READ)
    assert_error(reader.ask({"buy": "1", "price": 10}), "PermissionDenied")
    assert_error(reader.ask({"api_token": 1}), "PermissionDenied")  # admin
    reader.ok({"portfolio": 1})  # read or trading_information: either is enough
    trader = open_client(sim)
    trader.login(TRADE)
    assert_error(trader.ask({"portfolio": 1}), "PermissionDenied")


def test_logins_belong_to_their_connection(open_client: Callable[[Any], Client], sim: Any) -> None:
    first, second = open_client(sim), open_client(sim)
    first.login(ALL)
    first.ok({"balance": 1})
    assert_error(second.ask({"balance": 1}), "AuthorizationRequired")


def test_logout_ends_the_login(client: Client) -> None:
    client.login(ALL)
    assert client.ok({"logout": 1})["logout"] == 1
    assert_error(client.ask({"balance": 1}), "AuthorizationRequired")


# --------------------------------------------------------------------------------------
# Streams
# --------------------------------------------------------------------------------------


def _stream_messages(client: Client, req_id: int, count: int) -> list[dict[str, Any]]:
    return [client.reply(req_id) for _ in range(count)]


def test_a_tick_stream_repeats_its_subscription_and_forget_stops_it(client: Client) -> None:
    request = {"ticks": "R_100", "subscribe": 1, "req_id": 11, "passthrough": {"p": 1}}
    client.send(request)
    first = client.reply(11)
    assert_reply("ticks", request, first)
    stream_id = first["subscription"]["id"]
    assert first["tick"]["id"] == stream_id
    updates = _stream_messages(client, 11, 4)
    for update in updates:
        assert_reply("ticks", request, update)
        assert update["subscription"]["id"] == stream_id
        assert update["msg_type"] == "tick"
    quotes = [message["tick"]["quote"] for message in [first, *updates]]
    epochs = [message["tick"]["epoch"] for message in [first, *updates]]
    assert len(set(quotes)) > 1
    assert epochs == sorted(epochs) and len(set(epochs)) == len(epochs)
    forget = client.ask({"forget": stream_id})
    assert_reply("forget", {"forget": stream_id, "req_id": forget["req_id"]}, forget)
    assert forget["forget"] == 1
    late = [m for m in client.drain(INTERVAL * 5) if m.get("req_id") == 11]
    assert late == []
    assert client.ok({"forget": stream_id})["forget"] == 0


def test_forgetting_an_unknown_id_answers_zero(client: Client) -> None:
    assert client.ok({"forget": "0" * 32})["forget"] == 0


def test_forget_all_stops_the_named_kinds(fresh: Any, open_client: Callable[[Any], Client]) -> None:
    client = open_client(fresh)
    proposal = {
        "proposal": 1,
        "contract_type": "CALL",
        "currency": "USD",
        "symbol": "R_50",
        "duration": 5,
        "duration_unit": "m",
    }
    ids = {
        client.ok({"ticks": "R_100", "subscribe": 1})["subscription"]["id"],
        client.ok({"ticks": "R_50", "subscribe": 1})["subscription"]["id"],
        client.ok({**proposal, "subscribe": 1})["subscription"]["id"],
    }
    candles = {"ticks_history": "R_10", "end": "latest", "count": 5, "style": "candles"}
    candle_id = client.ok({**candles, "subscribe": 1})["subscription"]["id"]
    assert fresh.subscription_count == 4
    request = {"forget_all": ["ticks", "proposal"], "req_id": 99}
    reply = client.ask(request)
    assert_reply("forget_all", request, reply)
    assert set(reply["forget_all"]) == ids
    assert client.ok({"forget_all": "candles"})["forget_all"] == [candle_id]
    assert client.ok({"forget_all": "ticks"})["forget_all"] == []
    assert fresh.subscription_count == 0


def test_the_same_subscription_twice_is_refused(client: Client) -> None:
    client.ok({"ticks": "R_25", "subscribe": 1})
    assert_error(client.ask({"ticks": "R_25", "subscribe": 1}), "AlreadySubscribed")


def test_streams_end_with_their_connection(fresh: Any) -> None:
    client = Client(fresh.url)
    client.ok({"ticks": "R_100", "subscribe": 1})
    client.ok({"website_status": 1, "subscribe": 1})
    assert fresh.subscription_count == 2
    client.close()
    deadline = time.monotonic() + TIMEOUT
    while fresh.subscription_count and time.monotonic() < deadline:
        time.sleep(0.01)
    assert fresh.subscription_count == 0


def test_example_answered_calls_stream_too(client: Client) -> None:
    request = {"website_status": 1, "subscribe": 1, "req_id": 5}
    client.send(request)
    messages = _stream_messages(client, 5, 3)
    assert len({m["subscription"]["id"] for m in messages}) == 1
    for message in messages:
        assert_reply("website_status", request, message)


# --------------------------------------------------------------------------------------
# ticks_history
# --------------------------------------------------------------------------------------


def test_ticks_history_gives_a_thousand_candles(client: Client) -> None:
    request = {
        "ticks_history": "R_100",
        "end": "latest",
        "count": 1000,
        "style": "candles",
        "granularity": 60,
        "req_id": 1,
    }
    started = time.monotonic()
    reply = client.ask(request)
    assert time.monotonic() - started < 2
    assert_reply("ticks_history", request, reply)
    assert reply["msg_type"] == "candles"
    candles = reply["candles"]
    assert len(candles) == 1000
    epochs = [candle["epoch"] for candle in candles]
    assert all(later - earlier == 60 for earlier, later in itertools.pairwise(epochs))
    assert epochs[-1] <= time.time() and epochs[-1] % 60 == 0
    for candle in candles:
        assert candle["low"] <= min(candle["open"], candle["close"])
        assert candle["high"] >= max(candle["open"], candle["close"])


def test_ticks_history_gives_ticks_between_start_and_end(client: Client) -> None:
    end = int(time.time()) - 100
    request = {"ticks_history": "1HZ100V", "end": str(end), "start": end - 9, "count": 50}
    reply = client.ok(request)
    assert reply["msg_type"] == "history"
    history = reply["history"]
    assert history["times"] == list(range(end - 9, end + 1))
    assert len(history["prices"]) == 10
    assert client.ok({**request, "count": 3})["history"]["times"] == [end - 2, end - 1, end]


def test_a_candle_subscription_streams_ohlc(client: Client) -> None:
    request = {
        "ticks_history": "R_100",
        "end": "latest",
        "count": 10,
        "style": "candles",
        "subscribe": 1,
        "req_id": 2,
    }
    client.send(request)
    first = client.reply(2)
    assert first["msg_type"] == "candles" and len(first["candles"]) == 10
    for update in _stream_messages(client, 2, 3):
        assert_reply("ticks_history", request, update)
        assert update["msg_type"] == "ohlc"
        assert update["ohlc"]["id"] == first["subscription"]["id"]
        assert float(update["ohlc"]["low"]) <= float(update["ohlc"]["high"])


def test_an_unknown_symbol_is_refused(client: Client) -> None:
    assert_error(client.ask({"ticks": "NOPE_1"}), "InvalidSymbol")


# --------------------------------------------------------------------------------------
# Trading: proposal, buy, portfolio, sell, with balance and transaction streams
# --------------------------------------------------------------------------------------

PROPOSAL = {
    "proposal": 1,
    "amount": 10,
    "basis": "stake",
    "contract_type": "CALL",
    "currency": "USD",
    "symbol": "R_100",
    "duration": 5,
    "duration_unit": "m",
}


def test_a_bought_contract_moves_money_and_shows_everywhere(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    client = open_client(fresh)
    client.login(ALL)
    watcher = open_client(fresh)  # a second connection of the same account sees the streams
    watcher.login(ALL)
    balance_id = watcher.send({"balance": 1, "subscribe": 1})
    assert watcher.reply(balance_id)["balance"]["balance"] == 10000
    tx_id = watcher.send({"transaction": 1, "subscribe": 1})
    assert watcher.reply(tx_id)["transaction"] == {}

    proposal = client.ok(PROPOSAL)["proposal"]
    assert proposal["ask_price"] == 10 and proposal["payout"] > 10
    request = {"buy": proposal["id"], "price": 10, "req_id": 77}
    bought = client.ask(request)
    assert_reply("buy", request, bought)
    contract_id = bought["buy"]["contract_id"]
    assert bought["buy"]["balance_after"] == 9990
    assert fresh.account(ALL).balance == 9990

    contracts = client.ok({"portfolio": 1})["portfolio"]["contracts"]
    assert [c["contract_id"] for c in contracts] == [contract_id]
    poc = client.ok({"proposal_open_contract": 1, "contract_id": contract_id})
    assert poc["proposal_open_contract"]["status"] == "open"

    fresh.advance_time(4)  # past the entry tick: the contract can be sold
    bid = client.ok({"proposal_open_contract": 1, "contract_id": contract_id})[
        "proposal_open_contract"
    ]["bid_price"]
    sold = client.ok({"sell": contract_id, "price": 0})["sell"]
    after = Decimal("9990") + Decimal(str(sold["sold_for"]))
    assert sold["sold_for"] == bid and Decimal(str(sold["balance_after"])) == after
    assert fresh.account(ALL).contracts[contract_id].is_sold
    assert client.ok({"portfolio": 1})["portfolio"]["contracts"] == []
    assert_error(client.ask({"sell": contract_id, "price": 0}), "InvalidSellContractProposal")

    transactions = [watcher.reply(tx_id)["transaction"] for _ in range(2)]
    assert [t["action"] for t in transactions] == ["buy", "sell"]
    assert [t["amount"] for t in transactions] == [-10, sold["sold_for"]]
    balances = [watcher.reply(balance_id)["balance"]["balance"] for _ in range(2)]
    assert balances == [9990, float(after)]


def test_buying_checks_price_and_balance(fresh: Any, open_client: Callable[[Any], Client]) -> None:
    client = open_client(fresh)
    client.login(ALL)
    proposal = client.ok({**PROPOSAL, "basis": "payout"})["proposal"]
    too_low = proposal["ask_price"] - 0.01
    assert_error(client.ask({"buy": proposal["id"], "price": too_low}), "PriceMoved")
    assert_error(client.ask({"buy": "x" * 32, "price": 100}), "InvalidContractProposal")
    fresh.set_balance(fresh.account(ALL).loginid, 5)
    assert_error(client.ask({"buy": proposal["id"], "price": 10}), "InsufficientBalance")


def test_buying_with_parameters_and_streaming_the_contract(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    client = open_client(fresh)
    client.login(ALL)
    parameters = {k: v for k, v in PROPOSAL.items() if k != "proposal"}
    request = {"buy": "1", "price": 10, "parameters": parameters, "subscribe": 1, "req_id": 8}
    client.send(request)
    bought = client.reply(8)
    assert_reply("buy", request, bought)
    update = client.reply(8)
    assert update["msg_type"] == "proposal_open_contract"
    assert_reply("buy", request, update)
    assert update["proposal_open_contract"]["contract_id"] == bought["buy"]["contract_id"]
    assert update["subscription"]["id"] == bought["subscription"]["id"]
    assert_error(client.ask({"buy": "1", "price": 10}), "InputValidationFailed")


def test_a_proposal_stream_prices_again_as_the_market_moves(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    client = open_client(fresh)
    fresh.set_price("R_100", "1000")
    request = {**PROPOSAL, "barrier": "1000.00", "subscribe": 1, "req_id": 3}
    client.send(request)
    first = client.reply(3)
    assert first["proposal"]["id"] == first["subscription"]["id"]  # as upstream
    fresh.set_price("R_100", "1010")
    later = client.wait_for(
        lambda m: m.get("req_id") == 3 and m["proposal"]["spot"] == 1010, timeout=TIMEOUT
    )
    assert later["proposal"]["id"] == first["proposal"]["id"]
    assert later["proposal"]["payout"] < first["proposal"]["payout"]  # a rise is likelier now


def test_exchange_rates_are_relative_to_the_base(client: Client) -> None:
    rates = client.ok({"exchange_rates": 1, "base_currency": "EUR"})["exchange_rates"]
    assert rates["base_currency"] == "EUR"
    assert rates["rates"]["USD"] == pytest.approx(1 / 0.92, rel=1e-6)
    one = client.ok({"exchange_rates": 1, "base_currency": "USD", "target_currency": "BTC"})
    assert list(one["exchange_rates"]["rates"]) == ["BTC"]


def test_time_and_ping(client: Client) -> None:
    assert client.ok({"ping": 1})["ping"] == "pong"
    assert abs(client.ok({"time": 1})["time"] - time.time()) < 5


# --------------------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------------------


def test_drop_connection_closes_abruptly_once(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    fresh.inject(simulator.DropConnection(only="ping"))
    client = open_client(fresh)
    client.ok({"time": 1})
    client.send({"ping": 1})
    with pytest.raises(ConnectionClosed) as closed:
        client.ws.recv(timeout=TIMEOUT)
    assert closed.value.rcvd is None  # no close frame: the TCP connection just ended
    again = open_client(fresh)
    assert again.ok({"ping": 1})["ping"] == "pong"


def test_a_delayed_answer_arrives_late_and_after_later_ones(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    fresh.inject(simulator.Delay(0.3, only="time"))
    client = open_client(fresh)
    started = time.monotonic()
    slow = client.send({"time": 1})
    fast = client.send({"ping": 1})
    first = client.wait_for(lambda message: True)
    assert first["req_id"] == fast
    assert client.reply(slow)["msg_type"] == "time"
    assert time.monotonic() - started >= 0.3
    started = time.monotonic()
    client.ok({"time": 1})
    assert time.monotonic() - started < 0.3


def test_error_answers_and_rate_limits_count_down(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    fresh.inject(
        simulator.ErrorAnswer("MarketIsClosed", "Closed for the test.", times=2, only="proposal")
    )
    fresh.inject(simulator.RateLimit(only="time"))
    client = open_client(fresh)
    client.ok({"ping": 1})
    for _ in range(2):
        error = assert_error(client.ask(PROPOSAL), "MarketIsClosed")
        assert error["message"] == "Closed for the test."
    client.ok(PROPOSAL)
    assert_error(client.ask({"time": 1}), "RateLimit")
    client.ok({"time": 1})


def test_a_fault_without_only_hits_the_next_call(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    fault = simulator.RateLimit(times=2)
    assert repr(fault) == "RateLimit(times=2)"
    fresh.inject(fault)
    client = open_client(fresh)
    assert_error(client.ask({"ping": 1}), "RateLimit")
    assert_error(client.ask({"time": 1}), "RateLimit")
    client.ok({"ping": 1})
    fresh.inject(simulator.Delay(5, only="ping"))
    fresh.clear_faults()
    client.ok({"ping": 1})


# --------------------------------------------------------------------------------------
# Many connections
# --------------------------------------------------------------------------------------


def test_concurrent_connections_keep_their_own_state(sim: Any) -> None:
    failures: list[str] = []

    def worker(index: int) -> None:
        client = Client(sim.url)
        try:
            token = ALL if index % 2 else READ
            scopes = client.login(token)["authorize"]["scopes"]
            ticks = client.ok({"ticks": "R_100", "subscribe": 1})["subscription"]["id"]
            ids = [client.send({"ping": 1} if n % 2 else {"time": 1}) for n in range(30)]
            for req_id in ids:
                reply = client.reply(req_id)
                if "error" in reply or reply["msg_type"] not in ("ping", "time"):
                    failures.append(f"{index}: {reply}")
            denied = client.ask({"buy": "1", "price": 1})
            expected = "InputValidationFailed" if "trade" in scopes else "PermissionDenied"
            if denied["error"]["code"] != expected:
                failures.append(f"{index}: {denied}")
            if client.ok({"forget": ticks})["forget"] != 1:
                failures.append(f"{index}: forget")
        except Exception as exc:  # reported below: an assert in a thread would be lost
            failures.append(f"{index}: {exc!r}")
        finally:
            client.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failures == []


# --------------------------------------------------------------------------------------
# Test controls, secrets and packaging
# --------------------------------------------------------------------------------------


def test_received_records_requests_until_cleared(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    client = open_client(fresh)
    client.ok({"ping": 1, "req_id": 1})
    client.ask({"nonsense": 1, "req_id": 2})
    assert fresh.received == [{"ping": 1, "req_id": 1}, {"nonsense": 1, "req_id": 2}]
    fresh.clear()
    assert fresh.received == []


def test_tokens_stay_out_of_reprs_and_logs(
    fresh: Any, open_client: Callable[[Any], Client], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = open_client(fresh)
    client.login(ALL)
    client.ask({"authorize": "another-secret-token"})
    fresh.inject(simulator.ErrorAnswer("X", "y", only="authorize"))
    client.ask({"authorize": ALL})
    # Our own test client logs its frames; everything else is the simulator's side.
    server_side = [r for r in caplog.records if not r.name.startswith("websockets.client")]
    assert any(record.name.startswith(MODULE_NAME) for record in server_side)
    text = "\n".join(r.getMessage() for r in server_side) + repr(fresh) + repr(fresh.account(ALL))
    for secret in (ALL, "another-secret-token"):
        assert secret not in text


def test_a_reply_that_breaks_the_schema_is_a_simulator_bug(
    fresh: Any, open_client: Callable[[Any], Client]
) -> None:
    client = open_client(fresh)
    fresh.set_response("ping", {"ping": "ping?"})
    error = assert_error(client.ask({"ping": 1}), "SimulatorBug")
    assert "ping" in error["message"]
    fresh.set_response("ping", {"ping": "pong"})
    client.ok({"ping": 1})
    fresh.set_response("website_status", {"website_status": {"site_status": "sideways"}})
    assert_error(client.ask({"website_status": 1, "subscribe": 1}), "SimulatorBug")
    assert fresh.subscription_count == 0  # a broken first reply starts no stream
    fresh.clear_responses()
    canned = {"residence_list": [{"text": "Indonesia", "value": "id"}]}
    fresh.set_response("residence_list", canned)
    assert client.ok({"residence_list": 1})["residence_list"] == canned["residence_list"]


def test_the_packaged_spec_is_found_beside_the_module(tmp_path: Path) -> None:
    package = tmp_path / "sim_pkg_binary"
    (package / "testing").mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "testing" / "__init__.py").write_text("", encoding="utf-8")
    for relative, text in runtime_files(FLAVORS["binary"].runtime).items():
        (package / "_runtime" / relative).parent.mkdir(parents=True, exist_ok=True)
        (package / "_runtime" / relative).write_text(text, encoding="utf-8")
    (package / "testing" / "_spec.json").write_text(json.dumps(SPEC), encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("sim_pkg_binary._runtime.binary.simulator")
        with module.BinaryComSimulator(calls=TABLE) as instance:
            client = Client(instance.url)
            try:
                token = next(iter(module.DEFAULT_TOKENS))
                assert set(client.login(token)["authorize"]["scopes"]) == set(module.ALL_SCOPES)
                assert client.ok({"ping": 1})["ping"] == "pong"
            finally:
                client.close()
    finally:
        sys.path.remove(str(tmp_path))
        for name in [n for n in sys.modules if n.startswith("sim_pkg_binary")]:
            del sys.modules[name]


def test_the_market_helpers_refuse_unknown_accounts_and_bad_values(fresh: Any) -> None:
    with pytest.raises(KeyError):
        fresh.seed_balance("CR00000000", "5")
    with pytest.raises(ValueError, match="price"):
        fresh.set_price("R_100", "-1")
    with pytest.raises(ValueError, match="NOPE"):
        fresh.move_price("NOPE", "1")
    before = fresh.now()
    assert fresh.advance_time(60) >= before + 60
    assert fresh.spot("R_100") > 0


def test_unknown_scopes_in_the_token_table_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown scopes"):
        simulator.BinaryComSimulator(tokens={"t": ["read", "superuser"]}, spec=SPEC, calls=TABLE)


# --------------------------------------------------------------------------------------
# Generated requests
# --------------------------------------------------------------------------------------

_SYMBOLS = st.sampled_from(["R_100", "R_10", "frxEURUSD", "cryBTCUSD", "NOPE"])
_CURRENCIES = st.sampled_from(["USD", "EUR", "BTC", "JPY", "XYZ"])
# Refusals on the API's business rules, past the schema: an unknown symbol or currency,
# terms the market does not offer, a market closed for the weekend, a barrier of 0.
_ALLOWED_BUSINESS = {
    "InvalidSymbol",
    "InvalidCurrency",
    "ContractCreationFailure",
    "MarketIsClosed",
    "InputValidationFailed",
}


def _optional(**fields: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=fields)


def _enum(call: str, field: str) -> st.SearchStrategy[Any]:
    return st.sampled_from(CALLS[call]["send"]["properties"][field]["enum"])


def _requests() -> st.SearchStrategy[tuple[str, dict[str, Any]]]:
    """Requests across the ranges the send schemas allow (streams are tested above)."""
    epoch = st.integers(min_value=0, max_value=9_999_999_999)
    history = st.builds(
        lambda symbol, end, rest: {"ticks_history": symbol, "end": end, **rest},
        _SYMBOLS,
        st.one_of(st.just("latest"), epoch.map(str)),
        _optional(
            count=st.integers(min_value=1, max_value=6000),
            granularity=_enum("ticks_history", "granularity"),
            start=epoch,
            style=_enum("ticks_history", "style"),
            adjust_start_time=st.just(1),
        ),
    )
    proposal = st.builds(
        lambda kind, currency, symbol, rest: {
            "proposal": 1,
            "contract_type": kind,
            "currency": currency,
            "symbol": symbol,
            **rest,
        },
        _enum("proposal", "contract_type"),
        _CURRENCIES,
        _SYMBOLS,
        _optional(
            amount=st.floats(min_value=0, max_value=1e6, allow_nan=False),
            basis=_enum("proposal", "basis"),
            duration=st.integers(min_value=0, max_value=99_999_999),
            duration_unit=_enum("proposal", "duration_unit"),
            barrier=st.from_regex(r"\A[+-]?[0-9]{1,8}(\.[0-9]{0,4})?\Z"),
        ),
    )
    rates = st.builds(
        lambda base, rest: {"exchange_rates": 1, "base_currency": base, **rest},
        _CURRENCIES,
        _optional(target_currency=_CURRENCIES, include_spread=st.just(1)),
    )
    return st.one_of(
        history.map(lambda r: ("ticks_history", r)),
        proposal.map(lambda r: ("proposal", r)),
        rates.map(lambda r: ("exchange_rates", r)),
    )


_FUZZ_IDS = itertools.count(1_000_000)


@pytest.fixture(scope="module")
def fuzz_client(sim: Any) -> Iterator[Client]:
    client = Client(sim.url)
    yield client
    client.close()


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(_requests())
def test_generated_requests_get_valid_answers(
    fuzz_client: Client, case: tuple[str, dict[str, Any]]
) -> None:
    call, request = case
    assert not list(SEND[call].iter_errors(request)), request
    request = {**request, "req_id": next(_FUZZ_IDS)}
    reply = fuzz_client.ask(request)
    fuzz_client.inbox.clear()
    if "error" in reply:
        assert reply["error"]["code"] in _ALLOWED_BUSINESS, (request, reply)
        return
    assert_reply(call, request, reply)


def test_replies_go_unchecked_when_asked(open_client: Callable[[Any], Client]) -> None:
    with simulator.BinaryComSimulator(spec=SPEC, calls=TABLE, check_replies=False) as unchecked:
        client = open_client(unchecked)
        unchecked.set_response("ping", {"ping": "ping?"})
        assert client.ok({"ping": 1})["ping"] == "ping?"
        assert_error(client.ask({"ping": "yes"}), "InputValidationFailed")  # requests still are


def test_calls_come_from_the_clients_table_not_from_the_spec(
    open_client: Callable[[Any], Client],
) -> None:
    """A call the table leaves out is not served although the spec has it; login and scopes
    are the table's."""
    table = {name: entry for name, entry in TABLE.items() if name != "ping"}
    table["time"] = attrs.evolve(TABLE["time"], auth=True, scopes=frozenset({"admin"}))
    with simulator.BinaryComSimulator(tokens=TOKENS, spec=SPEC, calls=table) as instance:
        assert "ping" not in instance.calls
        client = open_client(instance)
        assert_error(client.ask({"ping": 1}), "UnrecognisedRequest")
        assert_error(client.ask({"time": 1}), "AuthorizationRequired")
        client.login(READ)
        assert_error(client.ask({"time": 1}), "PermissionDenied")


def test_in_place_the_call_table_must_be_given() -> None:
    with pytest.raises(RuntimeError, match="pass calls="):
        simulator.BinaryComSimulator(spec=SPEC)
    with pytest.raises(KeyError, match="no_such_call"):
        simulator.BinaryComSimulator(spec=SPEC, calls={**TABLE, "no_such_call": TABLE["ping"]})


def test_the_spec_default_decides_what_an_omitted_argument_means(
    open_client: Callable[[Any], Client],
) -> None:
    """The simulator reads defaults from the spec, so an upstream change of one is served."""
    default = CALLS["balance"]["send"]["properties"]["account"]["default"]
    changed = copy.deepcopy(CALLS)
    changed["balance"]["send"]["properties"]["account"]["default"] = "all"
    for calls, all_accounts in ((CALLS, default == "all"), (changed, True)):
        with simulator.BinaryComSimulator(
            tokens=TOKENS, spec={"calls": calls}, calls=TABLE
        ) as instance:
            client = open_client(instance)
            client.login(ALL)
            assert ("accounts" in client.ok({"balance": 1})["balance"]) is all_accounts
