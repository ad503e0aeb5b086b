"""Every JSON Schema keyword the loaders or the simulators read: a change of it is reported.

The cases are keyed by keyword, and the keywords come from the code that reads them: string
constants of the loaders (`generator/schema.py`, `generator/loaders/`) that name a schema
keyword, plus every keyword the simulators' validators enforce (Draft 4 for Binary.com,
2020-12 for the REST APIs), plus `default` (applied by the server) and `nullable` (OpenAPI
3.0). A keyword read without a case here fails `test_every_read_keyword_has_a_case`; a case
whose change `diff` does not report fails `test_a_changed_keyword_is_reported`.
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft4Validator, Draft202012Validator

from generator import specdiff
from generator.keyworddiff import ANNOTATIONS
from tests.release.conftest import ROOT

VALIDATED = frozenset(Draft4Validator.VALIDATORS) | frozenset(Draft202012Validator.VALIDATORS)
# Keywords that exist in some JSON Schema or OpenAPI draft; a loader constant among them is a
# keyword the loader reads.
VOCABULARY = VALIDATED | {
    "default",
    "nullable",
    "format",
    "definitions",
    "$defs",
    "sensitive",
    "readOnly",
    "writeOnly",
    "deprecated",
    *ANNOTATIONS,
}
# Where a keyword holds sub-schemas rather than being compared as a value.
CONTAINERS = frozenset({"definitions", "$defs"})


def _loader_constants() -> set[str]:
    files = [ROOT / "generator" / "schema.py", *(ROOT / "generator" / "loaders").glob("*.py")]
    found: set[str] = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


READ = ((_loader_constants() & VOCABULARY) | VALIDATED | {"default", "nullable"}) - (
    ANNOTATIONS | CONTAINERS
)

S: dict[str, Any] = {"type": "string"}
OBJ: dict[str, Any] = {"type": "object", "properties": {"a": S}}
ARR: dict[str, Any] = {"type": "array", "items": S}

# keyword -> (old schema, new schema) of one field; each pair changes that keyword only.
CASES: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "$ref": ({"$ref": "#/definitions/text"}, {"$ref": "#/definitions/number"}),
    "$dynamicRef": ({**S, "$dynamicRef": "#a"}, {**S, "$dynamicRef": "#b"}),
    "type": (S, {"type": "integer"}),
    "enum": ({**S, "enum": ["a", "b"]}, {**S, "enum": ["a"]}),
    "const": ({"const": "a"}, {"const": "b"}),
    "format": (S, {**S, "format": "date-time"}),
    "pattern": ({**S, "pattern": "^a"}, {**S, "pattern": "^b"}),
    "minLength": (S, {**S, "minLength": 2}),
    "maxLength": ({**S, "maxLength": 9}, {**S, "maxLength": 5}),
    "minimum": ({"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 1}),
    "maximum": ({"type": "integer", "maximum": 9}, {"type": "integer", "maximum": 5}),
    "exclusiveMinimum": (
        {"type": "number", "minimum": 0},
        {"type": "number", "minimum": 0, "exclusiveMinimum": True},
    ),
    "exclusiveMaximum": (
        {"type": "number", "maximum": 9},
        {"type": "number", "maximum": 9, "exclusiveMaximum": True},
    ),
    "multipleOf": ({"type": "integer"}, {"type": "integer", "multipleOf": 5}),
    "minItems": (ARR, {**ARR, "minItems": 1}),
    "maxItems": ({**ARR, "maxItems": 9}, {**ARR, "maxItems": 3}),
    "uniqueItems": (ARR, {**ARR, "uniqueItems": True}),
    "items": (ARR, {"type": "array", "items": {"type": "integer"}}),
    "prefixItems": (
        {"type": "array", "prefixItems": [S], "minItems": 1, "maxItems": 1, "items": False},
        {"type": "array", "prefixItems": [S, S], "minItems": 2, "maxItems": 2, "items": False},
    ),
    "additionalItems": ({**ARR, "items": [S]}, {**ARR, "items": [S], "additionalItems": False}),
    "contains": (ARR, {**ARR, "contains": {"const": "x"}}),
    "unevaluatedItems": (ARR, {**ARR, "unevaluatedItems": False}),
    "properties": (OBJ, {**OBJ, "properties": {"a": S, "b": S}}),
    "required": (OBJ, {**OBJ, "required": ["a"]}),
    "additionalProperties": (OBJ, {**OBJ, "additionalProperties": False}),
    "patternProperties": (
        {"type": "object", "patternProperties": {"^a": S}},
        {"type": "object", "patternProperties": {"^a": {"type": "integer"}}},
    ),
    "propertyNames": (OBJ, {**OBJ, "propertyNames": {"maxLength": 3}}),
    "minProperties": (OBJ, {**OBJ, "minProperties": 1}),
    "maxProperties": (OBJ, {**OBJ, "maxProperties": 1}),
    "dependencies": (OBJ, {**OBJ, "dependencies": {"a": ["b"]}}),
    "dependentRequired": (OBJ, {**OBJ, "dependentRequired": {"a": ["b"]}}),
    "dependentSchemas": (OBJ, {**OBJ, "dependentSchemas": {"a": {"required": ["b"]}}}),
    "unevaluatedProperties": (OBJ, {**OBJ, "unevaluatedProperties": False}),
    "not": (S, {**S, "not": {"const": "x"}}),
    "if": (S, {**S, "if": {"maxLength": 3}, "then": {"pattern": "^a"}}),
    "allOf": (
        {"allOf": [OBJ]},
        {"allOf": [OBJ, {"type": "object", "properties": {"b": S}}]},
    ),
    "anyOf": ({"anyOf": [S, {"type": "integer"}]}, {"anyOf": [S]}),
    "oneOf": ({"oneOf": [S, {"type": "integer"}]}, {"oneOf": [S]}),
    "default": ({**S, "default": "a"}, {**S, "default": "b"}),
    "nullable": (S, {**S, "nullable": True}),
    "sensitive": (S, {**S, "sensitive": 1}),
    "readOnly": (S, {**S, "readOnly": True}),
}


def _call(request_field: dict[str, Any], response_field: dict[str, Any]) -> dict[str, Any]:
    definitions = {"text": S, "number": {"type": "integer"}}
    return {
        "call": "demo",
        "summary": "A crafted call.",
        "group": "system",
        "auth": {"required": False, "scopes": []},
        "streams": False,
        "idempotent": True,
        "send": {
            "type": "object",
            "required": ["demo"],
            "properties": {"demo": {"type": "integer", "enum": [1]}, "field": request_field},
            "definitions": definitions,
        },
        "receive": {
            "type": "object",
            "properties": {
                "msg_type": {"type": "string", "enum": ["demo"]},
                "demo": {"type": "object", "properties": {"value": response_field}},
            },
            "definitions": definitions,
        },
    }


def _diff(
    tmp_path: Path, old_field: dict[str, Any], new_field: dict[str, Any], request: bool
) -> list[specdiff.Change]:
    sides = []
    for name, field in (("old", old_field), ("new", new_field)):
        folder = tmp_path / name
        folder.mkdir()
        spec = _call(field if request else S, field if not request else S)
        (folder / "demo.yaml").write_text(yaml.safe_dump(copy.deepcopy(spec)), encoding="utf-8")
        sides.append(specdiff.load_path(folder))
    return specdiff.diff_specs(sides[0], sides[1])


def test_every_read_keyword_has_a_case() -> None:
    assert "default" in READ and "pattern" in READ  # the derivation finds what it should
    missing = sorted(READ - set(CASES))
    assert not missing, f"keywords read by the loaders or simulators without a diff case: {missing}"


@pytest.mark.parametrize("keyword", sorted(CASES))
@pytest.mark.parametrize("direction", ["request", "response"])
def test_a_changed_keyword_is_reported(tmp_path: Path, keyword: str, direction: str) -> None:
    old, new = CASES[keyword]
    changes = _diff(tmp_path, old, new, request=direction == "request")
    where = "request.field" if direction == "request" else "response.demo.value"
    assert changes, f"{keyword}: no change reported"
    assert all(change.subject == "demo" for change in changes)
    assert any(change.path.startswith(where) for change in changes), [c.text for c in changes]
    assert all(change.code != "spec-text" for change in changes)
