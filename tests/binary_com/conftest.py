"""Fixtures of the client tests. The generated package is imported only when a fixture or
helper runs, so the simulator's and the importer's tests here never depend on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from generator import ir
from generator.loaders.calls import load_calls

if TYPE_CHECKING:
    from binary_com_api import BinaryComClient
    from binary_com_api.testing import BinaryComSimulator

SPECS = Path(__file__).resolve().parents[2] / "specs" / "binary-com"
API, DOCUMENT = load_calls(SPECS)
CALLS = {op.name: op for op in API.operations}

ALL_SCOPES = ("read", "trade", "trading_information", "payments", "admin")
ALL_TOKEN = "tok-all-scopes-5a1f"
READ_TOKEN = "tok-read-only-93be"
# One token per scope, so a test can pick a token that lacks what a call needs.
SCOPE_TOKENS = {scope: f"tok-only-{scope}" for scope in ALL_SCOPES}
TOKENS: dict[str, tuple[str, ...]] = {
    ALL_TOKEN: ALL_SCOPES,
    READ_TOKEN: ("read",),
    **{token: (scope,) for scope, token in SCOPE_TOKENS.items()},
}


@pytest.fixture(scope="module")
def sim() -> Iterator[BinaryComSimulator]:
    from binary_com_api.testing import BinaryComSimulator

    with BinaryComSimulator(tokens=TOKENS, stream_interval=0.02) as simulator:
        yield simulator


@pytest.fixture(autouse=True)
def _clean_simulator(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sim" in request.fixturenames:
        simulator: BinaryComSimulator = request.getfixturevalue("sim")
        simulator.clear_faults()
        simulator.clear_responses()
        simulator.clear()


@pytest.fixture()
def client(sim: BinaryComSimulator) -> Iterator[BinaryComClient]:
    from binary_com_api import BinaryComClient

    with BinaryComClient(1089, endpoint=sim.url, keepalive=None, timeout=5.0) as instance:
        yield instance


@pytest.fixture()
def authorized(client: BinaryComClient) -> BinaryComClient:
    client.authorize(ALL_TOKEN)
    return client


def typed(type_ref: ir.TypeRef, value: Any) -> Any:
    """A JSON value as the client method takes it: objects become model instances."""
    if isinstance(type_ref, ir.NullableType):
        return None if value is None else typed(type_ref.inner, value)
    if isinstance(type_ref, ir.ModelType):
        from binary_com_api import models, structure

        return structure(value, getattr(models, type_ref.name))
    if isinstance(type_ref, ir.ListType):
        return [typed(type_ref.item, item) for item in value]
    if isinstance(type_ref, ir.MapType):
        return {key: typed(type_ref.value, item) for key, item in value.items()}
    if isinstance(type_ref, ir.UnionType):
        for option in type_ref.options:
            if accepts(option, value):
                return typed(option, value)
        raise AssertionError(f"no option of {type_ref} accepts {value!r}")
    return value


def accepts(type_ref: ir.TypeRef, value: Any) -> bool:
    """Whether a JSON value has the shape of this type (enough to pick a union option)."""
    if isinstance(type_ref, ir.NullableType):
        return value is None or accepts(type_ref.inner, value)
    if isinstance(type_ref, ir.ModelType | ir.MapType):
        return isinstance(value, dict)
    if isinstance(type_ref, ir.ListType):
        return isinstance(value, list)
    if isinstance(type_ref, ir.UnionType):
        return any(accepts(option, value) for option in type_ref.options)
    if isinstance(type_ref, ir.LiteralType):
        return any(value == v and type(value) is type(v) for v in type_ref.values)
    expected = {
        ir.ScalarKind.STR: (str,),
        ir.ScalarKind.INT: (int,),
        ir.ScalarKind.FLOAT: (int, float),
        ir.ScalarKind.BOOL: (bool,),
        ir.ScalarKind.NONE: (type(None),),
        ir.ScalarKind.ANY: (object,),
    }.get(type_ref.kind, (object,))
    if type_ref.kind in (ir.ScalarKind.INT, ir.ScalarKind.FLOAT) and isinstance(value, bool):
        return False
    return isinstance(value, expected)


def conforms(value: Any, type_ref: ir.TypeRef | None) -> bool:
    """Whether a decoded result has the type the spec declares."""
    if type_ref is None or type_ref == ir.ANY:
        return True
    if isinstance(type_ref, ir.ModelType):
        from binary_com_api import models

        return isinstance(value, getattr(models, type_ref.name))
    return accepts(type_ref, value)


def arguments(op: ir.Operation, request: dict[str, Any]) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments of a method for the values of a request object."""
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for param in op.params:
        if param.constant or param.wire_name not in request:
            continue
        value = typed(param.type, request[param.wire_name])
        if param.wire_name == op.name and param.required:
            positional.append(value)
        else:
            keywords[param.name] = value
    return positional, keywords
