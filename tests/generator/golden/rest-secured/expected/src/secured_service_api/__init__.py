"""Secured Service API: a typed, synchronous client generated from its spec.

Heavy parts (transport, models, decoders) load on first use, so importing is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import SecuredServiceClient
    from ._codec import converter, structure, unstructure
    from ._runtime.core.types import UNSET, Unset
    from ._runtime.http.oauth2 import AuthorizationCode, ClientCredentials, TokenError, TokenSource
    from ._runtime.http.transport import RetryBudget
    from .errors import (
        ApiError,
        ClientError,
        DecodeError,
        RequestTimeout,
        ResponseTooLarge,
        TransportError,
        ValidationError,
    )

__version__ = "0.1.0"

_EXPORTS = {
    "SecuredServiceClient": "._client",
    "converter": "._codec",
    "structure": "._codec",
    "unstructure": "._codec",
    "UNSET": "._runtime.core.types",
    "Unset": "._runtime.core.types",
    "AuthorizationCode": "._runtime.http.oauth2",
    "ClientCredentials": "._runtime.http.oauth2",
    "TokenError": "._runtime.http.oauth2",
    "TokenSource": "._runtime.http.oauth2",
    "RetryBudget": "._runtime.http.transport",
    "ApiError": ".errors",
    "ClientError": ".errors",
    "DecodeError": ".errors",
    "RequestTimeout": ".errors",
    "ResponseTooLarge": ".errors",
    "TransportError": ".errors",
    "ValidationError": ".errors",
}

__all__ = [
    "UNSET",
    "ApiError",
    "AuthorizationCode",
    "ClientCredentials",
    "ClientError",
    "DecodeError",
    "RequestTimeout",
    "ResponseTooLarge",
    "RetryBudget",
    "SecuredServiceClient",
    "TokenError",
    "TokenSource",
    "TransportError",
    "Unset",
    "ValidationError",
    "__version__",
    "converter",
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
