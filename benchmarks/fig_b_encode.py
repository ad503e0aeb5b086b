"""Figure b: encoding the decoded corpus (and each large reply) back to JSON.

Ours is `orjson.dumps(unstructure(obj))` (bytes); pydantic v2 is
`obj.model_dump_json(by_alias=True, exclude_unset=True)` (a str: the goal names this
method, so it is not charged an extra `.encode()`); msgspec is `msgspec.json.Encoder().encode`;
orjson and json dump the plain dicts. Every encoder was checked by the round trip first.
The corpus is timed as a whole against every peer; each large reply (`Corpus.large`) on its
own line against pydantic (the goal) and orjson (the floor).
"""

from __future__ import annotations

from benchmarks import variants
from benchmarks.corpus import Payload
from benchmarks.timing import Goal, Report, Row, Settings, paired
from benchmarks.variants import Setup

ENCODE_GOAL = Goal("encode >= 1.5x faster than pydantic v2 `model_dump_json`", 1 / 1.5)
# The peers each large reply is compared with on a line of its own.
LARGE_PEERS = ("pydantic", "orjson")
PEERS = {
    "pydantic": "pydantic v2 `model_dump_json`",
    "msgspec": "msgspec `Encoder().encode`",
    "orjson": "`orjson.dumps` of dicts",
    "json": "`json.dumps` of dicts",
}


def run(settings: Settings, setup: Setup, report: Report) -> None:
    for peer, label in PEERS.items():
        _compare(settings, setup, report, peer, label, None)
    for payload in setup.corpus.large:
        for peer in LARGE_PEERS:
            _compare(settings, setup, report, peer, PEERS[peer], payload)


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
    total = len(setup.corpus.payloads)
    if payload is not None:
        what = f"encode {payload.call}, {payload.label}"
    elif len(payloads) == total:
        what = f"encode corpus, {total} payloads"
    else:
        what = f"encode corpus, {len(payloads)} of {total} payloads"
    if not payloads:
        why = "no payload" if payload is None else "the peer cannot round-trip it"
        report.add(Row("b", what, None, label, None, note=why))
        return
    ours, theirs, ratio = paired(
        variants.encode_pass(setup, "ours", payloads),
        variants.encode_pass(setup, peer, payloads),
        settings,
    )
    goal = ENCODE_GOAL if peer == "pydantic" else None
    report.add(Row("b", what, ours, label, theirs, goal=goal, paired=ratio))
