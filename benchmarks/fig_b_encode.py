"""Figure b: encoding the decoded corpus (and the 1000-candle reply) back to JSON.

Ours is `orjson.dumps(unstructure(obj))` (bytes); pydantic v2 is
`obj.model_dump_json(by_alias=True, exclude_unset=True)` (a str: the goal names this
method, so it is not charged an extra `.encode()`); msgspec is `msgspec.json.Encoder().encode`;
orjson and json dump the plain dicts. Every encoder was checked by the round trip first.
"""

from __future__ import annotations

from benchmarks import variants
from benchmarks.timing import Goal, Report, Row, Settings, paired
from benchmarks.variants import Setup

ENCODE_GOAL = Goal("encode >= 1.5x faster than pydantic v2 `model_dump_json`", 1 / 1.5)
PEERS = {
    "pydantic": "pydantic v2 `model_dump_json`",
    "msgspec": "msgspec `Encoder().encode`",
    "orjson": "`orjson.dumps` of dicts",
    "json": "`json.dumps` of dicts",
}


def run(settings: Settings, setup: Setup, report: Report) -> None:
    for candles in (False, True):
        for peer, label in PEERS.items():
            payloads = setup.common("ours", peer, candles=candles)
            if not payloads:
                continue
            ours, theirs, ratio = paired(
                variants.encode_pass(setup, "ours", payloads),
                variants.encode_pass(setup, peer, payloads),
                settings,
            )
            total = len(setup.corpus.payloads)
            what = (
                "encode ticks_history, 1000 candles"
                if candles
                else "encode corpus, "
                + (
                    f"{len(payloads)} payloads"
                    if len(payloads) == total
                    else f"{len(payloads)} of {total} payloads"
                )
            )
            report.add(
                Row(
                    "b",
                    what,
                    ours,
                    label,
                    theirs,
                    goal=ENCODE_GOAL if peer == "pydantic" else None,
                    paired=ratio,
                )
            )
