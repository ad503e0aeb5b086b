"""The fixed-seed corpus of Binary.com replies that figures a and b decode and encode, and the
round-trip check every variant must pass before it is timed.

Built from the call specs, so it needs no network and no recorded traffic. For each of the
134 calls, from its receive schema:

- `full`: the simulator's deterministic example (every property it can fill in);
- `minimal`: only the required properties;
- `varied`: the full example with its values redrawn by a seeded `random.Random`: numbers
  and free-text strings change, arrays get one to four items, enums pick another member.
  Every redrawn part is checked against its own schema and kept only if it is valid.

Each reply carries the envelope a server sends (`echo_req` with the request, `msg_type`,
`req_id`). Every payload is validated against its receive schema (with the simulator's
translation of upstream regexes), so the corpus is valid by construction; a payload that
does not validate is left out and counted. One more payload is the large one: a
`ticks_history` reply with 1000 candles.
"""

from __future__ import annotations

import json
import math
import random
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.timing import ROOT

SPECS = ROOT / "specs" / "binary-com"
SEED = 20261125
CANDLES = 1000
_WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india")


@dataclass(frozen=True)
class Payload:
    """One reply: the call it answers, which form it is and its bytes as sent."""

    call: str
    label: str
    raw: bytes
    model: str  # our response model's class name

    @property
    def key(self) -> str:
        return f"{self.call}/{self.label}"


@dataclass
class Corpus:
    payloads: list[Payload]
    candles: Payload
    skipped: list[str]  # generated payloads the schema rejected (left out)

    @property
    def size(self) -> int:
        return sum(len(payload.raw) for payload in self.payloads)


def canonical(value: Any) -> Any:
    """JSON data with one number type, as JSON has: 2.0 and 2 compare equal, True and 1 not."""
    if value is None or value is True or value is False:
        return value
    if value.__class__ is float and math.isfinite(value) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical(item) for item in value]
    return value


def canonical_json(raw: bytes | str) -> str:
    return json.dumps(canonical(json.loads(raw)), sort_keys=True, ensure_ascii=False)


def _simulator() -> Any:
    from generator.runtime.binary import simulator as _simulator

    return _simulator


def load_calls() -> tuple[list[Any], dict[str, Any]]:
    from generator.loaders.calls import load_calls as load

    api, document = load(SPECS)
    return list(api.operations), document


def build(seed: int = SEED) -> Corpus:
    """The corpus; the same seed gives the same bytes on every machine."""
    sim = _simulator()
    from jsonschema import Draft4Validator

    operations, document = load_calls()
    rng = random.Random(seed)
    payloads: list[Payload] = []
    skipped: list[str] = []
    for op in operations:
        spec = document["calls"][op.name]
        receive = sim.translated_schema(spec["receive"])
        send = sim.translated_schema(spec["send"])
        schemas = sim.Schemas(receive)
        replies = sim.schema_examples(schemas)
        requests = sim.schema_examples(sim.Schemas(send))
        validator = Draft4Validator(receive)
        model = op.response.name
        full = replies.example(receive, key=op.name)
        forms = {
            "full": full,
            "minimal": replies.minimal(receive, key=op.name),
            "varied": _Varier(replies.resolve, schemas.is_valid, rng).vary(
                receive, json.loads(json.dumps(full))
            ),
        }
        seen: set[bytes] = set()
        for label, body in forms.items():
            request = requests.minimal(send, key=op.name)
            message = _enveloped(body, request, rng.randrange(1, 1 << 20))
            if not validator.is_valid(message):
                skipped.append(f"{op.name}/{label}")
                continue
            raw = json.dumps(message, ensure_ascii=False).encode()
            if raw in seen:
                continue  # e.g. a call whose reply has no optional part
            seen.add(raw)
            payloads.append(Payload(op.name, label, raw, model))
    candles = _candles_reply(random.Random(seed + 1), operations)
    spec = document["calls"]["ticks_history"]
    if not Draft4Validator(sim.translated_schema(spec["receive"])).is_valid(
        json.loads(candles.raw)
    ):
        raise RuntimeError("the 1000-candle reply does not match the ticks_history schema")
    return Corpus(payloads, candles, skipped)


def _enveloped(body: Any, request: Any, req_id: int) -> Any:
    if not isinstance(body, dict):
        return body
    message = dict(body)
    if isinstance(request, dict) and "echo_req" in message:
        message["echo_req"] = {**request, "req_id": req_id}
    if "req_id" in message:
        message["req_id"] = req_id
    return message


def _candles_reply(rng: random.Random, operations: list[Any]) -> Payload:
    model = next(op.response.name for op in operations if op.name == "ticks_history")
    price = 1234.5678
    candles = []
    for index in range(CANDLES):
        open_ = price
        moves = [rng.gauss(0, 0.8) for _ in range(4)]
        path = [open_ + sum(moves[: step + 1]) for step in range(4)]
        price = round(path[-1], 4)
        candles.append(
            {
                "close": price,
                "epoch": 1_700_000_000 + 60 * index,
                "high": round(max(open_, *path), 4),
                "low": round(min(open_, *path), 4),
                "open": round(open_, 4),
            }
        )
    message = {
        "candles": candles,
        "echo_req": {
            "ticks_history": "R_50",
            "adjust_start_time": 1,
            "count": CANDLES,
            "end": "latest",
            "granularity": 60,
            "start": 1,
            "style": "candles",
            "req_id": 7,
        },
        "msg_type": "candles",
        "pip_size": 4,
        "req_id": 7,
    }
    return Payload("ticks_history", f"{CANDLES} candles", json.dumps(message).encode(), model)


class _Varier:
    """Redraws the values of a valid example, part by part, keeping only valid parts."""

    def __init__(
        self,
        resolve: Callable[[Any], Any],
        is_valid: Callable[[Any, Any], bool],
        rng: random.Random,
    ) -> None:
        self.resolve = resolve
        self.is_valid = is_valid
        self.rng = rng

    def vary(self, schema: Any, value: Any, depth: int = 0) -> Any:
        node = self.resolve(schema)
        if not isinstance(node, Mapping) or depth > 12:
            return value
        candidate = self._redraw(node, value, depth)
        if candidate is value or self.is_valid(node, candidate):
            return candidate
        return value

    def _redraw(self, node: Mapping[str, Any], value: Any, depth: int) -> Any:
        rng = self.rng
        enum = node.get("enum")
        if isinstance(enum, list) and enum:
            same_kind = [item for item in enum if type(item) is type(value)]
            return rng.choice(same_kind) if same_kind else value
        if "const" in node or "oneOf" in node or "anyOf" in node or "allOf" in node:
            return value
        if isinstance(value, dict):
            return self._object(node, value, depth)
        if isinstance(value, list):
            return self._array(node, value, depth)
        if isinstance(value, bool):
            return rng.random() < 0.5
        if isinstance(value, int):
            return self._integer(node, value)
        if isinstance(value, float):
            return self._number(node)
        if isinstance(value, str):
            return self._string(node, value)
        return value

    def _object(self, node: Mapping[str, Any], value: dict[str, Any], depth: int) -> Any:
        properties = node.get("properties") or {}
        patterns = node.get("patternProperties") or {}
        extra = node.get("additionalProperties")
        out = {}
        for key, item in value.items():
            sub = properties.get(key)
            if sub is None and patterns:
                sub = next(iter(patterns.values()))
            if sub is None and isinstance(extra, Mapping):
                sub = extra
            out[key] = self.vary(sub, item, depth + 1) if sub is not None else item
        return out

    def _array(self, node: Mapping[str, Any], value: list[Any], depth: int) -> Any:
        items = node.get("items")
        if not value or not isinstance(items, Mapping):
            return value
        low = int(node.get("minItems", 1))
        high = int(node.get("maxItems", 4))
        count = self.rng.randint(max(1, low), max(1, min(4, high)))
        return [self.vary(items, json.loads(json.dumps(value[0])), depth + 1) for _ in range(count)]

    def _integer(self, node: Mapping[str, Any], value: int) -> int:
        low = node.get("minimum")
        high = node.get("maximum")
        if value >= 1_000_000_000 and low is None and high is None:  # an epoch
            return value + self.rng.randrange(0, 90 * 86_400)
        low = int(low) if low is not None else 0
        high = int(high) if high is not None else max(low + 10, 1000)
        return self.rng.randint(low, high)

    def _number(self, node: Mapping[str, Any]) -> float:
        low = float(node.get("minimum", 0.0))
        high = float(node.get("maximum", low + 10_000.0))
        return round(self.rng.uniform(low, high), self.rng.choice((2, 4, 6)))

    def _string(self, node: Mapping[str, Any], value: str) -> str:
        if "pattern" in node or "format" in node or not value:
            return value
        words = self.rng.randint(1, 4)
        text = " ".join(self.rng.choice(_WORDS) for _ in range(words))
        if self.rng.random() < 0.2:
            text += " " + "".join(self.rng.choice(string.digits) for _ in range(6))
        low = int(node.get("minLength", 0))
        high = node.get("maxLength")
        text = text + "x" * max(0, low - len(text))
        return text[: int(high)] if high is not None else text


def write(corpus: Corpus, folder: Path) -> None:
    """The corpus as files, for looking at it: one JSON file per payload."""
    folder.mkdir(parents=True, exist_ok=True)
    for payload in [*corpus.payloads, corpus.candles]:
        name = payload.key.replace("/", "__").replace(" ", "_")
        (folder / f"{name}.json").write_bytes(payload.raw)
