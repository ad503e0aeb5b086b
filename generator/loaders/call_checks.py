"""Every problem of a folder of call specs at once, each with its file and JSON pointer.

Someone editing call specs by hand (or re-importing a changed upstream) should see the whole
list in one run, not fix one traceback at a time. So the folder is checked before any schema
is converted: the shape of each call file (our format), each schema against JSON Schema
draft 4 (upstream's dialect, with the later keywords we use), every `$ref` against what it
points to, and call names against file names and each other. The loader only converts a
folder with no problems.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

from generator.loaders.openapi import SpecError, load_yaml
from generator.loaders.schema_precheck import surely_valid

# The keys a call file has, and the JSON type of each (`auth` is checked on its own).
_TOP_LEVEL: Mapping[str, type | tuple[type, ...]] = {
    "call": str,
    "summary": str,
    "group": str,
    "auth": dict,
    "streams": bool,
    "idempotent": bool,
    "send": dict,
    "receive": dict,
}
_REQUIRED = ("call", "send", "receive")
_JSON_NAMES = {str: "a string", dict: "a mapping", bool: "true or false", list: "a list"}


def _call_schema_dialect() -> dict[str, Any]:
    """Draft 4, upstream's dialect, plus the later keywords our call specs also use (tuples as
    `prefixItems` with `items: false`, `const`, `if`/`then`/`else`, `$defs`, ...): each is
    checked for its shape, so a typo in them is found too. (`schema_precheck` knows the same
    keywords.)"""
    from jsonschema import Draft4Validator  # type: ignore[import-untyped, unused-ignore]

    meta = copy.deepcopy(Draft4Validator.META_SCHEMA)
    schema, schemas = {"$ref": "#"}, {"$ref": "#/definitions/schemaArray"}
    properties = meta["properties"]
    properties["items"] = {"anyOf": [{"type": "boolean"}, schema, schemas]}
    properties.update(
        {
            "prefixItems": schemas,
            "const": {},
            "contains": schema,
            "propertyNames": schema,
            "if": schema,
            "then": schema,
            "else": schema,
            "$defs": {"type": "object", "additionalProperties": schema},
            "examples": {"type": "array"},
        }
    )
    return meta


@functools.cache
def _meta_validator() -> Any:
    """The dialect's validator, built (and jsonschema imported) only for a schema the quick
    check of `schema_precheck` does not vouch for."""
    from jsonschema import Draft4Validator  # type: ignore[import-untyped, unused-ignore]

    return Draft4Validator(_call_schema_dialect())


def schema_problems(schema: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(JSON pointer below the schema, message) for each way `schema` breaks the dialect."""
    if surely_valid(schema):
        return
    from jsonschema.exceptions import best_match  # type: ignore[import-untyped, unused-ignore]

    for error in _meta_validator().iter_errors(schema):
        # "not valid under any of the given schemas" says less than its closest branch.
        message = best_match(error.context).message if error.context else error.message
        yield _pointer_below(error.absolute_path), _first_line(message)


@attrs.frozen
class Problem:
    """One thing wrong with one call file: where (file and JSON pointer) and which rule."""

    file: Path
    pointer: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.pointer}: {self.message}"


class CallSpecProblems(SpecError):
    """The folder has problems; `problems` lists all of them, in file and pointer order."""

    def __init__(self, folder: Path, problems: list[Problem]) -> None:
        self.folder = folder
        self.problems = problems
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__("\n".join([f"{folder}: {count}", *(f"  {p}" for p in problems)]))


def read_folder(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    """The call files of `folder` with their content; raises `CallSpecProblems` listing every
    problem of every file."""
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise SpecError(f"{folder}: no call specs")
    problems: list[Problem] = []
    specs: list[tuple[Path, dict[str, Any]]] = []
    for path in paths:
        try:
            specs.append((path, load_yaml(path)))
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 1}" if mark is not None else ""
            problems.append(Problem(path, "#", f"not valid YAML{where}"))
        except SpecError as error:
            problems.append(Problem(path, "#", str(error).removeprefix(f"{path}: ")))
    for path, spec in specs:
        problems.extend(_shape_problems(path, spec))
    problems.extend(_name_problems(specs))
    problems.extend(_ref_problems(specs))
    if problems:
        raise CallSpecProblems(folder, sorted(problems, key=lambda p: (str(p.file), p.pointer)))
    return specs


def _shape_problems(path: Path, spec: Mapping[str, Any]) -> Iterator[Problem]:
    for key in _REQUIRED:
        if key not in spec:
            yield Problem(path, f"#/{key}", "is required")
    for key, value in spec.items():
        expected = _TOP_LEVEL.get(key)
        if expected is None:
            yield Problem(path, f"#/{_escape(key)}", "is not a call-spec key")
        elif not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            yield Problem(path, f"#/{key}", f"must be {_JSON_NAMES[expected]}")  # type: ignore[index]
    auth = spec.get("auth")
    if isinstance(auth, dict):
        if not isinstance(auth.get("required", False), bool):
            yield Problem(path, "#/auth/required", "must be true or false")
        scopes = auth.get("scopes", [])
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):
            yield Problem(path, "#/auth/scopes", "must be a list of strings")
        for key in sorted(set(auth) - {"required", "scopes"}):
            yield Problem(path, f"#/auth/{_escape(key)}", "is not an auth key")
    for key in ("send", "receive"):
        schema = spec.get(key)
        if not isinstance(schema, dict):
            continue
        for below, message in schema_problems(schema):
            yield Problem(path, f"#/{key}{below}", message)
    send = spec.get("send")
    call = spec.get("call")
    if isinstance(send, dict) and isinstance(call, str):
        properties = send.get("properties")
        if send.get("type") != "object" or not isinstance(properties, dict):
            yield Problem(path, "#/send", "must be an object schema with properties")
        elif call not in properties:
            yield Problem(path, "#/send/properties", f"has no property {call!r} (the call's key)")


def _name_problems(specs: list[tuple[Path, dict[str, Any]]]) -> Iterator[Problem]:
    first: dict[str, Path] = {}
    for path, spec in specs:
        call = spec.get("call")
        if not isinstance(call, str):
            continue
        if call != path.stem:
            yield Problem(path, "#/call", f"{call!r} differs from the file name {path.stem!r}")
        if not call.isidentifier():
            yield Problem(path, "#/call", f"{call!r} is not a Python identifier")
        if call in first:
            yield Problem(path, "#/call", f"{call!r} is also the call of {first[call].name}")
        first.setdefault(call, path)


def _ref_problems(specs: list[tuple[Path, dict[str, Any]]]) -> Iterator[Problem]:
    """`$ref`s of call schemas are local (`#/definitions/...`); the loader looks each up in
    every call's send and receive schema, so one that resolves nowhere is dangling."""
    roots = [
        spec[key]
        for _, spec in specs
        for key in ("send", "receive")
        if isinstance(spec.get(key), dict)
    ]
    for path, spec in specs:
        for key in ("send", "receive"):
            for pointer, ref in _refs(spec.get(key), f"#/{key}"):
                if not isinstance(ref, str) or not ref.startswith("#/"):
                    yield Problem(path, pointer, f"$ref {ref!r}: only local refs (#/...) are read")
                elif not any(_resolves(root, ref) for root in roots):
                    yield Problem(path, pointer, f"$ref {ref!r} points to nothing")


def _refs(node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        if "$ref" in node:
            yield f"{pointer}/$ref", node["$ref"]
        for key, value in node.items():
            if key != "$ref":
                yield from _refs(value, f"{pointer}/{_escape(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _refs(item, f"{pointer}/{index}")


def _resolves(root: Any, ref: str) -> bool:
    node = root
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            return False
        node = node[part]
    return True


def _pointer_below(path: Any) -> str:
    return "".join("/" + _escape(str(part)) for part in path)


def _escape(part: str) -> str:
    """A JSON pointer reference token (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


def _first_line(message: str) -> str:
    line = message.splitlines()[0] if message else "is invalid"
    return line if len(line) <= 200 else line[:197] + "..."
