"""JSON Schema patterns in Python: rewritten for `re` with their JSON Schema meaning, and
strings built from a pattern's structure, as candidates for a schema example.

`python_pattern`: upstream schemas use a few Perl/PCRE forms (`\\p{L}`, `\\x{b0}`,
`[[:xdigit:]]`) that `re` cannot compile; each has an exact or close equivalent. The rest is
ECMA-262, whose `$`, `.`, `\\d`, `\\w` and `\\b` differ from `re`'s: they are spelled out.
The generator uses it for the checks it writes, the simulators for the schemas they validate
with, so both read a pattern the same way.

`strings_for_pattern`: a schema example needs a string the field's pattern accepts;
hand-written hints cover the common fields, and this fills the rest. A tiny parser reads the
regex subset JSON Schema patterns use (classes, groups, alternation, quantifiers,
lookarounds) and builds a few strings from it. Lookarounds and back-references produce
nothing while building, so the caller checks each candidate against the real pattern.
"""

from __future__ import annotations

import re
import string
import threading
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["python_pattern", "strings_for_pattern"]

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


# Letters, digits and symbols interleaved: cycling through the members of a character class
# in this order gives mixed strings, which is what lookaheads like (?=.*[A-Z]) ask for.
_ALPHABET = "".join(
    dict.fromkeys(
        "".join(
            lower + upper + digit
            for lower, upper, digit in zip(
                string.ascii_lowercase, string.ascii_uppercase, "1234567890" * 3, strict=False
            )
        )
        + "!_-.@#$%&*+/:;=?^~()[]{}<>,'\"|\\` "
    )
)


@dataclass(frozen=True)
class _Atom:
    """One character position: a literal, an escape, `.` or a class, as regex source text."""

    source: str


@dataclass(frozen=True)
class _Seq:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Alt:
    branches: tuple[_Seq, ...]


@dataclass(frozen=True)
class _Repeat:
    node: _Node
    low: int
    high: int | None


@dataclass(frozen=True)
class _Nothing:
    """Anchors, lookarounds and back-references: they produce no characters."""


_Node = _Atom | _Seq | _Alt | _Repeat | _Nothing


class _RegexParser:
    """Recursive descent over the pattern text; raises ValueError on anything unexpected."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.pos = 0

    def parse(self) -> _Alt:
        node = self._alternation()
        if self.pos != len(self.text):
            raise ValueError(f"unbalanced ')' at {self.pos}")
        return node

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def _alternation(self) -> _Alt:
        branches = [self._sequence()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._sequence())
        return _Alt(tuple(branches))

    def _sequence(self) -> _Seq:
        items: list[_Node] = []
        while self._peek() not in ("", "|", ")"):
            items.append(self._quantified(self._atom()))
        return _Seq(tuple(items))

    def _atom(self) -> _Node:
        char = self._peek()
        if char == "(":
            return self._group()
        if char == "[":
            return _Atom(self._class())
        if char == "\\":
            return self._escape()
        self.pos += 1
        if char in "^$":
            return _Nothing()
        return _Atom(char)

    def _group(self) -> _Node:
        self.pos += 1
        lookaround = False
        if self.text.startswith("?", self.pos):
            for prefix in ("?:", "?=", "?!", "?<=", "?<!", "?P<"):
                if self.text.startswith(prefix, self.pos):
                    break
            else:
                raise ValueError(f"unsupported group at {self.pos}")
            lookaround = prefix not in ("?:", "?P<")
            self.pos += len(prefix)
            if prefix == "?P<":
                self.pos = self.text.index(">", self.pos) + 1
        inner = self._alternation()
        if self._peek() != ")":
            raise ValueError("missing ')'")
        self.pos += 1
        return _Nothing() if lookaround else inner

    def _class(self) -> str:
        start = self.pos
        self.pos += 1
        if self._peek() == "^":
            self.pos += 1
        if self._peek() == "]":
            self.pos += 1
        while self._peek() not in ("", "]"):
            self.pos += 2 if self._peek() == "\\" else 1
        if self._peek() != "]":
            raise ValueError("missing ']'")
        self.pos += 1
        return self.text[start : self.pos]

    def _escape(self) -> _Node:
        start = self.pos
        letter = self.text[self.pos + 1 : self.pos + 2]
        if letter.isdigit():
            self.pos += 2
            return _Nothing()  # a back-reference; only used inside lookaheads here
        width = {"u": 6, "x": 4}.get(letter, 2)
        self.pos += width
        if letter in ("b", "B", "A", "Z"):
            return _Nothing()
        return _Atom(self.text[start : self.pos])

    def _quantified(self, node: _Node) -> _Node:
        char = self._peek()
        if char in ("*", "+", "?"):
            self.pos += 1
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        elif char == "{" and re.match(r"\{\d+(,\d*)?\}", self.text[self.pos :]):
            end = self.text.index("}", self.pos)
            low_text, _, high_text = self.text[self.pos + 1 : end].partition(",")
            low = int(low_text)
            has_comma = "," in self.text[self.pos : end]
            high = (int(high_text) if high_text else None) if has_comma else low
            self.pos = end + 1
        else:
            return node
        if self._peek() in ("?", "+"):
            self.pos += 1  # lazy or possessive: the same strings match
        return _Repeat(node, low, high)


_MEMBERS: dict[str, str] = {}
_MEMBERS_LOCK = threading.Lock()


def _members(source: str) -> str:
    """The characters of `_ALPHABET` that one regex position accepts, in alphabet order."""
    with _MEMBERS_LOCK:
        cached = _MEMBERS.get(source)
    if cached is not None:
        return cached
    try:
        compiled = re.compile(source)
    except re.error:
        found = ""
    else:
        found = "".join(char for char in _ALPHABET if compiled.fullmatch(char))
        if not found and len(source) == 1:
            found = source  # a literal outside the alphabet (a typographic quote, say)
    with _MEMBERS_LOCK:
        _MEMBERS[source] = found
    return found


@dataclass(frozen=True)
class _Strategy:
    branch: int  # which alternative to take (clamped to the last one)
    extra: int  # repetitions above the minimum, where the maximum allows


def _generate(node: _Node, strategy: _Strategy, index: int = 0) -> str:
    if isinstance(node, _Atom):
        members = _members(node.source)
        if not members:
            raise ValueError(f"no character matches {node.source!r}")
        return members[index % len(members)]
    if isinstance(node, _Seq):
        return "".join(_generate(item, strategy, index) for item in node.items)
    if isinstance(node, _Alt):
        branch = node.branches[min(strategy.branch, len(node.branches) - 1)]
        return _generate(branch, strategy, index)
    if isinstance(node, _Repeat):
        count = node.low + strategy.extra
        if node.high is not None:
            count = min(count, node.high)
        return "".join(_generate(node.node, strategy, step) for step in range(count))
    return ""


_STRATEGIES = tuple(_Strategy(branch, extra) for extra in (1, 0, 3) for branch in range(4))


def strings_for_pattern(pattern: str) -> Iterator[str]:
    """Candidate strings built from the pattern's structure; the caller checks each one
    (lookaheads are ignored while building, so not every candidate matches)."""
    try:
        tree = _RegexParser(pattern).parse()
    except (ValueError, IndexError):
        return
    seen: set[str] = set()
    for strategy in _STRATEGIES:
        try:
            text = _generate(tree, strategy)
        except ValueError:
            return
        if text not in seen:
            seen.add(text)
            yield text
