"""Reading JSON without losing a number: orjson for speed, an exact parser when needed.

orjson reads every number with a fraction or an exponent as a float, and an integer beyond
64 bits too, so `18446744073709551617` or a price with 20 digits would come out rounded,
silently, and `1e-400` as 0. A payload that may hold such a number (a run of 16 or more
digits, or an exponent of 3 digits) is read again by `json`, which keeps integers exact and
gives each other number as a float only when the float stands for the same decimal value,
else as a `Decimal`. Numbers whose exponent is past `MAX_EXPONENT` either way are refused:
no price needs them, and writing one out in full could take gigabytes.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

import orjson

MAX_EXPONENT = 1000
"""The largest decimal exponent (either sign) of a number read or sent: `Decimal`s beyond it
are refused, and so are integers of more digits."""

# Which texts may hold such a number, told by translating each byte to its class (digit or
# dot `d`, exponent mark `e`, sign `s`, anything else a space) and looking for a run of 16
# `d`s or an `e` before three: two C-speed passes, where a regular expression tried again at
# every digit (2 ms for 1,000 candles, seven times orjson's whole read). It errs only towards
# "risky": strings of many digits (ids, tokens) or dots cost a slower read, nothing else.
_CLASS_OF = {**dict.fromkeys(b"0123456789.", b"d"), **dict.fromkeys(b"eE", b"e")}
_CLASS_OF.update(dict.fromkeys(b"+-", b"s"))
_CLASSES = b"".join(_CLASS_OF.get(byte, b" ") for byte in range(256))
_RISKY_RUNS = (b"d" * 16, b"eddd", b"esddd")


class NumberOutOfRange(ValueError):
    """A number of the JSON text has an exponent (or digits) past `MAX_EXPONENT`."""


def loads(raw: bytes | str) -> Any:
    """The JSON value of `raw`, every number exact (see the module's docstring).

    Raises ValueError when `raw` is not JSON, and `NumberOutOfRange` for an absurd number.
    """
    risky = may_lose_digits(raw)
    try:
        value = orjson.loads(raw)
    except orjson.JSONDecodeError:
        if not risky:
            raise
        return exact_loads(raw)  # (orjson refuses a number past a float's range)
    return exact_loads(raw) if risky else value


def may_lose_digits(raw: bytes | str) -> bool:
    """Whether `raw` may hold a number orjson would round: a run of 16 digits and dots, or an
    exponent of three digits. Never says no where such a number stands."""
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
    classes = data.translate(_CLASSES)
    return any(run in classes for run in _RISKY_RUNS)


def exact_loads(raw: bytes | str) -> Any:
    """`raw` read by the exact parser (slower than orjson)."""
    try:
        return json.loads(
            raw, parse_float=_number, parse_int=_integer, parse_constant=_not_a_number
        )
    except RecursionError:
        raise ValueError("the JSON text is nested too deeply") from None


def in_range(value: Decimal) -> bool:
    """Whether a finite `Decimal`'s exponent is within `MAX_EXPONENT`."""
    return -MAX_EXPONENT <= value.adjusted() <= MAX_EXPONENT


def _integer(text: str) -> int:
    if len(text) > MAX_EXPONENT + 1:
        raise NumberOutOfRange(f"an integer of {len(text)} digits is out of range")
    return int(text)


def _number(text: str) -> float | Decimal:
    value = Decimal(text)
    if not in_range(value):
        raise NumberOutOfRange(f"a number with the exponent {value.adjusted()} is out of range")
    approximate = float(text)
    if math.isfinite(approximate) and Decimal(repr(approximate)) == value:
        return approximate
    return value


def _not_a_number(text: str) -> Any:
    raise ValueError(f"{text} is not a JSON number")
