"""Each kind of IR type has one emitter that says everything the generator writes for it.

The emitters are asked through a recording context, as the codec writer asks them, so these
tests also show which outside names each kind's code uses. The last tests pin the structure:
the kinds are told apart in `emitters.py` only, never again in the codec writer, the
annotation functions, the plans (argument checks, docstring facts), the renderer or the
flavors.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator import ir
from generator.render import emitters
from generator.render.codec_names import DECODE_ERROR, ImportNeed, Shared
from generator.render.emitters import CONVERTED, Acceptance, Check, check_lines, emitter_for

STR = ir.ScalarType(ir.ScalarKind.STR)
INT = ir.ScalarType(ir.ScalarKind.INT)
BOOL = ir.ScalarType(ir.ScalarKind.BOOL)
DATE = ir.ScalarType(ir.ScalarKind.DATE)
UUID = ir.ScalarType(ir.ScalarKind.UUID)
DECIMAL = ir.ScalarType(ir.ScalarKind.DECIMAL)
NULL = ir.ScalarType(ir.ScalarKind.NONE)
PATTERNED = ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^[a-z]+$"))
SIDE = ir.LiteralType(("buy", "sell"))
ORDER = ir.ModelType("Order")
RENDER = Path(emitters.__file__).parent
GENERATOR = RENDER.parent


class Recorder:
    """A `CodecContext` that names things plainly and remembers what was asked for."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def use(self, need: ImportNeed) -> str:
        self.used.add(need.bound)
        return need.bound

    def shared(self, helper: Shared) -> str:
        return self.use(helper.need)

    def converter(self, kind: ir.ScalarKind, which: int) -> str:
        function = CONVERTED[kind][which]
        return function if isinstance(function, str) else self.shared(function)

    def literal_set(self, values: tuple[ir.JsonScalar, ...]) -> str:
        self.used.add("_ALLOWED")
        return "_ALLOWED"

    def structure_call(self, type_ref: ir.TypeRef) -> str:
        token = emitter_for(type_ref).token(lambda values: "_".join(map(str, values)))
        return f"_decode_{token}"

    def model_function(self, model: str, encodes: bool) -> str:
        return f"{'unstructure' if encodes else 'structure'}_{model.lower()}"

    def module_annotation(self, type_ref: ir.TypeRef) -> str:
        return emitter_for(type_ref).annotation("m.")


@pytest.mark.parametrize(
    ("type_ref", "emitter"),
    [
        (STR, emitters.ScalarEmitter),
        (ir.ANY, emitters.AnyEmitter),
        (SIDE, emitters.LiteralEmitter),
        (ir.ListType(INT), emitters.ListEmitter),
        (ir.TupleType((INT, STR)), emitters.TupleEmitter),
        (ir.MapType(INT), emitters.MapEmitter),
        (ORDER, emitters.ModelEmitter),
        (ir.UnionType((STR, INT)), emitters.UnionEmitter),
        (ir.NullableType(INT), emitters.NullableEmitter),
    ],
)
def test_each_kind_has_its_emitter(type_ref: ir.TypeRef, emitter: type[object]) -> None:
    assert type(emitter_for(type_ref)) is emitter


def test_every_kind_of_the_ir_has_an_emitter() -> None:
    kinds = set(ir.TypeRef.__args__)
    assert len(kinds) == 8
    assert all(emitter_for(_example(kind)).type_ref.__class__ is kind for kind in kinds)


def _example(kind: type[object]) -> ir.TypeRef:
    examples: dict[type[object], ir.TypeRef] = {
        ir.ScalarType: STR,
        ir.LiteralType: SIDE,
        ir.ListType: ir.ListType(STR),
        ir.TupleType: ir.TupleType((STR,)),
        ir.MapType: ir.MapType(STR),
        ir.ModelType: ORDER,
        ir.UnionType: ir.UnionType((STR, INT)),
        ir.NullableType: ir.NullableType(STR),
    }
    return examples[kind]


@pytest.mark.parametrize(
    ("type_ref", "text"),
    [
        (DATE, "_dt.date"),
        (SIDE, "Literal['buy', 'sell']"),
        (ir.ListType(ORDER), "list[m.Order]"),
        (ir.TupleType((INT, STR)), "tuple[int, str]"),
        (ir.MapType(DECIMAL), "dict[str, Decimal]"),
        # Options in canonical order: scalars, literals, containers, models, `Any` last.
        (ir.UnionType((ir.ANY, ORDER, ir.ListType(INT), SIDE, STR, BOOL)), None),
        (ir.NullableType(ir.ListType(INT)), "list[int] | None"),
    ],
)
def test_annotations(type_ref: ir.TypeRef, text: str | None) -> None:
    expected = text or "bool | str | Literal['buy', 'sell'] | list[int] | m.Order | Any"
    assert emitter_for(type_ref).annotation("m.") == expected


def test_annotation_imports_are_collected_through_containers() -> None:
    found: set[str] = set()
    union = ir.UnionType((ir.ListType(DATE), ir.MapType(UUID), SIDE, DECIMAL, ir.ANY))
    emitter_for(ir.NullableType(union)).collect_uses(found)
    assert found == {"_dt", "_uuid", "Literal", "Decimal", "Any"}
    assert emitter_for(ir.TupleType((INT, ORDER))).names_a_model
    assert not emitter_for(ir.MapType(ir.ListType(STR))).names_a_model


def test_scalar_checks_name_what_was_expected() -> None:
    context = Recorder()
    check = emitter_for(INT).check(context, "v")
    assert check == Check("v.__class__ is not int", "raise _expected('an integer', v)")
    assert context.used == {"_expected"}
    assert emitter_for(ir.ANY).check(context, "v") == []
    assert emitter_for(DATE).check(context, "v") == ["v = _date(v)"]


def test_a_literal_check_reads_the_class_once_and_tests_the_allowed_set() -> None:
    check = emitter_for(SIDE).check(Recorder(), "v")
    assert check == Check(
        "kind is not str or v not in _ALLOWED",
        "raise _not_one_of(\"'buy', 'sell'\", v)",
        setup=("kind = v.__class__",),
    )
    mixed = emitter_for(ir.LiteralType((1, "one"))).check(Recorder(), "v")
    assert isinstance(mixed, Check)
    assert mixed.condition == "kind not in _SCALAR_CLASSES or (kind, v) not in _ALLOWED"


def test_a_nullable_check_folds_or_nests_its_null_test() -> None:
    folded = emitter_for(ir.NullableType(BOOL)).check(Recorder(), "v")
    assert folded == Check(
        "v is not None and (v.__class__ is not bool)", "raise _expected('a boolean', v)"
    )
    nested = check_lines(Recorder(), ir.NullableType(DATE), "v")
    assert nested == ["if v is not None:", "    v = _date(v)"]
    assert emitter_for(ir.NullableType(ir.ANY)).check(Recorder(), "v") == []


def test_containers_and_models_are_checked_by_their_decoder() -> None:
    context = Recorder()
    assert emitter_for(ir.ListType(INT)).check(context, "v") == ["v = _decode_list_of_int(v)"]
    assert emitter_for(ORDER).check(context, "v") == ["v = _decode_Order(v)"]


@pytest.mark.parametrize(
    ("type_ref", "condition"),
    [
        (STR, "x.__class__ is str"),
        (ir.ANY, None),
        (ir.MapType(ir.ANY), "x.__class__ is dict"),
        (ir.ListType(ir.ANY), "x.__class__ is list"),
        (ir.NullableType(INT), "x is None or (y.__class__ is int)"),
        (ir.LiteralType((None,)), "x is None"),
        (SIDE, "x.__class__ is _STR and y in _ALLOWED"),
    ],
)
def test_values_kept_as_they_are(type_ref: ir.TypeRef, condition: str | None) -> None:
    assert emitter_for(type_ref).accept(Recorder(), "x", "y") == Acceptance(condition)


@pytest.mark.parametrize("type_ref", [DATE, ir.ListType(STR), ORDER, ir.UnionType((STR, INT))])
def test_values_that_must_be_built_are_not_accepted_as_they_are(type_ref: ir.TypeRef) -> None:
    assert emitter_for(type_ref).accept(Recorder(), "x", "x") is None


def test_rejections_say_what_was_expected() -> None:
    context = Recorder()
    assert emitter_for(ir.NullableType(INT)).rejection(context) == "_expected('an integer', value)"
    assert emitter_for(ir.MapType(ir.ANY)).rejection(context) == "_expected('an object', value)"
    assert emitter_for(SIDE).rejection(context) == "_not_one_of(\"'buy', 'sell'\", value)"
    with pytest.raises(AssertionError):
        emitter_for(ORDER).rejection(context)


@pytest.mark.parametrize(
    ("type_ref", "decoded"),
    [
        (ir.NullableType(DATE), "None if v is None else _date(v)"),
        (DECIMAL, "_decimal(v)"),
        (ORDER, "_decode_Order(v)"),
        (ir.MapType(SIDE), "_decode_dict_of_one_of_buy_sell(v)"),
    ],
)
def test_decode_expressions(type_ref: ir.TypeRef, decoded: str) -> None:
    assert emitter_for(type_ref).decode_expr(Recorder(), "v") == decoded


@pytest.mark.parametrize(
    ("type_ref", "encoded"),
    [
        (STR, "v"),
        (DATE, "_iso(v)"),
        (UUID, "str(v)"),
        (SIDE, "v"),
        (ORDER, "unstructure_order(v)"),
        (ir.ListType(ORDER), "[unstructure_order(item) for item in v]"),
        (ir.TupleType((DATE, INT)), "[_iso(v[0]), v[1]]"),
        (ir.MapType(ir.NullableType(DATE)), None),
        (ir.UnionType((STR, INT)), "v"),
        (ir.UnionType((STR, ir.TupleType((INT, INT)))), "_encode_any(v)"),
        (ir.NullableType(ir.ListType(STR)), "v"),
    ],
)
def test_encode_expressions(type_ref: ir.TypeRef, encoded: str | None) -> None:
    expected = encoded or "{k: None if item is None else _iso(item) for k, item in v.items()}"
    assert emitter_for(type_ref).encode_expr(Recorder(), "v") == expected


@pytest.mark.parametrize(
    ("type_ref", "checks_nothing", "is_check_only", "encodes_as_is"),
    [
        (ir.ANY, True, True, True),
        (ir.NullableType(ir.ANY), True, True, True),
        (INT, False, True, True),
        (DATE, False, False, False),
        (SIDE, False, True, True),
        (ir.ListType(INT), False, False, True),
        (ir.TupleType((INT,)), False, False, False),
        (ORDER, False, False, False),
    ],
)
def test_what_each_kind_needs_done(
    type_ref: ir.TypeRef, checks_nothing: bool, is_check_only: bool, encodes_as_is: bool
) -> None:
    emitter = emitter_for(type_ref)
    assert emitter.checks_nothing is checks_nothing
    assert emitter.is_check_only is is_check_only
    assert emitter.encodes_as_is is encodes_as_is


def test_a_list_of_checked_items_is_validated_in_place() -> None:
    context = Recorder()
    body = emitter_for(ir.ListType(INT)).decoder_body(context, "list[int]")
    assert "    for index, item in enumerate(value):" in body
    assert body[-2:] == ["    result: list[int] = value", "    return result"]
    assert DECODE_ERROR.bound in context.used


def test_a_tagged_union_decodes_the_option_its_tag_names() -> None:
    union = ir.UnionType((ORDER, ir.ModelType("Fill")), tag="type", tags=(("fill", "Fill"),))
    body = emitter_for(union).decoder_body(Recorder(), "m.Fill | m.Order")
    assert body == [
        "    if value.__class__ is dict:",
        "        tag = value.get('type')",
        "        if tag == 'fill':",
        "            return _decode_Fill(value)",
        "    result: m.Fill | m.Order = _first_match(value, (_decode_Order, _decode_Fill,))",
        "    return result",
    ]


def test_normal_form_and_stripped_shape() -> None:
    messy = ir.UnionType((STR, ir.NullableType(ir.UnionType((INT, STR))), NULL))
    assert emitter_for(messy).normal() == ir.NullableType(ir.UnionType((STR, INT)))
    assert emitter_for(ir.LiteralType((1, True, 1))).normal() == ir.LiteralType((1, True))
    tagged = ir.UnionType(
        (ORDER, NULL, ir.UnionType((ORDER, STR))), tag="type", tags=(("o", "Order"), ("x", "Gone"))
    )
    kept = ir.UnionType((ORDER, STR), tag="type", tags=(("o", "Order"),))
    assert emitter_for(tagged).normal() == ir.NullableType(kept)
    assert emitter_for(ir.NullableType(tagged)).normal() == ir.NullableType(kept)
    assert emitter_for(ir.ListType(PATTERNED)).stripped() == ir.ListType(STR)
    assert emitter_for(ir.NullableType(STR)).admits_null
    assert emitter_for(ir.ANY).admits_null
    assert not emitter_for(STR).admits_null
    assert emitter_for(ir.NullableType(SIDE)).nullable_inner == SIDE
    assert emitter_for(ORDER).model_name == "Order"
    assert emitter_for(STR).model_name is None


CHECKS = {"Order": "_order_check", "Fill": "_fill_check"}
FILL = ir.ModelType("Fill")


@pytest.mark.parametrize(
    ("type_ref", "check"),
    [
        (PATTERNED, "v.Str(pattern='^[a-z]+\\\\Z', source='^[a-z]+$')"),
        (ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(max_length=3)), "v.Str(max_length=3)"),
        (ir.ScalarType(ir.ScalarKind.INT, ir.Constraints(minimum=0)), "v.Int(minimum=0)"),
        (ir.ScalarType(ir.ScalarKind.FLOAT, ir.Constraints(exclusive_maximum=1)), None),
        (DECIMAL, "v.Dec()"),
        (DATE, "v.Date()"),
        (NULL, "v.Null()"),
        (ir.ANY, "v.Anything()"),
        # One check per distinct value or option: literals and unions in normal form.
        (ir.LiteralType(("a", "a", 1, True)), "v.OneOf(('a', 1, True, ))"),
        (
            ir.ListType(SIDE, ir.Constraints(min_items=1, max_items=5)),
            "v.ListOf(v.OneOf(('buy', 'sell', )), min_items=1, max_items=5)",
        ),
        (ir.TupleType(()), "v.TupleOf(())"),
        (ir.TupleType((ORDER, BOOL)), "v.TupleOf((_order_check, v.Bool(), ))"),
        (ir.MapType(ir.NullableType(ir.ANY)), "v.MapOf(v.Anything())"),
        (ORDER, "_order_check"),
        (ir.UnionType((STR, ORDER, STR)), "v.AnyOf(v.Str(), _order_check)"),
        (ir.UnionType((INT,)), "v.Int()"),
        (ir.UnionType((STR, NULL, ORDER)), "v.Nullable(v.AnyOf(v.Str(), _order_check))"),
        (ir.UnionType((ORDER, INT), exclusive=True), "v.ExactlyOne((_order_check, v.Int(), ))"),
        (
            ir.UnionType((INT, ORDER, FILL), tag="type", tags=(("f", "Fill"),), exclusive=True),
            "v.ExactlyOne((v.Int(), _order_check, _fill_check, ), tag='type', tags={'f': 2})",
        ),
        (ir.NullableType(ir.NullableType(BOOL)), "v.Nullable(v.Bool())"),
        (ir.NullableType(ir.ANY), "v.Anything()"),
    ],
)
def test_argument_checks(type_ref: ir.TypeRef, check: str | None) -> None:
    expected = check or "v.Number(exclusive_maximum=1)"
    assert emitter_for(type_ref).argument_check(CHECKS) == expected


def test_a_check_names_only_the_models_it_meets() -> None:
    with pytest.raises(KeyError):
        emitter_for(ir.ListType(ir.ModelType("Unknown"))).argument_check(CHECKS)


def test_a_pattern_is_passed_on_as_ascii() -> None:
    curly = ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^\u2019$"))
    check = emitter_for(curly).argument_check({})
    assert check.isascii()
    assert "source='^\\u2019$'" in check


@pytest.mark.parametrize(
    ("type_ref", "facts"),
    [
        (ir.ScalarType(ir.ScalarKind.INT, ir.Constraints(minimum=0, maximum=9)), "int from 0 to 9"),
        (
            ir.ScalarType(ir.ScalarKind.FLOAT, ir.Constraints(exclusive_minimum=0, maximum=1.5)),
            "float above 0, at most 1.5",
        ),
        (
            ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(min_length=2, max_length=2)),
            "str of 2 characters",
        ),
        (ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^\u00e9$")), None),
        (ir.ScalarType(ir.ScalarKind.DATETIME), "datetime (with a timezone)"),
        (ir.ANY, "any JSON value"),
        (ir.LiteralType((1,)), "only 1"),
        (SIDE, "one of 'buy', 'sell'"),
        (
            ir.LiteralType(tuple(range(13))),
            "one of 13 values: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ...",
        ),
        (ir.ListType(STR, ir.Constraints(max_items=25)), "list of str (at most 25 items)"),
        (ir.ListType(INT, ir.Constraints(min_items=1)), "list of int (at least 1 items)"),
        (ir.TupleType(()), "empty tuple"),
        (ir.TupleType((INT, ORDER)), "tuple of (int, ``models.Order``)"),
        (ir.MapType(DECIMAL), "mapping of str to Decimal"),
        (ir.UnionType((STR, ORDER)), "str or ``models.Order``"),
        (ir.NullableType(ir.ListType(BOOL)), "list of bool, or None"),
    ],
)
def test_facts_for_docstrings(type_ref: ir.TypeRef, facts: str | None) -> None:
    expected = facts or "str matching ``^\\xe9$``"
    assert emitter_for(type_ref).facts() == expected


@pytest.mark.parametrize(
    ("type_ref", "names"),
    [
        (STR, []),
        (SIDE, []),
        (ORDER, ["Order"]),
        (ir.ListType(ir.NullableType(ORDER)), ["Order"]),
        (ir.TupleType((FILL, INT, ORDER)), ["Fill", "Order"]),
        (ir.MapType(ir.UnionType((ORDER, FILL, ORDER))), ["Order", "Fill", "Order"]),
    ],
)
def test_the_models_a_type_names(type_ref: ir.TypeRef, names: list[str]) -> None:
    assert emitter_for(type_ref).model_names() == names


def test_literal_values_and_list_items_are_told_by_their_kinds_only() -> None:
    assert emitter_for(SIDE).literal_values == ("buy", "sell")
    assert emitter_for(ir.NullableType(SIDE)).literal_values is None
    assert emitter_for(STR).literal_values is None
    assert emitter_for(ir.ListType(ORDER)).list_item == ORDER
    assert emitter_for(ir.TupleType((ORDER,))).list_item is None
    assert emitter_for(ir.NullableType(ir.ListType(ORDER))).list_item is None


# -- the structure ----------------------------------------------------------------------------

_KINDS = frozenset(kind.__name__ for kind in ir.TypeRef.__args__)


def _names_a_kind(node: ast.AST) -> bool:
    """Whether an expression names an IR type kind (`ir.ListType`, `ir.UnionType | ...`)."""
    for part in ast.walk(node):
        if isinstance(part, ast.Attribute) and part.attr in _KINDS:
            return True
        if isinstance(part, ast.Name) and part.id in _KINDS:
            return True
    return False


def _tested_classes(node: ast.AST) -> list[ast.expr]:
    """The classes a node tests a value against, if it is such a test."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        is_test = node.func.id in ("isinstance", "issubclass") and len(node.args) == 2
        return [node.args[1]] if is_test else []
    if isinstance(node, ast.MatchClass):
        return [node.cls]
    if isinstance(node, ast.Compare):
        return list(node.comparators)
    return []


def kind_tests(source: str) -> list[int]:
    """The lines that test which kind a type is: `isinstance(x, ir.Kind)`, a `case
    ir.Kind(...)` pattern, or a comparison of a class with a kind."""
    return sorted(
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.expr | ast.pattern)
        and any(_names_a_kind(tested) for tested in _tested_classes(node))
    )


def test_the_kind_tests_are_found_where_they_are() -> None:
    source = """
def f(t):
    if isinstance(t, ir.ListType):
        return 1
    if isinstance(t, ir.UnionType | ir.NullableType):
        return 2
    if t.__class__ is ir.MapType:
        return 3
    match t:
        case ir.ModelType(name=name):
            return name
    return isinstance(t, Check)
"""
    assert kind_tests(source) == [3, 5, 7, 10]


# Every module that renders, but the one that holds the dispatch (the loaders, which build
# the IR from specs, are not rendering and may look at what they build).
RENDERING = sorted(
    path.relative_to(GENERATOR).as_posix()
    for folder in ("render", "flavors")
    for path in (GENERATOR / folder).glob("*.py")
    if path.name != "emitters.py"
)


def test_the_rendering_modules_are_all_looked_at() -> None:
    assert {"render/codec.py", "render/plans.py", "render/renderer.py"} <= set(RENDERING)
    assert {"flavors/binary.py", "flavors/binance.py"} <= set(RENDERING)


@pytest.mark.parametrize("module", RENDERING)
def test_no_module_but_the_emitters_tells_kinds_apart(module: str) -> None:
    assert kind_tests((GENERATOR / module).read_text(encoding="utf-8")) == []


def test_the_emitters_tell_kinds_apart_in_one_place() -> None:
    source = (RENDER / "emitters.py").read_text(encoding="utf-8")
    dispatch = next(
        node
        for node in ast.parse(source).body
        if isinstance(node, ast.FunctionDef) and node.name == "emitter_for"
    )
    assert dispatch.end_lineno is not None
    tests = kind_tests(source)
    assert tests
    assert all(dispatch.lineno <= line <= dispatch.end_lineno for line in tests)
