"""Templates format values computed before rendering: the render context carries plans (per
model its attributes, secret flags, extras annotation; per request model and route its
checks; group docstrings), not lambdas that decide while a template runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.flavors import FLAVORS
from generator.loaders.calls import load_calls
from generator.loaders.openapi import OpenApiLoader, load_yaml
from generator.render import plans
from generator.render.renderer import Renderer

HERE = Path(__file__).parent
# Templates call nothing: decoder names and call entries' decoders come as values.
ALLOWED_CALLABLES: frozenset[str] = frozenset()


def _websocket() -> Renderer:
    api, document = load_calls(HERE / "golden" / "websocket-calls" / "calls")
    return Renderer(api, document, "calls")


def _rest() -> Renderer:
    document = load_yaml(HERE / "openapi_specs" / "petstore30.yaml")
    return Renderer(OpenApiLoader(document).load(), document, "petstore30.yaml")


def _contexts(renderer: Renderer) -> list[dict[str, Any]]:
    return [renderer._context()] + [renderer._unit_context(u) for u in renderer.layout.units]


@pytest.mark.parametrize("make", [_websocket, _rest], ids=["websocket", "rest"])
def test_templates_get_values_not_lambdas(make: Any) -> None:
    renderer = make()
    for context in _contexts(renderer):
        callables = {key for key, value in context.items() if callable(value)}
        assert callables <= ALLOWED_CALLABLES, sorted(callables - ALLOWED_CALLABLES)
    unit_context = renderer._unit_context(renderer.layout.units[0])
    assert all(isinstance(plan, plans.ModelPlan) for plan in unit_context["model_plans"])


@pytest.mark.parametrize("make", [_websocket, _rest], ids=["websocket", "rest"])
def test_rendering_leaves_the_codec_writers_as_they_were(make: Any) -> None:
    """Every decoder the call entries name is written before any template renders, so the
    decoder modules may render in any order."""
    renderer = make()
    before = {path: writer.module_body() for path, writer in renderer.codecs.items()}
    files = renderer.render()
    assert {path: writer.module_body() for path, writer in renderer.codecs.items()} == before
    entries = [op.operation_id for unit in renderer.layout.units for op in unit.operations]
    decoders = {
        op_id: plan for by_op in renderer.entry_decoders.values() for op_id, plan in by_op.items()
    }
    assert sorted(decoders) == sorted(entries)
    named = [plan.response for plan in decoders.values() if plan.response != "None"]
    assert named
    text = "\n".join(files.values())
    assert all(name.rpartition(".")[2] in text for name in named)


def _field(wire_name: str, **extra: Any) -> ir.Field:
    return ir.Field(wire_name, wire_name, ir.ScalarType(ir.ScalarKind.STR), False, **extra)


def test_the_model_plan_says_which_attributes_stay_out_of_reprs() -> None:
    renderer = _websocket()
    assert renderer.flavor is FLAVORS["binary"]
    model = ir.Model(
        "Answer",
        (
            _field("api_token"),
            _field("email", sensitive=True),
            _field("echo_req"),
            _field("note", doc="Free text."),
        ),
        extras=ir.ScalarType(ir.ScalarKind.INT),
    )
    plan = plans.model_plan(model, renderer.is_secret)
    assert [(a.name, a.secret) for a in plan.attributes] == [
        ("api_token", True),
        ("email", True),
        ("echo_req", True),
        ("note", False),
    ]
    assert plan.attributes[3] == plans.AttributePlan(
        "note", "str | None", "None", "Free text.", False
    )
    assert plan.doc == "Answer."
    assert plan.extras == "int"
    closed = ir.Model(model.name, model.fields, extras=None, doc="Closed.")
    assert plans.model_plan(closed, renderer.is_secret).extras is None
    assert plans.model_plan(closed, renderer.is_secret).doc == "Closed."


def test_echo_req_is_private_only_where_the_flavor_says_so() -> None:
    assert not _rest().is_secret(_field("echo_req"))
    assert _rest().is_secret(_field("password"))


def test_request_model_checks_are_computed_before_rendering() -> None:
    model = ir.Model(
        "Order",
        (
            ir.Field("size", "size", ir.ScalarType(ir.ScalarKind.INT), True),
            ir.Field("side", "side", ir.LiteralType(("buy", "sell")), False),
        ),
    )
    checks = plans.request_model_checks(model, {})
    assert checks == plans.RequestModelChecks(
        "Order",
        (
            plans.CheckedValue("size", "size", True, "v.Int()"),
            plans.CheckedValue("side", "side", False, "v.OneOf(('buy', 'sell', ))"),
        ),
    )


def test_route_params_carry_their_checks() -> None:
    renderer = _rest()
    seen = 0
    for unit in renderer.layout.units:
        route_params = renderer._unit_context(unit)["route_params"]
        for op in unit.operations:
            checked = route_params[op.operation_id]
            assert [c.param for c in checked] == list(op.params)
            assert all(c.check == renderer.check_expr(c.param.type) for c in checked)
            seen += len(checked)
    assert seen


@pytest.mark.parametrize(
    ("item", "typed"),
    [
        (ir.ModelType("Fill"), True),
        (ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^a")), True),
        (ir.ANY, False),
    ],
)
def test_a_paged_methods_plan_says_whether_its_items_are_cast(
    item: ir.TypeRef, typed: bool
) -> None:
    op = ir.Operation(
        "listFills",
        "trade",
        "list_fills",
        "Fills.",
        ir.HttpRoute("GET", "/fills"),
        (),
        ir.ListType(item),
        ir.Auth("signed"),
        True,
        paging=ir.CursorPaging("after", "before", "limit", 100, "", ""),
    )
    assert plans.method_plan(op).typed_items is typed
