"""The spec a package ships is written as `json.dumps(..., indent=1, sort_keys=True,
ensure_ascii=False)` writes it, by a faster writer that hands what it is unsure of to json."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.render.json_text import indented_json


def _standard(value: Any) -> str:
    return json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)


JSON = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(),
        st.floats(),
        st.text(),
    ),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=25,
)


@settings(max_examples=300)
@given(JSON)
def test_it_writes_what_json_writes(value: Any) -> None:
    assert indented_json(value) == _standard(value)


@pytest.mark.parametrize(
    "value",
    [
        {"nan": math.nan, "inf": [math.inf, -math.inf]},
        {"tuple": (1, "a")},
        {1: "an integer key", 2: "another"},
        {'\u2028 \x00 "quoted" \\ é': "\U0001f600"},
        [[[]], {}, [{}], {"": ""}],
        [[[[[[[[[[1]]]]]]]]]] * 30,
        True,
        -0.0,
        10**30,
    ],
)
def test_odd_values_come_out_the_same(value: Any) -> None:
    assert indented_json(value) == _standard(value)


def test_very_deep_nesting_is_left_to_json() -> None:
    deep: Any = "leaf"
    for _ in range(150):
        deep = {"x": [deep]}
    assert indented_json(deep) == _standard(deep)


def test_what_json_refuses_it_refuses_alike() -> None:
    for value in ({"set": {1}}, {"key": object()}, {(1, 2): "tuple key"}):
        with pytest.raises(TypeError) as ours:
            indented_json(value)
        with pytest.raises(TypeError) as theirs:
            _standard(value)
        assert str(ours.value) == str(theirs.value)


def test_our_spec_documents_come_out_the_same() -> None:
    for source in pipeline.discover():
        _, document = pipeline.load(source)
        assert indented_json(document) == _standard(document)
