"""The models of the calls of the account group.

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

__all__ = [
    "Currency",
    "Deposit",
    "DepositAddress",
    "FundingLedgerEntry",
    "TransferResult",
    "Wallet",
    "Withdrawal",
    "WithdrawalFee",
    "WithdrawalResult",
]


@attrs.define(kw_only=True)
class Currency:
    """Currency."""

    currency: str
    name: str | None = None
    can_deposit: str | None = None
    """"1" when deposits are open."""

    can_withdraw: str | None = None
    """"1" when withdrawals are open."""

    min_withdrawal: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Deposit:
    """Deposit."""

    deposit_id: int | str | None = None
    currency: str
    amount: Decimal | None = None
    txid: str | None = None
    from_: str | None = None
    to: str | None = None
    tag: str | None = None
    timestamp: str | None = None
    status: str | None = None
    """0 waiting for confirmations, 1 credited, 2 done."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class DepositAddress:
    """Deposit address."""

    address: str
    currency: str
    tag: str | None = None
    """Present only for currencies that need a tag."""

    payment_id: str | None = None
    """Present only for currencies that need a payment id."""

    memo: str | None = None
    """Present only for currencies that need a memo."""

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class FundingLedgerEntry:
    """One funding account bill. Amounts and the id have also been seen as bare numbers."""

    ledger_id: int | str
    currency: str
    amount: float | Decimal | None = None
    balance: float | Decimal | None = None
    fee: float | Decimal | None = None
    typename: str | None = None
    timestamp: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransferResult:
    """Transfer result."""

    transfer_id: str | None = None
    currency: str | None = None
    from_: str | None = None
    """Source account code."""

    to: str | None = None
    """Target account code."""

    amount: Decimal | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Wallet:
    """Funding account balance of one currency. Amounts are decimal strings, though bare numbers
    have been seen.
    """

    currency: str
    balance: float | Decimal | None = None
    hold: float | Decimal | None = None
    available: float | Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Withdrawal:
    """Withdrawal."""

    withdrawal_id: str
    currency: str | None = None
    amount: Decimal | None = None
    fee: str | None = None
    """Decimal fee that may end with the currency code (e.g. 0.01eth); strip the letters before
    parsing.
    """

    txid: str | None = None
    from_: str | None = None
    to: str | None = None
    timestamp: str | None = None
    status: str | None = None
    """-3 pending cancel, -2 cancelled, -1 failed, 0 pending, 1 sending, 2 sent, 3 awaiting email
    confirmation, 4 awaiting manual confirmation, 5 awaiting identity confirmation.
    """

    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WithdrawalFee:
    """Withdrawal fee."""

    currency: str
    min_fee: Decimal | None = None
    max_fee: Decimal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class WithdrawalResult:
    """Withdrawal result."""

    withdrawal_id: str | None = None
    currency: str | None = None
    amount: Decimal | None = None
    result: bool | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
