"""The models of the calls of the general group.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "ServerTime",
]


@attrs.define(kw_only=True)
class ServerTime:
    """Server time."""

    iso: str
    epoch: Decimal
    """Seconds since the Unix epoch, with milliseconds."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
