"""The models of the ``portfolio`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "PortfolioRequest",
    "PortfolioResponse",
    "PortfolioResponsePortfolio",
    "PortfolioResponsePortfolioContractsItem",
]


@attrs.define(kw_only=True)
class PortfolioRequest:
    """Portfolio request."""

    portfolio: Literal[1]
    contract_type: (
        list[
            Literal[
                "ACCU",
                "ASIAND",
                "ASIANU",
                "CALL",
                "CALLE",
                "CALLSPREAD",
                "DIGITDIFF",
                "DIGITEVEN",
                "DIGITMATCH",
                "DIGITODD",
                "DIGITOVER",
                "DIGITUNDER",
                "EXPIRYMISSE",
                "EXPIRYMISS",
                "EXPIRYRANGE",
                "EXPIRYRANGEE",
                "LBFLOATCALL",
                "LBFLOATPUT",
                "LBHIGHLOW",
                "MULTDOWN",
                "MULTUP",
                "NOTOUCH",
                "ONETOUCH",
                "PUT",
                "PUTE",
                "PUTSPREAD",
                "RANGE",
                "RESETCALL",
                "RESETPUT",
                "RUNHIGH",
                "RUNLOW",
                "TICKHIGH",
                "TICKLOW",
                "UPORDOWN",
                "VANILLALONGCALL",
                "VANILLALONGPUT",
                "TURBOSLONG",
                "TURBOSSHORT",
            ]
        ]
        | None
    ) = None
    """Only open contracts of these types."""

    loginid: str | None = None
    """The account whose open contracts to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PortfolioResponse:
    """Portfolio response."""

    portfolio: PortfolioResponsePortfolio | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["portfolio"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PortfolioResponsePortfolio:
    """Portfolio response portfolio."""

    contracts: list[PortfolioResponsePortfolioContractsItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PortfolioResponsePortfolioContractsItem:
    """Portfolio response portfolio contracts item."""

    app_id: int | Unset | None = UNSET
    buy_price: float | None = None
    contract_id: int | None = None
    contract_type: str | None = None
    currency: str | None = None
    date_start: int | None = None
    expiry_time: int | None = None
    longcode: str | None = None
    payout: float | None = None
    purchase_time: int | None = None
    shortcode: str | None = None
    symbol: str | None = None
    transaction_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
