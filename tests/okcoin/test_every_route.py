"""Every route of the spec, called through the generated client against the simulator.

Parametrized from the spec itself: a route added to specs/okcoin-v3.yaml is tested here
without new test code. Each route is called twice: with its required arguments only (it must
succeed and decode to the declared type) and with every argument (each must reach the wire).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import okcoin_v3_api
import pytest
from okcoin_v3_api import OkcoinClient, OkcoinError, Page, models
from okcoin_v3_api.testing import OkcoinSimulator

from generator import ir
from generator.importers.okcoin_routes import DEFAULT_ROUTES_TSV as ROUTES_TSV
from generator.importers.okcoin_routes import read_routes
from generator.loaders.openapi import load_openapi
from tests.okcoin.conftest import call

SPEC = Path(__file__).resolve().parents[2] / "specs" / "okcoin-v3.yaml"
API = load_openapi(SPEC)
OPERATIONS = [op for op in API.operations if not op.browser_redirect]

_BY_NAME: dict[str, Any] = {
    "instrument_id": "BTC-USD",
    "currency": "BTC",
    "ccy": "BTC",
    "client_oid": "route1",
    "start": "2024-01-02T03:04:05.000Z",
    "end": "2024-01-03T03:04:05.000Z",
}
# Optional in the schema, but needed in combination (a limit order needs a price and a size).
_CONDITIONAL = frozenset(
    {"price", "size", "order_id", "order_ids", "new_price", "trigger_price", "algo_price"}
)


def example(type_ref: ir.TypeRef, name: str, order_id: str) -> Any:
    """A valid argument value of this type, chosen so stateful routes find what they need."""
    if name in ("order_id", "order_id_or_client_oid"):
        return order_id
    if isinstance(type_ref, ir.NullableType):
        return example(type_ref.inner, name, order_id)
    if isinstance(type_ref, ir.LiteralType):
        return type_ref.values[0]
    if isinstance(type_ref, ir.ScalarType):
        constraints = type_ref.constraints
        if type_ref.kind is ir.ScalarKind.STR:
            return _BY_NAME.get(name, "abc1" if constraints.pattern else "1")
        if type_ref.kind is ir.ScalarKind.DECIMAL:
            return Decimal("1")
        if type_ref.kind in (ir.ScalarKind.INT, ir.ScalarKind.FLOAT):
            return max(1, int(constraints.minimum or 1))
        if type_ref.kind is ir.ScalarKind.BOOL:
            return True
        return "1"
    if isinstance(type_ref, ir.ListType):
        return [example(type_ref.item, name, order_id)]
    if isinstance(type_ref, ir.TupleType):
        return tuple(example(item, name, order_id) for item in type_ref.items)
    if isinstance(type_ref, ir.MapType):
        return {}
    if isinstance(type_ref, ir.UnionType):
        return example(type_ref.options[0], name, order_id)
    model = API.model(type_ref.name)
    cls = getattr(models, type_ref.name)
    return cls(
        **{
            field.name: example(field.type, field.wire_name, order_id)
            for field in model.fields
            if field.required or field.wire_name in _CONDITIONAL
        }
    )


def conforms(value: Any, type_ref: ir.TypeRef | None) -> bool:
    """Whether a decoded result has the type the spec declares."""
    if type_ref is None or type_ref == ir.ANY:
        return True
    if isinstance(type_ref, ir.NullableType):
        return value is None or conforms(value, type_ref.inner)
    if isinstance(type_ref, ir.ModelType):
        return isinstance(value, getattr(models, type_ref.name))
    if isinstance(type_ref, ir.ListType):
        return isinstance(value, list) and all(conforms(item, type_ref.item) for item in value)
    if isinstance(type_ref, ir.TupleType):
        return (
            isinstance(value, tuple)
            and len(value) == len(type_ref.items)
            and all(conforms(item, kind) for item, kind in zip(value, type_ref.items, strict=True))
        )
    if isinstance(type_ref, ir.MapType):
        return isinstance(value, dict) and all(conforms(v, type_ref.value) for v in value.values())
    if isinstance(type_ref, ir.UnionType):
        return any(conforms(value, option) for option in type_ref.options)
    if isinstance(type_ref, ir.LiteralType):
        return value in type_ref.values
    expected = {
        ir.ScalarKind.STR: str,
        ir.ScalarKind.INT: int,
        ir.ScalarKind.FLOAT: (int, float),
        ir.ScalarKind.BOOL: bool,
        ir.ScalarKind.DECIMAL: Decimal,
        ir.ScalarKind.NONE: type(None),
    }[type_ref.kind]
    return isinstance(value, expected)


def place_order(client: OkcoinClient) -> str:
    result = client.spot.place_order(
        instrument_id="BTC-USD", side="buy", type="limit", price=Decimal("100"), size=Decimal("1")
    )
    return result.order_id


# Values the exchange needs to carry a route out (first enum values name a sub-account, a fee
# of 1 BTC is above the allowed range).
_OVERRIDES: dict[str, dict[str, Any]] = {
    "account_transfer": {"from_": "1", "to": "6"},
    "account_withdraw": {
        "fee": Decimal("0.0005"),
        "to_address": "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
    },
}


def arguments(op: ir.Operation, order_id: str, *, everything: bool) -> dict[str, Any]:
    values = {
        param.name: example(param.type, param.wire_name, order_id)
        for param in op.params
        if not param.constant and (param.required or everything or param.wire_name in _CONDITIONAL)
    }
    return values | _OVERRIDES.get(op.operation_id, {})


def test_the_spec_has_every_route_of_the_reference() -> None:
    if not ROUTES_TSV.is_file():
        pytest.skip(f"upstream route table not present at {ROUTES_TSV}")
    routes = {(route.method, route.path) for route in read_routes(ROUTES_TSV)}
    assert {
        (op.transport.method, op.transport.path)
        for op in API.operations
        if isinstance(op.transport, ir.HttpRoute)
    } == routes
    assert len(API.operations) == len(routes)


@pytest.mark.parametrize("op", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
def test_route_with_required_arguments(
    op: ir.Operation, client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    order_id = place_order(client)
    sim.set_balance("BTC", "5", account="funding")  # for withdrawals
    sim.clear_requests()
    result = call(client, f"{op.group}.{op.name}", **arguments(op, order_id, everything=False))
    (request,) = sim.requests
    assert request.operation_id == op.operation_id
    if op.paging is not None:
        assert isinstance(result, Page)
        result = result.items
    assert conforms(result, op.response), f"{op.operation_id} returned {result!r}"


@pytest.mark.parametrize(
    "op",
    [op for op in OPERATIONS if any(not p.required for p in op.params)],
    ids=lambda op: op.operation_id,
)
def test_every_given_argument_reaches_the_wire(
    op: ir.Operation, client: OkcoinClient, sim: OkcoinSimulator
) -> None:
    order_id = place_order(client)
    sim.clear_requests()
    args = arguments(op, order_id, everything=True)
    try:
        call(client, f"{op.group}.{op.name}", **args)
    except OkcoinError as error:
        # Some combinations are refused on business grounds; the request still went out whole.
        assert not error.code.startswith("3002"), error
    (request,) = sim.requests
    sent = (
        set(request.query) | set(request.json() or {})
        if op.transport.body_kind != "json-array"
        else set(request.json()[0])
    )
    for param in op.params:
        if param.constant:
            assert request.json()[param.wire_name] == param.type.values[0]  # type: ignore[union-attr]
        elif param.location == "path":
            assert str(args[param.name]) in request.path
        elif op.transport.body_kind == "json-array":
            continue
        else:
            assert param.wire_name in sent, f"{param.wire_name} was not sent"


def test_client_version_is_exposed() -> None:
    assert okcoin_v3_api.__version__
