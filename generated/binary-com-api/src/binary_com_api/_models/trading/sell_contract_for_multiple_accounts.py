"""The models of the ``sell_contract_for_multiple_accounts`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "SellContractForMultipleAccountsRequest",
    "SellContractForMultipleAccountsResponse",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccounts",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode",
    "SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId",
]


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsRequest:
    """Sell contract for multiple accounts request."""

    sell_contract_for_multiple_accounts: Literal[1]
    price: float
    shortcode: str
    tokens: list[str] = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponse:
    """Sell contract for multiple accounts response."""

    sell_contract_for_multiple_accounts: (
        SellContractForMultipleAccountsResponseSellContractForMultipleAccounts | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["sell_contract_for_multiple_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccounts:
    """Sell contract for multiple accounts response sell contract for multiple accounts."""

    result: (
        list[
            SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode
            | SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId
        ]
        | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithCode:
    """Sell contract for multiple accounts response sell contract for multiple accounts result item
    with code.
    """

    code: str
    message_to_client: str
    token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellContractForMultipleAccountsResponseSellContractForMultipleAccountsResultItemWithContractId:
    """Sell contract for multiple accounts response sell contract for multiple accounts result item
    with contract id.
    """

    balance_after: float
    contract_id: int
    reference_id: int
    sell_price: float
    sell_time: str | None = None
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
