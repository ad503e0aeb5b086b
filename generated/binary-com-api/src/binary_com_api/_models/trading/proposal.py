"""The models of the ``proposal`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ProposalRequest",
    "ProposalRequestLimitOrder",
    "ProposalResponse",
    "ProposalResponseProposal",
    "ProposalResponseProposalCancellation",
    "ProposalResponseProposalContractDetails",
    "ProposalResponseProposalLimitOrder",
    "ProposalResponseProposalLimitOrderStopLoss",
    "ProposalResponseProposalLimitOrderStopOut",
    "ProposalResponseProposalLimitOrderTakeProfit",
    "ProposalResponseProposalValidationParams",
    "ProposalResponseProposalValidationParamsPayout",
    "ProposalResponseProposalValidationParamsStake",
    "ProposalResponseProposalValidationParamsStopLoss",
    "ProposalResponseProposalValidationParamsTakeProfit",
    "ProposalResponseSubscription",
]


@attrs.define(kw_only=True)
class ProposalRequest:
    """Proposal request."""

    proposal: Literal[1]
    amount: float | None = None
    """The money the price is for: the payout or the stake, as basis says, in currency."""

    barrier: str | None = None
    """The barrier: an absolute price, or an offset from the spot price such as '+0.1'; for digit
    contracts, the digit.
    """

    barrier2: str | None = None
    """The low barrier, for contracts that have two."""

    barrier_range: Literal["tight", "middle", "wide"] | None = None
    """For contracts with predefined barriers: how far apart they are."""

    basis: Literal["payout", "stake"] | None = None
    """What amount is: 'stake' (what you pay) or 'payout' (what a win pays)."""

    cancellation: str | None = None
    """For multipliers: how long a deal-cancellation option lasts, e.g. '5m' or '1h'."""

    contract_type: Literal[
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
        "SNOWDOWN",
        "SNOWUP",
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
    """The kind of contract, e.g. CALL (rises), PUT (falls), DIGITMATCH (last digit matches)."""

    currency: str
    """The currency of amount and of the price, e.g. USD."""

    date_expiry: int | None = None
    """When the contract ends, an epoch in seconds (instead of duration)."""

    date_start: int | None = None
    """When a forward-starting contract begins, an epoch in seconds; leave out to start now."""

    duration: int | None = None
    """How long the contract runs, counted in duration_unit (instead of date_expiry)."""

    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    """The unit of duration: 't' ticks, 's' seconds, 'm' minutes, 'h' hours, 'd' days."""

    growth_rate: float | None = None
    """For accumulators: the growth rate of the stake per tick."""

    limit_order: ProposalRequestLimitOrder | None = None
    """For multipliers: take-profit and stop-loss amounts."""

    multiplier: float | None = None
    """For multipliers: how much price moves are multiplied."""

    payout_per_point: float | None = None
    """For turbos and vanillas: the payout per point of price move."""

    product_type: Literal["basic"] | None = None
    """The product type of the contract."""

    selected_tick: int | None = None
    """For tick high and low contracts: the tick number the prediction is about."""

    subscribe: Literal[1] | None = None
    symbol: str
    """The symbol the contract is on, e.g. R_50."""

    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    """For snowball contracts: the risk profile."""

    trading_period_start: int | None = None
    """For contracts with predefined trading periods: when the period starts, an epoch in
    seconds.
    """

    loginid: str | None = None
    """The account to price for, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ProposalRequestLimitOrder:
    """For multipliers: take-profit and stop-loss amounts."""

    stop_loss: float | None = None
    take_profit: float | None = None


@attrs.define(kw_only=True)
class ProposalResponse:
    """Proposal response."""

    proposal: ProposalResponseProposal | None = None
    subscription: ProposalResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["proposal"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposal:
    """Proposal response proposal."""

    ask_price: float
    barrier_choices: list[Any] | None = None
    barrier_spot_distance: str | None = None
    cancellation: ProposalResponseProposalCancellation | None = None
    commission: float | Unset | None = UNSET
    contract_details: ProposalResponseProposalContractDetails | None = None
    date_expiry: int | None = None
    date_start: int
    display_number_of_contracts: str | None = None
    display_value: str
    id: str
    limit_order: ProposalResponseProposalLimitOrder | None = None
    longcode: str
    max_stake: float | None = None
    min_stake: float | None = None
    multiplier: float | None = None
    payout: float
    payout_choices: list[str] | None = None
    spot: float
    spot_time: int
    validation_params: ProposalResponseProposalValidationParams | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalCancellation:
    """Proposal response proposal cancellation."""

    ask_price: float | None = None
    date_expiry: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalContractDetails:
    """Proposal response proposal contract details."""

    app_markup_amount: str | None = None
    barrier: str | None = None
    barrier_spot_distance: str | None = None
    caution_price: str | None = None
    coupon_rate: str | None = None
    high_barrier: str | None = None
    last_tick_epoch: int | None = None
    low_barrier: str | None = None
    maximum_payout: float | None = None
    maximum_stake: str | None = None
    maximum_ticks: int | None = None
    minimum_stake: str | None = None
    num_of_coupons: int | None = None
    profit_price: str | None = None
    tick_size_barrier: float | None = None
    tick_size_barrier_percentage: str | None = None
    ticks_stayed_in: list[int] | None = None
    trade_risk_profile: Literal["low", "medium", "high"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrder:
    """Proposal response proposal limit order."""

    stop_loss: ProposalResponseProposalLimitOrderStopLoss | None = None
    stop_out: ProposalResponseProposalLimitOrderStopOut | None = None
    take_profit: ProposalResponseProposalLimitOrderTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderStopLoss:
    """Proposal response proposal limit order stop loss."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderStopOut:
    """Proposal response proposal limit order stop out."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalLimitOrderTakeProfit:
    """Proposal response proposal limit order take profit."""

    display_name: str | None = None
    display_order_amount: str | Unset | None = UNSET
    order_amount: float | Unset | None = UNSET
    order_date: int | None = None
    value: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParams:
    """Proposal response proposal validation params."""

    max_payout: str | None = None
    max_ticks: int | None = None
    payout: ProposalResponseProposalValidationParamsPayout | None = None
    stake: ProposalResponseProposalValidationParamsStake | None = None
    stop_loss: ProposalResponseProposalValidationParamsStopLoss | None = None
    take_profit: ProposalResponseProposalValidationParamsTakeProfit | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsPayout:
    """Proposal response proposal validation params payout."""

    max: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsStake:
    """Proposal response proposal validation params stake."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsStopLoss:
    """Proposal response proposal validation params stop loss."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseProposalValidationParamsTakeProfit:
    """Proposal response proposal validation params take profit."""

    max: str | None = None
    min: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ProposalResponseSubscription:
    """Proposal response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
