"""The codec writer decides from IR types, never by reading back code it wrote: a check is a
typed value (condition plus the statement that raises), an acceptance test names the value
where the caller says, and whether a value is encoded as it is comes from its type."""

from __future__ import annotations

import pytest

from generator import ir
from generator.render.codec import Acceptance, Check, CodecWriter, plan_field
from generator.render.emitters import check_lines, emitter_for

STR = ir.ScalarType(ir.ScalarKind.STR)
INT = ir.ScalarType(ir.ScalarKind.INT)
DATE = ir.ScalarType(ir.ScalarKind.DATE)
SIDE = ir.LiteralType(("buy", "sell"))


def test_a_nullable_scalar_folds_its_null_test_into_the_check() -> None:
    check = emitter_for(ir.NullableType(INT)).check(CodecWriter([]), "item")
    assert check == Check(
        "item is not None and (item.__class__ is not int)",
        "raise _expected('an integer', item)",
    )


def test_a_check_with_setup_is_nested_under_the_null_test() -> None:
    writer = CodecWriter([], roots=[SIDE])
    check = emitter_for(SIDE).check(writer, "item")
    assert isinstance(check, Check) and check.setup == ("kind = item.__class__",)
    assert check_lines(writer, ir.NullableType(SIDE), "item") == [
        "if item is not None:",
        *("    " + line for line in check.lines()),
    ]


def test_a_decoded_value_is_not_folded_into_a_condition() -> None:
    lines = check_lines(CodecWriter([]), ir.NullableType(DATE), "item")
    assert lines == ["if item is not None:", "    item = _date(item)"]


def test_the_acceptance_test_reads_the_value_only_where_it_is_first_evaluated() -> None:
    writer = CodecWriter([], roots=[SIDE])
    read = "(value := data['side'])"
    accept = emitter_for(ir.NullableType(SIDE)).accept(writer, read, "value")
    assert accept is not None and accept.condition is not None
    assert accept.condition.startswith(f"{read} is None or (value.__class__ is _STR and value in ")
    assert accept.condition.count("data[") == 1
    assert emitter_for(ir.NullableType(ir.ANY)).accept(writer, read, "value") == Acceptance(None)
    assert emitter_for(ir.ListType(STR)).accept(writer, read, "value") is None


@pytest.mark.parametrize(
    ("type_ref", "as_is"),
    [
        (ir.NullableType(ir.ListType(STR)), True),
        (ir.MapType(ir.UnionType((STR, INT, SIDE))), True),
        (ir.UnionType((STR, ir.TupleType((INT, INT)))), False),
        (ir.ListType(ir.NullableType(DATE)), False),
        (ir.ModelType("Order"), False),
    ],
)
def test_encoding_as_is_is_decided_by_the_type(type_ref: ir.TypeRef, as_is: bool) -> None:
    assert emitter_for(type_ref).encodes_as_is is as_is
    encoded = CodecWriter([]).encode_expr(type_ref, "obj.x")
    assert (encoded == "obj.x") is as_is


@pytest.mark.parametrize(
    ("type_ref", "names_unset"),
    [
        (ir.NullableType(STR), True),  # null and absent told apart: `str | Unset | None`
        (ir.ANY, False),  # `Any` holds the sentinel too
        (STR, False),  # absent is None
    ],
)
def test_the_field_plan_says_whether_its_annotation_names_unset(
    type_ref: ir.TypeRef, names_unset: bool
) -> None:
    plan = plan_field(ir.Field("note", "note", type_ref, False))
    assert plan.names_unset is names_unset
    assert ("Unset" in plan.annotation) is names_unset
