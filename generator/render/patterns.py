"""Regular expressions from specs, rewritten for Python's `re`.

Upstream schemas use a few Perl/PCRE forms (`\\p{L}`, `\\x{b0}`, `[[:xdigit:]]`) that `re`
cannot compile; each has an exact or close equivalent.
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
    result = _letter_classes(result)
    re.compile(result)
    return result


def _letter_classes(pattern: str) -> str:
    r"""`\p{L}` inside a character class cannot become a negated class, so letters are
    spelled as `^\W\d_` only when the class contains nothing else; otherwise as `\w`."""
    out: list[str] = []
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escape = pattern[index : index + 5]
            if escape in (r"\p{L}",):
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
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        out.append(char)
        index += 1
    return "".join(out)
