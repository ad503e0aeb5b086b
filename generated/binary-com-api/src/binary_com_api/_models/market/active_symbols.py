"""The models of the ``active_symbols`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ActiveSymbolsRequest",
    "ActiveSymbolsResponse",
    "ActiveSymbolsResponseActiveSymbolsItem",
]


@attrs.define(kw_only=True)
class ActiveSymbolsRequest:
    """Active symbols request."""

    active_symbols: Literal["brief", "full"]
    """'brief' for the main facts of each symbol, 'full' for everything known."""

    barrier_category: (
        list[
            Literal[
                "american",
                "asian",
                "euro_atm",
                "euro_non_atm",
                "non_financial",
                "lookback",
                "reset",
            ]
        ]
        | None
    ) = None
    """Only symbols offering contracts of these barrier categories."""

    contract_type: (
        list[
            Literal[
                "MULTUP",
                "MULTDOWN",
                "UPORDOWN",
                "EXPIRYRANGE",
                "ONETOUCH",
                "CALLE",
                "LBHIGHLOW",
                "ASIAND",
                "EXPIRYRANGEE",
                "DIGITDIFF",
                "DIGITMATCH",
                "DIGITOVER",
                "PUTE",
                "DIGITUNDER",
                "NOTOUCH",
                "CALL",
                "RANGE",
                "LBFLOATPUT",
                "DIGITODD",
                "PUT",
                "ASIANU",
                "LBFLOATCALL",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "DIGITEVEN",
                "TICKHIGH",
                "TICKLOW",
                "RESETCALL",
                "RESETPUT",
                "CALLSPREAD",
                "PUTSPREAD",
                "RUNHIGH",
                "RUNLOW",
                "ACCU",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None
    ) = None
    """Only symbols offering these contract types."""

    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    """Only symbols of this landing company (the entity the account belongs to)."""

    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    """The same as landing_company, under its short name."""

    product_type: Literal["basic"] | None = None
    """Only symbols of this product type."""

    loginid: str | None = None
    """The account whose offering to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ActiveSymbolsResponse:
    """Active symbols response."""

    active_symbols: list[ActiveSymbolsResponseActiveSymbolsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["active_symbols"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ActiveSymbolsResponseActiveSymbolsItem:
    """Active symbols response active symbols item."""

    allow_forward_starting: Literal[0, 1] | None = None
    delay_amount: int | None = None
    display_name: str
    display_order: int
    exchange_is_open: Literal[0, 1]
    exchange_name: str | None = None
    intraday_interval_minutes: int | None = None
    is_trading_suspended: Literal[0, 1]
    market: str
    market_display_name: str
    pip: float
    quoted_currency_symbol: str | None = None
    spot: float | Unset | None = UNSET
    spot_age: str | None = None
    spot_percentage_change: str | None = None
    spot_time: str | None = None
    subgroup: str
    subgroup_display_name: str
    submarket: str
    submarket_display_name: str
    symbol: str
    symbol_type: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
