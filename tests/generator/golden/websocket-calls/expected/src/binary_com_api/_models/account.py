"""The models of the calls of the account group.

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from .._runtime.core.types import UNSET, Unset

__all__ = [
    "AuthorizeRequest",
    "AuthorizeResponse",
    "AuthorizeResponseAuthorize",
    "AuthorizeResponseAuthorizeAccountListItem",
    "AuthorizeResponseAuthorizeAccountListItemLinkedToItem",
    "AuthorizeResponseAuthorizeLinkedToItem",
    "AuthorizeResponseAuthorizeLocalCurrenciesValue",
    "BalanceRequest",
    "BalanceResponse",
    "BalanceResponseBalance",
    "BalanceResponseBalanceAccountsValue",
    "BalanceResponseBalanceTotal",
    "BalanceResponseBalanceTotalDeriv",
    "BalanceResponseBalanceTotalDerivDemo",
    "BalanceResponseBalanceTotalMt5",
    "BalanceResponseBalanceTotalMt5Demo",
    "BalanceResponseSubscription",
]


@attrs.define(kw_only=True)
class AuthorizeRequest:
    """Authorize request."""

    authorize: str = attrs.field(repr=False)
    """The API token (or OAuth token) to log in with; it decides the scopes of later calls."""

    add_to_login_history: Literal[1, 0] | None = None
    """1 records this login in the account's login history; 0 (the default) does not."""

    tokens: list[str] | None = attrs.field(default=None, repr=False)
    """More tokens to log in with at once, for the other accounts of the same user (with authorize
    set to MULTI).
    """

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AuthorizeResponse:
    """Authorize response."""

    authorize: AuthorizeResponseAuthorize | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["authorize"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorize:
    """Authorize response authorize."""

    account_list: list[AuthorizeResponseAuthorizeAccountListItem] | None = None
    balance: float | None = None
    country: str | None = None
    currency: str | None = None
    email: str | None = None
    fullname: str | None = None
    is_virtual: Literal[0, 1] | None = None
    landing_company_fullname: str | None = None
    landing_company_name: str | None = None
    linked_to: list[AuthorizeResponseAuthorizeLinkedToItem] | None = None
    local_currencies: dict[str, AuthorizeResponseAuthorizeLocalCurrenciesValue | Any] | None = None
    loginid: str | None = None
    preferred_language: str | Unset | None = UNSET
    scopes: list[str] | None = None
    upgradeable_landing_companies: list[Any] | None = None
    user_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeAccountListItem:
    """Authorize response authorize account list item."""

    account_category: Literal["trading", "wallet"] | None = None
    account_type: str | None = None
    broker: str | None = None
    created_at: int | None = None
    currency: str | None = None
    currency_type: str | None = None
    excluded_until: int | None = None
    is_disabled: Literal[1, 0] | None = None
    is_virtual: Literal[1, 0] | None = None
    landing_company_name: str | None = None
    linked_to: list[AuthorizeResponseAuthorizeAccountListItemLinkedToItem] | None = None
    loginid: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeAccountListItemLinkedToItem:
    """Authorize response authorize account list item linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeLinkedToItem:
    """Authorize response authorize linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AuthorizeResponseAuthorizeLocalCurrenciesValue:
    """Authorize response authorize local currencies value."""

    fractional_digits: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceRequest:
    """Balance request."""

    balance: Literal[1]
    account: str | None = None
    """Which balance: 'current' for the logged-in account, 'all' for the totals over every account
    of the user, or a login id.
    """

    subscribe: Literal[0, 1] | None = None
    loginid: str | None = None
    """The account to ask about, when the token logs in several accounts; the default is the
    first.
    """

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class BalanceResponse:
    """Balance response."""

    balance: BalanceResponseBalance | None = None
    subscription: BalanceResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["balance"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalance:
    """Balance response balance."""

    balance: float
    accounts: dict[str, BalanceResponseBalanceAccountsValue] | None = None
    currency: str
    id: str | None = None
    loginid: str
    total: BalanceResponseBalanceTotal | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceAccountsValue:
    """Balance response balance accounts value."""

    balance: float
    converted_amount: float
    currency: str
    demo_account: Literal[0, 1]
    status: Literal[1, 0]
    type: Literal["mt5", "deriv"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotal:
    """Balance response balance total."""

    deriv: BalanceResponseBalanceTotalDeriv | None = None
    deriv_demo: BalanceResponseBalanceTotalDerivDemo | None = None
    mt5: BalanceResponseBalanceTotalMt5 | None = None
    mt5_demo: BalanceResponseBalanceTotalMt5Demo | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalDeriv:
    """Balance response balance total deriv."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalDerivDemo:
    """Balance response balance total deriv demo."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalMt5:
    """Balance response balance total mt5."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseBalanceTotalMt5Demo:
    """Balance response balance total mt5 demo."""

    amount: float
    currency: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class BalanceResponseSubscription:
    """Balance response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
