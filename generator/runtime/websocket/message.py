"""What the client knows about each call, and turning method arguments into a request."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from ..core import validate
from ..core.errors import ValidationError
from ..core.types import UNSET


@attrs.frozen
class Param:
    """One argument: Python name, JSON key, whether it is required, its check, and whether
    its value is a secret (never shown in an error message)."""

    name: str
    wire_name: str
    required: bool
    check: validate.Check
    secret: bool = False


@attrs.frozen
class Call:
    """One call: its arguments, the keys it always sends, how its answers decode, what
    authorization it needs and whether it streams or may be resent."""

    name: str
    params: tuple[Param, ...]
    fixed: tuple[tuple[str, Any], ...]
    decode: Callable[[Any], Any]
    auth: bool
    scopes: frozenset[str]
    streams: bool
    idempotent: bool
    msg_types: frozenset[str]
    follow_ups: tuple[str, ...] = ()


def build_message(call: Call, args: Mapping[str, Any]) -> dict[str, Any]:
    """Checks every argument and returns the request (without the id the transport adds).

    Arguments left out (UNSET, or None where null is not a legal value) are not sent, and a
    required one raises ValidationError; None for an argument that may be null sends null.
    """
    message: dict[str, Any] = dict(call.fixed)
    for param in call.params:
        value = args.get(param.name, UNSET)
        if value is UNSET or (value is None and not isinstance(param.check, validate.Nullable)):
            if param.required:
                raise ValidationError(param.name, "is required")
            continue
        if param.secret:
            message[param.wire_name] = _check_secret(param, value)
        else:
            message[param.wire_name] = param.check(value, param.name)
    return message


def _check_secret(param: Param, value: Any) -> Any:
    try:
        return param.check(value, param.name)
    except ValidationError as error:
        failure = error
    # Raised outside the handler, so the original (which may quote the value, "..., got 'x'")
    # is not even kept as the context: only the rule itself remains.
    raise ValidationError(failure.field, failure.rule.split(", got ", 1)[0])
