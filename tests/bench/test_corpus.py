"""The benchmark corpus and its round-trip harness (figures a and b of BENCHMARKS.md).

Correctness only, no timing: the corpus is deterministic, valid against the specs and covers
every call; the round trip catches a variant that loses or changes data.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks import corpus, variants
from benchmarks.corpus import Corpus, Payload, canonical, canonical_json
from benchmarks.timing import Goal, Row


@pytest.fixture(scope="module")
def built() -> Corpus:
    return corpus.build()


def test_canonical_json_has_one_number_type_but_keeps_booleans() -> None:
    assert canonical_json(b'{"b": 2.0, "a": [1, 0.5]}') == canonical_json(b'{"a":[1.0,0.5],"b":2}')
    assert canonical(True) is True
    assert canonical_json(b"[true]") != canonical_json(b"[1]")
    assert canonical_json(b"[null]") != canonical_json(b"[0]")


def test_the_corpus_is_the_same_on_every_build(built: Corpus) -> None:
    again = corpus.build()
    assert [p.raw for p in again.payloads] == [p.raw for p in built.payloads]
    assert again.candles.raw == built.candles.raw
    assert [p.raw for p in again.wide] == [p.raw for p in built.wide]


def test_every_call_has_a_reply_and_every_reply_is_valid(built: Corpus) -> None:
    from jsonschema import Draft4Validator

    from generator.runtime.binary import simulator as _simulator

    operations, document = corpus.load_calls()
    assert {p.call for p in built.payloads} == {op.name for op in operations}
    assert built.skipped == []
    validators = {
        name: Draft4Validator(_simulator.translated_schema(spec["receive"]))
        for name, spec in document["calls"].items()
    }
    for payload in [*built.payloads, *built.wide]:
        errors = list(validators[payload.call].iter_errors(json.loads(payload.raw)))
        assert errors == [], f"{payload.key}: {errors[0].message}"
    assert len(json.loads(built.candles.raw)["candles"]) == 1000


def test_the_wide_replies_are_large_and_their_rows_differ(built: Corpus) -> None:
    wide = {payload.key: json.loads(payload.raw) for payload in built.wide}
    assert built.wide[0] is built.candles
    assert len(wide) == len(corpus.WIDE) + 1  # every plan, plus the candles
    rows = {
        "statement/500 rows": wide["statement/500 rows"]["statement"]["transactions"],
        "profit_table/500 rows": wide["profit_table/500 rows"]["profit_table"]["transactions"],
        "active_symbols/full, 80 symbols": wide["active_symbols/full, 80 symbols"][
            "active_symbols"
        ],
        "p2p_advert_list/50 adverts": wide["p2p_advert_list/50 adverts"]["p2p_advert_list"]["list"],
    }
    for key, items in rows.items():
        assert len({json.dumps(item, sort_keys=True) for item in items}) > len(items) * 0.9, key
    assert wide["statement/500 rows"]["statement"]["count"] == 500
    symbols = wide["trading_times/5 markets, 90 symbols"]["trading_times"]["markets"]
    assert sum(len(sub["symbols"]) for market in symbols for sub in market["submarkets"]) == 90
    brief = wide["active_symbols/brief, 80 symbols"]["active_symbols"]
    assert all(set(row) <= corpus._BRIEF_SYMBOL for row in brief)
    assert wide["active_symbols/brief, 80 symbols"]["echo_req"]["active_symbols"] == "brief"
    small = [p.key for p in built.wide if len(p.raw) < corpus.LARGE]
    assert small == ["get_settings/one account"]


def test_every_payload_over_10_kb_gets_a_line_of_its_own(built: Corpus) -> None:
    large = {payload.key for payload in built.large}
    over = {p.key for p in [*built.payloads, *built.wide] if len(p.raw) >= 10 * 1024}
    assert over <= large
    assert {p.key for p in built.wide} <= large


def test_the_varied_forms_differ_from_the_examples(built: Corpus) -> None:
    full = {p.call: p.raw for p in built.payloads if p.label == "full"}
    varied = {p.call: p.raw for p in built.payloads if p.label == "varied"}
    changed = [call for call in varied if varied[call] != full.get(call)]
    assert len(changed) > len(varied) * 0.8


def test_ours_round_trips_the_whole_corpus(built: Corpus) -> None:
    ours = variants.ours()
    for payload in [*built.payloads, *built.wide]:
        ours.check(payload)
    assert ours.failed == {}
    assert len(ours.passed) == len(built.payloads) + len(built.wide)


def _lossy(_: Payload) -> tuple[Any, Any]:
    def encode(data: dict[str, Any]) -> bytes:
        data = dict(data)
        data.pop("msg_type", None)
        return json.dumps(data).encode()

    return json.loads, encode


def test_a_variant_that_loses_a_field_is_caught_and_told_where(built: Corpus) -> None:
    lossy = variants.Variant("lossy", "drops msg_type", _lossy)
    assert not lossy.check(built.payloads[0])
    assert lossy.failed[built.payloads[0].key] == "re-encoded JSON differs at $.msg_type (missing)"
    assert lossy.passed == {}


def test_a_variant_without_a_model_is_reported_not_dropped(built: Corpus) -> None:
    def unsupported(_: Payload) -> tuple[Any, Any]:
        raise variants.Unsupported(variants.SCHEMA_NOT_LOADED)

    variant = variants.Variant("none", "no models", unsupported)
    assert not variant.check(built.payloads[0])
    assert variant.failed == {built.payloads[0].key: variants.SCHEMA_NOT_LOADED}


def test_goals_are_judged_on_the_ratio_or_on_the_value() -> None:
    faster = Goal("at least 1.25x faster", 0.8)
    assert Row("a", "x", 1.0, "peer", 1.3, goal=faster).holds is True
    assert Row("a", "x", 1.0, "peer", 1.2, goal=faster).holds is False
    assert Row("a", "x", 1.0, "peer", 1.2, goal=faster, paired=0.7).holds is True
    flat = Goal("grows less than 5 MB", 5.0, kind="value")
    assert Row("g", "x", 4.9, "", None, unit="MB", goal=flat).holds is True
    assert Row("g", "x", 5.1, "", None, unit="MB", goal=flat).holds is False


def test_rewriting_the_report_keeps_the_hand_written_analysis() -> None:
    from benchmarks.runner import ANALYSIS_END, ANALYSIS_START, _keep_analysis

    fresh = f"# Benchmarks\n\nnew table\n\n{ANALYSIS_START}\n{ANALYSIS_END}\n"
    previous = f"# Benchmarks\n\nold table\n\n{ANALYSIS_START}\nwhy\n{ANALYSIS_END}\n"
    kept = _keep_analysis(fresh, previous)
    assert kept == f"# Benchmarks\n\nnew table\n\n{ANALYSIS_START}\nwhy\n{ANALYSIS_END}\n"
    assert _keep_analysis(kept, kept) == kept
    assert _keep_analysis(fresh, "no markers") == fresh
