"""Generated helpers are named from what they decode or check, and unions are in normal form.

Numbered helpers (`_decode_16`, `_ALLOWED_229`) renumbered thousands of lines whenever one
call changed; these tests pin the names to content, so that a regeneration's diff shows the
change and nothing else.
"""

from __future__ import annotations

import difflib
import re
import shutil
from pathlib import Path

import pytest

from generator import ir
from generator.naming import class_name
from generator.pipeline import GENERATED, SPECS, render_all
from generator.render.codec import CodecWriter, helper_names, literal_key
from generator.render.plans import check_expr
from generator.render.typing_expr import annotation, normalise
from generator.verify import repeated_union_options

STR = ir.ScalarType(ir.ScalarKind.STR)
INT = ir.ScalarType(ir.ScalarKind.INT)
PATTERNED = ir.ScalarType(ir.ScalarKind.STR, ir.Constraints(pattern="^[a-z]+$"))
PACKAGE = "src/binary_com_api"


def _binary_com_files(specs: Path) -> dict[str, str]:
    rendered = [files for api, files in render_all(specs) if api.distribution == "binary-com-api"]
    assert len(rendered) == 1
    return rendered[0]


@pytest.fixture(scope="module")
def full_render(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    specs = tmp_path_factory.mktemp("specs-full")
    shutil.copytree(SPECS / "binary-com", specs / "binary-com")
    shutil.copy(SPECS / "releases.json", specs / "releases.json")
    return _binary_com_files(specs)


def _top_level_name(line: str) -> str | None:
    match = re.match(r"(?:def |class )?([A-Za-z_][A-Za-z0-9_]*)\b", line)
    return match.group(1) if match and not line.startswith((" ", ")", "#")) else None


@pytest.mark.parametrize("call", ["get_limits", "p2p_advert_create", "contracts_for"])
def test_removing_one_call_only_deletes_that_calls_own_lines(
    call: str, full_render: dict[str, str], tmp_path: Path
) -> None:
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "binary-com", specs / "binary-com")
    shutil.copy(SPECS / "releases.json", specs / "releases.json")
    (specs / "binary-com" / f"{call}.yaml").unlink()
    reduced = _binary_com_files(specs)
    spellings = (call, call.upper(), class_name(call))
    modules = sorted(
        name
        for name in set(full_render) | set(reduced)
        if name.endswith(".py") and "/_runtime/" not in name
    )
    added = [name for name in modules if name not in full_render]
    assert not added, f"removing {call} added modules: {added}"
    # The call's own modules (its models, decoders and call entry) go as a whole...
    gone = [name for name in modules if name not in reduced]
    assert gone and all(name.endswith(f"/{call}.py") for name in gone), gone
    # ...and the modules that stay lose lines, gain none, and lose only what was the call's.
    changed = 0
    for module in (name for name in modules if name in reduced):
        before = full_render[module].splitlines()
        after = reduced[module].splitlines()
        diff = [line for line in difflib.ndiff(before, after) if line[:1] in "+-"]
        changed += bool(diff)
        lines_added = [line for line in diff if line.startswith("+")]
        assert not lines_added, f"{module}: lines added or renamed: {lines_added[:5]}"
        deleted = [line[2:] for line in diff]
        kept_text = "\n".join(after)
        for line in deleted:
            name = _top_level_name(line)
            if name is None:
                continue
            # Each deleted definition is the call's own: named after it, or no longer used.
            assert any(spelling in name for spelling in spellings) or not re.search(
                rf"\b{name}\b", kept_text
            ), f"{module}: {name} was deleted but is still used elsewhere"
    assert changed, f"removing {call} changed no module that stays"


def test_names_come_from_content_not_from_the_order_met() -> None:
    tiny = ir.LiteralType(("sell", "buy"))
    many = ir.LiteralType(tuple(f"v{index}" for index in range(9)))
    names = helper_names(
        [ir.ListType(ir.ModelType("Candle")), ir.NullableType(ir.UnionType((INT, STR)))],
        [literal_key(tiny.values), literal_key(many.values)],
    )
    assert sorted(names.decoders.values()) == [
        "_decode_int_or_str_or_null",
        "_decode_list_of_Candle",
    ]
    assert names.literals[literal_key(("buy", "sell", "buy"))] == "_ALLOWED_buy_sell"
    assert names.literals[literal_key(many.values)] == "_ALLOWED_v0_v1_v2_and_6_more"


def test_clashing_names_are_told_apart_by_content_whatever_the_order() -> None:
    first = literal_key(("a", "b", "c", "d", "x"))
    second = literal_key(("a", "b", "c", "d", "y"))
    one = helper_names([], [first, second]).literals
    other = helper_names([], [second, first]).literals
    assert one == other
    assert sorted(one.values()) == ["_ALLOWED_a_b_c_and_2_more", "_ALLOWED_a_b_c_and_2_more__2"]


def test_a_models_helpers_keep_their_names_when_other_models_go() -> None:
    def model(name: str, *types: ir.TypeRef) -> ir.Model:
        fields = tuple(ir.Field(f"f{i}", f"f{i}", t, True) for i, t in enumerate(types))
        return ir.Model(name, fields)

    shared = ir.ListType(ir.LiteralType(("up", "down")))
    alone = model("A", shared, ir.MapType(INT))
    crowded = CodecWriter(
        [model("B", ir.ListType(STR), ir.LiteralType(("x",))), alone, model("C", shared)]
    ).module_body()
    single = CodecWriter([alone]).module_body()
    for name in ("_decode_list_of_one_of_down_up", "_decode_dict_of_int", "_ALLOWED_down_up"):
        assert name in crowded
        assert name in single
    assert "structure_a(" in single


def test_unions_are_flattened_deduplicated_and_null_lifted() -> None:
    assert annotation(ir.UnionType((PATTERNED, STR))) == "str"
    assert annotation(ir.NullableType(ir.NullableType(STR))) == "str | None"
    assert annotation(ir.NullableType(ir.UnionType((STR, ir.NullableType(INT))))) == (
        "int | str | None"
    )
    assert annotation(ir.LiteralType(("a", "a", 1, True, 1))) == "Literal['a', 1, True]"
    # Options print in one canonical order; `Any` stays a (last) option of a union.
    assert annotation(ir.UnionType((ir.ModelType("B"), STR, ir.ModelType("A"), INT))) == (
        "int | str | A | B"
    )
    assert annotation(ir.UnionType((ir.ANY, ir.ModelType("M")))) == "M | Any"
    assert annotation(ir.NullableType(ir.ANY)) == "Any"
    # Decoding tries options in spec order, so normal form keeps it.
    assert normalise(ir.UnionType((STR, INT, STR))) == ir.UnionType((STR, INT))


def test_argument_checks_keep_distinct_rules_and_drop_repeats() -> None:
    both = check_expr(ir.UnionType((PATTERNED, STR, PATTERNED)), {})
    assert both.count("v.Str(") == 2
    assert check_expr(ir.LiteralType(("a", "a", 1, True)), {}) == "v.OneOf(('a', 1, True, ))"


@pytest.mark.parametrize(
    "distribution", sorted(path.name for path in GENERATED.iterdir() if path.is_dir())
)
def test_generated_annotations_repeat_no_union_option(distribution: str) -> None:
    assert repeated_union_options([GENERATED / distribution / "src"]) == []


def test_verify_refuses_a_repeated_union_option(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text(
        "def f(x: list[str | int | str]) -> int | None | None:\n    return None\n"
    )
    found = repeated_union_options([tmp_path])
    assert len(found) == 2 and all("repeats an option" in line for line in found)
    assert found[0].startswith("pkg/m.py:1: ")


def test_a_generated_name_never_shadows_a_template_helper() -> None:
    names = helper_names([ir.ModelType("extras")], []).decoders
    assert names[ir.ModelType("extras")] == "_decode_extras__2"


EDITS = {
    # One spec line: a value added to an enum of ticks_history's arguments.
    "an enum value": (
        "      enum:\n      - candles\n      - ticks\n",
        "      enum:\n      - candles\n      - ticks\n      - trades\n",
    ),
    # Three spec lines: a new optional argument of ticks_history.
    "a field": (
        "    adjust_start_time:\n",
        "    note:\n      description: A note.\n      type: string\n    adjust_start_time:\n",
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_editing_one_call_changes_a_few_lines_of_that_call_only(
    edit: str, full_render: dict[str, str], tmp_path: Path
) -> None:
    """Measured when written: the enum value changes 27 generated lines (the spec copy
    included), the new field 34; with helpers numbered in render order it was thousands.
    Since the per-call modules the same 27 and 34 lines, now all in ticks_history's own
    modules (models, decoders, call entry) and its group's method modules."""
    old, new = EDITS[edit]
    specs = tmp_path / "specs"
    shutil.copytree(SPECS / "binary-com", specs / "binary-com")
    shutil.copy(SPECS / "releases.json", specs / "releases.json")
    path = specs / "binary-com" / "ticks_history.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, new), encoding="utf-8")
    edited = _binary_com_files(specs)
    changed: dict[str, list[str]] = {}
    for name in sorted(set(full_render) | set(edited)):
        before = full_render.get(name, "").splitlines()
        after = edited.get(name, "").splitlines()
        lines = [line for line in difflib.ndiff(before, after) if line[:1] in "+-"]
        if lines:
            changed[name] = lines
    assert sum(len(lines) for lines in changed.values()) <= 40, {
        k: len(v) for k, v in changed.items()
    }
    # Only the modules of ticks_history (its models, decoders and call entry) and of its
    # group's methods change, besides the packaged spec.
    assert set(changed) <= {
        f"{PACKAGE}/_models/market/ticks_history.py",
        f"{PACKAGE}/_codecs/market/ticks_history.py",
        f"{PACKAGE}/_call_entries/market/ticks_history.py",
        f"{PACKAGE}/_methods/market.py",
        f"{PACKAGE}/_pipeline_methods/market.py",
        f"{PACKAGE}/testing/_spec.json",
    }, sorted(changed)
    # Every changed line of the group's methods is in ticks_history's own methods.
    for module in ("_methods/market.py", "_pipeline_methods/market.py"):
        text = edited[f"{PACKAGE}/{module}"].splitlines()
        for line in (line[2:] for line in changed.get(f"{PACKAGE}/{module}", []) if line[0] == "+"):
            index = text.index(line)
            method = next(part for part in reversed(text[:index]) if part.startswith("    def "))
            assert "ticks_history" in method, (line, method)
