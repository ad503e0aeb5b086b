"""A bounded memo of results computed from immutable objects, found by the object itself.

The renderer asks for the normal form and annotation of the same IR type objects many times
(every field is looked at by several plans and by both passes of the codec writer). IR types
are frozen, so a result computed from one object stays right for that object. They cannot be
keyed by equality, though: `LiteralType((1,))` equals `LiteralType((True,))` and a constraint
`minimum=1` equals `minimum=1.0`, yet each must be written as it was given. So an entry is
found by the object's identity; it holds the object, which keeps that identity from being
reused while the entry lives.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

_Subject = TypeVar("_Subject")
_Result = TypeVar("_Result")


class IdentityMemo(Generic[_Subject, _Result]):
    """`function(subject, variant)`, computed once per subject object and variant, with at
    most `maxsize` results kept (the oldest entry goes first)."""

    def __init__(self, function: Callable[[_Subject, Hashable], _Result], maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError(f"maxsize must be at least 1, not {maxsize}")
        self._function = function
        self.maxsize = maxsize
        self._entries: dict[tuple[int, Hashable], tuple[_Subject, _Result]] = {}

    def __call__(self, subject: _Subject, variant: Hashable = None) -> _Result:
        key = (id(subject), variant)
        entry = self._entries.get(key)
        if entry is not None and entry[0] is subject:
            return entry[1]
        result = self._function(subject, variant)
        entries = self._entries
        while len(entries) >= self.maxsize:
            del entries[next(iter(entries))]
        entries[key] = (subject, result)
        return result

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        self._entries.clear()
