"""Every call of the spec through the generated client against the simulator.

Parametrized from specs/binary-com/: a call added there is tested here without new test code.
Argument values come from the simulator's schema-driven example requests, turned into what
the method takes by the IR types of its parameters (objects become model instances); a few
calls need state first (a proposal to buy, a contract to sell) or a known token or symbol.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from binary_com_api import (
    ApiError,
    BinaryComClient,
    InputValidationFailed,
    Subscription,
    structure,
    unstructure,
)
from binary_com_api.testing import BinaryComSimulator

from generator import ir
from generator.importers.binary_com import upstream_calls
from generator.loaders.calls import STREAM_FOLLOW_UPS
from tests.binary_com.conftest import ALL_TOKEN, API, CALLS, arguments, conforms

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference" / "binary-com-v3"
OPERATIONS = list(API.operations)
PLAIN = [op for op in OPERATIONS if hasattr(BinaryComClient, op.name)]
STREAMS = [op for op in OPERATIONS if op.streams]
# Streams the simulator feeds only when something happens (a trade, a new balance).
EVENT_DRIVEN = frozenset({"balance", "transaction"})


def _proposal_id(client: BinaryComClient) -> str:
    answer = client.proposal(
        contract_type="CALL",
        currency="USD",
        symbol="R_50",
        amount=10,
        basis="stake",
        duration=5,
        duration_unit="m",
    )
    assert answer.proposal is not None
    return answer.proposal.id


def _contract_id(client: BinaryComClient) -> int:
    bought = client.buy(_proposal_id(client), price=100)
    assert bought.buy is not None
    return bought.buy.contract_id


def _started_contract_id(client: BinaryComClient, sim: BinaryComSimulator) -> int:
    """A contract past its entry tick, so it can be sold."""
    contract_id = _contract_id(client)
    sim.advance_time(4)
    return contract_id


# Values a call needs to succeed that a schema example cannot know.
STATE: dict[str, Callable[[BinaryComClient, BinaryComSimulator], dict[str, Any]]] = {
    "authorize": lambda client, sim: {"authorize": ALL_TOKEN},
    "buy": lambda client, sim: {"buy": _proposal_id(client), "price": 100},
    "sell": lambda client, sim: {"sell": _started_contract_id(client, sim), "price": 0},
    "ticks": lambda client, sim: {"ticks": "R_50"},
    "ticks_history": lambda client, sim: {"ticks_history": "R_50", "end": "latest", "count": 10},
    "proposal": lambda client, sim: {
        "symbol": "R_50",
        "currency": "USD",
        "contract_type": "CALL",
        "duration": 5,
        "duration_unit": "m",
    },
    "exchange_rates": lambda client, sim: {"base_currency": "USD", "target_currency": "EUR"},
    "forget_all": lambda client, sim: {"forget_all": "ticks"},
    # Without an id it streams every open contract of the account, one stream each.
    "proposal_open_contract": lambda client, sim: {"contract_id": _contract_id(client)},
}


def request_for(
    op: ir.Operation, sim: BinaryComSimulator, client: BinaryComClient, *, everything: bool
) -> dict[str, Any]:
    request = sim.example_request(op.name, minimal=not everything)
    if everything and op.name == "ticks_history":
        request.pop("style", None)  # candles want a granularity the example does not pick
    state = STATE.get(op.name)
    if state is not None:
        request.update(state(client, sim))
    return request


def call(
    client: BinaryComClient, op: ir.Operation, request: dict[str, Any], *, stream: bool = False
) -> Any:
    positional, keywords = arguments(op, request)
    method = getattr(client, ("subscribe_" if stream else "") + op.name)
    return method(*positional, **keywords)


def sent_for(sim: BinaryComSimulator, op: ir.Operation) -> dict[str, Any]:
    """The last request of this call the simulator received."""
    found = [request for request in sim.received if op.name in request]
    assert found, f"the simulator never received {op.name}"
    return found[-1]


def test_the_spec_has_every_call_of_the_reference() -> None:
    """Names, streams and authorization as the upstream reference in use says."""
    if not REFERENCE.is_dir():
        pytest.skip(f"upstream reference folder not present at {REFERENCE}")
    upstream = {}
    for name in upstream_calls(REFERENCE):
        upstream[name] = json.loads((REFERENCE / name / "send.json").read_text(encoding="utf-8"))
    assert {op.name for op in OPERATIONS} == set(upstream)
    assert {op.name for op in STREAMS} == {
        name for name, send in upstream.items() if "subscribe" in send.get("properties", {})
    }
    assert {op.name for op in OPERATIONS if op.auth.kind == "token"} == {
        name for name, send in upstream.items() if send.get("auth_required")
    }


def test_every_call_has_a_method_and_every_stream_a_subscribe_method() -> None:
    for op in OPERATIONS:
        assert hasattr(BinaryComClient, op.name) or op.streams, op.name
        assert hasattr(BinaryComClient, f"subscribe_{op.name}") == op.streams, op.name
    stream_only = [op.name for op in OPERATIONS if not hasattr(BinaryComClient, op.name)]
    assert stream_only == ["transaction"]


@pytest.mark.parametrize("op", PLAIN, ids=[op.name for op in PLAIN])
def test_call_with_required_arguments(
    op: ir.Operation, authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    request = request_for(op, sim, authorized, everything=False)
    sim.clear()
    result = call(authorized, op, request)
    assert conforms(result, op.response), f"{op.name} returned {result!r}"
    assert result.msg_type in structure_msg_types(op)
    sent = sent_for(sim, op)
    assert isinstance(sent["req_id"], int)
    assert "subscribe" not in sent
    for key, value in request.items():
        assert sent[key] == value, f"{op.name}: {key} reached the wire as {sent.get(key)!r}"
    # Decoding and encoding again gives the same object back.
    assert structure(unstructure(result), type(result)) == result


@pytest.mark.parametrize(
    "op",
    [op for op in PLAIN if any(not param.required for param in op.params)],
    ids=lambda op: op.name,
)
def test_every_given_argument_reaches_the_wire(
    op: ir.Operation, authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    request = request_for(op, sim, authorized, everything=True)
    sim.clear()
    try:
        result = call(authorized, op, request)
    except InputValidationFailed:
        raise
    except ApiError:
        pass  # refused on business grounds: the request still went out whole
    else:
        assert conforms(result, op.response)
    sent = sent_for(sim, op)
    for param in op.params:
        if param.wire_name in request:
            assert param.wire_name in sent, f"{param.wire_name} was not sent"


@pytest.mark.parametrize("op", STREAMS, ids=[op.name for op in STREAMS])
def test_every_stream_delivers_typed_messages_until_forgotten(
    op: ir.Operation, authorized: BinaryComClient, sim: BinaryComSimulator
) -> None:
    request = request_for(op, sim, authorized, everything=False)
    before = sim.subscription_count
    subscription = call(authorized, op, request, stream=True)
    assert isinstance(subscription, Subscription)
    with subscription:
        first = next(subscription)
        assert conforms(first, op.response), f"{op.name} streamed {first!r}"
        assert first.subscription is not None
        assert sent_for(sim, op)["subscribe"] == 1
        assert sim.subscription_count == before + 1
        if op.name not in EVENT_DRIVEN:
            update = subscription.get(timeout=3.0)
            assert update is not None
            follow_ups = [CALLS[name].response for name in STREAM_FOLLOW_UPS.get(op.name, ())]
            assert any(conforms(update, kind) for kind in [op.response, *follow_ups]), update
    assert not subscription.active
    assert list(subscription) == []
    _wait_for(lambda: sim.subscription_count == before)


def structure_msg_types(op: ir.Operation) -> tuple[Any, ...]:
    assert isinstance(op.response, ir.ModelType)
    for field in API.model(op.response.name).fields:
        if field.wire_name == "msg_type" and isinstance(field.type, ir.LiteralType):
            return field.type.values
    raise AssertionError(f"{op.name}: no msg_type")


def _wait_for(condition: Callable[[], bool], timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.01)
