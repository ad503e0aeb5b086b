"""Turning wire names into Python identifiers, the same way every time."""

from __future__ import annotations

import keyword
import re

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")

# Names a generated attribute or argument must not take: they would shadow something the
# generated code itself relies on.
_RESERVED = frozenset({"self", "cls", "extra_fields", "extra_params", "timeout"})


def words(name: str) -> list[str]:
    """Split `someName`, `some_name`, `some-name` and `SOME NAME` into lower-case words."""
    return [word.lower() for word in _WORD_BOUNDARY.split(name) if word]


def snake_case(name: str) -> str:
    return "_".join(words(name))


def pascal_case(name: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in words(name))


def identifier(name: str) -> str:
    """A valid, non-keyword snake_case identifier for a field or an argument."""
    ident = snake_case(name) or "value"
    if ident[0].isdigit():
        ident = "n" + ident
    if keyword.iskeyword(ident) or keyword.issoftkeyword(ident) or ident in _RESERVED:
        ident += "_"
    return ident


# Class names generated modules import or define themselves, and the keywords PascalCase can
# produce: a model may not take them.
_RESERVED_CLASSES = frozenset(
    {"Any", "Decimal", "False", "Literal", "None", "True", "Unset", "UNSET", "Mapping"}
)


def class_name(name: str) -> str:
    """PascalCase; a name that already is (`AModel`, `HTTPError`) is kept as it is."""
    if name.isidentifier() and name.isascii() and name[0].isupper() and "_" not in name:
        ident = name
    else:
        ident = pascal_case(name) or "Model"
    if ident[0].isdigit():
        ident = "N" + ident
    if ident in _RESERVED_CLASSES:
        ident += "Model"
    return ident


def unique(name: str, taken: set[str]) -> str:
    """`name`, or `name2`, `name3`... whichever is free first; records the choice."""
    candidate, counter = name, 1
    while candidate in taken:
        counter += 1
        candidate = f"{name}{counter}"
    taken.add(candidate)
    return candidate
