"""What a simulator serves: the client's own route or call table, and the one reader of the
spec copy that holds the schemas requests and replies are checked against.

Routing comes from the table the generated client sends with (`ROUTES` of a REST client,
`CALLS` of a WebSocket client), handed to the simulator by the generated `testing` module, so
the simulator and the client cannot disagree on which routes exist, where they live or what
they need. The spec copy is only looked up, by
operation id or call name, for the schemas a table does not carry.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

__all__ = [
    "CallEntry",
    "RouteEntry",
    "RouteParam",
    "SpecDocument",
    "SpecOperation",
    "packaged_spec",
    "served",
]

Schema = Mapping[str, Any]


# --------------------------------------------------------------------------------------
# The tables, as far as a simulator reads them
# --------------------------------------------------------------------------------------


class RouteParam(Protocol):
    """One argument of a route (the client's `Param`)."""

    @property
    def wire_name(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def required(self) -> bool: ...

    @property
    def explode(self) -> bool: ...


class RouteEntry(Protocol):
    """One route of a REST client's table (the client's `Route`)."""

    @property
    def method(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def params(self) -> Sequence[RouteParam]: ...

    @property
    def auth(self) -> str: ...

    @property
    def paging(self) -> tuple[str, str, str, str] | None: ...

    @property
    def extra_params(self) -> bool: ...


class CallEntry(Protocol):
    """One call of a WebSocket client's table (the client's `Call`)."""

    @property
    def name(self) -> str: ...

    @property
    def auth(self) -> bool: ...

    @property
    def scopes(self) -> frozenset[str]: ...

    @property
    def streams(self) -> bool: ...

    @property
    def idempotent(self) -> bool: ...

    @property
    def msg_types(self) -> frozenset[str]: ...


def _package_of(module: str, needed: str) -> str:
    package, found, _ = module.partition("._runtime.")
    if not found:
        raise RuntimeError(
            f"{module} is not inside a generated package, so it has no packaged {needed}: "
            f"pass {needed}="
        )
    return package


def packaged_spec(module: str) -> dict[str, Any]:
    """The `testing/_spec.json` of the distribution that runtime module `module` ships in.

    The generator writes the spec there and copies the runtime under `<package>/_runtime/`,
    so the package is what comes before `._runtime.` in the module's name.
    """
    package = _package_of(module, "spec")
    resource = importlib.resources.files(f"{package}.testing").joinpath("_spec.json")
    return cast(dict[str, Any], json.loads(resource.read_text(encoding="utf-8")))


def served(
    module: str,
    spec: Mapping[str, Any] | None,
    table: Mapping[str, Any] | None,
    name: str,
) -> tuple[SpecDocument, Mapping[str, Any]]:
    """What the simulator in runtime module `module` serves: the spec it was given, else its
    distribution's copy, and the client's table (`name`: "routes", "calls"), which the
    generated `testing` module hands over (the runtime never imports generated code)."""
    if table is None:
        raise RuntimeError(
            f"{module} was given no {name} table: use the generated package's testing module, "
            f"or pass {name}="
        )
    document = SpecDocument(spec if spec is not None else packaged_spec(module))
    return document, table


# --------------------------------------------------------------------------------------
# The spec copy
# --------------------------------------------------------------------------------------


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@dataclass(frozen=True)
class SpecOperation:
    """The spec's entry for one operation id: its raw object and where it stands, so a
    validator can be built on the whole document (`#<pointer>/...`)."""

    operation_id: str
    path: str
    method: str
    pointer: str
    raw: Mapping[str, Any]
    shared_parameters: tuple[tuple[Mapping[str, Any], str], ...]
    document: SpecDocument

    def parameters(self) -> Iterator[tuple[Mapping[str, Any], str]]:
        """Each parameter (path item's, then the operation's, which win) with the pointer of
        its object; `$ref`s followed."""
        merged: dict[tuple[str, str], tuple[Mapping[str, Any], str]] = {}
        own = [
            (raw, f"{self.pointer}/parameters/{index}")
            for index, raw in enumerate(self.raw.get("parameters", ()))
        ]
        for raw, pointer in [*self.shared_parameters, *own]:
            spec, where = self.document.follow(raw, pointer)
            merged[(str(spec.get("name")), str(spec.get("in", "query")))] = (spec, where)
        yield from merged.values()

    def parameter(self, name: str, location: str) -> Mapping[str, Any] | None:
        """The parameter `name` in `location` ("path", "query"), or None."""
        for spec, _ in self.parameters():
            if spec.get("name") == name and spec.get("in", "query") == location:
                return spec
        return None

    def request_body(self, media: str) -> tuple[Schema | None, str | None, bool]:
        """The schema of the request body whose media type contains `media`, its pointer,
        and whether a body is required; (None, None, False) without a request body. A body
        without a schema for `media` answers an empty schema."""
        raw = self.raw.get("requestBody")
        if raw is None:
            return None, None, False
        body, where = self.document.follow(raw, f"{self.pointer}/requestBody")
        required = bool(body.get("required", False))
        for media_type, entry in body.get("content", {}).items():
            if media in media_type and "schema" in entry:
                pointer = f"{where}/content/{_escape(media_type)}/schema"
                return cast(Schema, entry["schema"]), pointer, required
        return {}, None, required

    def response(self, *statuses: str) -> tuple[Schema, str] | None:
        """The JSON schema and pointer of the first of `statuses` ("200", "2XX", "default")
        that the operation answers with JSON content; None when none does."""
        responses = self.raw.get("responses", {})
        for status in statuses:
            raw = responses.get(status)
            if raw is None and status.isdigit():
                raw = responses.get(int(status))
            if raw is None:
                continue
            answer, where = self.document.follow(raw, f"{self.pointer}/responses/{status}")
            for media_type, entry in answer.get("content", {}).items():
                if "json" in media_type and "schema" in entry:
                    pointer = f"{where}/content/{_escape(media_type)}/schema"
                    return cast(Schema, entry["schema"]), pointer
            return None
        return None

    def response_example(self, *statuses: str) -> Any:
        """The media `example` of the first of `statuses` that has JSON content with one;
        None when there is none (an example of JSON null cannot be told apart)."""
        responses = self.raw.get("responses", {})
        for status in statuses:
            raw = responses.get(status)
            if raw is None:
                continue
            answer = self.document.resolve(raw)
            for media_type, entry in answer.get("content", {}).items():
                if "json" in media_type and "example" in entry:
                    return entry["example"]
        return None


class SpecDocument:
    """The one reader of a simulator's spec copy: an OpenAPI document (operations looked up
    by id, `x-operations` aliases included) or a call-spec document (`{"calls": {...}}`,
    looked up by call name). It never says which routes exist: the table does."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._operations: dict[str, SpecOperation] = {}
        for path, item in document.get("paths", {}).items():
            item_pointer = f"/paths/{_escape(path)}"
            item, item_pointer = self.follow(item, item_pointer)
            shared = tuple(
                (raw, f"{item_pointer}/parameters/{index}")
                for index, raw in enumerate(item.get("parameters", ()))
            )
            for method, raw in item.items():
                if not isinstance(raw, Mapping) or "operationId" not in raw:
                    continue
                op = SpecOperation(
                    operation_id=str(raw["operationId"]),
                    path=path,
                    method=method.upper(),
                    pointer=f"{item_pointer}/{method}",
                    raw=raw,
                    shared_parameters=shared,
                    document=self,
                )
                self._operations[op.operation_id] = op
                for alias in raw.get("x-operations", ()):
                    self._operations.setdefault(str(alias["operationId"]), op)

    @property
    def components(self) -> Mapping[str, Any]:
        return cast(Mapping[str, Any], self.document.get("components", {}))

    def resolve(self, node: Any) -> Any:
        """Follows local `$ref`s (`#/...`) until a node without one."""
        return self.follow(node, "")[0]

    def follow(self, node: Any, pointer: str) -> tuple[Any, str]:
        """`node` with its local `$ref`s followed, and the pointer where it was found."""
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#/") or seen > 32:
                break
            seen += 1
            pointer = ref[1:]
            node = self.document
            for part in pointer[1:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, pointer

    def operation(self, operation_id: str) -> SpecOperation:
        """The spec's operation of a table entry; a KeyError names an id the spec lacks."""
        try:
            return self._operations[operation_id]
        except KeyError:
            raise KeyError(f"the spec has no operation {operation_id!r}") from None

    def call(self, name: str) -> Mapping[str, Any]:
        """The spec of a call (its `send` and `receive` schemas, ...) in a call-spec document."""
        try:
            return cast(Mapping[str, Any], self.document["calls"][name])
        except KeyError:
            raise KeyError(f"the spec has no call {name!r}") from None
