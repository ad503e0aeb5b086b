"""Malformed, truncated and wrongly typed JSON: every decoder of binary_com_api (each model's,
three ways, and each call's) raises only DecodeError (the shared strategies are in
tests/support/fuzz.py; the same bad answers sent through the client by the simulator are in
tests/reliability/test_ws_bad_replies.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from binary_com_api import DecodeError, _codec
from binary_com_api.testing import BinaryComSimulator
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import fuzz

PACKAGE = "binary_com_api"
SPECS = Path(__file__).resolve().parents[2] / "specs" / "binary-com"
DECODERS = fuzz.call_decoders(PACKAGE)
CALLS = fuzz.call_cases(PACKAGE, BinaryComSimulator())
MODELS = sorted(_codec._STRUCTURE.items(), key=lambda item: item[0].__name__)


def test_every_decoder_and_call_is_covered() -> None:
    assert {case.name for case in CALLS} == {path.stem for path in SPECS.glob("*.yaml")}
    assert len(DECODERS) == 3 * len(MODELS) + len(CALLS)
    assert MODELS


@settings(max_examples=120, deadline=None)
@given(fuzz.JSON)
def test_any_json_at_all_into_every_decoder(data: Any) -> None:
    for decoder in DECODERS:
        fuzz.check(decoder.decode, data, DecodeError)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_valid_answers_with_values_broken(data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(CALLS), label="call")
    fuzz.check(case.decode, data.draw(fuzz.mutated(case.seed), label="answer"), DecodeError)


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_valid_answers_truncated_and_parsed_leniently(data: st.DataObject) -> None:
    """A cut answer that still parses (cut after a complete value inside an array, say, and
    closed again) keeps its shape but loses fields."""
    case = data.draw(st.sampled_from(CALLS), label="call")
    text = json.dumps(case.seed)
    end = data.draw(st.integers(min_value=0, max_value=len(text)), label="cut")
    fuzz.check(case.decode, _reclosed(text[:end]), DecodeError)


def _reclosed(prefix: str) -> Any:
    """The longest prefix of a cut JSON text that can be closed again into valid JSON."""
    for end in range(len(prefix), -1, -1):
        head = prefix[:end].rstrip().rstrip(",:")
        closers = []
        in_string = escaped = False
        for char in head:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = not in_string
            elif not in_string and char in "[{":
                closers.append("]" if char == "[" else "}")
            elif not in_string and char in "]}":
                closers.pop()
        if in_string:
            continue
        try:
            return json.loads(head + "".join(reversed(closers)))
        except ValueError:
            continue
    return None


@st.composite
def near_miss(draw: st.DrawFn) -> tuple[Any, Any]:
    """An object with the right keys for a random model, holding random values."""
    cls, decode = draw(st.sampled_from(MODELS))
    keys = [attribute.name for attribute in cls.__attrs_attrs__ if attribute.name != "extra_fields"]
    data = {key: draw(fuzz.JSON) for key in keys if draw(st.booleans())}
    return decode, data


@settings(max_examples=300, deadline=None)
@given(near_miss())
def test_wrong_values_in_the_right_places(case: tuple[Any, Any]) -> None:
    decode, data = case
    fuzz.check(decode, data, DecodeError)
