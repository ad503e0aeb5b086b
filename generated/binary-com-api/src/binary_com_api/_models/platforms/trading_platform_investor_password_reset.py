"""The models of the ``trading_platform_investor_password_reset`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TradingPlatformInvestorPasswordResetRequest",
    "TradingPlatformInvestorPasswordResetResponse",
]


@attrs.define(kw_only=True)
class TradingPlatformInvestorPasswordResetRequest:
    """Trading platform investor password reset request."""

    trading_platform_investor_password_reset: Literal[1] = attrs.field(repr=False)
    account_id: str
    new_password: str = attrs.field(repr=False)
    platform: Literal["mt5"]
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingPlatformInvestorPasswordResetResponse:
    """Trading platform investor password reset response."""

    trading_platform_password_reset: Literal[0, 1] | None = attrs.field(default=None, repr=False)
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_platform_investor_password_reset"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
