"""Malformed, truncated and wrongly typed JSON: the decoders raise only DecodeError."""

from __future__ import annotations

import contextlib
from typing import Any

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st
from okcoin_v3_api import DecodeError, _codec

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(["1.5", "-0.001", "1e400", "NaN", "Infinity", "", "0x10"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)
MODELS = sorted(_codec._STRUCTURE.items(), key=lambda item: item[0].__name__)


@st.composite
def near_miss(draw: st.DrawFn) -> tuple[Any, Any]:
    """An object with the right keys for a random model, holding random values."""
    cls, decode = draw(st.sampled_from(MODELS))
    keys = [attribute.name for attribute in cls.__attrs_attrs__ if attribute.name != "extra_fields"]
    data = {key: draw(JSON) for key in keys if draw(st.booleans())}
    return decode, data


@settings(max_examples=300, deadline=None)
@given(near_miss())
def test_wrong_values_in_the_right_places(case: tuple[Any, Any]) -> None:
    decode, data = case
    with contextlib.suppress(DecodeError):
        decode(data)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(MODELS), JSON)
def test_any_json_at_all(model: tuple[Any, Any], data: Any) -> None:
    _, decode = model
    with contextlib.suppress(DecodeError):
        decode(data)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(MODELS), st.integers(min_value=0, max_value=40))
def test_truncated_bodies(model: tuple[Any, Any], cut: int) -> None:
    cls, decode = model
    sample = {a.name: "1" for a in cls.__attrs_attrs__ if a.name != "extra_fields"}
    body = orjson.dumps(sample)[:cut]
    with contextlib.suppress(orjson.JSONDecodeError, DecodeError):
        decode(orjson.loads(body))
