"""Type annotations and normal forms are computed once per IR type object, in bounded memos
that never hand one type's result to another type that merely compares equal."""

from __future__ import annotations

from collections.abc import Hashable

import pytest

from generator import ir
from generator.render import typing_expr
from generator.render.identity_memo import IdentityMemo
from generator.render.typing_expr import annotation, normalise, without_constraints


def test_a_result_is_computed_once_per_object_and_variant() -> None:
    calls: list[tuple[object, Hashable]] = []

    def describe(subject: tuple[int, ...], variant: Hashable) -> str:
        calls.append((subject, variant))
        return f"{variant}{len(subject)}"

    memo = IdentityMemo(describe, maxsize=8)
    first, second = (1, 2), (3,)
    assert [memo(first), memo(first, "x"), memo(second), memo(first), memo(first, "x")] == [
        "None2",
        "x2",
        "None1",
        "None2",
        "x2",
    ]
    assert calls == [(first, None), (first, "x"), (second, None)]


def test_the_memo_is_bounded_and_forgets_the_oldest_first() -> None:
    calls: list[object] = []

    def count(subject: list[int], variant: Hashable) -> int:
        calls.append(subject)
        return len(subject)

    memo = IdentityMemo(count, maxsize=3)
    subjects = [[0] * n for n in range(10)]
    assert [memo(subject) for subject in subjects] == list(range(10))
    assert len(memo) == 3
    memo(subjects[-1])  # still kept
    memo(subjects[0])  # forgotten long ago: computed again
    assert calls == [*subjects, subjects[0]]


def test_a_memo_needs_room_for_one_entry() -> None:
    with pytest.raises(ValueError, match="maxsize"):
        IdentityMemo(lambda subject, variant: subject, maxsize=0)


def test_equal_types_of_different_values_keep_their_own_text() -> None:
    # `1 == True` and `1 == 1.0`, so these pairs compare equal; a memo keyed by equality
    # would write whichever came first for both.
    one, true = ir.LiteralType((1,)), ir.LiteralType((True,))
    assert one == true
    assert [annotation(one), annotation(true), annotation(one)] == [
        "Literal[1]",
        "Literal[True]",
        "Literal[1]",
    ]
    whole = ir.ScalarType(ir.ScalarKind.INT, ir.Constraints(minimum=1))
    fraction = ir.ScalarType(ir.ScalarKind.INT, ir.Constraints(minimum=1.0))
    assert whole == fraction
    assert type(normalise(ir.ListType(whole)).item.constraints.minimum) is int  # type: ignore[union-attr]
    assert type(normalise(ir.ListType(fraction)).item.constraints.minimum) is float  # type: ignore[union-attr]


def test_the_type_memos_are_bounded() -> None:
    for value in range(typing_expr.MEMO_SIZE + 50):
        literal = ir.LiteralType((value,))
        assert annotation(literal, "m.") == f"Literal[{value}]"
        assert without_constraints(literal) is literal
        assert normalise(literal) is literal
    assert len(typing_expr._annotations) == typing_expr.MEMO_SIZE
    assert len(typing_expr._stripped_forms) == typing_expr.MEMO_SIZE
    assert len(typing_expr._normal_forms) == typing_expr.MEMO_SIZE
