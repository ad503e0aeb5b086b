"""The models of the ``set_self_exclusion`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "SetSelfExclusionRequest",
    "SetSelfExclusionResponse",
]


@attrs.define(kw_only=True)
class SetSelfExclusionRequest:
    """Set self exclusion request."""

    set_self_exclusion: Literal[1]
    exclude_until: str | Unset | None = UNSET
    max_30day_deposit: float | Unset | None = UNSET
    max_30day_losses: float | Unset | None = UNSET
    max_30day_turnover: float | Unset | None = UNSET
    max_7day_deposit: float | Unset | None = UNSET
    max_7day_losses: float | Unset | None = UNSET
    max_7day_turnover: float | Unset | None = UNSET
    max_balance: float | Unset | None = UNSET
    max_deposit: float | Unset | None = UNSET
    max_losses: float | Unset | None = UNSET
    max_open_bets: int | Unset | None = UNSET
    max_turnover: float | Unset | None = UNSET
    session_duration_limit: int | Unset | None = UNSET
    timeout_until: int | Unset | None = UNSET
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SetSelfExclusionResponse:
    """Set self exclusion response."""

    set_self_exclusion: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_self_exclusion"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
