"""The schema keywords `diff` compares on the spec itself, beyond what the IR carries.

The IR holds what the client's types and checks need (types, enums, required, bounds, ...), and
`generator.specdiff` compares those. The rest of a schema still ships: the spec travels inside
every distribution (`testing/_spec.json`), the simulators validate requests and answers against
it, and the server behind it applies the defaults it states. So a change of `default`,
`format`, `multipleOf`, `uniqueItems`, ... changes what users get, and is reported here, at the
same paths the IR comparison uses (`request.limit`, `response.items[].state`).

`rule_for` says how a change of each keyword is classified, per direction and per kind of
change (added, removed, changed); `IR_KEYWORDS` are left to the IR comparison and
`ANNOTATIONS` (prose) to the documentation check. Every other keyword, known or not, is
compared here, so nothing the loaders or the simulators read can change unreported (a test
derives its cases from the keywords they read).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Literal

import attrs

from generator.naming import identifier

Kind = Literal["breaking", "feature", "fix"]
Direction = Literal["request", "response"]
Resolver = Callable[[str], Any]
Emit = Callable[[Kind, str, str, str, bool], None]


@attrs.frozen
class Rule:
    """How a change of one keyword is classified: (added, removed, changed) per direction.

    `behaviour`: the change alters what existing calls do without any change to their code
    (a new default), so the changelog lists it under behaviour changes as well.
    """

    request: tuple[Kind, Kind, Kind]
    response: tuple[Kind, Kind, Kind]
    behaviour: bool = False


# A stricter rule on a request refuses values that were accepted: breaking; a looser one is a
# feature. On a response the client decodes what it gets either way: a documentation fix.
_CONSTRAINT = Rule(("breaking", "feature", "breaking"), ("fix", "fix", "fix"))
RULES: Mapping[str, Rule] = {
    # Calls that omit the argument now get another value from the server: breaking, and a
    # behaviour change. A default where there was none only documents what the server did.
    "default": Rule(("fix", "breaking", "breaking"), ("fix", "fix", "fix"), behaviour=True),
    # OpenAPI 3.0's `nullable: true`: None accepted (request) or possible (response).
    "nullable": Rule(("feature", "breaking", "breaking"), ("breaking", "fix", "breaking")),
    # Responses: the client keeps unknown keys whatever the spec says, but the simulator
    # answers and validates by it. Requests are compared through the IR (model extras).
    "additionalProperties": Rule(("fix", "fix", "fix"), ("fix", "fix", "fix")),
    # Our own flag: the value is a secret, kept out of reprs and logs.
    "sensitive": Rule(("fix", "fix", "fix"), ("fix", "fix", "fix")),
    "readOnly": Rule(("fix", "fix", "fix"), ("fix", "fix", "fix")),
    "writeOnly": Rule(("fix", "fix", "fix"), ("fix", "fix", "fix")),
    "deprecated": Rule(("fix", "fix", "fix"), ("fix", "fix", "fix")),
}
"""Keywords with a rule of their own; every other keyword (`format`, `multipleOf`,
`uniqueItems`, `minProperties`, `not`, `if`, `prefixItems`, ... and any keyword we have not
met yet) is a validation rule: `CONSTRAINT`."""

CONSTRAINT = _CONSTRAINT
EXTENSION = Rule(("fix", "fix", "fix"), ("fix", "fix", "fix"))
"""`x-...` keys inside a schema: metadata the simulators may read."""

ANNOTATIONS = frozenset({"description", "title", "examples", "example", "$comment", "$schema"})
"""Prose: documentation changes, reported apart (`spec-text`)."""

IR_KEYWORDS = frozenset(
    {
        "$ref",
        "type",
        "enum",
        "const",
        "required",
        "properties",
        "patternProperties",
        "items",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "minItems",
        "maxItems",
        "oneOf",
        "anyOf",
        "allOf",
        "definitions",
        "$defs",
    }
)
"""Compared through the IR by `generator.specdiff` (definitions: where they are used)."""


def rule_for(keyword: str) -> Rule:
    if keyword.startswith("x-"):
        return EXTENSION
    return RULES.get(keyword, CONSTRAINT)


def _shown(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _draft4_flag(keyword: str, before: Any, after: Any) -> bool:
    """Draft 4's boolean `exclusiveMinimum`/`exclusiveMaximum` modify `minimum`/`maximum`;
    the IR keeps only the numeric (later drafts') form, so the flag is compared here."""
    return keyword in ("exclusiveMinimum", "exclusiveMaximum") and (
        isinstance(before, bool) or isinstance(after, bool)
    )


def _message(keyword: str, before: Any, after: Any, absent: object, direction: str) -> str:
    if keyword == "default" and direction == "request":
        if after is absent:
            return f"behaviour change: no default any more (was {_shown(before)})"
        if before is absent:
            return f"default {_shown(after)} documented"
        return (
            f"behaviour change: when omitted, the value is now {_shown(after)} "
            f"(was {_shown(before)})"
        )
    if after is absent:
        return f"{keyword} {_shown(before)} removed"
    if before is absent:
        return f"{keyword} {_shown(after)} added"
    return f"{keyword} {_shown(before)} -> {_shown(after)}"


class KeywordDiffer:
    """Walks two schemas side by side and reports every change of a keyword in `RULES`."""

    def __init__(self, old_resolve: Resolver, new_resolve: Resolver, emit: Emit) -> None:
        self._resolve = (old_resolve, new_resolve)
        self._emit = emit
        self._seen: set[tuple[str, str, str]] = set()

    def compare(self, old: Any, new: Any, direction: Direction, path: str) -> None:
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if isinstance(old_ref, str) or isinstance(new_ref, str):
            key = (str(old_ref), str(new_ref), direction + path)
            if key in self._seen:
                return
            self._seen.add(key)
            old = self._deref(old, 0)
            new = self._deref(new, 1)
        self._keywords(old, new, direction, path)
        self._children(old, new, direction, path)

    def _deref(self, node: Mapping[str, Any], side: int) -> Mapping[str, Any]:
        for _ in range(32):  # a chain of references, never a loop
            ref = node.get("$ref")
            if not isinstance(ref, str):
                break
            target = self._resolve[side](ref)
            if not isinstance(target, Mapping):
                break
            node = target
        return node

    def _keywords(
        self, old: Mapping[str, Any], new: Mapping[str, Any], direction: Direction, path: str
    ) -> None:
        absent = object()
        keywords = [key for key in dict.fromkeys([*old, *new]) if isinstance(key, str)]
        for keyword in keywords:
            before, after = old.get(keyword, absent), new.get(keyword, absent)
            if keyword in ANNOTATIONS or (
                keyword in IR_KEYWORDS and not _draft4_flag(keyword, before, after)
            ):
                continue
            if keyword == "additionalProperties":
                if direction == "request":
                    continue
                # A schema value is a map of values, compared through the IR.
                before = absent if isinstance(before, Mapping) else before
                after = absent if isinstance(after, Mapping) else after
            if keyword == "format" and "decimal" in (before, after):
                continue  # string <-> Decimal is a type change, reported through the IR
            if keyword == "nullable":
                before = absent if before in (absent, False) else before
                after = absent if after in (absent, False) else after
            if before is after or (
                before is not absent and after is not absent and _shown(before) == _shown(after)
            ):
                continue
            rule = rule_for(keyword)
            added, removed, changed = rule.request if direction == "request" else rule.response
            if before is absent:
                kind = added
            elif after is absent:
                kind = removed
            else:
                kind = changed
            message = _message(keyword, before, after, absent, direction)
            behaviour = rule.behaviour and kind != "fix" and direction == "request"
            self._emit(kind, f"keyword-{keyword}", path, message, behaviour)

    def _children(
        self, old: Mapping[str, Any], new: Mapping[str, Any], direction: Direction, path: str
    ) -> None:
        old_props, new_props = old.get("properties"), new.get("properties")
        if isinstance(old_props, Mapping) and isinstance(new_props, Mapping):
            for name, schema in new_props.items():
                if name in old_props:
                    self.compare(old_props[name], schema, direction, f"{path}.{identifier(name)}")
        old_items, new_items = old.get("items"), new.get("items")
        if isinstance(old_items, Mapping) and isinstance(new_items, Mapping):
            self.compare(old_items, new_items, direction, path + "[]")
        old_extra, new_extra = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            self.compare(old_extra, new_extra, direction, path + "{}")
        old_patterns = old.get("patternProperties")
        new_patterns = new.get("patternProperties")
        if isinstance(old_patterns, Mapping) and isinstance(new_patterns, Mapping):
            for pattern, schema in new_patterns.items():
                if pattern in old_patterns:
                    self.compare(old_patterns[pattern], schema, direction, path + "{}")
        for key in ("oneOf", "anyOf", "allOf"):
            old_options, new_options = old.get(key), new.get(key)
            if isinstance(old_options, list) and isinstance(new_options, list):
                for before, after in zip(old_options, new_options, strict=False):
                    self.compare(before, after, direction, path)
