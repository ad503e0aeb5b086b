"""The models of the ``get_limits`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "GetLimitsRequest",
    "GetLimitsResponse",
    "GetLimitsResponseGetLimits",
    "GetLimitsResponseGetLimitsLifetimeTransfers",
    "GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto",
    "GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat",
    "GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto",
    "GetLimitsResponseGetLimitsMarketSpecificValueItem",
    "GetLimitsResponseGetLimitsPayoutPerSymbol",
    "GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm",
]


@attrs.define(kw_only=True)
class GetLimitsRequest:
    """Get limits request."""

    get_limits: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetLimitsResponse:
    """Get limits response."""

    get_limits: GetLimitsResponseGetLimits | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_limits"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimits:
    """Get limits response get limits."""

    account_balance: float | Unset | None = UNSET
    daily_cumulative_amount_transfers: dict[str, Any] | None = None
    daily_transfers: dict[str, Any] | None = None
    daily_turnover: float | None = None
    lifetime_limit: float | None = None
    lifetime_transfers: GetLimitsResponseGetLimitsLifetimeTransfers | None = None
    market_specific: (
        dict[str, list[GetLimitsResponseGetLimitsMarketSpecificValueItem] | Any] | None
    ) = None
    num_of_days: int | None = None
    num_of_days_limit: float | None = None
    open_positions: int | None = None
    payout: float | None = None
    payout_per_symbol: GetLimitsResponseGetLimitsPayoutPerSymbol | Unset | None = UNSET
    payout_per_symbol_and_contract_type: float | None = None
    remainder: float | None = None
    withdrawal_for_x_days_monetary: float | None = None
    withdrawal_since_inception_monetary: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfers:
    """Get limits response get limits lifetime transfers."""

    crypto_to_crypto: GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto | None = None
    crypto_to_fiat: GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat | None = None
    fiat_to_crypto: GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersCryptoToCrypto:
    """Get limits response get limits lifetime transfers crypto to crypto."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersCryptoToFiat:
    """Get limits response get limits lifetime transfers crypto to fiat."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsLifetimeTransfersFiatToCrypto:
    """Get limits response get limits lifetime transfers fiat to crypto."""

    allowed: float | None = None
    available: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsMarketSpecificValueItem:
    """Get limits response get limits market specific value item."""

    level: str | None = None
    name: str | None = attrs.field(default=None, repr=False)
    payout_limit: float | None = None
    profile_name: str | None = None
    turnover_limit: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsPayoutPerSymbol:
    """Get limits response get limits payout per symbol."""

    atm: float | Unset | None = UNSET
    non_atm: GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetLimitsResponseGetLimitsPayoutPerSymbolNonAtm:
    """Get limits response get limits payout per symbol non atm."""

    less_than_seven_days: float | None = None
    more_than_seven_days: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
