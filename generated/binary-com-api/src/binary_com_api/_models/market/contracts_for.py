"""The models of the ``contracts_for`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "ContractsForRequest",
    "ContractsForResponse",
    "ContractsForResponseContractsFor",
    "ContractsForResponseContractsForAvailableItem",
    "ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem",
]


@attrs.define(kw_only=True)
class ContractsForRequest:
    """Contracts for request."""

    contracts_for: str
    """The symbol (e.g. R_50) whose available contracts to list."""

    currency: str | None = None
    """The currency the contracts would be bought in; the default is USD."""

    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    """The landing company whose offering to list; the default is the one of the account or of the
    client's country.
    """

    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    """The same as landing_company, under its short name."""

    product_type: Literal["basic"] | None = None
    """Only contracts of this product type."""

    loginid: str | None = None
    """The account whose offering to list, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractsForResponse:
    """Contracts for response."""

    contracts_for: ContractsForResponseContractsFor | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contracts_for"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsFor:
    """Contracts for response contracts for."""

    available: list[ContractsForResponseContractsForAvailableItem]
    close: int | Unset | None = UNSET
    feed_license: str | None = None
    hit_count: float | None = None
    non_available: list[Any] | None = None
    open: int | Unset | None = UNSET
    spot: float | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsForAvailableItem:
    """Contracts for response contracts for available item."""

    available_barriers: list[Any] | None = None
    barrier: str | Unset | None = UNSET
    barrier_category: str
    barrier_choices: list[Any] | None = None
    barriers: float
    cancellation_range: list[Any] | None = None
    contract_category: str
    contract_category_display: str
    contract_display: str | None = None
    contract_type: str
    default_stake: float | None = None
    display_number_of_contracts: float | None = None
    duration_choices: list[int] | None = None
    exchange_name: str
    expired_barriers: list[Any] | None = None
    expiry_type: str
    forward_starting_options: (
        list[ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem] | None
    ) = None
    growth_rate_range: list[Any] | None = None
    high_barrier: str | Unset | None = UNSET
    last_digit_range: list[Any] | None = None
    low_barrier: str | Unset | None = UNSET
    market: str
    max_contract_duration: str
    max_stake: float | Unset | None = UNSET
    min_contract_duration: str
    min_stake: float | Unset | None = UNSET
    multiplier_range: list[Any] | None = None
    payout_choices: list[Any] | None = None
    payout_limit: float | None = None
    sentiment: str
    start_type: str
    submarket: str
    trade_risk_profile_choices: list[str] | None = None
    trading_period: dict[str, Any] | None = None
    underlying_symbol: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForResponseContractsForAvailableItemForwardStartingOptionsItem:
    """Contracts for response contracts for available item forward starting options item."""

    blackouts: list[Any] | None = None
    close: str | None = None
    date: str | None = None
    open: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
