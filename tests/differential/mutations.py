"""Invalid payloads made on purpose: a valid payload with one value changed the way a schema
says it must not be (a wrong JSON type, null, a missing required key, an enum value outside
the set, a broken pattern, length, bound or item count, an unknown key), or replaced by any
JSON at all.

`locations` walks a payload together with its schema, so each place knows the schema parts
that apply there (`$ref`s followed, `allOf` parts merged, the `oneOf`/`anyOf` options the
value matches); `candidates` lists the changes worth trying at one place. Whether a change
really breaks the payload is not assumed: the test asks jsonschema.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from tests.support import fuzz

Json = Any
Schema = Mapping[str, Any]
Path = tuple[str | int, ...]
IsValid = Callable[[Schema, Json], bool]
Resolve = Callable[[Any], Any]

# A value of each JSON kind, to put where another kind belongs.
KINDS: tuple[Json, ...] = (None, True, 7, 2.5, "7", [], {})
# Strings that break most patterns: empty, blank, a newline (where `$` lets one through),
# punctuation and a non-ASCII letter.
PATTERN_BREAKERS: tuple[str, ...] = ("", " ", "\n", "!", "é", "0" * 40)
UNKNOWN_KEY = "zz_not_in_the_schema"


@dataclass(frozen=True)
class Place:
    """One location inside a payload and the schema parts that apply to it."""

    path: Path
    schemas: tuple[Schema, ...]


@dataclass(frozen=True)
class Change:
    """One change at one place: `kind` names the rule it means to break."""

    kind: str
    path: Path
    value: Json = None
    delete: bool = False

    def apply(self, payload: Json) -> Json:
        changed = copy.deepcopy(payload)
        if not self.path:
            return copy.deepcopy(self.value)
        parent = changed
        for part in self.path[:-1]:
            parent = parent[part]
        if self.delete:
            del parent[self.path[-1]]
        else:
            parent[self.path[-1]] = copy.deepcopy(self.value)
        return changed


def locations(
    schema: Any, value: Json, resolve: Resolve, is_valid: IsValid, draft4: bool
) -> list[Place]:
    """Every place of `value`, the root first, with the schemas that apply there."""
    return list(_walk((schema,), value, (), resolve, is_valid, draft4, 0))


def _walk(
    schemas: Sequence[Any],
    value: Json,
    path: Path,
    resolve: Resolve,
    is_valid: IsValid,
    draft4: bool,
    depth: int,
) -> Iterator[Place]:
    applied = _applying(schemas, value, resolve, is_valid, 0)
    yield Place(path, tuple(applied))
    if depth > 20:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            inner = [sub for node in applied for sub in _property_schemas(node, key)]
            yield from _walk(inner, item, (*path, key), resolve, is_valid, draft4, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            inner = [sub for node in applied for sub in _item_schemas(node, index, draft4)]
            yield from _walk(inner, item, (*path, index), resolve, is_valid, draft4, depth + 1)


def _applying(
    schemas: Sequence[Any], value: Json, resolve: Resolve, is_valid: IsValid, depth: int
) -> list[Schema]:
    """The schemas themselves plus their `allOf` parts and the options the value matches."""
    found: list[Schema] = []
    for schema in schemas:
        node = resolve(schema)
        if not isinstance(node, Mapping) or depth > 8:
            continue
        found.append(node)
        parts = list(node.get("allOf", ()))
        for keyword in ("oneOf", "anyOf"):
            parts += [option for option in node.get(keyword, ()) if is_valid(option, value)]
        found += _applying(parts, value, resolve, is_valid, depth + 1)
    return found


def _property_schemas(node: Schema, key: str) -> list[Any]:
    properties = node.get("properties", {})
    if isinstance(properties, Mapping) and key in properties:
        return [properties[key]]
    matched = [
        sub
        for pattern, sub in (node.get("patternProperties") or {}).items()
        if re.search(pattern, key)
    ]
    extra = node.get("additionalProperties")
    if not matched and isinstance(extra, Mapping):
        return [extra]
    return matched


def _item_schemas(node: Schema, index: int, draft4: bool) -> list[Any]:
    items = node.get("items")
    if draft4 and isinstance(items, list):
        if index < len(items):
            return [items[index]]
        rest = node.get("additionalItems")
        return [rest] if isinstance(rest, Mapping) else []
    prefix = node.get("prefixItems")
    if isinstance(prefix, list) and index < len(prefix):
        return [prefix[index]]
    return [items] if isinstance(items, Mapping) else []


def candidates(place: Place, value: Json) -> list[Change]:
    """Changes that each mean to break one rule that applies at `place`."""
    path, schemas = place.path, place.schemas
    found = [Change("type", path, other) for other in KINDS if _kind(other) != _kind(value)]
    if value is not None:
        found.append(Change("null", path, None))
    if isinstance(value, int) and not isinstance(value, bool):
        found.append(Change("integral float", path, float(value)))
        if value in (0, 1):
            found.append(Change("number as boolean", path, bool(value)))
    if isinstance(value, bool):
        found.append(Change("boolean as number", path, int(value)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        found.append(Change("number as string", path, json.dumps(value)))
    for node in schemas:
        found += _broken_rules(node, path, value)
    return found


def _broken_rules(node: Schema, path: Path, value: Json) -> list[Change]:
    found: list[Change] = []
    enum = node.get("enum")
    if isinstance(enum, list) and enum:
        found += [Change("enum", path, other) for other in _outside(enum)]
    if "const" in node:
        found += [Change("enum", path, other) for other in _outside([node["const"]])]
    if isinstance(value, str):
        if "pattern" in node:
            found += [Change("pattern", path, text) for text in PATTERN_BREAKERS]
            found.append(Change("pattern", path, value + "\n"))
        if isinstance(node.get("minLength"), int) and node["minLength"] > 0:
            found.append(Change("length", path, value[: node["minLength"] - 1]))
        if isinstance(node.get("maxLength"), int):
            found.append(Change("length", path, "x" * (node["maxLength"] + 1)))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        found += _broken_bounds(node, path, value)
    if isinstance(value, list):
        least, most = node.get("minItems"), node.get("maxItems")
        if isinstance(least, int) and least > 0:
            found.append(Change("items", path, value[: least - 1]))
        if isinstance(most, int) and value:
            found.append(Change("items", path, value + [value[0]] * (most + 1 - len(value))))
        if node.get("uniqueItems") is True and value:
            found.append(Change("items", path, [*value, value[0]]))
    if isinstance(value, dict):
        for key in node.get("required", ()):
            if key in value:
                found.append(Change("required", (*path, key), delete=True))
        for key in value:
            if key not in node.get("required", ()):
                found.append(Change("optional", (*path, key), delete=True))
        found.append(Change("unknown key", (*path, UNKNOWN_KEY), 1))
    return found


def _broken_bounds(node: Schema, path: Path, value: int | float) -> list[Change]:
    found = []
    step = 1 if isinstance(value, int) else 0.5
    for keyword, sign in (("minimum", -1), ("maximum", 1)):
        bound = node.get(keyword)
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            found.append(Change("bound", path, bound + sign * step))
            exclusive = node.get(f"exclusive{keyword[0].upper()}{keyword[1:]}")
            if exclusive is True:
                found.append(Change("bound", path, bound))
    for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
        bound = node.get(keyword)
        if isinstance(bound, (int, float)) and not isinstance(bound, bool):
            found.append(Change("bound", path, bound))
    if isinstance(node.get("multipleOf"), (int, float)):
        found.append(Change("bound", path, value + node["multipleOf"] / 2))
    return found


def _outside(values: Sequence[Json]) -> list[Json]:
    """Values of the same kinds as `values` that are not among them."""
    found: list[Json] = []
    for value in values[:1]:
        if isinstance(value, str):
            found += [value + "_", value.swapcase() if value.swapcase() != value else value + "x"]
        elif isinstance(value, bool):
            found.append(not value)
        elif isinstance(value, (int, float)):
            numbers = [item for item in values if isinstance(item, (int, float))]
            found.append(max(numbers) + 1)
    return [item for item in found if not any(_same(item, known) for known in values)]


def _same(left: Json, right: Json) -> bool:
    return _kind(left) == _kind(right) and left == right


def _kind(value: Json) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return type(value).__name__


@st.composite
def changed(draw: st.DrawFn, payload: Json, places: Sequence[Place]) -> tuple[Json, Change]:
    """`payload` with one targeted change (or, now and then, any JSON in one place), and
    the change."""
    place = draw(st.sampled_from(places), label="place")
    target = value_at(payload, place.path)
    if draw(st.integers(min_value=0, max_value=9), label="any json") == 0:
        change = Change("any json", place.path, draw(fuzz.JSON, label="replacement"))
    else:
        change = draw(st.sampled_from(candidates(place, target)), label="change")
    return change.apply(payload), change


def value_at(root: Json, path: Path) -> Json:
    for part in path:
        root = root[part]
    return root
