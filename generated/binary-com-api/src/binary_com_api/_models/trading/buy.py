"""The models of the ``buy`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "BuyRequest",
    "BuyRequestParameters",
    "BuyRequestParametersLimitOrder",
    "BuyResponse",
    "BuyResponseBuy",
    "BuyResponseSubscription",
]


@attrs.define(kw_only=True)
class BuyRequest:
    """Buy request."""

    buy: str
    """The id of a proposal to buy, or 1 to buy from parameters without a proposal first."""

    parameters: BuyRequestParameters | None = None
    """The contract to buy when buy is 1: the same fields as a proposal request."""

    price: float
    """The most you agree to pay; the purchase is refused when the price has risen above it."""

    subscribe: Literal[1] | None = None
    loginid: str | None = None
    """The account to buy with, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BuyRequestParameters:
    """The contract to buy when buy is 1: the same fields as a proposal request."""

    amount: float | None = None
    app_markup_percentage: float | None = None
    barrier: str | None = None
    barrier2: str | None = None
    barrier_range: Literal["tight", "middle", "wide"] | None = None
    basis: Literal["payout", "stake"] | None = None
    cancellation: str | None = None
    contract_type: Literal[
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
        "EXPIRYMISS",
        "EXPIRYMISSE",
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
        "SNOWDOWN",
        "SNOWUP",
        "TICKHIGH",
        "TICKLOW",
        "TURBOSLONG",
        "TURBOSSHORT",
        "UPORDOWN",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
    ]
    currency: str
    date_expiry: int | None = None
    date_start: int | None = None
    duration: int | None = None
    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    growth_rate: float | None = None
    limit_order: BuyRequestParametersLimitOrder | None = None
    multiplier: float | None = None
    payout_per_point: float | None = None
    product_type: Literal["basic"] | None = None
    selected_tick: int | None = None
    symbol: str
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    trading_period_start: int | None = None


@attrs.define(kw_only=True)
class BuyRequestParametersLimitOrder:
    """Buy request parameters limit order."""

    stop_loss: float | None = None
    take_profit: float | None = None


@attrs.define(kw_only=True)
class BuyResponse:
    """Buy response."""

    buy: BuyResponseBuy | None = None
    subscription: BuyResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["buy"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyResponseBuy:
    """Buy response buy."""

    balance_after: float
    buy_price: float
    contract_id: int
    longcode: str
    payout: float
    purchase_time: int
    shortcode: str
    start_time: int
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyResponseSubscription:
    """Buy response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
