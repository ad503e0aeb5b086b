"""The typed models of Binary.com WebSocket API v3: one namespace for all of them.

Each model lives in the module of its call group (`_models/`) and is imported the first time
it is used from here, so a call loads the models of its own group only. Type checkers see
every model through the imports below.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._models.account import (
        AuthorizeRequest,
        AuthorizeResponse,
        AuthorizeResponseAuthorize,
        AuthorizeResponseAuthorizeAccountListItem,
        AuthorizeResponseAuthorizeAccountListItemLinkedToItem,
        AuthorizeResponseAuthorizeLinkedToItem,
        AuthorizeResponseAuthorizeLocalCurrenciesValue,
        BalanceRequest,
        BalanceResponse,
        BalanceResponseBalance,
        BalanceResponseBalanceAccountsValue,
        BalanceResponseBalanceTotal,
        BalanceResponseBalanceTotalDeriv,
        BalanceResponseBalanceTotalDerivDemo,
        BalanceResponseBalanceTotalMt5,
        BalanceResponseBalanceTotalMt5Demo,
        BalanceResponseSubscription,
    )
    from ._models.market import (
        TicksRequest,
        TicksResponse,
        TicksResponseSubscription,
        TicksResponseTick,
    )
    from ._models.system import (
        ForgetAllRequest,
        ForgetAllResponse,
        ForgetRequest,
        ForgetResponse,
        PingRequest,
        PingResponse,
        TimeRequest,
        TimeResponse,
    )

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
    "ForgetAllRequest",
    "ForgetAllResponse",
    "ForgetRequest",
    "ForgetResponse",
    "PingRequest",
    "PingResponse",
    "TicksRequest",
    "TicksResponse",
    "TicksResponseSubscription",
    "TicksResponseTick",
    "TimeRequest",
    "TimeResponse",
]

_MODULES: dict[str, str] = {
    "AuthorizeRequest": "._models.account",
    "AuthorizeResponse": "._models.account",
    "AuthorizeResponseAuthorize": "._models.account",
    "AuthorizeResponseAuthorizeAccountListItem": "._models.account",
    "AuthorizeResponseAuthorizeAccountListItemLinkedToItem": "._models.account",
    "AuthorizeResponseAuthorizeLinkedToItem": "._models.account",
    "AuthorizeResponseAuthorizeLocalCurrenciesValue": "._models.account",
    "BalanceRequest": "._models.account",
    "BalanceResponse": "._models.account",
    "BalanceResponseBalance": "._models.account",
    "BalanceResponseBalanceAccountsValue": "._models.account",
    "BalanceResponseBalanceTotal": "._models.account",
    "BalanceResponseBalanceTotalDeriv": "._models.account",
    "BalanceResponseBalanceTotalDerivDemo": "._models.account",
    "BalanceResponseBalanceTotalMt5": "._models.account",
    "BalanceResponseBalanceTotalMt5Demo": "._models.account",
    "BalanceResponseSubscription": "._models.account",
    "TicksRequest": "._models.market",
    "TicksResponse": "._models.market",
    "TicksResponseSubscription": "._models.market",
    "TicksResponseTick": "._models.market",
    "ForgetAllRequest": "._models.system",
    "ForgetAllResponse": "._models.system",
    "ForgetRequest": "._models.system",
    "ForgetResponse": "._models.system",
    "PingRequest": "._models.system",
    "PingResponse": "._models.system",
    "TimeRequest": "._models.system",
    "TimeResponse": "._models.system",
}


if not TYPE_CHECKING:
    # Hidden from type checkers, which see the imports above: a misspelt model name fails
    # the type check instead of passing as `Any`.
    def __getattr__(name: str) -> Any:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __package__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])
