"""Figure a: typed decode, bytes -> objects, of the corpus and of each large reply.

Ours is `structure(orjson.loads(raw), Model)`: type checks on, unknown fields kept in
`extra_fields`. pydantic v2 is `Model.model_validate_json(raw)` on models generated with
`--extra-fields allow` (so unknown fields are kept there too); msgspec is a
`msgspec.json.Decoder(Model)` built once per model; orjson and json give plain dicts, the
floor a typed decoder is measured against. Each ratio compares ours with one peer on the
payloads both round-tripped. The corpus is timed as a whole against every peer; each large
reply (`Corpus.large`: the wide replies and any payload of 10 KB or more) on its own line
against pydantic (the goal) and orjson (the floor).
"""

from __future__ import annotations

from benchmarks import variants
from benchmarks.corpus import Payload
from benchmarks.timing import Goal, Report, Row, Settings, paired
from benchmarks.variants import SCHEMA_NOT_LOADED, Setup

DECODE_GOAL = Goal("decode >= 1.25x faster than pydantic v2", 0.80)
CORPUS_DECODE_GOAL = Goal("decode of the corpus >= 1.5x faster than pydantic v2", 1 / 1.5)
# The peers each large reply is compared with on a line of its own.
LARGE_PEERS = ("pydantic", "orjson")
PEERS = {
    "pydantic": "pydantic v2 `model_validate_json`",
    "msgspec": "msgspec `Decoder(Model).decode`",
    "orjson": "`orjson.loads` to dicts",
    "json": "`json.loads` to dicts",
}


def run(settings: Settings, setup: Setup, report: Report) -> None:
    for peer, label in PEERS.items():
        _compare(settings, setup, report, peer, label, None)
    for payload in setup.corpus.large:
        for peer in LARGE_PEERS:
            _compare(settings, setup, report, peer, PEERS[peer], payload)
    describe_round_trips(setup, report)


def _compare(
    settings: Settings,
    setup: Setup,
    report: Report,
    peer: str,
    label: str,
    payload: Payload | None,
) -> None:
    """One row: ours against `peer` on the corpus (`payload` None) or on one large reply."""
    payloads = setup.common("ours", peer, among=None if payload is None else [payload])
    what = _what(setup, payload, len(payloads))
    if not payloads:
        why = "no payload" if payload is None else "the peer cannot round-trip it"
        report.add(Row("a", what, None, label, None, note=why))
        return
    ours, theirs, ratio = paired(
        variants.decode_pass(setup, "ours", payloads),
        variants.decode_pass(setup, peer, payloads),
        settings,
    )
    goal = None
    if peer == "pydantic":
        goal = CORPUS_DECODE_GOAL if payload is None else DECODE_GOAL
    report.add(Row("a", what, ours, label, theirs, goal=goal, paired=ratio))


def _what(setup: Setup, payload: Payload | None, count: int) -> str:
    if payload is not None:
        return f"decode {payload.call}, {payload.label} ({len(payload.raw) / 1024:.0f} KB)"
    total = len(setup.corpus.payloads)
    shown = f"{count} payloads" if count == total else f"{count} of {total} payloads"
    return f"decode corpus, {shown}"


def describe_round_trips(setup: Setup, report: Report) -> None:
    """What each variant could not load or give back unchanged: listed, never dropped."""
    corpus = setup.corpus
    total = len(corpus.payloads) + len(corpus.wide)
    calls = len({payload.call for payload in corpus.payloads})
    wide_size = sum(len(payload.raw) for payload in corpus.wide)
    report.note(
        "a",
        f"Corpus: {len(corpus.payloads)} replies to all {calls} calls (`full`, `minimal` and "
        f"`varied` forms, seed {_seed()}, {corpus.size // 1024} KB) plus {len(corpus.wide)} "
        f"large replies ({wide_size // 1024} KB: "
        + ", ".join(f"{p.call} {p.label}" for p in corpus.wide)
        + f"); {len(corpus.skipped)} generated payloads failed schema validation and were "
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
