"""The models of the ``cashier`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "CashierRequest",
    "CashierResponse",
    "CashierResponseCashierWithAction",
    "CashierResponseCashierWithActionDeposit",
    "CashierResponseCashierWithActionWithdrawLocked",
    "CashierResponseCashierWithActionWithdrawWithDryRun",
]


@attrs.define(kw_only=True)
class CashierRequest:
    """Cashier request."""

    cashier: Literal["deposit", "withdraw"]
    address: str | None = None
    amount: float | None = None
    dry_run: Literal[0, 1] | None = None
    estimated_fee_unique_id: str | None = None
    provider: Literal["doughflow", "crypto"] | None = None
    type: Literal["url", "api"] | None = None
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CashierResponse:
    """Cashier response."""

    cashier: str | CashierResponseCashierWithAction | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["cashier"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierWithAction:
    """Cashier response cashier with action."""

    action: Literal["deposit", "withdraw"]
    deposit: CashierResponseCashierWithActionDeposit | None = None
    withdraw: (
        CashierResponseCashierWithActionWithdrawLocked
        | CashierResponseCashierWithActionWithdrawWithDryRun
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierWithActionDeposit:
    """Cashier response cashier with action deposit."""

    address: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierWithActionWithdrawLocked:
    """Cashier response cashier with action withdraw locked."""

    id: str
    status_code: Literal["LOCKED"]
    status_message: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CashierResponseCashierWithActionWithdrawWithDryRun:
    """Cashier response cashier with action withdraw with dry run."""

    dry_run: Literal[1]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
