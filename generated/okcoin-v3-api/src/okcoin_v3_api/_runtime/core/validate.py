"""Checks and converts call arguments to their JSON form before anything is sent.

Each check names the argument and the rule it broke. Values of secret arguments are never
echoed back in messages.
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from .errors import ValidationError
from .exact_json import MAX_EXPONENT
from .types import UNSET

_SECRET_WORDS = ("password", "passphrase", "secret", "token", "pwd", "verifier")


def _shown(path: str, value: object) -> str:
    if any(word in path.lower() for word in _SECRET_WORDS):
        return "a secret value"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Check:
    """Validates one value and returns it as it goes on the wire."""

    def __call__(self, value: Any, path: str) -> Any:
        raise NotImplementedError


class Anything(Check):
    def __call__(self, value: Any, path: str) -> Any:
        return value


class Str(Check):
    """A string; `pattern` is a Python regular expression with the meaning of the spec's
    (ECMA-262) `source`, which error messages quote."""

    def __init__(
        self,
        pattern: str | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
        source: str | None = None,
    ) -> None:
        self._regex = re.compile(pattern) if pattern is not None else None
        self._source = source if source is not None else pattern
        self._min = min_length
        self._max = max_length

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise ValidationError(path, f"must be a string, got {type(value).__name__}")
        if self._min is not None and len(value) < self._min:
            raise ValidationError(path, f"must be at least {_count(self._min, 'character')} long")
        if self._max is not None and len(value) > self._max:
            raise ValidationError(path, f"must be at most {_count(self._max, 'character')} long")
        if self._regex is not None and self._regex.search(value) is None:
            raise ValidationError(path, f"must match {self._source!r}, got {_shown(path, value)}")
        return value


class _Bounded(Check):
    def __init__(
        self,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: float | None = None,
        exclusive_maximum: float | None = None,
    ) -> None:
        self._bounds = (minimum, maximum, exclusive_minimum, exclusive_maximum)

    def _check_bounds(self, value: Any, path: str) -> None:
        minimum, maximum, above, below = self._bounds
        if minimum is not None and value < minimum:
            raise ValidationError(path, f"must be >= {minimum}, got {_shown(path, value)}")
        if maximum is not None and value > maximum:
            raise ValidationError(path, f"must be <= {maximum}, got {_shown(path, value)}")
        if above is not None and value <= above:
            raise ValidationError(path, f"must be > {above}, got {_shown(path, value)}")
        if below is not None and value >= below:
            raise ValidationError(path, f"must be < {below}, got {_shown(path, value)}")


class Int(_Bounded):
    def __call__(self, value: Any, path: str) -> Any:
        if value.__class__ is not int:
            raise ValidationError(path, f"must be an integer, got {type(value).__name__}")
        self._check_bounds(value, path)
        return value


class Number(_Bounded):
    def __call__(self, value: Any, path: str) -> Any:
        if value.__class__ is not int and value.__class__ is not float:
            raise ValidationError(path, f"must be a number, got {type(value).__name__}")
        self._check_bounds(value, path)
        return value


class Bool(Check):
    def __call__(self, value: Any, path: str) -> Any:
        if value.__class__ is not bool:
            raise ValidationError(path, f"must be a boolean, got {type(value).__name__}")
        return value


class Date(Check):
    """A `datetime.date` (not a datetime), sent as YYYY-MM-DD."""

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            raise ValidationError(path, f"must be a datetime.date, got {type(value).__name__}")
        return value.isoformat()


class DateTime(Check):
    """A timezone-aware `datetime.datetime`, sent as RFC 3339 text (a naive one is refused:
    the server would have to guess its zone)."""

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, _dt.datetime):
            raise ValidationError(path, f"must be a datetime.datetime, got {type(value).__name__}")
        if value.utcoffset() is None:
            raise ValidationError(path, "must carry a timezone (e.g. tzinfo=datetime.timezone.utc)")
        return value.isoformat()


class Uuid(Check):
    """A `uuid.UUID`, sent in its canonical text form."""

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, _uuid.UUID):
            raise ValidationError(path, f"must be a uuid.UUID, got {type(value).__name__}")
        return str(value)


class Bytes(Check):
    """Raw bytes (a file's content, an image), sent as they are."""

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, (bytes, bytearray, memoryview)):
            raise ValidationError(path, f"must be bytes, got {type(value).__name__}")
        return bytes(value)


class Null(Check):
    def __call__(self, value: Any, path: str) -> Any:
        if value is not None:
            raise ValidationError(path, "must be None")
        return value


class Dec(_Bounded):
    """Decimal amounts, as the annotation says: a `Decimal` only. Floats cannot hold most
    prices exactly, and strings and ints are refused too, so that what a type checker
    accepts and what is sent are the same thing."""

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, Decimal):
            kind = type(value).__name__
            hint = " (floats are inexact)" if isinstance(value, float) else ""
            raise ValidationError(
                path, f"must be a Decimal{hint}, e.g. Decimal('0.01'), got {kind}"
            )
        if not value.is_finite():
            raise ValidationError(path, "must be a finite decimal number")
        if not -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT:
            # Sent in plain notation: 1E+999999999 would be a billion digits.
            raise ValidationError(path, f"must have an exponent within {MAX_EXPONENT}")
        self._check_bounds(value, path)
        return format(value, "f")


class OneOf(Check):
    """A JSON Schema enum: the value must be one of a fixed set (compared with its class)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self._values = tuple(values)
        self._allowed = frozenset((value.__class__, value) for value in values)

    def __call__(self, value: Any, path: str) -> Any:
        try:
            known = (value.__class__, value) in self._allowed
        except TypeError:  # a list or a dict cannot be hashed, nor be one of the values
            known = False
        if not known:
            allowed = ", ".join(repr(option) for option in self._values)
            raise ValidationError(path, f"must be one of {allowed}, got {_shown(path, value)}")
        return value


class Nullable(Check):
    def __init__(self, inner: Check) -> None:
        self._inner = inner

    def __call__(self, value: Any, path: str) -> Any:
        return None if value is None else self._inner(value, path)


class ListOf(Check):
    def __init__(
        self, item: Check, min_items: int | None = None, max_items: int | None = None
    ) -> None:
        self._item = item
        self._min = min_items
        self._max = max_items

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, (list, tuple)):
            raise ValidationError(path, f"must be a list, got {type(value).__name__}")
        if self._min is not None and len(value) < self._min:
            raise ValidationError(path, f"must have at least {_count(self._min, 'item')}")
        if self._max is not None and len(value) > self._max:
            raise ValidationError(path, f"must have at most {_count(self._max, 'item')}")
        item = self._item
        return [item(entry, f"{path}[{index}]") for index, entry in enumerate(value)]


class TupleOf(Check):
    """A fixed-length array (JSON Schema `prefixItems`): one check per position."""

    def __init__(self, items: Sequence[Check]) -> None:
        self._items = tuple(items)

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, (list, tuple)):
            raise ValidationError(path, f"must be a tuple, got {type(value).__name__}")
        if len(value) != len(self._items):
            raise ValidationError(
                path, f"must have exactly {_count(len(self._items), 'item')}, got {len(value)}"
            )
        return [
            check(entry, f"{path}[{index}]")
            for index, (check, entry) in enumerate(zip(self._items, value, strict=True))
        ]


class MapOf(Check):
    def __init__(self, value: Check) -> None:
        self._value = value

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, Mapping):
            raise ValidationError(path, f"must be a mapping, got {type(value).__name__}")
        check = self._value
        result = {}
        for key, entry in value.items():
            if not isinstance(key, str):
                raise ValidationError(path, "keys must be strings")
            result[key] = check(entry, f"{path}[{key!r}]")
        return result


class AnyOf(Check):
    """oneOf/anyOf: the first option that accepts the value wins."""

    def __init__(self, *options: Check) -> None:
        self._options = options

    def __call__(self, value: Any, path: str) -> Any:
        reasons = []
        for option in self._options:
            try:
                return option(value, path)
            except ValidationError as error:
                reasons.append(error.rule)
        raise ValidationError(path, "matches none of the allowed forms: " + "; ".join(reasons))


class ExactlyOne(Check):
    """oneOf, judged as a server that validates against the spec judges it: exactly one
    option may accept the value. The server sees the value's JSON form, which may fit
    options the Python value's class did not (a model instance whose JSON also fits another
    open model), so that form is offered to the other options too.

    With a discriminator (`tag`: the property; `tags`: its values -> option position), an
    object whose tag names an option is judged by that option alone; a missing or unknown
    tag falls back to counting, as the decoders fall back to trying.
    """

    def __init__(
        self, options: Sequence[Check], tag: str = "", tags: Mapping[str, int] | None = None
    ) -> None:
        self._options = tuple(options)
        self._tag = tag
        self._tags = dict(tags or {})

    def _chosen(self, value: Any) -> int | None:
        if not self._tag or not isinstance(value, Mapping):
            return None
        named = value.get(self._tag)
        return self._tags.get(named) if isinstance(named, str) else None

    def __call__(self, value: Any, path: str) -> Any:
        chosen = self._chosen(value)
        if chosen is not None:
            return self._options[chosen](value, path)
        accepted: dict[int, Any] = {}
        refusals: list[ValidationError] = []
        for index, option in enumerate(self._options):
            try:
                accepted[index] = option(value, path)
            except ValidationError as error:
                refusals.append(error)
        if not accepted:
            raise self._none_fits(path, refusals)
        sent = next(iter(accepted.values()))
        for index, option in enumerate(self._options):
            if index not in accepted and _accepts(option, sent, path):
                accepted[index] = sent
        chosen = self._chosen(sent)
        if chosen is not None:
            return accepted[chosen] if chosen in accepted else self._options[chosen](sent, path)
        if len(accepted) > 1:
            which = ", ".join(str(index + 1) for index in sorted(accepted))
            raise ValidationError(
                path,
                f"matches {len(accepted)} of the oneOf options ({which}); exactly one must match",
            )
        return sent

    def _none_fits(self, path: str, refusals: list[ValidationError]) -> ValidationError:
        """The one option whose shape fit (it refused a field inside the value) explains
        best; otherwise each option's reason."""
        inside = [error for error in refusals if error.field != path]
        if len(inside) == 1:
            return inside[0]
        reasons = []
        for index, error in enumerate(refusals, start=1):
            inner = error.field.removeprefix(path).lstrip(".")
            reasons.append(f"option {index}: " + (f"{inner}: " if inner else "") + error.rule)
        return ValidationError(path, "matches none of the oneOf options: " + "; ".join(reasons))


def _accepts(check: Check, value: Any, path: str) -> bool:
    try:
        check(value, path)
    except ValidationError:
        return False
    return True


FieldRule = tuple[str, str, bool, Check]
# (wire name, allowed values or None for "is given", whether a missing key passes)
FieldTest = tuple[str, tuple[Any, ...] | None, bool]


class RequiredWhen:
    """Keys that must be given when every test on the other keys holds (JSON Schema
    `if`/`then` with `required`, or `dependentRequired`); with `at_least_one`, one of them.
    Runs on the wire form of an object, after each value passed its own check; values compare
    with their class, so 1 is not True.
    """

    def __init__(
        self, when: Sequence[FieldTest], required: Sequence[str], at_least_one: bool = False
    ) -> None:
        self._when = tuple(
            (wire, None if values is None else frozenset((v.__class__, v) for v in values), absent)
            for wire, values, absent in when
        )
        self._required = tuple(required)
        self._at_least_one = at_least_one
        self._condition = " and ".join(_describe_test(test) for test in when)

    def applies(self, data: Mapping[str, Any]) -> bool:
        for wire, allowed, absent_passes in self._when:
            if wire not in data:
                if not absent_passes:
                    return False
            elif allowed is not None and (data[wire].__class__, data[wire]) not in allowed:
                return False
        return True

    def check(self, data: Mapping[str, Any], name: Callable[[str], str]) -> None:
        """Raises for the first required key that is missing; `name` maps a wire name to the
        name the caller used (an argument, or a path into a model)."""
        if not self.applies(data):
            return
        if self._at_least_one:
            if not any(wire in data for wire in self._required):
                first, *others = self._required
                rule = "is required unless " + " or ".join(name(o) for o in others) + " is given"
                when = f" when {self._condition}" if self._condition else ""
                raise ValidationError(name(first), rule + when)
            return
        for wire in self._required:
            if wire not in data:
                raise ValidationError(name(wire), f"is required when {self._condition}")


def _describe_test(test: FieldTest) -> str:
    wire, values, absent_passes = test
    if values is None:
        return f"{wire} is given"
    shown = " or ".join(repr(value) for value in values)
    return f"{wire} is {shown}" + (" or not given" if absent_passes else "")


class ModelOf(Check):
    """An attrs model argument: each field is checked and written under its wire name."""

    def __init__(
        self,
        cls: type,
        fields: Callable[[], Sequence[FieldRule]],
        extras: Check | None = None,
        rules: Sequence[RequiredWhen] = (),
    ) -> None:
        self._cls = cls
        self._fields = fields
        self._extras = extras
        self._rules = tuple(rules)

    def __call__(self, value: Any, path: str) -> Any:
        if isinstance(value, Mapping):
            data = self._from_mapping(value, path)
            for rule in self._rules:
                rule.check(data, lambda wire: f"{path}.{wire}")
            return data
        data = self._from_instance(value, path)
        if self._rules:
            attrs_by_wire = {wire: attr for attr, wire, _, _ in self._fields()}
            for rule in self._rules:
                rule.check(data, lambda wire: f"{path}.{attrs_by_wire.get(wire, wire)}")
        return data

    def _from_instance(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, self._cls):
            raise ValidationError(
                path, f"must be a {self._cls.__name__}, got {type(value).__name__}"
            )
        data: dict[str, Any] = {}
        for attr, wire, required, check in self._fields():
            entry = getattr(value, attr)
            if entry is UNSET or (entry is None and not required):
                continue
            data[wire] = check(entry, f"{path}.{attr}")
        extra_fields = getattr(value, "extra_fields", None)
        if extra_fields:
            extra_check = self._extras or Anything()
            for key, entry in extra_fields.items():
                data[key] = extra_check(entry, f"{path}[{key!r}]")
        return data

    def _from_mapping(self, value: Mapping[str, Any], path: str) -> dict[str, Any]:
        """Plain dicts keyed by wire names are accepted too, and checked the same way."""
        rules = {wire: (required, check) for _, wire, required, check in self._fields()}
        data: dict[str, Any] = {}
        for wire, (required, check) in rules.items():
            if wire in value:
                data[wire] = check(value[wire], f"{path}.{wire}")
            elif required:
                raise ValidationError(f"{path}.{wire}", "is required")
        for key, entry in value.items():
            if key not in rules:
                if self._extras is None:
                    raise ValidationError(f"{path}.{key}", "is not a known field")
                data[key] = self._extras(entry, f"{path}[{key!r}]")
        return data


def _count(count: int, noun: str) -> str:
    """Counts that read right: "1 item", "2 items"."""
    return f"1 {noun}" if count == 1 else f"{count} {noun}s"
