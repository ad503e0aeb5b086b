"""Three verdicts on one payload (jsonschema's, our decoder's, the pydantic model's), and the
rules that explain a disagreement between ours and pydantic's.

Each rule's reason is written in explained.yaml under `differences`; the code here only
recognises the case. A disagreement no rule explains fails the test.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pydantic
from jsonschema.exceptions import ValidationError as SchemaError

from tests.differential.mutations import Change
from tests.differential.subjects import Subject, Verdict

Json = Any

# Keywords that judge a value's content rather than its shape (`format` as the Okcoin
# simulator asserts it: date-time strings).
CONSTRAINT_KEYWORDS = frozenset(
    {
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "format",
    }
)
# pydantic's error types for the same rules.
CONSTRAINT_ERRORS = frozenset(
    {
        "string_pattern_mismatch",
        "string_too_short",
        "string_too_long",
        "greater_than",
        "greater_than_equal",
        "less_than",
        "less_than_equal",
        "multiple_of",
        "too_short",
        "too_long",
        "set_item_not_hashable",
        "datetime_from_date_parsing",
        "datetime_parsing",
    }
)


def peer_verdict(model: Any, payload: Json) -> Verdict:
    """pydantic's verdict, validating the JSON text (as a client would get it)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.model_validate_json(json.dumps(payload))
    except pydantic.ValidationError as error:
        kinds = sorted({str(item["type"]) for item in error.errors()})
        return Verdict(False, ",".join(kinds))
    return Verdict(True)


@dataclass(frozen=True)
class Case:
    """One payload judged three ways."""

    subject: Subject
    payload: Json
    change: Change | None
    truth: Sequence[SchemaError]
    ours: Verdict
    peer: Verdict

    @property
    def agree(self) -> bool:
        return self.ours.accepted == self.peer.accepted

    def describe(self) -> str:
        shown = json.dumps(self.payload)
        shown = shown if len(shown) < 600 else shown[:600] + "..."
        change = "none" if self.change is None else f"{self.change.kind} at {self.change.path}"
        return (
            f"{self.subject.name}: ours {'accepts' if self.ours.accepted else 'refuses'}"
            f" ({self.ours.detail}), pydantic {'accepts' if self.peer.accepted else 'refuses'}"
            f" ({self.peer.detail}); jsonschema: "
            f"{[f'{e.validator} at {list(e.absolute_path)}' for e in self.truth] or 'valid'};"
            f" change: {change}; payload: {shown}"
        )


def judge(
    subject: Subject, model: Any, payload: Json, change: Change | None = None, client: Any = None
) -> Case | None:
    """The three verdicts, or None when our client cannot be asked (see INEXPRESSIBLE)."""
    ours = subject.ours(payload, client)
    if ours is None:
        return None
    return Case(
        subject, payload, change, subject.truth(payload), ours, peer_verdict(model, payload)
    )


# -- the rules ------------------------------------------------------------------------------


def _all_keywords(errors: Sequence[SchemaError]) -> set[str]:
    """The keywords of the errors and, for oneOf/anyOf, those of their options' errors."""
    found: set[str] = set()
    for error in errors:
        found.add(str(error.validator))
        found |= _all_keywords(error.context or ())
    return found


def _peer_kinds(case: Case) -> set[str]:
    return set(case.peer.detail.split(",")) if case.peer.detail else set()


def _decoding(case: Case) -> bool:
    return case.subject.operation is None


def unknown_keys_kept(case: Case) -> bool:
    """Our decoder accepts an unknown key where the schema forbids one (also where every
    `oneOf`/`anyOf` option forbids it); pydantic refuses it."""
    added = case.change is not None and case.change.kind == "unknown key"
    return (
        _decoding(case)
        and case.ours.accepted
        and not case.peer.accepted
        and bool(case.truth)
        and (added or {str(error.validator) for error in case.truth} <= {"additionalProperties"})
    )


def constraints_not_checked(case: Case) -> bool:
    """Our decoder accepts a value whose content breaks a pattern, length, bound, item count
    or date-time format; pydantic checks those."""
    return (
        _decoding(case)
        and case.ours.accepted
        and bool(_peer_kinds(case))
        and _peer_kinds(case) <= CONSTRAINT_ERRORS
        and {str(error.validator) for error in case.truth} <= CONSTRAINT_KEYWORDS
    )


def literal_number_equality(case: Case) -> bool:
    """pydantic lets True, False and integral floats through where integers are listed
    (Python's 1 == True == 1.0); we and jsonschema refuse them."""
    if case.ours.accepted or not case.peer.accepted or case.change is None:
        return False
    value = case.change.value
    return isinstance(value, bool) or (isinstance(value, float) and value.is_integer())


def pattern_map_values_untyped(case: Case) -> bool:
    """A value under a key matching a `patternProperties` pattern breaks that pattern's
    schema: we keep it undecoded (our maps take `Value | Any`), pydantic refuses it."""
    return (
        case.ours.accepted
        and not case.peer.accepted
        and bool(case.truth)
        and all("patternProperties" in error.absolute_schema_path for error in case.truth)
    )


def datetime_from_number(case: Case) -> bool:
    """pydantic reads a number as a Unix time where the schema wants a date-time string;
    we and jsonschema refuse it."""
    return (
        case.peer.accepted
        and not case.ours.accepted
        and bool(case.truth)
        and all(
            error.validator == "type"
            and isinstance(error.schema, dict)
            and error.schema.get("format") == "date-time"
            and isinstance(error.instance, (int, float))
            for error in case.truth
        )
    )


def pattern_keys_forbidden(case: Case) -> bool:
    """An object with both `properties` and `patternProperties` and `additionalProperties:
    false`: pydantic forbids the keys the patterns allow (datamodel-codegen drops the
    patterns there); we and jsonschema accept them."""
    keywords = {str(error.validator) for error in case.truth}
    return (
        case.ours.accepted
        and _peer_kinds(case) == {"extra_forbidden"}
        and "additionalProperties" not in keywords
        and keywords <= CONSTRAINT_KEYWORDS
    )


def pattern_dialect(case: Case) -> bool:
    """pydantic lets a trailing newline through `$` and reads `\\w`, `\\d` and `\\s` as
    Unicode classes; the specs' patterns are ECMA-262 ones (`$` at the very end, those
    classes ASCII only), as our checks and jsonschema (given our translation) read them."""
    return (
        case.peer.accepted
        and not case.ours.accepted
        and bool(case.truth)
        and all(
            error.validator == "pattern"
            and isinstance(error.instance, str)
            and (error.instance.endswith("\n") or not error.instance.isascii())
            for error in case.truth
        )
    )


def pattern_map_keys(case: Case) -> bool:
    """pydantic makes every key of a `patternProperties` map match a pattern; JSON Schema
    leaves the other keys free, and we keep them."""
    return (
        case.ours.accepted
        and not case.truth
        and not case.peer.accepted
        and "string_pattern_mismatch" in _peer_kinds(case)
    )


RULES: dict[str, Callable[[Case], bool]] = {
    "unknown-keys-kept": unknown_keys_kept,
    "constraints-not-checked-on-decode": constraints_not_checked,
    "pydantic-literal-number-equality": literal_number_equality,
    "pattern-map-values-untyped": pattern_map_values_untyped,
    "pydantic-datetime-from-number": datetime_from_number,
    "pydantic-pattern-keys-forbidden": pattern_keys_forbidden,
    "pydantic-pattern-dialect": pattern_dialect,
    "pydantic-pattern-map-keys": pattern_map_keys,
}


def explanation(case: Case) -> str | None:
    """The first rule that explains the disagreement, or None."""
    for name, rule in RULES.items():
        if rule(case):
            return name
    return None
