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
does not validate is left out and counted.

Beside them, `wide` holds the large replies real accounts get (`WIDE`): a `ticks_history`
reply with 1000 candles, statements and profit tables of hundreds of rows, ~80 active
symbols in both forms, P2P lists, a busy portfolio... Each starts from the full example and
grows its arrays with items redrawn by the same seeded varier (so rows differ from one
another), then is validated against its receive schema as a whole: an invalid one stops the
build, it is never left out quietly.
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


@dataclass(frozen=True)
class WideReply:
    """How one large reply is grown from its call's full example."""

    call: str
    label: str
    # Arrays to fill, as dotted paths from the reply's top ("[]" steps into every item),
    # with the number of items each gets; outer arrays are filled before inner ones.
    grow: Mapping[str, int]
    request: Mapping[str, Any]  # the request it answers (echoed in `echo_req`)
    # When set, the items of the first array keep only these keys (a `brief` listing).
    keep: frozenset[str] | None = None


_BRIEF_SYMBOL = frozenset(
    {
        "display_name",
        "display_order",
        "exchange_is_open",
        "is_trading_suspended",
        "market",
        "market_display_name",
        "pip",
        "subgroup",
        "subgroup_display_name",
        "submarket",
        "submarket_display_name",
        "symbol",
        "symbol_type",
    }
)
WIDE = (
    WideReply(
        "statement",
        "500 rows",
        {"statement.transactions": 500},
        {"statement": 1, "description": 1, "limit": 500},
    ),
    WideReply(
        "profit_table",
        "500 rows",
        {"profit_table.transactions": 500},
        {"profit_table": 1, "description": 1, "limit": 500},
    ),
    WideReply(
        "active_symbols",
        "brief, 80 symbols",
        {"active_symbols": 80},
        {"active_symbols": "brief"},
        keep=_BRIEF_SYMBOL,
    ),
    WideReply(
        "active_symbols", "full, 80 symbols", {"active_symbols": 80}, {"active_symbols": "full"}
    ),
    WideReply(
        "trading_times",
        "5 markets, 90 symbols",
        {
            "trading_times.markets": 5,
            "trading_times.markets[].submarkets": 3,
            "trading_times.markets[].submarkets[].symbols": 6,
        },
        {"trading_times": "today"},
    ),
    WideReply("portfolio", "100 contracts", {"portfolio.contracts": 100}, {"portfolio": 1}),
    WideReply("mt5_login_list", "20 accounts", {"mt5_login_list": 20}, {"mt5_login_list": 1}),
    WideReply(
        "p2p_advert_list", "50 adverts", {"p2p_advert_list.list": 50}, {"p2p_advert_list": 1}
    ),
    WideReply("p2p_order_list", "50 orders", {"p2p_order_list.list": 50}, {"p2p_order_list": 1}),
    WideReply(
        "proposal_open_contract",
        "audit details",
        {
            "proposal_open_contract.audit_details.all_ticks": 60,
            "proposal_open_contract.audit_details.contract_start": 11,
            "proposal_open_contract.audit_details.contract_end": 11,
            "proposal_open_contract.tick_stream": 10,
        },
        {"proposal_open_contract": 1, "contract_id": 250000000001},
    ),
    WideReply("get_settings", "one account", {}, {"get_settings": 1}),
)
# A payload at least this large gets a line of its own in figures a and b.
LARGE = 10 * 1024


@dataclass
class Corpus:
    payloads: list[Payload]
    candles: Payload
    skipped: list[str]  # generated payloads the schema rejected (left out)
    wide: list[Payload]  # the large replies (`WIDE`), the 1000 candles first

    @property
    def large(self) -> list[Payload]:
        """Every payload reported on its own line: the wide replies, then any payload of
        the corpus of at least `LARGE` bytes."""
        return [*self.wide, *(p for p in self.payloads if len(p.raw) >= LARGE)]

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
    wide = [candles]
    models = {op.name: op.response.name for op in operations}
    for index, plan in enumerate(WIDE):
        wide.append(_wide_reply(plan, document, models[plan.call], random.Random(seed + 2 + index)))
    for payload in wide:
        spec = document["calls"][payload.call]
        errors = list(
            Draft4Validator(sim.translated_schema(spec["receive"])).iter_errors(
                json.loads(payload.raw)
            )
        )
        if errors:
            raise RuntimeError(f"{payload.key} does not match its schema: {errors[0].message}")
    return Corpus(payloads, candles, skipped, wide)


def _wide_reply(plan: WideReply, document: Any, model: str, rng: random.Random) -> Payload:
    """The call's full example, its arrays grown with redrawn copies of their first item."""
    sim = _simulator()
    receive = sim.translated_schema(document["calls"][plan.call]["receive"])
    schemas = sim.Schemas(receive)
    replies = sim.schema_examples(schemas)
    body = json.loads(json.dumps(replies.example(receive, key=plan.call)))
    varier = _Varier(replies.resolve, schemas.is_valid, rng)
    for number, (path, count) in enumerate(
        sorted(plan.grow.items(), key=lambda i: i[0].count("["))
    ):
        steps = path.split(".")
        for array, node in _arrays(replies.resolve, receive, body, steps):
            if not array:
                raise RuntimeError(f"{plan.call}: the example has no item at {path} to copy")
            item_schema = replies.resolve(node)["items"]
            first = array[0]
            if number == 0 and plan.keep is not None:
                first = {key: value for key, value in first.items() if key in plan.keep}
            array[:] = [
                varier.vary(item_schema, json.loads(json.dumps(first)), 1) for _ in range(count)
            ]
    top = body.get(plan.call)
    if isinstance(top, dict) and "count" in top and plan.grow:
        first_path = next(iter(plan.grow))
        top["count"] = plan.grow[first_path]
    message = _enveloped(body, dict(plan.request), rng.randrange(1, 1 << 20))
    raw = json.dumps(message, ensure_ascii=False).encode()
    return Payload(plan.call, plan.label, raw, model)


def _arrays(
    resolve: Callable[[Any], Any], schema: Any, value: Any, steps: list[str]
) -> list[tuple[list[Any], Any]]:
    """The arrays (with their schemas) a dotted path reaches; `name[]` steps into each item."""
    if not steps:
        return [(value, schema)] if isinstance(value, list) else []
    step, rest = steps[0], steps[1:]
    name = step.removesuffix("[]")
    node = resolve(schema)
    inner = resolve(node.get("properties", {}).get(name))
    found = value.get(name) if isinstance(value, dict) else None
    if found is None or inner is None:
        return []
    if not step.endswith("[]"):
        return _arrays(resolve, inner, found, rest)
    items = inner.get("items")
    return [pair for item in found for pair in _arrays(resolve, items, item, rest)]


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
    for payload in [*corpus.payloads, *corpus.wide]:
        name = payload.key.replace("/", "__").replace(" ", "_")
        (folder / f"{name}.json").write_bytes(payload.raw)
