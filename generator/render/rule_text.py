"""Validation rules written out as generated code reads them: as call keywords of a
`_validate` check, and as the few words a docstring says of them. Kind-free: the emitters
choose which rules a kind has and ask these to write them."""

from __future__ import annotations

from generator import ir


def call(function: str, *arguments: str, **keywords: object) -> str:
    """A call of `function` with these argument expressions and the keywords that are set."""
    # ascii(): a pattern from a spec may hold look-alike quotes (U+2019); escaped, they show.
    named = [
        f"{key}={ascii(value) if isinstance(value, str) else repr(value)}"
        for key, value in keywords.items()
        if value is not None
    ]
    return f"{function}({', '.join([*arguments, *named])})"


def bounds(rules: ir.Constraints) -> dict[str, object]:
    """A number's bounds, as keywords of its check."""
    return {
        "minimum": rules.minimum,
        "maximum": rules.maximum,
        "exclusive_minimum": rules.exclusive_minimum,
        "exclusive_maximum": rules.exclusive_maximum,
    }


def constraint_facts(rules: ir.Constraints) -> list[str]:
    """A scalar's rules in words ("of 1 to 8 characters, matching ``[a-z]+``"): one item, or
    none without rules."""
    facts = []
    length = count_range(rules.min_length, rules.max_length)
    if length:
        facts.append(f"of {length} characters")
    low = rules.minimum if rules.minimum is not None else rules.exclusive_minimum
    high = rules.maximum if rules.maximum is not None else rules.exclusive_maximum
    if rules.minimum is not None and rules.maximum is not None:
        facts.append(f"from {low!r} to {high!r}")
    else:
        if low is not None:
            facts.append(f"{'at least' if rules.minimum is not None else 'above'} {low!r}")
        if high is not None:
            facts.append(f"{'at most' if rules.maximum is not None else 'below'} {high!r}")
    if rules.pattern is not None:
        # Non-ASCII characters as escapes: docstrings of generated code stay ASCII.
        pattern = rules.pattern.encode("ascii", "backslashreplace").decode("ascii")
        facts.append(f"matching ``{pattern}``")
    return [", ".join(facts)] if facts else []


def count_range(low: int | None, high: int | None) -> str:
    """How many, in words: "3", "1 to 5", "at least 2", "at most 25", or "" when unbounded."""
    if low is not None and high is not None:
        return str(low) if low == high else f"{low} to {high}"
    if low is not None:
        return f"at least {low}"
    return f"at most {high}" if high is not None else ""
