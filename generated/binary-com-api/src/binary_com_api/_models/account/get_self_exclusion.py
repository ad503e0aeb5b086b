"""The models of the ``get_self_exclusion`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "GetSelfExclusionRequest",
    "GetSelfExclusionResponse",
    "GetSelfExclusionResponseGetSelfExclusion",
]


@attrs.define(kw_only=True)
class GetSelfExclusionRequest:
    """Get self exclusion request."""

    get_self_exclusion: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetSelfExclusionResponse:
    """Get self exclusion response."""

    get_self_exclusion: GetSelfExclusionResponseGetSelfExclusion | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_self_exclusion"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSelfExclusionResponseGetSelfExclusion:
    """Get self exclusion response get self exclusion."""

    exclude_until: str | None = None
    max_30day_deposit: float | None = None
    max_30day_losses: float | None = None
    max_30day_turnover: float | None = None
    max_7day_deposit: float | None = None
    max_7day_losses: float | None = None
    max_7day_turnover: float | None = None
    max_balance: float | None = None
    max_deposit: float | None = None
    max_losses: float | None = None
    max_open_bets: int | None = None
    max_turnover: float | None = None
    session_duration_limit: int | None = None
    timeout_until: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
