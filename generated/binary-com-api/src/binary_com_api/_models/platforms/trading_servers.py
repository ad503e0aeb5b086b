"""The models of the ``trading_servers`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "TradingServersRequest",
    "TradingServersResponse",
    "TradingServersResponseTradingServersItem",
    "TradingServersResponseTradingServersItemGeolocation",
]


@attrs.define(kw_only=True)
class TradingServersRequest:
    """Trading servers request."""

    trading_servers: Literal[1]
    account_type: Literal["demo", "real"] | None = None
    environment: (
        Literal["all", "Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    platform: Literal["mt5", "dxtrade"] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TradingServersResponse:
    """Trading servers response."""

    trading_servers: list[TradingServersResponseTradingServersItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["trading_servers"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingServersResponseTradingServersItem:
    """Trading servers response trading servers item."""

    account_type: Literal["demo", "real"] | None = None
    disabled: Literal[0, 1] | None = None
    environment: (
        Literal["Deriv-Demo", "Deriv-Server", "Deriv-Server-02", "Deriv-Server-03"] | None
    ) = None
    geolocation: TradingServersResponseTradingServersItemGeolocation | None = None
    id: (
        Literal["p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"]
        | None
    ) = None
    market_type: str | None = None
    message_to_client: str | None = None
    recommended: Literal[0, 1] | None = None
    supported_accounts: list[str] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TradingServersResponseTradingServersItemGeolocation:
    """Trading servers response trading servers item geolocation."""

    group: str | None = None
    location: str | None = None
    region: str | None = None
    sequence: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
