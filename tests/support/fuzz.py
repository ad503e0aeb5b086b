"""Bad input for generated decoders, shared by the fuzz tests of every package.

A package's decoders are every model decoder of its `_codec` (directly, through `structure`
and through the cattrs converter) and every route's decoder (REST, `decoders`) or every
call's decoder (WebSocket, `call_decoders`). Hypothesis feeds them JSON of any shape, and
valid answers of the route or call (built from the packaged spec: `route_cases`,
`call_cases`) with a few of their values replaced, removed, re-typed or truncated. `check`
fails on any exception a decoder lets out other than the package's `DecodeError`.
"""

from __future__ import annotations

import copy
import json
import re
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from importlib import import_module, resources
from typing import Any

import jsonschema
from hypothesis import strategies as st

Json = Any

# Values that break a decoder that trusts its input: wrong kinds, huge and odd numbers,
# strings that look like numbers, or like nothing at all.
EDGE_SCALARS: tuple[Json, ...] = (
    None,
    True,
    False,
    0,
    -1,
    2**53 + 1,
    2**64,
    -(2**63),
    1.5,
    -0.0,
    1e308,
    "",
    " ",
    "x",
    "1",
    "1.5",
    "-0.001",
    "1e400",
    "-1e-400",
    "NaN",
    "-Infinity",
    "0x10",
    "1_000",
    "١٢",  # Arabic-Indic digits: int() and Decimal() accept them
    "2024-13-45T99:99:99Z",
    "\x00",
    "\ud7ff\U0010ffff",
)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(EDGE_SCALARS)
)
JSON = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)


@dataclass(frozen=True)
class Decoder:
    """One way into a package's decoding: a name for reports and the function."""

    name: str
    decode: Callable[[Json], Any]


@dataclass(frozen=True)
class RouteCase:
    """A route's decoder with a valid answer of the route to start mutating from."""

    name: str
    decode: Callable[[Json], Any]
    seed: Json


def model_decoders(package: str) -> list[Decoder]:
    """Every model decoder of a generated package: plain, via `structure` and via the
    cattrs converter."""
    codec = import_module(f"{package}._codec")
    found: list[Decoder] = []
    converter = codec.converter()
    for cls, decode in sorted(codec._STRUCTURE.items(), key=lambda item: item[0].__name__):
        found.append(Decoder(cls.__name__, decode))
        found.append(Decoder(f"structure({cls.__name__})", _bound(codec.structure, cls)))
        found.append(Decoder(f"converter({cls.__name__})", _bound(converter.structure, cls)))
    return found


def decoders(package: str) -> list[Decoder]:
    """Every model decoder and every route decoder of a generated REST package."""
    routes = import_module(f"{package}._routes").ROUTES
    found = model_decoders(package)
    for route in routes.values():
        if route.decode is not None:
            found.append(Decoder(f"route {route.name}", route.decode))
    return found


# -- WebSocket packages (a calls table instead of routes) ------------------------------------


def call_decoders(package: str) -> list[Decoder]:
    """Every model decoder and every call's decoder of a generated WebSocket package."""
    calls = import_module(f"{package}._calls").CALLS
    found = model_decoders(package)
    for name, call in sorted(calls.items()):
        found.append(Decoder(f"call {name}", call.decode))
    return found


def call_cases(package: str, simulator: Any) -> list[RouteCase]:
    """Every call of a WebSocket package, with a valid answer to start mutating from: the
    package simulator's `example_reply` (checked against the call's receive schema there,
    and decoded here)."""
    calls = import_module(f"{package}._calls").CALLS
    cases = []
    for name, call in sorted(calls.items()):
        seed = simulator.example_reply(name)
        assert "error" not in seed, f"{name}: the simulator has no valid answer: {seed['error']}"
        call.decode(seed)
        cases.append(RouteCase(name, call.decode, seed))
    return cases


def route_cases(package: str) -> list[RouteCase]:
    """Every route with a decoder, each with a valid answer of its 200 schema."""
    routes = import_module(f"{package}._routes").ROUTES
    document = packaged_spec(package)
    schemas = success_schemas(document)
    cases = []
    for operation_id, route in sorted(routes.items()):
        if route.decode is None:
            continue
        schema = schemas[operation_id]
        seed = example(schema, document)
        problem = schema_problem(schema, document, seed)
        assert problem is None, f"{operation_id}: the example breaks its own schema: {problem}"
        cases.append(RouteCase(route.name, route.decode, seed))
    return cases


def packaged_spec(package: str) -> dict[str, Any]:
    """The OpenAPI document shipped with the package's simulator."""
    text = resources.files(f"{package}.testing").joinpath("_spec.json").read_text("utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


def success_schemas(document: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The JSON schema of each operation's 200 answer, by operationId (and by the logical
    ids of `x-operations`, which share their operation's answer)."""
    found: dict[str, Mapping[str, Any]] = {}
    for item in document.get("paths", {}).values():
        for method in ("get", "put", "post", "delete", "patch"):
            operation = item.get(method)
            if operation is None:
                continue
            content = operation.get("responses", {}).get("200", {}).get("content", {})
            schema = content.get("application/json", {}).get("schema")
            if schema is None:
                continue
            found[operation["operationId"]] = schema
            for logical in operation.get("x-operations", ()):
                found[logical["operationId"]] = schema
    return found


def schema_problem(
    schema: Mapping[str, Any], document: Mapping[str, Any], value: Json
) -> str | None:
    """Why `value` breaks `schema` (refs resolved in `document`), or None."""
    validator = jsonschema.Draft202012Validator(
        {**schema, "components": document.get("components", {})},
        format_checker=jsonschema.FormatChecker(),
    )
    error = jsonschema.exceptions.best_match(validator.iter_errors(value))
    return None if error is None else error.message


_STRING_FORMATS = {
    "decimal": "1.5",
    "date-time": "2024-01-02T03:04:05.000Z",
    "date": "2024-01-02",
    "uri": "https://example.com/x",
    "email": "someone@example.com",
    "uuid": "5f0c6a8e-1d2b-4c3a-9e8f-7a6b5c4d3e2f",
}


def example(schema: Any, document: Mapping[str, Any], depth: int = 0) -> Json:
    """A value valid against `schema`, with every property present (so that mutations reach
    every field). Good enough for the response schemas of our specs; `route_cases` checks."""
    if not isinstance(schema, Mapping) or depth > 12:
        return None
    if "$ref" in schema:
        return example(_resolve(schema["$ref"], document), document, depth + 1)
    if "const" in schema:
        return copy.deepcopy(schema["const"])
    if "enum" in schema:
        return copy.deepcopy(schema["enum"][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, document, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        own = example(rest, document, depth + 1) if "properties" in rest else {}
        return {**merged, **(own if isinstance(own, dict) else {})}
    for keyword in ("oneOf", "anyOf"):
        if keyword in schema:
            return example(schema[keyword][0], document, depth + 1)
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((option for option in kind if option != "null"), "null")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: example(sub, document, depth + 1) for name, sub in properties.items()}
    if kind is None and "prefixItems" in schema:
        kind = "array"
    if kind == "array":
        prefix = [example(sub, document, depth + 1) for sub in schema.get("prefixItems", ())]
        count = max(1, int(schema.get("minItems", 1))) - len(prefix)
        items = schema.get("items", {})
        if items is False:
            return prefix
        return prefix + [example(items, document, depth + 1) for _ in range(count)]
    if kind == "string":
        text = _STRING_FORMATS.get(schema.get("format", ""), "abc")
        if "pattern" in schema:
            candidates = (text, "1", "1.5", "a", "A1", "BTC-USD", "0", "000000")
            pattern = re.compile(schema["pattern"])
            text = next((c for c in candidates if pattern.search(c)), text)
        minimum = int(schema.get("minLength", 0))
        return text + "x" * max(0, minimum - len(text))
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1.5)
    if kind == "boolean":
        return True
    return None


def _resolve(pointer: str, document: Mapping[str, Any]) -> Any:
    node: Any = document
    for part in pointer.lstrip("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


# -- mutations ------------------------------------------------------------------------------


def paths(value: Json, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every location inside a JSON value, the root first."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from paths(item, (*prefix, index))


_MUTATIONS = ("replace", "replace", "delete", "wrap", "stringify", "empty", "junk_key")


@st.composite
def mutated(draw: st.DrawFn, seed: Json, max_changes: int = 3) -> Json:
    """`seed` with one to `max_changes` values replaced by other JSON, removed, wrapped in an
    array, turned into text, emptied, or joined by an unknown key."""
    value = copy.deepcopy(seed)
    for _ in range(draw(st.integers(min_value=1, max_value=max_changes))):
        path = draw(st.sampled_from(list(paths(value))))
        change = draw(st.sampled_from(_MUTATIONS))
        value = _apply(value, path, change, draw)
    return value


def _apply(root: Json, path: tuple[Any, ...], change: str, draw: st.DrawFn) -> Json:
    if not path and change == "delete":
        change = "replace"
    target = _get(root, path)
    if change == "replace":
        new = draw(JSON)
    elif change == "wrap":
        new = [target]
    elif change == "stringify":
        new = json.dumps(target)
    elif change == "empty":
        new = type(target)() if isinstance(target, (dict, list, str)) else None
    elif change == "junk_key":
        if not isinstance(target, dict):
            return root
        new = {**target, draw(st.text(max_size=6)): draw(JSON)}
    else:  # delete
        parent = _get(root, path[:-1])
        del parent[path[-1]]
        return root
    if not path:
        return new
    _get(root, path[:-1])[path[-1]] = new
    return root


def _get(root: Json, path: tuple[Any, ...]) -> Json:
    for part in path:
        root = root[part]
    return root


# -- checking -------------------------------------------------------------------------------


def check(decode: Callable[[Json], Any], data: Json, allowed: type[BaseException]) -> None:
    """Decodes `data`; anything raised other than `allowed` fails the test, with the value."""
    try:
        decode(data)
    except allowed as error:
        str(error), repr(error)  # the error itself must be printable
    except Exception as error:
        shown = repr(data)
        shown = shown if len(shown) < 400 else shown[:400] + "..."
        raise AssertionError(
            f"{type(error).__name__} escaped the decoder for {shown}:\n"
            + "".join(traceback.format_exception(error))
        ) from error


def truncations(text: bytes) -> list[bytes]:
    """Every proper prefix of a body that is not itself valid JSON (cut anywhere)."""
    cuts = []
    for end in range(len(text)):
        try:
            json.loads(text[:end])
        except ValueError:
            cuts.append(text[:end])
    return cuts


def _bound(function: Callable[[Json, type], Any], cls: type) -> Callable[[Json], Any]:
    return lambda data: function(data, cls)
