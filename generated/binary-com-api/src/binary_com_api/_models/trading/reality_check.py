"""The models of the ``reality_check`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "RealityCheckRequest",
    "RealityCheckResponse",
    "RealityCheckResponseRealityCheck",
]


@attrs.define(kw_only=True)
class RealityCheckRequest:
    """Reality check request."""

    reality_check: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class RealityCheckResponse:
    """Reality check response."""

    reality_check: RealityCheckResponseRealityCheck | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["reality_check"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class RealityCheckResponseRealityCheck:
    """Reality check response reality check."""

    buy_amount: float | None = None
    buy_count: int | None = None
    currency: str | None = None
    loginid: str | None = None
    open_contract_count: int | None = None
    potential_profit: float | None = None
    sell_amount: float | None = None
    sell_count: int | None = None
    start_time: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
