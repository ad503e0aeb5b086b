"""The quick check of call schemas vouches only for schemas the full meta-schema validator
accepts; whatever it does not vouch for still gets the validator's full list of problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loaders.call_checks import _call_schema_dialect, _meta_validator, schema_problems
from generator.loaders.openapi import load_yaml
from generator.loaders.schema_precheck import KEYWORDS, surely_valid

ROOT = Path(__file__).resolve().parents[2]
CALL_FILES = sorted((ROOT / "specs" / "binary-com").glob("*.yaml"))

_TYPES = ["array", "boolean", "integer", "null", "number", "object", "string"]
_NAMES = st.sampled_from(["a", "b", "c"])
# Values with the edges the meta-schema cares about: 0 and -1, 1 and 1.0 and True, duplicates.
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-1, 2),
    st.sampled_from([0.0, 1.0, 1.5, -0.5]),
    st.sampled_from(["", "a", "string", "integr"]),
)
_JUNK = st.one_of(_SCALARS, st.lists(_SCALARS, max_size=2), st.dictionaries(_NAMES, _SCALARS))


def _schemas(children: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Schemas whose keyword values are mostly of the right kind, with boundary and wrong
    values among them, so both answers of the quick check come up often."""
    child = st.one_of(children, st.booleans())
    child_lists = st.lists(child, max_size=2)
    child_maps = st.dictionaries(_NAMES, child, max_size=2)
    counts = st.one_of(st.integers(-1, 3), st.sampled_from([1.0, True]))
    names = st.lists(_NAMES, max_size=3)
    fitting: dict[str, st.SearchStrategy[Any]] = {
        "type": st.one_of(st.sampled_from([*_TYPES, "integr"]), st.lists(st.sampled_from(_TYPES))),
        "enum": st.lists(st.one_of(_SCALARS, st.lists(_SCALARS, max_size=1)), max_size=3),
        "required": st.one_of(names, st.lists(_SCALARS, max_size=2)),
        "minimum": _SCALARS,
        "maximum": _SCALARS,
        "multipleOf": _SCALARS,
        "exclusiveMinimum": _SCALARS,
        "exclusiveMaximum": _SCALARS,
        "uniqueItems": _SCALARS,
        "items": st.one_of(child, child_lists),
        "additionalItems": child,
        "additionalProperties": child,
        "properties": child_maps,
        "patternProperties": child_maps,
        "definitions": child_maps,
        "$defs": child_maps,
        "dependencies": st.dictionaries(_NAMES, st.one_of(child, names), max_size=2),
        "examples": _JUNK,
        "default": _JUNK,
        "const": _JUNK,
        **{key: counts for key in KEYWORDS if key.startswith(("min", "max")) and key[3].isupper()},
        **{key: child for key in ("not", "contains", "propertyNames", "if", "then", "else")},
        **{key: child_lists for key in ("allOf", "anyOf", "oneOf", "prefixItems")},
    }
    keys = st.sampled_from([*sorted(KEYWORDS), "x-note", "$ref"])
    pairs = keys.flatmap(
        lambda key: st.tuples(st.just(key), st.one_of(fitting.get(key, _JUNK), _JUNK))
    )
    return st.lists(pairs, max_size=4).map(dict)


SCHEMAS = st.recursive(_schemas(st.just({})), _schemas, max_leaves=12)


def _full_check(schema: Any) -> list[str]:
    return [error.message for error in _meta_validator().iter_errors(schema)]


def test_it_knows_exactly_the_keywords_of_the_dialect() -> None:
    assert set(KEYWORDS) == set(_call_schema_dialect()["properties"])


@settings(max_examples=400)
@given(SCHEMAS)
def test_what_it_vouches_for_the_validator_accepts(schema: dict[str, Any]) -> None:
    if surely_valid(schema):
        assert _full_check(schema) == []


@settings(max_examples=200)
@given(SCHEMAS)
def test_every_problem_is_still_reported(schema: dict[str, Any]) -> None:
    found = list(schema_problems(schema))
    assert len(found) == len(_full_check(schema))


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integr"},
        {"minLength": -1},
        {"maxItems": 1.0},
        {"enum": [1, True]},
        {"enum": []},
        {"required": ["a", "a"]},
        {"exclusiveMinimum": True},
        {"items": []},
        {"properties": {"a": {"items": {"type": ["string", "string"]}}}},
        {"properties": {"a": 1}},
        {"dependencies": {"a": []}},
    ],
)
def test_it_vouches_for_no_broken_or_doubtful_schema(schema: dict[str, Any]) -> None:
    assert not surely_valid(schema)


def test_each_problem_of_a_schema_is_named_with_its_place() -> None:
    schema = {
        "type": "object",
        "properties": {
            "count": {"type": "integr", "minimum": 0},
            "name": {"type": "string", "minLength": -1},
            "tags": {"items": {"enum": []}},
        },
        "required": ["count", "count"],
    }
    assert sorted(pointer for pointer, _ in schema_problems(schema)) == [
        "/properties/count/type",
        "/properties/name/minLength",
        "/properties/tags/items",
        "/required",
    ]


def test_every_call_file_of_ours_takes_the_quick_path() -> None:
    schemas = [load_yaml(path)[key] for path in CALL_FILES for key in ("send", "receive")]
    assert len(schemas) == 2 * len(CALL_FILES) > 200
    assert all(surely_valid(schema) for schema in schemas)
