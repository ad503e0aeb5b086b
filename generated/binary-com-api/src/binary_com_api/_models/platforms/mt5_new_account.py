"""The models of the ``mt5_new_account`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "Mt5NewAccountRequest",
    "Mt5NewAccountResponse",
    "Mt5NewAccountResponseMt5NewAccount",
]


@attrs.define(kw_only=True)
class Mt5NewAccountRequest:
    """Mt5 new account request."""

    mt5_new_account: Literal[1] = attrs.field(repr=False)
    account_type: Literal["demo", "gaming", "financial", "all"]
    address: str | None = None
    city: str | None = None
    company: str | None = None
    country: str | None = None
    currency: str | None = None
    dry_run: Literal[0, 1] | None = None
    email: str
    invest_password: str | None = attrs.field(default=None, repr=False)
    leverage: float
    main_password: str = attrs.field(repr=False)
    migrate: bool | None = None
    mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None
    mt5_account_type: Literal["financial", "financial_stp", "gold"] | None = None
    name: str
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    phone_password: str | None = attrs.field(default=None, repr=False)
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    server: (
        Literal["p01_ts01", "p01_ts02", "p01_ts03", "p01_ts04", "p02_ts02", "p03_ts01", "p03_ts02"]
        | Unset
        | None
    ) = UNSET
    state: str | None = None
    sub_account_category: Literal["", "swap_free", "ab", "ba", "lim", "hr", "gold"] | None = None
    sub_account_type: (
        Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"] | None
    ) = None
    zip_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5NewAccountResponse:
    """Mt5 new account response."""

    mt5_new_account: Mt5NewAccountResponseMt5NewAccount | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_new_account"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class Mt5NewAccountResponseMt5NewAccount:
    """Mt5 new account response mt5 new account."""

    account_type: Literal["demo", "gaming", "financial", "all"] | None = None
    agent: str | Unset | None = UNSET
    balance: float | None = None
    currency: str | None = None
    display_balance: str | None = None
    login: str | None = None
    mt5_account_category: Literal["conventional", "swap_free", "gold"] | None = None
    mt5_account_type: Literal["financial", "financial_stp", "standard", "gold"] | None = None
    product: (
        Literal["", "synthetic", "financial", "swap_free", "zero_spread", "standard", "stp", "gold"]
        | None
    ) = None
    sub_account_type: (
        Literal["standard", "stp", "ibt", "swap_free", "zero_spread", "gold"] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
