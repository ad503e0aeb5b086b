"""Malformed, truncated and wrongly typed JSON: every decoder of okcoin_v3_api raises only
DecodeError (the shared strategies are in tests/support/fuzz.py; the same bad answers sent
through the client by the simulator are in tests/reliability/test_bad_replies.py)."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from okcoin_v3_api import DecodeError, _codec

from tests.support import fuzz

PACKAGE = "okcoin_v3_api"
DECODERS = fuzz.decoders(PACKAGE)
ROUTES = fuzz.route_cases(PACKAGE)
MODELS = sorted(_codec._STRUCTURE.items(), key=lambda item: item[0].__name__)


def test_every_decoder_and_route_is_covered() -> None:
    # One case per operation with a JSON answer in the spec the package ships.
    assert len(ROUTES) == len(fuzz.success_schemas(fuzz.packaged_spec(PACKAGE)))
    assert len(DECODERS) == 3 * len(MODELS) + len(ROUTES)
    for case in ROUTES:
        case.decode(case.seed)  # the starting points are valid answers


@settings(max_examples=150, deadline=None)
@given(fuzz.JSON)
def test_any_json_at_all_into_every_decoder(data: Any) -> None:
    for decoder in DECODERS:
        fuzz.check(decoder.decode, data, DecodeError)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_valid_answers_with_values_broken(data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(ROUTES), label="route")
    fuzz.check(case.decode, data.draw(fuzz.mutated(case.seed), label="answer"), DecodeError)


@st.composite
def near_miss(draw: st.DrawFn) -> tuple[Any, Any]:
    """An object with the right keys for a random model, holding random values."""
    cls, decode = draw(st.sampled_from(MODELS))
    keys = [attribute.name for attribute in cls.__attrs_attrs__ if attribute.name != "extra_fields"]
    data = {key: draw(fuzz.JSON) for key in keys if draw(st.booleans())}
    return decode, data


@settings(max_examples=200, deadline=None)
@given(near_miss())
def test_wrong_values_in_the_right_places(case: tuple[Any, Any]) -> None:
    decode, data = case
    fuzz.check(decode, data, DecodeError)
