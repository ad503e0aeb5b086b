"""The models of the ``buy_contract_for_multiple_accounts`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "BuyContractForMultipleAccountsRequest",
    "BuyContractForMultipleAccountsRequestParameters",
    "BuyContractForMultipleAccountsResponse",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode",
    "BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId",
]


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsRequest:
    """Buy contract for multiple accounts request."""

    buy_contract_for_multiple_accounts: str
    parameters: BuyContractForMultipleAccountsRequestParameters | None = None
    price: float
    tokens: list[str] = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsRequestParameters:
    """Buy contract for multiple accounts request parameters."""

    amount: float | None = None
    app_markup_percentage: float | None = None
    barrier: str | None = None
    barrier2: str | None = None
    basis: Literal["payout", "stake"] | None = None
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
        "CALLSPREAD",
        "PUTSPREAD",
        "RUNHIGH",
        "RUNLOW",
        "VANILLALONGCALL",
        "VANILLALONGPUT",
        "TURBOSLONG",
        "TURBOSSHORT",
    ]
    currency: str
    date_expiry: int | None = None
    date_start: int | None = None
    duration: int | None = None
    duration_unit: Literal["d", "m", "s", "h", "t"] | None = None
    multiplier: float | None = None
    selected_tick: int | None = None
    symbol: str


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponse:
    """Buy contract for multiple accounts response."""

    buy_contract_for_multiple_accounts: (
        BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["buy_contract_for_multiple_accounts"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccounts:
    """Buy contract for multiple accounts response buy contract for multiple accounts."""

    result: list[
        BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode
        | BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId
    ]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithCode:
    """Buy contract for multiple accounts response buy contract for multiple accounts result item
    with code.
    """

    code: str
    message_to_client: str
    token: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BuyContractForMultipleAccountsResponseBuyContractForMultipleAccountsResultItemWithContractId:
    """Buy contract for multiple accounts response buy contract for multiple accounts result item
    with contract id.
    """

    buy_price: float
    contract_id: int
    longcode: str
    payout: float
    purchase_time: int
    shortcode: str
    start_time: int
    token: str = attrs.field(repr=False)
    transaction_id: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
