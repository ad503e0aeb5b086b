"""The JSON Schema converter maps every shape our specs contain to the right IR type."""

from __future__ import annotations

from typing import Any

import pytest

from generator import ir
from generator.schema import SchemaConverter, SchemaError

STR = ir.ScalarType(ir.ScalarKind.STR)
INT = ir.ScalarType(ir.ScalarKind.INT)
NUM = ir.ScalarType(ir.ScalarKind.FLOAT)


def convert(
    schema: dict[str, Any], direction: Any = "response"
) -> tuple[ir.TypeRef, SchemaConverter]:
    converter = SchemaConverter()
    return converter.convert(schema, "Root", direction), converter


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        ({"type": "string"}, STR),
        ({"type": ["string", "null"]}, ir.NullableType(STR)),
        ({"type": ["null", "number"]}, ir.NullableType(NUM)),
        ({"type": ["integer", "string"]}, ir.UnionType((INT, STR))),
        ({"type": "integer", "enum": [0, 1]}, ir.LiteralType((0, 1))),
        ({"enum": ["a", None]}, ir.NullableType(ir.LiteralType(("a",)))),
        ({"const": "authorization_code"}, ir.LiteralType(("authorization_code",))),
        ({"type": "string", "format": "decimal"}, ir.ScalarType(ir.ScalarKind.DECIMAL)),
        ({}, ir.ANY),
        ({"type": "object"}, ir.MapType(ir.ANY)),
        ({"type": "array", "items": {"type": "integer"}}, ir.ListType(INT)),
        ({"type": "object", "additionalProperties": {"type": "string"}}, ir.MapType(STR)),
        (
            {
                "type": "object",
                "additionalProperties": False,
                "patternProperties": {"^[A-Z]+$": {"type": "integer"}},
            },
            ir.MapType(INT),
        ),
        # Keys outside the pattern may hold anything, so values are typed where they can be.
        (
            {"type": "object", "patternProperties": {"^[A-Z]+$": {"type": "integer"}}},
            ir.MapType(ir.UnionType((INT, ir.ANY))),
        ),
        ({"oneOf": [{"type": "integer"}, {"type": "null"}]}, ir.NullableType(INT)),
        ({"anyOf": [{"type": "string"}, {"type": "string"}]}, STR),
    ],
)
def test_scalar_and_container_shapes(schema: dict[str, Any], expected: ir.TypeRef) -> None:
    assert convert(schema)[0] == expected


def test_constraints_are_kept() -> None:
    result, _ = convert({"type": "string", "pattern": "^a$", "minLength": 1, "maxLength": 3})
    assert isinstance(result, ir.ScalarType)
    assert result.constraints == ir.Constraints(pattern="^a$", min_length=1, max_length=3)


def test_inline_objects_get_stable_names_from_where_they_sit() -> None:
    schema = {
        "type": "object",
        "required": ["candles"],
        "properties": {
            "candles": {
                "type": "array",
                "items": {"type": "object", "properties": {"open": {"type": "number"}}},
            },
            "from": {"type": "string"},
        },
    }
    result, converter = convert(schema)
    assert result == ir.ModelType("Root")
    models = {model.name: model for model in converter.models()}
    assert set(models) == {"Root", "RootCandlesItem"}
    root = models["Root"]
    assert [(f.name, f.wire_name, f.required) for f in root.fields] == [
        ("candles", "candles", True),
        ("from_", "from", False),
    ]
    assert root.fields[0].type == ir.ListType(ir.ModelType("RootCandlesItem"))


def test_name_collisions_get_a_counter() -> None:
    converter = SchemaConverter()
    obj = {"type": "object", "properties": {"a": {"type": "string"}}}
    first = converter.convert(obj, "Thing", "response")
    second = converter.convert(obj, "Thing", "response")
    assert (first, second) == (ir.ModelType("Thing"), ir.ModelType("Thing2"))


def test_nested_nine_levels_deep() -> None:
    schema: dict[str, Any] = {"type": "string"}
    for level in range(9):
        schema = {"type": "object", "properties": {f"level{level}": schema}}
    _, converter = convert(schema)
    assert len(converter.models()) == 9


def test_refs_are_resolved_once_and_may_recurse() -> None:
    components = {
        "Node": {
            "type": "object",
            "properties": {
                "value": {"type": "integer"},
                "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            },
        }
    }

    def resolve(ref: str) -> tuple[str, dict[str, Any]]:
        name = ref.rsplit("/", 1)[-1]
        return name, components[name]

    converter = SchemaConverter(resolve)
    assert converter.convert({"$ref": "#/components/schemas/Node"}, "X", "response") == (
        ir.ModelType("Node")
    )
    (node,) = converter.models()
    assert node.fields[1].type == ir.ListType(ir.ModelType("Node"))


def test_closed_request_objects_refuse_extras_but_responses_keep_them() -> None:
    schema = {"type": "object", "additionalProperties": False, "properties": {"a": {}}}
    _, request = convert(schema, "request")
    _, response = convert(schema, "response")
    assert request.models()[0].extras is None
    assert response.models()[0].extras == ir.ANY


def test_all_of_merges_properties_and_required() -> None:
    schema = {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
            {"properties": {"b": {"type": "integer"}}},
        ]
    }
    _, converter = convert(schema)
    (model,) = converter.models()
    assert [(f.name, f.required) for f in model.fields] == [("a", True), ("b", False)]


DEC = ir.ScalarType(ir.ScalarKind.DECIMAL)


@pytest.mark.parametrize(
    "schema",
    [
        {
            "type": "array",
            "prefixItems": [{"format": "decimal", "type": "string"}, {}],
            "minItems": 2,
            "maxItems": 2,
        },
        {
            "prefixItems": [{"type": "string", "format": "decimal"}, {}],
            "minItems": 2,
            "items": False,
        },
    ],
)
def test_closed_prefix_items_become_a_tuple(schema: dict[str, Any]) -> None:
    assert convert(schema)[0] == ir.TupleType((DEC, ir.ANY))


INT = ir.ScalarType(ir.ScalarKind.INT)
STR = ir.ScalarType(ir.ScalarKind.STR)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        # An optional trailing position: one tuple per allowed length.
        (
            {"type": "array", "prefixItems": [{}, {}], "minItems": 1, "maxItems": 2},
            ir.UnionType((ir.TupleType((ir.ANY,)), ir.TupleType((ir.ANY, ir.ANY)))),
        ),
        # No minItems: the empty array too; `items: false` closes it.
        (
            {"prefixItems": [{"type": "integer"}], "items": False},
            ir.UnionType((ir.TupleType(()), ir.TupleType((INT,)))),
        ),
        # Positions beyond prefixItems follow `items`, up to maxItems.
        (
            {
                "prefixItems": [{"type": "integer"}],
                "items": {"type": "string"},
                "minItems": 1,
                "maxItems": 3,
            },
            ir.UnionType(
                (ir.TupleType((INT,)), ir.TupleType((INT, STR)), ir.TupleType((INT, STR, STR)))
            ),
        ),
        # maxItems below the listed positions cuts them.
        (
            {
                "prefixItems": [{"type": "integer"}, {"type": "string"}],
                "minItems": 1,
                "maxItems": 1,
            },
            ir.TupleType((INT,)),
        ),
    ],
)
def test_optional_positions_become_one_tuple_per_length(
    schema: dict[str, Any], expected: ir.TypeRef
) -> None:
    assert convert(schema)[0] == expected


def test_the_positions_after_prefix_items_share_one_type() -> None:
    """An inline object under `items` is one model, however many positions it may fill."""
    schema = {
        "prefixItems": [{"type": "integer"}],
        "items": {"type": "object", "properties": {"note": {"type": "string"}}},
        "minItems": 2,
        "maxItems": 3,
    }
    converted, converter = convert(schema)
    rest = ir.ModelType("RootItem")
    assert converted == ir.UnionType((ir.TupleType((INT, rest)), ir.TupleType((INT, rest, rest))))
    assert [model.name for model in converter.models()] == ["RootItem"]


@pytest.mark.parametrize(
    ("schema", "reason"),
    [
        # more items may follow, without bound: no Python 3.10 type
        ({"type": "array", "prefixItems": [{}, {}], "minItems": 2}, "no Python 3.10 type"),
        ({"prefixItems": [{}], "items": {"type": "string"}}, "give maxItems, or items: false"),
        ({"type": "array", "prefixItems": [], "minItems": 0, "maxItems": 0}, "at least one"),
        ({"prefixItems": [{}, {}], "minItems": 3, "items": False}, "no array fits"),
        ({"prefixItems": [{}], "maxItems": 9}, "allows 10 lengths (0 to 9)"),
    ],
)
def test_untypable_prefix_items_are_refused_saying_why(schema: dict[str, Any], reason: str) -> None:
    with pytest.raises(SchemaError, match="Root: prefixItems") as raised:
        convert(schema)
    assert reason in str(raised.value)


def _order(*parts: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {name: {"type": "string"} for name in ("type", "side", "price", "size")},
        **({"allOf": list(parts)} if parts else {}),
        **extra,
    }


def test_if_then_required_rules_are_kept_on_request_models() -> None:
    limit = {
        "if": {"properties": {"type": {"enum": ["limit", "stop"]}}},
        "then": {"required": ["price"]},
    }
    market = {
        "description": "market sells need a size",
        "if": {"required": ["type", "side"], "properties": {"type": {"const": "market"}}},
        "then": {"required": ["size"]},
    }
    root, converter = convert(_order(limit, market), "request")
    assert root == ir.ModelType("Root")
    assert [field.name for field in converter.model("Root").fields] == [
        "type",
        "side",
        "price",
        "size",
    ]
    assert converter.model("Root").rules == (
        ir.RequiredRule((ir.FieldTest("type", ("limit", "stop"), absent_passes=True),), ("price",)),
        ir.RequiredRule((ir.FieldTest("type", ("market",)), ir.FieldTest("side")), ("size",)),
    )
    # Responses are judged by the decoder's types only.
    _, responses = convert(_order(limit, market))
    assert responses.model("Root").rules == ()


def test_dependent_required_and_rules_inside_merged_all_of_parts() -> None:
    schema = {
        "allOf": [
            {"type": "object", "properties": {"a": {"type": "string"}}},
            {
                "properties": {"b": {"type": "string"}},
                "if": {"properties": {"a": {"const": "x"}}},
                "then": {"required": ["b"]},
            },
        ],
        "dependentRequired": {"b": ["a"]},
    }
    _, converter = convert(schema, "request")
    assert [field.name for field in converter.model("Root").fields] == ["a", "b"]
    assert converter.model("Root").rules == (
        ir.RequiredRule((ir.FieldTest("b"),), ("a",)),
        ir.RequiredRule((ir.FieldTest("a", ("x",), absent_passes=True),), ("b",)),
    )


@pytest.mark.parametrize(
    "part",
    [
        # an else branch, a then that constrains values, an if on something else than values
        {
            "if": {"properties": {"type": {"const": "a"}}},
            "then": {"required": ["price"]},
            "else": {"required": ["size"]},
        },
        {
            "if": {"properties": {"type": {"const": "a"}}},
            "then": {"properties": {"price": {"pattern": "^1"}}},
        },
        {"if": {"properties": {"type": {"pattern": "^a"}}}, "then": {"required": ["price"]}},
        {"if": {"not": {"required": ["type"]}}, "then": {"required": ["price"]}},
    ],
)
def test_conditions_other_than_required_keys_are_left_to_the_server(part: dict[str, Any]) -> None:
    _, converter = convert(_order(part), "request")
    assert converter.model("Root").rules == ()


def test_any_of_single_required_keys_means_at_least_one() -> None:
    one_of = {"anyOf": [{"required": ["price"]}, {"required": ["size"]}]}
    root, converter = convert(_order(one_of), "request")
    assert root == ir.ModelType("Root")
    assert converter.model("Root").rules == (
        ir.RequiredRule((), ("price", "size"), at_least_one=True),
    )


def test_a_nullable_object_with_properties_is_a_nullable_model() -> None:
    """`type: [null, object]` with properties decodes into a model (or None), not into a
    dict of anything: found by the differential test (tests/differential/), where a wrong
    value inside such an object passed our decoder."""
    schema = {"type": ["null", "object"], "properties": {"size": {"type": "integer"}}}
    result, converter = convert({"type": "object", "properties": {"limits": schema}})
    assert isinstance(result, ir.ModelType)
    (field,) = converter.model(result.name).fields
    assert isinstance(field.type, ir.NullableType)
    assert isinstance(field.type.inner, ir.ModelType)
    assert converter.model(field.type.inner.name).fields[0].type == INT
