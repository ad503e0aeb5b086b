"""Binance Login (OAuth 2.0): a typed, synchronous client generated from its spec.

Heavy parts (transport, models, decoders) load on first use, so importing is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import BinanceOAuthClient, OAuthSession
    from ._codec import converter, structure, unstructure
    from ._runtime.binance.auth import BearerScope
    from ._runtime.binance.loopback import LoopbackReceiver
    from ._runtime.binance.oauth import (
        AuthorizationRequest,
        Token,
        code_challenge,
        new_code_verifier,
    )
    from ._runtime.binance.session import JsonFileTokenStore, MemoryTokenStore, TokenStore
    from ._runtime.core.types import UNSET, Unset
    from ._runtime.http.transport import RetryBudget
    from .errors import (
        AccessDenied,
        BinanceError,
        ClientError,
        DecodeError,
        EnvelopeError,
        InvalidClient,
        InvalidGrant,
        InvalidRequest,
        InvalidScope,
        InvalidToken,
        MissingCode,
        OAuthError,
        RateLimitError,
        ReauthorizationRequired,
        RedirectError,
        RedirectTimeout,
        RequestTimeout,
        ResponseTooLarge,
        ServerError,
        StateMismatch,
        TransportError,
        UnauthorizedClient,
        UnsupportedGrantType,
        UnsupportedResponseType,
        ValidationError,
    )

__version__ = "0.3.1"

_EXPORTS = {
    "BinanceOAuthClient": "._client",
    "OAuthSession": "._client",
    "converter": "._codec",
    "structure": "._codec",
    "unstructure": "._codec",
    "BearerScope": "._runtime.binance.auth",
    "LoopbackReceiver": "._runtime.binance.loopback",
    "AuthorizationRequest": "._runtime.binance.oauth",
    "Token": "._runtime.binance.oauth",
    "code_challenge": "._runtime.binance.oauth",
    "new_code_verifier": "._runtime.binance.oauth",
    "JsonFileTokenStore": "._runtime.binance.session",
    "MemoryTokenStore": "._runtime.binance.session",
    "TokenStore": "._runtime.binance.session",
    "UNSET": "._runtime.core.types",
    "Unset": "._runtime.core.types",
    "RetryBudget": "._runtime.http.transport",
    "AccessDenied": ".errors",
    "BinanceError": ".errors",
    "ClientError": ".errors",
    "DecodeError": ".errors",
    "EnvelopeError": ".errors",
    "InvalidClient": ".errors",
    "InvalidGrant": ".errors",
    "InvalidRequest": ".errors",
    "InvalidScope": ".errors",
    "InvalidToken": ".errors",
    "MissingCode": ".errors",
    "OAuthError": ".errors",
    "RateLimitError": ".errors",
    "ReauthorizationRequired": ".errors",
    "RedirectError": ".errors",
    "RedirectTimeout": ".errors",
    "RequestTimeout": ".errors",
    "ResponseTooLarge": ".errors",
    "ServerError": ".errors",
    "StateMismatch": ".errors",
    "TransportError": ".errors",
    "UnauthorizedClient": ".errors",
    "UnsupportedGrantType": ".errors",
    "UnsupportedResponseType": ".errors",
    "ValidationError": ".errors",
}

__all__ = [
    "UNSET",
    "AccessDenied",
    "AuthorizationRequest",
    "BearerScope",
    "BinanceError",
    "BinanceOAuthClient",
    "ClientError",
    "DecodeError",
    "EnvelopeError",
    "InvalidClient",
    "InvalidGrant",
    "InvalidRequest",
    "InvalidScope",
    "InvalidToken",
    "JsonFileTokenStore",
    "LoopbackReceiver",
    "MemoryTokenStore",
    "MissingCode",
    "OAuthError",
    "OAuthSession",
    "RateLimitError",
    "ReauthorizationRequired",
    "RedirectError",
    "RedirectTimeout",
    "RequestTimeout",
    "ResponseTooLarge",
    "RetryBudget",
    "ServerError",
    "StateMismatch",
    "Token",
    "TokenStore",
    "TransportError",
    "UnauthorizedClient",
    "Unset",
    "UnsupportedGrantType",
    "UnsupportedResponseType",
    "ValidationError",
    "__version__",
    "code_challenge",
    "converter",
    "new_code_verifier",
    "structure",
    "unstructure",
]


if not TYPE_CHECKING:
    # Hidden from type checkers: they see the real names above, so a misspelt import fails
    # the type check instead of passing as `Any` and failing at run time.
    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
