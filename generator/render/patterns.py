"""Regular expressions from specs, rewritten for Python's `re`, with their JSON Schema meaning.

Upstream schemas use a few Perl/PCRE forms (`\\p{L}`, `\\x{b0}`, `[[:xdigit:]]`) that `re`
cannot compile; each has an exact or close equivalent. The rest is ECMA-262, whose `$`, `.`,
`\\d`, `\\w` and `\\b` differ from `re`'s: they are spelled out (see `_translate`).
"""

from __future__ import annotations

import re

_HEX_ESCAPE = re.compile(r"\\x\{([0-9A-Fa-f]{1,6})\}")
_POSIX_CLASSES = {
    "[:xdigit:]": "0-9A-Fa-f",
    "[:digit:]": "0-9",
    "[:alpha:]": "A-Za-z",
    "[:alnum:]": "0-9A-Za-z",
    "[:space:]": r"\s",
}


def python_pattern(pattern: str) -> str:
    """The same rule as `pattern`, in a form `re.compile` accepts."""
    result = _HEX_ESCAPE.sub(lambda match: "\\u" + match.group(1).rjust(4, "0"), pattern)
    for posix, replacement in _POSIX_CLASSES.items():
        result = result.replace(posix, replacement)
    result = _translate(result)
    re.compile(result)
    return result


# JSON Schema patterns are ECMA-262 regular expressions, where `\d` and `\w` are ASCII only,
# `$` matches only at the very end and `.` matches no line terminator; Python's `re` (on str)
# lets `\d`/`\w` match any script's digits and letters and `$` match before a final newline.
_OUTSIDE = {
    "d": "[0-9]",
    "D": "[^0-9]",
    "w": "[A-Za-z0-9_]",
    "W": "[^A-Za-z0-9_]",
    "b": "(?a:\\b)",
    "B": "(?a:\\B)",
}
_INSIDE = {"d": "0-9", "w": "A-Za-z0-9_"}
_ANY = "[^\\n\\r\\u2028\\u2029]"


def _translate(pattern: str) -> str:
    r"""Rewrites the escapes whose meaning differs (see `_OUTSIDE`), `$` and `.`; and the
    Unicode classes: `\p{L}` inside a character class cannot become a negated class, so
    letters are spelled as `^\W\d_` only when the class contains nothing else, otherwise as
    `\w` (both Unicode, as `\p` means); `\p{N}` and `\p{Nd}` become a Unicode `\d`."""
    out: list[str] = []
    index = 0
    in_class = False
    opened = 0  # where the class's first member starts
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            if pattern.startswith(r"\p{L}", index):
                out.append(r"\w" if in_class else r"[^\W\d_]")
                index += 5
                continue
            if pattern.startswith(r"\p{Nd}", index):
                out.append(r"\d")
                index += 6
                continue
            if pattern.startswith(r"\p{N}", index):
                out.append(r"\d")
                index += 5
                continue
            letter = pattern[index + 1]
            if in_class and letter in "DW":
                raise ValueError(f"{pattern!r}: \\{letter} inside [...] has no equivalent in re")
            table = _INSIDE if in_class else _OUTSIDE
            out.append(table.get(letter, pattern[index : index + 2]))
            index += 2
            continue
        if in_class:
            if char == "]" and index > opened:  # (a "]" first is a member)
                in_class = False
        elif char == "[":
            in_class = True
            opened = index + 2 if pattern.startswith("[^", index) else index + 1
        elif char == "$":
            char = r"\Z"
        elif char == ".":
            char = _ANY
        out.append(char)
        index += 1
    return "".join(out)
