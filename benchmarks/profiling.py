"""Where our decode and round trip spend their time: the profile-guided section of
BENCHMARKS.md.

Two views. Phases, by subtraction of plain timings (no profiler in the way): parsing
(`orjson.loads`), our decoders (`structure`), our encoders (`unstructure`) and serialising
(`orjson.dumps`), over the corpus and over the 1000-candle reply. Then cProfile over many
round trips of the corpus, grouped by kind of function: cProfile charges every Python call
a fixed overhead, so it overstates small functions; the phases are the honest shares, the
profile says which functions inside them.
"""

from __future__ import annotations

import cProfile
import pstats
import re
from typing import Any

import orjson

from benchmarks.timing import Settings, compare
from benchmarks.variants import Setup


def phases(settings: Settings, setup: Setup, candles: bool) -> list[tuple[str, float]]:
    from binary_com_api import models, structure, unstructure

    payloads = [setup.corpus.candles] if candles else setup.corpus.payloads
    raws = [payload.raw for payload in payloads]
    classes = [getattr(models, payload.model) for payload in payloads]
    datas = [orjson.loads(raw) for raw in raws]
    objs = [structure(data, cls) for data, cls in zip(datas, classes, strict=True)]
    plain = [unstructure(obj) for obj in objs]

    def parse() -> None:
        for raw in raws:
            orjson.loads(raw)

    def decode() -> None:
        for raw, cls in zip(raws, classes, strict=True):
            structure(orjson.loads(raw), cls)

    def unstructure_all() -> None:
        for obj in objs:
            unstructure(obj)

    def serialise() -> None:
        for item in plain:
            orjson.dumps(item)

    times = compare(
        {
            "parse": parse,
            "decode": decode,
            "unstructure": unstructure_all,
            "serialise": serialise,
        },
        settings,
    )
    return [
        ("`orjson.loads` (bytes -> dicts)", times["parse"]),
        (
            "our decoders (dicts -> models, checks, extras)",
            max(0.0, times["decode"] - times["parse"]),
        ),
        ("our encoders (models -> dicts)", times["unstructure"]),
        ("`orjson.dumps` (dicts -> bytes)", times["serialise"]),
    ]


def _kind(function: tuple[str, int, str]) -> str:
    filename, _, name = function
    if name.startswith("structure_"):
        return "per-model decoders (`structure_*`)"
    if name.startswith("unstructure_"):
        return "per-model encoders (`unstructure_*`)"
    if name.startswith("_decode_"):
        return "array, map and union helpers (`_decode_*`)"
    if name in ("structure", "unstructure", "_encode_any"):
        return "public entry points (`structure`, `unstructure`)"
    if "orjson.loads" in name:
        return "`orjson.loads`"
    if "orjson.dumps" in name:
        return "`orjson.dumps`"
    if name == "<method 'get' of 'dict' objects>":
        return "`dict.get` (one per field)"
    if "__new__" in name:
        return "`object.__new__` (one per object)"
    if filename.endswith("variants.py") or filename.endswith("profiling.py"):
        return "benchmark loop"
    return "other built-ins (len, list and dict building, errors)"


def profile(setup: Setup, rounds: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """cProfile over `rounds` round trips of the corpus: time by kind of function, and the
    functions with the most time of their own."""
    passed = setup.variants["ours"].passed
    pairs = [passed[payload.key][:2] for payload in setup.corpus.payloads]
    pairs.append(passed[setup.corpus.candles.key][:2])
    raws = [payload.raw for payload in setup.corpus.payloads] + [setup.corpus.candles.raw]

    def round_trips() -> None:
        for (decode, encode), raw in zip(pairs, raws, strict=True):
            encode(decode(raw))

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        round_trips()
    profiler.disable()
    stats: Any = pstats.Stats(profiler).stats
    total = sum(entry[2] for entry in stats.values())
    kinds: dict[str, float] = {}
    functions: list[tuple[str, float]] = []
    for function, entry in stats.items():
        own = entry[2]
        kinds[_kind(function)] = kinds.get(_kind(function), 0.0) + own
        functions.append((_name(function), own))
    functions.sort(key=lambda item: -item[1])
    by_kind = sorted(((kind, own / total) for kind, own in kinds.items()), key=lambda i: -i[1])
    return by_kind, [(name, own / total) for name, own in functions[:10]]


def _name(function: tuple[str, int, str]) -> str:
    filename, _, name = function
    if filename == "~":
        return re.sub(r" at 0x[0-9a-f]+", "", name)
    return f"{filename.rsplit('/', 1)[-1]}:{name}"


def section(settings: Settings, setup: Setup) -> list[str]:
    """The Markdown of the profile-guided section."""
    lines = [
        "## Where the time goes (profile-guided)",
        "",
        "Phases of our round trip, by subtraction of plain timings (median per pass):",
        "",
        f"| phase | corpus ({len(setup.corpus.payloads)} replies) | share "
        "| 1000-candle reply | share |",
        "|---|---:|---:|---:|---:|",
    ]
    corpus = phases(settings, setup, candles=False)
    candles = phases(settings, setup, candles=True)
    corpus_total = sum(value for _, value in corpus)
    candles_total = sum(value for _, value in candles)
    for (name, value), (_, big) in zip(corpus, candles, strict=True):
        lines.append(
            f"| {name} | {_us(value)} | {value / corpus_total:.0%} | {_us(big)} | "
            f"{big / candles_total:.0%} |"
        )
    by_kind, functions = profile(setup, settings.scaled(40, 10))
    lines += [
        "",
        "cProfile over round trips (decode + encode) of the corpus and the candles, own time "
        "by kind of function (cProfile's per-call overhead inflates the small Python "
        "functions; the phases above are the honest split):",
        "",
        "| kind of function | share of profiled time |",
        "|---|---:|",
        *(f"| {kind} | {share:.0%} |" for kind, share in by_kind),
        "",
        "The ten functions with the most time of their own:",
        "",
        "| function | share |",
        "|---|---:|",
        *(f"| `{name}` | {share:.1%} |" for name, share in functions),
    ]
    return lines


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:,.0f} µs"
