"""Realistic example values built from JSON Schemas, for simulator routes without state.

A reply that a simulator cannot compute from its own state is generated from the route's
response schema. Placeholders ("example", every number 1.5, one-item lists) would let client
code pass tests that real data breaks, so the values here look like the service's: numbers
that vary by field (prices, sizes, fees and rates in plausible ranges), recent ISO 8601 times,
numeric ids, enum values drawn from the spec, lists of several items, and names the service
really uses. What a schema cannot say (which instruments exist, how the API writes a price,
which fields must agree) comes from a `ValueHints` object written per API.

The same generator serves JSON Schema 2020-12 (`prefixItems`, numeric exclusive bounds) and
draft-04 (`items` as a list, boolean `exclusiveMinimum`/`exclusiveMaximum`): the dialect is
a constructor argument. Maps come from `additionalProperties` or `patternProperties`, keys
named by the hints or built from the key pattern. `minimal` builds the smallest value (objects
with their required properties only), e.g. a request a send schema accepts. Upstream schemas
sometimes contradict themselves; optional parts that no value can satisfy are left out.
Output is deterministic: the same schema, key and seed give the same value.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from random import Random
from typing import Any

from .patterns import strings_for_pattern

__all__ = ["DIALECTS", "Examples", "ValueHints", "primary_type"]

Json = Any
Schema = Mapping[str, Any]

DIALECTS = ("2020-12", "draft-04")
_MAX_DEPTH = 12
# A fixed "now" for generated times: replies stay the same from run to run.
_EPOCH = datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)


def primary_type(node: Schema) -> str:
    """The JSON type a value of `node` takes (the first non-null one when several are allowed)."""
    declared = node.get("type")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, list):
        non_null = [kind for kind in declared if kind != "null"]
        return str(non_null[0]) if non_null else "null"
    if "properties" in node or "additionalProperties" in node or "patternProperties" in node:
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    return "string"


# --------------------------------------------------------------------------------------
# Per-API knowledge
# --------------------------------------------------------------------------------------

# (words in a field name, smallest, largest, decimal places), first match wins.
_DECIMAL_RANGES: tuple[tuple[tuple[str, ...], str, str, int], ...] = (
    (("fee", "interest"), "0.0001", "0.05", 8),
    (("rate", "ratio", "variance", "leverage", "percent"), "0.001", "0.05", 4),
    (("increment", "tick"), "0.0001", "0.0001", 4),
    (
        ("price", "open", "high", "low", "close", "last", "bid", "ask", "mark", "index"),
        "1000",
        "30000",
        2,
    ),
    (("epoch",), "1699990000", "1700000000", 3),
)
_DEFAULT_DECIMAL = ("0.01", "250", 4)
# Words of a field name that say its text is an amount (`max_withdrawal`, `price_display`).
_NUMBER_WORDS = frozenset(
    [
        "amount",
        "balance",
        "limit",
        "commission",
        "stake",
        "price",
        "barrier",
        "spot",
        "quote",
        "bid",
        "ask",
        "change",
        "open",
        "close",
        "high",
        "low",
        "min",
        "max",
        "minimum",
        "maximum",
        "daily",
        "turnover",
        "payout",
        "multiplier",
        "growth",
        "percentage",
        "distance",
        "profit",
        "loss",
        "withdrawal",
        "deposit",
        "rate",
        "fee",
        "value",
    ]
)
# (words of a field name, texts to use in turn), first match wins.
_TEXT_BY_WORD: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"email"}), ("jane.doe@mailbox.test", "sam.lee@mailbox.test")),
    (frozenset({"currency", "currencies", "currcode"}), ("USD", "EUR", "GBP")),
    (frozenset({"company"}), ("Northwind Trading Ltd", "Blue Harbor Capital", "Kestrel Ltd")),
    (frozenset({"city", "location"}), ("Jakarta", "Cape Town", "Recife", "Singapore")),
    (frozenset({"region"}), ("Asia", "Africa", "South America")),
    (frozenset({"address"}), ("12 Jalan Sudirman", "4 Long Street", "88 Rua da Aurora")),
    (frozenset({"state"}), ("JK", "WC", "PE")),
    (frozenset({"postcode", "zipcode", "zip"}), ("12190", "8001", "50050")),
    (frozenset({"phone"}), ("+6281234567890", "+27215550123", "+5581955501234")),
    (frozenset({"language", "languages", "lang"}), ("EN", "ES", "PT")),
    (frozenset({"browser"}), ("Chrome", "Firefox", "Safari")),
    (frozenset({"os"}), ("Windows", "macOS", "Android")),
    (frozenset({"device"}), ("desktop", "mobile", "tablet")),
    (frozenset({"status"}), ("active", "pending", "completed")),
    (
        frozenset({"description", "information", "info", "message", "summary", "reason"}),
        (
            "Bank transfer, usually within one business day.",
            "Available on weekdays from 09:00 to 17:00.",
            "Larger amounts on request.",
        ),
    ),
    (frozenset({"question", "text"}), ("How did you hear about us?", "Annual income")),
    (
        frozenset({"country", "countries", "residence", "nationality", "citizen"}),
        ("id", "za", "br"),
    ),
)


def _words(name: str) -> frozenset[str]:
    """The lower-case words of a field name: `max_withdrawal`, `zipCode`, `GBP`."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name)
    return frozenset(word for word in re.split(r"[^a-zA-Z]+", spaced.lower()) if word)


_ID_FIELDS = re.compile(r"(^|_)id$")


class ValueHints:
    """What a schema cannot tell: the service's names, number ranges and related fields.

    Subclass per API and override what differs; every method may return None to fall back to
    the generic rule. `rng` is the generator's seeded random source, `index` the position of
    the enclosing list item (0 outside lists), so lists of records vary.
    """

    list_length = 3
    # Lower-case field name -> values used in turn through a list.
    strings: Mapping[str, Sequence[str]] = {}
    # Integer fields whose names match hold Unix times (seconds), e.g. `epoch`, `expiry_time`.
    epoch_names: re.Pattern[str] | None = None

    def string(self, name: str, rng: Random, index: int) -> str | None:
        choices = self.strings.get(name.lower())
        return choices[index % len(choices)] if choices else None

    def text(self, path: Sequence[str], rng: Random, index: int) -> str | None:
        """Free text for the field at `path` (property names from the top down) when no
        hinted string applies: read from the words of its name, the way a person would fill
        in a form (a country code where it says country, an address where it says address);
        None when the name says nothing useful. Subclasses add what depends on the parent."""
        name = path[-1]
        words = _words(name)
        if words & _NUMBER_WORDS and not words & {"name", "type", "code", "category"}:
            amount = self.decimal(name, rng, index) or Decimal(1)
            return f"{amount:.2f}" if "display" in words else str(amount)
        for vocabulary, choices in _TEXT_BY_WORD:
            if words & vocabulary:
                return choices[(index + rng.randrange(len(choices))) % len(choices)]
        if words & {"url", "uri", "link", "website", "homepage", "signup"}:
            return f"https://www.service.test/{name.lower().replace('_', '-')}"
        if words & {"date", "datetime", "until", "used", "since"}:
            return self.format_time(self.time(name, rng, index))
        if words & {"token", "secret", "checksum", "hash"}:
            return "".join(rng.choice("0123456789abcdef") for _ in range(40))
        if "version" in words:
            return f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
        if words == {"ip"}:
            return f"203.0.113.{rng.randint(1, 254)}"  # TEST-NET-3: never a real host
        return None

    def decimal(self, name: str, rng: Random, index: int) -> Decimal | None:
        """A decimal for a field (returned as text or as a number, as the schema types it)."""
        lowered = name.lower()
        for words, low, high, places in _DECIMAL_RANGES:
            if any(word in lowered for word in words):
                return _between(rng, Decimal(low), Decimal(high), places)
        low, high, places = _DEFAULT_DECIMAL
        return _between(rng, Decimal(low), Decimal(high), places)

    def integer(self, name: str, rng: Random, low: int, high: int) -> int:
        return rng.randint(low, high)

    def time(self, name: str, rng: Random, index: int) -> datetime:
        """Recent times, one list item further in the past per index."""
        back = timedelta(minutes=index * 7 + rng.randint(0, 6), milliseconds=rng.randint(0, 999))
        return _EPOCH - back

    def format_time(self, moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"

    def epoch(self, name: str, rng: Random, index: int) -> int | None:
        """A Unix time for an integer field named like one (see `epoch_names`), else None."""
        if self.epoch_names is None or not self.epoch_names.search(name.lower()):
            return None
        return int(self.time(name, rng, index).timestamp())

    def map_keys(self, name: str, rng: Random) -> list[str]:
        """Keys of the object `name` when it is used as a map (no declared properties)."""
        return ["first", "second", "third"]

    def pattern_candidates(self, pattern: str) -> Iterable[str]:
        """Strings to try, in order, for a string or a map key that must match `pattern`
        (after the hinted and generic ones); the caller checks each one."""
        return strings_for_pattern(pattern)

    def finish(self, value: dict[str, Json], rng: Random, index: int) -> dict[str, Json]:
        """Makes the fields of one generated object agree; the generic rules cover prices."""
        _order_price_fields(value)
        return value


def _between(rng: Random, low: Decimal, high: Decimal, places: int) -> Decimal:
    step = Decimal(1).scaleb(-places)
    units = rng.randint(int(low / step), max(int(low / step), int(high / step)))
    return (units * step).quantize(step)


def _as_decimal(value: Json) -> Decimal | None:
    if isinstance(value, bool) or value is None or value == "":
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def _order_price_fields(value: dict[str, Json]) -> None:
    """low <= open, close, last <= high (also for *_24h) and best bid below best ask."""
    for suffix in ("", "_24h"):
        # The last price lies in the day's range as well as in its own bar's.
        names = [name + suffix for name in ("open", "close", "high", "low")] + ["last"]
        present = {n: _as_decimal(value.get(n)) for n in names if _as_decimal(value.get(n))}
        if f"high{suffix}" in present and f"low{suffix}" in present:
            amounts = [amount for amount in present.values() if amount is not None]
            _replace(value, f"high{suffix}", max(amounts))
            _replace(value, f"low{suffix}", min(amounts))
    for bid, ask in (("best_bid", "best_ask"), ("bid", "ask")):
        buying, selling = _as_decimal(value.get(bid)), _as_decimal(value.get(ask))
        if buying is not None and selling is not None and buying > selling:
            _replace(value, bid, selling)
            _replace(value, ask, buying)


def _replace(value: dict[str, Json], name: str, amount: Decimal) -> None:
    """Writes `amount` in the type the field already has."""
    old = value[name]
    value[name] = float(amount) if isinstance(old, float) else str(amount)


# --------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------


class _Draw(Random):
    """The seeded random source of one generated value, carrying the run's mode (`minimal`:
    objects get their required properties only). Hints see it as a plain `Random`."""

    minimal = False

    def __init__(self, seed: str) -> None:
        super().__init__(seed)
        # The property names from the top value down to the one being built.
        self.path: list[str] = []


class Examples:
    """Builds a value valid against a schema of `document`, realistic where hints allow.

    `is_valid(schema, value)` picks among `oneOf`/`anyOf` options and guards the hints'
    `finish` step (a finished object that no longer fits its schema is used unfinished).
    """

    def __init__(
        self,
        document: Mapping[str, Any],
        *,
        dialect: str = "2020-12",
        hints: ValueHints | None = None,
        is_valid: Callable[[Schema, Json], bool] | None = None,
        seed: int = 7,
    ) -> None:
        if dialect not in DIALECTS:
            raise ValueError(f"dialect must be one of {DIALECTS}, not {dialect!r}")
        self.document = document
        self.dialect = dialect
        self.hints = hints if hints is not None else ValueHints()
        self._is_valid = is_valid or (lambda schema, value: True)
        self.seed = seed

    def resolve(self, node: Any) -> Any:
        """Follows local `$ref`s (`#/...`) until a node without one."""
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#") or seen > 32:
                raise ValueError(f"unsupported $ref {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/") if len(ref) > 1 else []:
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

    def example(self, schema: Any, *, key: str = "", name: str = "") -> Json:
        """A value for `schema`; `key` (an operation id, say) varies it between routes."""
        return self._value(schema, name, 0, self._draw(key, name, minimal=False), 0)

    def minimal(self, schema: Any, *, key: str = "", name: str = "") -> Json:
        """The smallest value for `schema`: objects carry only their required properties
        (maps only the entries `minProperties` asks for); everything else as `example`."""
        return self._value(schema, name, 0, self._draw(key, name, minimal=True), 0)

    def _draw(self, key: str, name: str, *, minimal: bool) -> _Draw:
        draw = _Draw(f"{self.seed}|{key}|{name}")
        draw.minimal = minimal
        return draw

    # ---- by keyword -------------------------------------------------------------------

    def _value(self, schema: Any, name: str, depth: int, rng: _Draw, index: int) -> Json:
        node = self.resolve(schema)
        if not isinstance(node, Mapping) or depth > _MAX_DEPTH:
            return {}
        if "const" in node:
            return copy.deepcopy(node["const"])
        if node.get("enum"):
            return copy.deepcopy(self._enum_value(node["enum"], name, rng, index))
        for keyword in ("oneOf", "anyOf"):
            if node.get(keyword):
                return self._option(node, keyword, name, depth, rng, index)
        if node.get("allOf"):
            return self._merged(node, name, depth, rng, index)
        kind = primary_type(node)
        if kind == "object":
            return self._object(node, name, depth, rng, index)
        if kind == "array":
            return self._array(node, name, depth, rng, index)
        if kind in ("integer", "number"):
            return self._number(node, kind, name, rng, index)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string(node, name, rng, index)

    def _enum_value(self, values: Sequence[Json], name: str, rng: _Draw, index: int) -> Json:
        hinted = self.hints.string(name, rng, index)
        if hinted is not None and hinted in values:
            return hinted
        return values[(index + rng.randrange(len(values))) % len(values)]

    def _option(
        self, node: Schema, keyword: str, name: str, depth: int, rng: _Draw, index: int
    ) -> Json:
        """The first option whose value fits; empty and null options only as a last resort."""
        options = sorted(node[keyword], key=lambda option: _is_blank(self.resolve(option)))
        candidates = [self._value(option, name, depth + 1, rng, index) for option in options]
        for candidate in candidates:
            if self._is_valid(node, candidate):
                return candidate
        return candidates[0]

    def _merged(self, node: Schema, name: str, depth: int, rng: _Draw, index: int) -> Json:
        merged: dict[str, Json] = {}
        for part in node["allOf"]:
            value = self._value(part, name, depth + 1, rng, index)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        rest = {key: value for key, value in node.items() if key != "allOf"}
        if rest.get("properties"):
            merged.update(self._object(rest, name, depth, rng, index))
        return merged

    def _object(self, node: Schema, name: str, depth: int, rng: _Draw, index: int) -> Json:
        properties: Mapping[str, Any] = node.get("properties", {})
        required = [key for key in node.get("required", []) if isinstance(key, str)]
        keys = (
            required
            if rng.minimal
            else [*properties, *(k for k in required if k not in properties)]
        )
        value: dict[str, Json] = {
            key: self._property(_property_schema(node, key), key, depth, rng, index) for key in keys
        }
        if not value or len(value) < int(node.get("minProperties", 0)):
            self._add_map_entries(node, name, depth, rng, value)
        finished = self.hints.finish(copy.deepcopy(value), rng, index)
        if self._is_valid(node, finished):
            return finished
        return value if self._is_valid(node, value) else self._pruned(node, value)

    def _property(self, schema: Any, key: str, depth: int, rng: _Draw, index: int) -> Json:
        rng.path.append(key)
        try:
            return self._value(schema, key, depth + 1, rng, index)
        finally:
            rng.path.pop()

    def _add_map_entries(
        self, node: Schema, name: str, depth: int, rng: _Draw, value: dict[str, Json]
    ) -> None:
        """Entries of an object used as a map, keyed by the hints' names for `name` or by
        strings its key patterns accept; when minimal, only as many as `minProperties`."""
        wanted = int(node.get("minProperties", 0))
        limit = node.get("maxProperties")

        def room() -> bool:
            if rng.minimal and len(value) >= wanted:
                return False
            return limit is None or len(value) < int(limit)

        hinted = self.hints.map_keys(name, rng)
        extra = node.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            for position, key in enumerate(hinted):
                if room() and key not in value:
                    sub = _property_schema(node, key)
                    value[key] = self._property(sub, key, depth, rng, position)
        patterns = node.get("patternProperties")
        if isinstance(patterns, Mapping) and (not value or len(value) < wanted):
            for pattern, sub in patterns.items():
                for position, key in enumerate(self._keys_for(pattern, hinted)):
                    if room() and key not in value:
                        value[key] = self._property(sub, key, depth, rng, position)

    def _keys_for(self, pattern: str, hinted: Sequence[str]) -> list[str]:
        """Up to `list_length` distinct keys the pattern accepts, hinted names first."""
        found: list[str] = []
        for candidate in itertools.chain(hinted, self.hints.pattern_candidates(pattern)):
            if len(found) >= self.hints.list_length:
                break
            if candidate not in found and _matches(pattern, candidate):
                found.append(candidate)
        return found

    def _pruned(self, node: Schema, value: dict[str, Json]) -> dict[str, Json]:
        """`value` without the optional properties its schema rejects. Upstream schemas have a
        few no value satisfies (a `.*` pattern property of another type than the property)."""
        required = set(node.get("required", []))
        kept = {
            key: item
            for key, item in value.items()
            if key in required or self._fits_every_schema_of(node, key, item)
        }
        if self._is_valid(node, kept):
            return kept
        for key in [key for key in kept if key not in required]:
            fewer = {other: item for other, item in kept.items() if other != key}
            if self._is_valid(node, fewer):
                return fewer
        return kept

    def _fits_every_schema_of(self, node: Schema, key: str, item: Json) -> bool:
        schemas = _schemas_of(node, key)
        return schemas is not None and all(self._is_valid(sub, item) for sub in schemas)

    def _array(self, node: Schema, name: str, depth: int, rng: _Draw, index: int) -> list[Json]:
        items = node.get("items")
        if self.dialect == "draft-04" and isinstance(items, list):
            prefix, rest = items, node.get("additionalItems", False)
        else:
            prefix, rest = node.get("prefixItems", []), items
        values = [self._value(sub, name, depth + 1, rng, index) for sub in prefix]
        if isinstance(node.get("maxItems"), int):
            values = values[: node["maxItems"]]  # the trailing positions are optional
        if not isinstance(rest, Mapping):
            return values
        fixed, least = len(values), int(node.get("minItems", 0))
        count = max(least, fixed + self.hints.list_length)
        if "maxItems" in node:
            count = min(count, int(node["maxItems"]))
        for position in range(fixed, count):
            values.append(self._value(rest, name, depth + 1, rng, position))
        if node.get("uniqueItems") is True:
            values = _distinct(values)
        if len(values) > fixed >= least and not self._is_valid(rest, values[fixed]):
            return values[:fixed]  # no item satisfies the schema (an upstream contradiction)
        return values

    def _number(self, node: Schema, kind: str, name: str, rng: _Draw, index: int) -> Json:
        low, high = self._bounds(node, kind)
        if kind == "integer":
            epoch = self.hints.epoch(name, rng, index)
            if (
                epoch is not None
                and (low is None or low <= epoch)
                and (high is None or epoch <= high)
            ):
                return epoch
            floor = int(low) if low is not None else 1
            ceiling = int(high) if high is not None else floor + 99
            return self.hints.integer(name, rng, floor, max(floor, ceiling))
        amount = self.hints.decimal(name, rng, index) or Decimal("1")
        if low is not None and high is not None and high > low and not low <= amount <= high:
            amount = low + (amount - low) % (high - low)  # in range, still varied
        if low is not None:
            amount = max(amount, low)
        if high is not None:
            amount = min(amount, high)
        return float(amount)

    def _bounds(self, node: Schema, kind: str) -> tuple[Decimal | None, Decimal | None]:
        """The inclusive range of a number, read the way the dialect writes bounds."""
        step = Decimal(1) if kind == "integer" else Decimal("0.0001")
        low = _decimal_or_none(node.get("minimum"))
        high = _decimal_or_none(node.get("maximum"))
        exclusive_low, exclusive_high = node.get("exclusiveMinimum"), node.get("exclusiveMaximum")
        if self.dialect == "draft-04":
            if exclusive_low is True and low is not None:
                low += step
            if exclusive_high is True and high is not None:
                high -= step
        else:
            above = _decimal_or_none(exclusive_low)
            if above is not None:
                low = above + step if low is None else max(low, above + step)
            below = _decimal_or_none(exclusive_high)
            if below is not None:
                high = below - step if high is None else min(high, below - step)
        return low, high

    def _string(self, node: Schema, name: str, rng: _Draw, index: int) -> str:
        fmt = node.get("format")
        if fmt == "decimal":
            return str(self.hints.decimal(name, rng, index) or Decimal("1"))
        if fmt == "date-time":
            return self.hints.format_time(self.hints.time(name, rng, index))
        if fmt == "date":
            return self.hints.time(name, rng, index).strftime("%Y-%m-%d")
        lowered = name.lower()
        if lowered in ("time", "timestamp") or lowered.endswith(("_at", "_time")):
            moment = self.hints.format_time(self.hints.time(name, rng, index))
            if self._is_valid(node, moment):
                return moment
        candidates = [
            self.hints.string(name, rng, index),
            self.hints.text(tuple(rng.path) or (name,), rng, index),
            _generic_string(name, rng, index),
            str(rng.randint(1, 999)),
            "ok",
        ]
        pattern = node.get("pattern")
        for candidate in candidates:
            if candidate is not None and (pattern is None or _matches(pattern, candidate)):
                fitted = _fit_length(node, candidate, rng)
                if pattern is None or _matches(pattern, fitted):
                    return fitted
        if isinstance(pattern, str):
            low, high = int(node.get("minLength", 0)), node.get("maxLength")
            for candidate in self.hints.pattern_candidates(pattern):
                fits = low <= len(candidate) and (high is None or len(candidate) <= int(high))
                if fits and _matches(pattern, candidate):
                    return candidate
        return _fit_length(node, "", rng)


def _property_schema(node: Schema, key: str) -> Any:
    """The schema of property `key`: declared, else the first matching pattern property's,
    else `additionalProperties` (an empty schema when none applies)."""
    declared = node.get("properties", {})
    if key in declared:
        return declared[key]
    patterns = node.get("patternProperties")
    if isinstance(patterns, Mapping):
        for pattern, sub in patterns.items():
            if _matches(pattern, key):
                return sub
    extra = node.get("additionalProperties")
    return extra if isinstance(extra, Mapping) else {}


def _schemas_of(node: Schema, key: str) -> list[Any] | None:
    """Every schema property `key` must satisfy; None when the object allows no such key."""
    found = [node["properties"][key]] if key in node.get("properties", {}) else []
    patterns = node.get("patternProperties")
    if isinstance(patterns, Mapping):
        found += [sub for pattern, sub in patterns.items() if _matches(pattern, key)]
    if found:
        return found
    extra = node.get("additionalProperties", {})
    if extra is False:
        return None
    return [extra] if isinstance(extra, Mapping) else []


def _matches(pattern: str, text: str) -> bool:
    try:
        return re.search(pattern, text) is not None
    except re.error:
        return False


def _distinct(values: list[Json]) -> list[Json]:
    seen: set[str] = set()
    kept: list[Json] = []
    for value in values:
        marker = repr(value)
        if marker not in seen:
            seen.add(marker)
            kept.append(value)
    return kept


def _is_blank(node: Any) -> bool:
    if not isinstance(node, Mapping):
        return True
    return (node.get("const") in ("", None) and "const" in node) or node.get("type") == "null"


def _decimal_or_none(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        return None
    return Decimal(str(value))


def _generic_string(name: str, rng: Random, index: int) -> str:
    """Ids are long numbers, hashes hex, messages empty; anything else a field-shaped word."""
    lowered = name.lower()
    if _ID_FIELDS.search(lowered):
        return str(rng.randint(10**6, 10**10))
    hexadecimal = ("txid", "hash", "tx_hash", "signature", "signatures", "messages")
    if lowered in hexadecimal or lowered.endswith("_hash"):
        return "".join(rng.choice("0123456789abcdef") for _ in range(64))
    if lowered in ("error_message", "error_code", "message", "msg", "memo", "tag", "remark"):
        return ""
    if lowered.endswith(("url", "uri")):
        return "https://127.0.0.1/"
    word = re.sub(r"[^a-z]", "", lowered)[:12] or "item"
    return f"{word}{rng.randint(100, 9999)}"


def _fit_length(node: Schema, text: str, rng: Random) -> str:
    minimum, maximum = int(node.get("minLength", 0)), node.get("maxLength")
    while len(text) < minimum:
        text += rng.choice("abcdefghjkmnpqrstuvwxyz23456789")
    return text[: int(maximum)] if maximum is not None else text
