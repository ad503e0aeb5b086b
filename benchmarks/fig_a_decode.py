"""Figure a: typed decode, bytes -> objects, of the corpus and of the 1000-candle reply.

Ours is `structure(orjson.loads(raw), Model)`: type checks on, unknown fields kept in
`extra_fields`. pydantic v2 is `Model.model_validate_json(raw)` on models generated with
`--extra-fields allow` (so unknown fields are kept there too); msgspec is a
`msgspec.json.Decoder(Model)` built once per model; orjson and json give plain dicts, the
floor a typed decoder is measured against. Each ratio compares ours with one peer on the
payloads both round-tripped.
"""

from __future__ import annotations

from benchmarks import variants
from benchmarks.timing import Goal, Report, Row, Settings, paired
from benchmarks.variants import SCHEMA_NOT_LOADED, Setup

DECODE_GOAL = Goal("decode >= 1.25x faster than pydantic v2", 0.80)
PEERS = {
    "pydantic": "pydantic v2 `model_validate_json`",
    "msgspec": "msgspec `Decoder(Model).decode`",
    "orjson": "`orjson.loads` to dicts",
    "json": "`json.loads` to dicts",
}


def run(settings: Settings, setup: Setup, report: Report) -> None:
    for candles in (False, True):
        for peer, label in PEERS.items():
            payloads = setup.common("ours", peer, candles=candles)
            if not payloads:
                report.add(Row("a", _what(setup, candles, 0), None, label, None, note="no payload"))
                continue
            ours, theirs, ratio = paired(
                variants.decode_pass(setup, "ours", payloads),
                variants.decode_pass(setup, peer, payloads),
                settings,
            )
            report.add(
                Row(
                    "a",
                    _what(setup, candles, len(payloads)),
                    ours,
                    label,
                    theirs,
                    goal=DECODE_GOAL if peer == "pydantic" else None,
                    paired=ratio,
                )
            )
    describe_round_trips(setup, report)


def _what(setup: Setup, candles: bool, count: int) -> str:
    if candles:
        return f"decode ticks_history, 1000 candles ({len(setup.corpus.candles.raw) // 1024} KB)"
    total = len(setup.corpus.payloads)
    shown = f"{count} payloads" if count == total else f"{count} of {total} payloads"
    return f"decode corpus, {shown}"


def describe_round_trips(setup: Setup, report: Report) -> None:
    """What each variant could not load or give back unchanged: listed, never dropped."""
    corpus = setup.corpus
    total = len(corpus.payloads) + 1
    calls = len({payload.call for payload in corpus.payloads})
    report.note(
        "a",
        f"Corpus: {len(corpus.payloads)} replies to all {calls} calls (`full`, `minimal` and "
        f"`varied` forms, seed {_seed()}, {corpus.size // 1024} KB) plus the 1000-candle "
        f"reply; {len(corpus.skipped)} generated payloads failed schema validation and were "
        "left out" + (f" ({', '.join(corpus.skipped)})" if corpus.skipped else "") + ".",
    )
    for name, variant in setup.variants.items():
        line = f"`{name}` round-trips {len(variant.passed)} of {total} payloads"
        unloaded = [key for key, reason in variant.failed.items() if reason == SCHEMA_NOT_LOADED]
        others: dict[str, list[str]] = {}
        for key, reason in sorted(variant.failed.items()):
            if reason != SCHEMA_NOT_LOADED:
                others.setdefault(reason, []).append(key)
        parts = []
        if unloaded:
            calls = len({key.partition("/")[0] for key in unloaded})
            parts.append(f"{len(unloaded)} replies to {calls} calls whose schema it cannot load")
        parts += [f"{', '.join(_calls(keys))}: {reason}" for reason, keys in others.items()]
        report.note("a", line + (" (not: " + "; ".join(parts) + ")." if parts else "."))
    for name, models in setup.models.items():
        if models.failures:
            failures = "; ".join(f"{call}: {why}" for call, why in sorted(models.failures.items()))
            report.note(
                "a",
                f"{name} cannot load {len(models.failures)} of the 134 receive schemas "
                f"(datamodel-code-generator wrote them): {failures}.",
            )


def _calls(keys: list[str]) -> list[str]:
    """`call/form` keys, grouped: a call whose three forms all fail is named once."""
    forms: dict[str, list[str]] = {}
    for key in keys:
        call, _, form = key.partition("/")
        forms.setdefault(call, []).append(form)
    return [
        call if len(found) >= 3 else f"{call} ({', '.join(found)})" for call, found in forms.items()
    ]


def _seed() -> int:
    from benchmarks.corpus import SEED

    return SEED
