"""Malformed, truncated and wrongly typed JSON: every decoder of binance_oauth_api raises only
DecodeError (the shared strategies are in tests/support/fuzz.py; the same bad answers sent
through the client by the simulator are in tests/reliability/test_bad_replies.py)."""

from __future__ import annotations

from typing import Any

from binance_oauth_api import DecodeError, _codec
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.support import fuzz

PACKAGE = "binance_oauth_api"
DECODERS = fuzz.decoders(PACKAGE)
ROUTES = fuzz.route_cases(PACKAGE)


def test_every_decoder_and_route_is_covered() -> None:
    assert {case.name for case in ROUTES} == {
        "oauth.exchange_code",
        "oauth.refresh",
        "user.info",
        "oauth.revoke_token",
    }
    assert len(DECODERS) == 3 * len(_codec._STRUCTURE) + len(ROUTES)
    for case in ROUTES:
        case.decode(case.seed)


@settings(max_examples=150, deadline=None)
@given(fuzz.JSON)
def test_any_json_at_all_into_every_decoder(data: Any) -> None:
    for decoder in DECODERS:
        fuzz.check(decoder.decode, data, DecodeError)


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_valid_answers_with_values_broken(data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(ROUTES), label="route")
    fuzz.check(case.decode, data.draw(fuzz.mutated(case.seed), label="answer"), DecodeError)
