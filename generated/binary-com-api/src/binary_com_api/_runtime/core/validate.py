"""Checks and converts call arguments to their JSON form before anything is sent.

Each check names the argument and the rule it broke. Values of secret arguments are never
echoed back in messages.
"""

from __future__ import annotations

import datetime as _dt
import re
import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from .errors import ValidationError
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
    def __init__(
        self,
        pattern: str | None = None,
        min_length: int | None = None,
        max_length: int | None = None,
    ) -> None:
        self._regex = re.compile(pattern) if pattern is not None else None
        self._min = min_length
        self._max = max_length

    def __call__(self, value: Any, path: str) -> Any:
        if not isinstance(value, str):
            raise ValidationError(path, f"must be a string, got {type(value).__name__}")
        if self._min is not None and len(value) < self._min:
            raise ValidationError(path, f"must be at least {self._min} characters long")
        if self._max is not None and len(value) > self._max:
            raise ValidationError(path, f"must be at most {self._max} characters long")
        if self._regex is not None and self._regex.search(value) is None:
            raise ValidationError(
                path, f"must match {self._regex.pattern!r}, got {_shown(path, value)}"
            )
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
    """Decimal amounts: a `Decimal`, an `int` or a decimal string; floats are refused
    because they cannot hold most prices exactly."""

    def __call__(self, value: Any, path: str) -> Any:
        if isinstance(value, (bool, float)):
            raise ValidationError(
                path, f"must be a Decimal (floats are inexact), got {type(value).__name__}"
            )
        if isinstance(value, str):
            try:
                value = Decimal(value)
            except InvalidOperation:
                raise ValidationError(
                    path, f"must be a decimal number, got {_shown(path, value)}"
                ) from None
        elif isinstance(value, int):
            value = Decimal(value)
        elif not isinstance(value, Decimal):
            raise ValidationError(path, f"must be a Decimal, got {type(value).__name__}")
        if not value.is_finite():
            raise ValidationError(path, "must be a finite decimal number")
        self._check_bounds(value, path)
        return format(value, "f")


class OneOf(Check):
    """A JSON Schema enum: the value must be one of a fixed set (compared with its class)."""

    def __init__(self, values: Sequence[Any]) -> None:
        self._values = tuple(values)
        self._allowed = frozenset((value.__class__, value) for value in values)

    def __call__(self, value: Any, path: str) -> Any:
        if (value.__class__, value) not in self._allowed:
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
            raise ValidationError(path, f"must have at least {self._min} items")
        if self._max is not None and len(value) > self._max:
            raise ValidationError(path, f"must have at most {self._max} items")
        item = self._item
        return [item(entry, f"{path}[{index}]") for index, entry in enumerate(value)]


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


FieldRule = tuple[str, str, bool, Check]


class ModelOf(Check):
    """An attrs model argument: each field is checked and written under its wire name."""

    def __init__(
        self,
        cls: type,
        fields: Callable[[], Sequence[FieldRule]],
        extras: Check | None = None,
    ) -> None:
        self._cls = cls
        self._fields = fields
        self._extras = extras

    def __call__(self, value: Any, path: str) -> Any:
        if isinstance(value, Mapping):
            return self._from_mapping(value, path)
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
