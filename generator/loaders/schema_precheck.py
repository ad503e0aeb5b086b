"""A quick walk that vouches for a call schema the dialect's meta-schema accepts.

Checking every call file against the meta-schema with `jsonschema` took about a third of a
second per generation, for files that are nearly always fine. This walk looks at the same
keywords at the same places, with rules as strict as the meta-schema's or stricter, in a
fraction of that time. It only ever says "surely valid" or "not sure": when it is not sure,
the caller runs the full validator, which finds and names every problem. So a wrong "not
sure" costs time, never a report; and a "surely valid" must never be wrong (the tests hold
it to that against the validator on generated schemas).

The dialect is JSON Schema draft 4 plus the later keywords our call specs use; see
`call_checks._call_schema_dialect`, whose keyword list `KEYWORDS` must match.
"""

from __future__ import annotations

from collections.abc import Callable

_SIMPLE_TYPES = frozenset({"array", "boolean", "integer", "null", "number", "object", "string"})

# Each rule takes a keyword's value and the list of subschemas still to walk (it appends the
# ones it finds); it returns False when it cannot vouch for the value.
_Rule = Callable[[object, list[object]], bool]


def _anything(value: object, pending: list[object]) -> bool:
    return True


def _string(value: object, pending: list[object]) -> bool:
    return type(value) is str


def _boolean(value: object, pending: list[object]) -> bool:
    return type(value) is bool


def _number(value: object, pending: list[object]) -> bool:
    return type(value) is int or type(value) is float


def _positive_number(value: object, pending: list[object]) -> bool:
    return (type(value) is int or type(value) is float) and value > 0


def _count(value: object, pending: list[object]) -> bool:
    """Draft 4's `positiveInteger`: an integer (never a float such as 1.0) of 0 or more."""
    return type(value) is int and value >= 0


def _array(value: object, pending: list[object]) -> bool:
    return type(value) is list


def _distinct(items: list[object]) -> bool:
    """Whether no two items are equal, answered only for strings, numbers, booleans and null
    (anything else: not sure). Python's `==` merges more than JSON equality does (`1`,
    `1.0` and `True`), so a set that keeps every item proves them distinct."""
    if not all(item is None or type(item) in (str, int, float, bool) for item in items):
        return False
    return len(set(items)) == len(items)


def _enum(value: object, pending: list[object]) -> bool:
    return type(value) is list and len(value) >= 1 and _distinct(value)


def _string_array(value: object, pending: list[object]) -> bool:
    return (
        type(value) is list
        and len(value) >= 1
        and all(type(item) is str for item in value)
        and _distinct(value)
    )


def _type(value: object, pending: list[object]) -> bool:
    if type(value) is str:
        return value in _SIMPLE_TYPES
    return _string_array(value, pending) and all(
        item in _SIMPLE_TYPES
        for item in value  # type: ignore[attr-defined]
    )


def _schema(value: object, pending: list[object]) -> bool:
    if type(value) is not dict:
        return False
    pending.append(value)
    return True


def _schema_or_boolean(value: object, pending: list[object]) -> bool:
    return type(value) is bool or _schema(value, pending)


def _schema_array(value: object, pending: list[object]) -> bool:
    if type(value) is not list or not value:
        return False
    return all(_schema(item, pending) for item in value)


def _items(value: object, pending: list[object]) -> bool:
    if type(value) is list:
        return _schema_array(value, pending)
    return _schema_or_boolean(value, pending)


def _schema_map(value: object, pending: list[object]) -> bool:
    if type(value) is not dict:
        return False
    return all(_schema(item, pending) for item in value.values())


def _dependencies(value: object, pending: list[object]) -> bool:
    if type(value) is not dict:
        return False
    return all(
        _string_array(item, pending) if type(item) is list else _schema(item, pending)
        for item in value.values()
    )


KEYWORDS: dict[str, _Rule] = {
    "id": _string,
    "$schema": _string,
    "title": _string,
    "description": _string,
    "default": _anything,
    "multipleOf": _positive_number,
    "maximum": _number,
    "exclusiveMaximum": _boolean,
    "minimum": _number,
    "exclusiveMinimum": _boolean,
    "maxLength": _count,
    "minLength": _count,
    "pattern": _string,  # the meta-schema's `format: regex` is not enforced by the validator
    "additionalItems": _schema_or_boolean,
    "items": _items,
    "maxItems": _count,
    "minItems": _count,
    "uniqueItems": _boolean,
    "maxProperties": _count,
    "minProperties": _count,
    "required": _string_array,
    "additionalProperties": _schema_or_boolean,
    "definitions": _schema_map,
    "properties": _schema_map,
    "patternProperties": _schema_map,
    "dependencies": _dependencies,
    "enum": _enum,
    "type": _type,
    "format": _string,
    "allOf": _schema_array,
    "anyOf": _schema_array,
    "oneOf": _schema_array,
    "not": _schema,
    "prefixItems": _schema_array,
    "const": _anything,
    "contains": _schema,
    "propertyNames": _schema,
    "if": _schema,
    "then": _schema,
    "else": _schema,
    "$defs": _schema_map,
    "examples": _array,
}


def surely_valid(schema: object) -> bool:
    """True only when the dialect's meta-schema accepts `schema` and every schema inside it;
    False when it may not."""
    pending: list[object] = [schema]
    while pending:
        node = pending.pop()
        if type(node) is not dict:
            return False
        for key, value in node.items():
            rule = KEYWORDS.get(key)
            # A key that is no keyword of the dialect may hold anything.
            if rule is not None and not rule(value, pending):
                return False
        # Draft 4 lets an exclusive bound stand only beside the bound it qualifies.
        if ("exclusiveMaximum" in node and "maximum" not in node) or (
            "exclusiveMinimum" in node and "minimum" not in node
        ):
            return False
    return True
