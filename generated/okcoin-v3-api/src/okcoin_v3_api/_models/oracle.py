"""The models of the calls of the oracle group.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = [
    "OraclePayload",
]


@attrs.define(kw_only=True)
class OraclePayload:
    """Open Oracle style price report."""

    messages: list[str] | None = None
    signatures: list[str] | None = None
    prices: dict[str, Any] | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
