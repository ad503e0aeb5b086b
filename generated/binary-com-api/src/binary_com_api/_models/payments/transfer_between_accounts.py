"""The models of the ``transfer_between_accounts`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "TransferBetweenAccountsRequest",
    "TransferBetweenAccountsResponse",
    "TransferBetweenAccountsResponseAccountsItem",
]


@attrs.define(kw_only=True)
class TransferBetweenAccountsRequest:
    """Transfer between accounts request."""

    transfer_between_accounts: Literal[1]
    account_from: str | None = None
    account_to: str | None = None
    accounts: Literal["all", "brief"] | None = None
    amount: float | None = None
    currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class TransferBetweenAccountsResponse:
    """Transfer between accounts response."""

    transfer_between_accounts: Literal[0, 1] | None = None
    accounts: list[TransferBetweenAccountsResponseAccountsItem] | None = None
    client_to_full_name: str | None = None
    client_to_loginid: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["transfer_between_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class TransferBetweenAccountsResponseAccountsItem:
    """Transfer between accounts response accounts item."""

    account_category: Literal["trading", "wallet"] | None = None
    account_type: (
        Literal[
            "binary",
            "crypto",
            "ctrader",
            "doughflow",
            "dxtrade",
            "mt5",
            "p2p",
            "paymentagent",
            "paymentagent_client",
            "standard",
            "virtual",
            "partner",
        ]
        | None
    ) = None
    balance: str | None = None
    currency: str | None = None
    demo_account: Literal[0, 1] | None = None
    landing_company_short: str | None = None
    loginid: str | None = None
    market_type: Literal["all", "financial", "synthetic"] | None = None
    mt5_group: str | None = None
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    status: str | Unset | None = UNSET
    sub_account_type: (
        Literal["financial", "financial_stp", "standard", "swap_free", "zero_spread", "gold"] | None
    ) = None
    transfers: Literal["all", "deposit", "none", "withdrawal"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
