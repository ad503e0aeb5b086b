"""`json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)`, the same text faster.

Each package ships the spec it was generated from as indented JSON (the simulator validates
against it). The standard library writes indented JSON with its pure-Python encoder, one
generator per nesting level, which took a tenth of a second for the binary.com calls alone.
This writer builds the same text with plain recursion and the standard library's own C string
escaper. Anything it is not sure to write exactly alike (a type other than those JSON data
loaded from a spec file holds, a key that is not a string, very deep nesting) is handed to
`json.dumps` itself, so the text and the errors stay the standard library's.
"""

from __future__ import annotations

import json
import json.encoder
from typing import Any

_escape = json.encoder.encode_basestring  # the C version where the interpreter has it
_MAX_DEPTH = 100
_CONSTANTS = {True: "true", False: "false"}


class _Unusual(Exception):
    """A value this writer leaves to `json.dumps`."""


def indented_json(value: Any) -> str:
    """`value` as `json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)` writes it."""
    parts: list[str] = []
    try:
        _write(value, "\n", parts)
    except _Unusual:
        return json.dumps(value, indent=1, sort_keys=True, ensure_ascii=False)
    return "".join(parts)


def _write(value: Any, newline: str, parts: list[str]) -> None:
    cls = value.__class__
    if cls is str:
        parts.append(_escape(value))
    elif cls is dict:
        if not value:
            parts.append("{}")
            return
        if len(newline) > _MAX_DEPTH:
            raise _Unusual
        keys = list(value)
        if not all(key.__class__ is str for key in keys):
            raise _Unusual
        keys.sort()
        inner = newline + " "
        separator = "{" + inner
        for key in keys:
            parts.append(separator)
            parts.append(_escape(key))
            parts.append(": ")
            _write(value[key], inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif cls is list:
        if not value:
            parts.append("[]")
            return
        if len(newline) > _MAX_DEPTH:
            raise _Unusual
        inner = newline + " "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _write(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    elif cls is bool:
        parts.append(_CONSTANTS[value])
    elif value is None:
        parts.append("null")
    elif cls is int:
        parts.append(int.__repr__(value))
    elif cls is float and value == value and value not in (float("inf"), float("-inf")):
        parts.append(float.__repr__(value))
    else:
        raise _Unusual
