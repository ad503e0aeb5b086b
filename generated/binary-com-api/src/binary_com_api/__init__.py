"""Binary.com WebSocket API v3: a typed, synchronous client generated from its spec.

Heavy parts (transport, models, decoders) load on first use, so importing is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import BinaryComClient
    from ._codec import converter, structure, unstructure
    from ._pipeline import Pipeline
    from ._runtime.binary.oauth import (
        OAUTH_URL,
        OAuthAccount,
        oauth_authorize_url,
        parse_oauth_redirect,
    )
    from ._runtime.binary.pending import Pending
    from ._runtime.core.types import UNSET, Unset
    from ._runtime.websocket.backoff import Backoff
    from ._runtime.websocket.subscription import Gap, Subscription
    from .errors import (
        AlreadySubscribed,
        ApiError,
        AuthorizationRequired,
        ClientError,
        ConnectionLost,
        DecodeError,
        InputValidationFailed,
        InvalidAppID,
        InvalidToken,
        OAuthError,
        PermissionDenied,
        RateLimit,
        RequestTimeout,
        TransportError,
        UnrecognisedRequest,
        ValidationError,
    )

__version__ = "0.4.2"

_EXPORTS = {
    "BinaryComClient": "._client",
    "converter": "._codec",
    "structure": "._codec",
    "unstructure": "._codec",
    "Pipeline": "._pipeline",
    "OAUTH_URL": "._runtime.binary.oauth",
    "OAuthAccount": "._runtime.binary.oauth",
    "oauth_authorize_url": "._runtime.binary.oauth",
    "parse_oauth_redirect": "._runtime.binary.oauth",
    "Pending": "._runtime.binary.pending",
    "UNSET": "._runtime.core.types",
    "Unset": "._runtime.core.types",
    "Backoff": "._runtime.websocket.backoff",
    "Gap": "._runtime.websocket.subscription",
    "Subscription": "._runtime.websocket.subscription",
    "AlreadySubscribed": ".errors",
    "ApiError": ".errors",
    "AuthorizationRequired": ".errors",
    "ClientError": ".errors",
    "ConnectionLost": ".errors",
    "DecodeError": ".errors",
    "InputValidationFailed": ".errors",
    "InvalidAppID": ".errors",
    "InvalidToken": ".errors",
    "OAuthError": ".errors",
    "PermissionDenied": ".errors",
    "RateLimit": ".errors",
    "RequestTimeout": ".errors",
    "TransportError": ".errors",
    "UnrecognisedRequest": ".errors",
    "ValidationError": ".errors",
}

__all__ = [
    "OAUTH_URL",
    "UNSET",
    "AlreadySubscribed",
    "ApiError",
    "AuthorizationRequired",
    "Backoff",
    "BinaryComClient",
    "ClientError",
    "ConnectionLost",
    "DecodeError",
    "Gap",
    "InputValidationFailed",
    "InvalidAppID",
    "InvalidToken",
    "OAuthAccount",
    "OAuthError",
    "Pending",
    "PermissionDenied",
    "Pipeline",
    "RateLimit",
    "RequestTimeout",
    "Subscription",
    "TransportError",
    "UnrecognisedRequest",
    "Unset",
    "ValidationError",
    "__version__",
    "converter",
    "oauth_authorize_url",
    "parse_oauth_redirect",
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
