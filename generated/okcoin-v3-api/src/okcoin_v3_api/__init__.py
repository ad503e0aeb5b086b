"""Okcoin REST API v3: a typed, synchronous client generated from its spec.

Heavy parts (transport, models, decoders) load on first use, so importing is cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import OkcoinClient
    from ._codec import converter, structure, unstructure
    from ._runtime.core.types import UNSET, Unset
    from ._runtime.http.transport import Page, RetryBudget
    from .errors import (
        AuthenticationError,
        ClientError,
        DecodeError,
        InvalidParameterError,
        NotFoundError,
        OkcoinError,
        RateLimitError,
        RequestTimeout,
        ResponseTooLarge,
        ServerClockError,
        ServerError,
        TimestampError,
        TransportError,
        ValidationError,
    )

__version__ = "0.3.2"

_EXPORTS = {
    "OkcoinClient": "._client",
    "converter": "._codec",
    "structure": "._codec",
    "unstructure": "._codec",
    "UNSET": "._runtime.core.types",
    "Unset": "._runtime.core.types",
    "Page": "._runtime.http.transport",
    "RetryBudget": "._runtime.http.transport",
    "AuthenticationError": ".errors",
    "ClientError": ".errors",
    "DecodeError": ".errors",
    "InvalidParameterError": ".errors",
    "NotFoundError": ".errors",
    "OkcoinError": ".errors",
    "RateLimitError": ".errors",
    "RequestTimeout": ".errors",
    "ResponseTooLarge": ".errors",
    "ServerClockError": ".errors",
    "ServerError": ".errors",
    "TimestampError": ".errors",
    "TransportError": ".errors",
    "ValidationError": ".errors",
}

__all__ = [
    "UNSET",
    "AuthenticationError",
    "ClientError",
    "DecodeError",
    "InvalidParameterError",
    "NotFoundError",
    "OkcoinClient",
    "OkcoinError",
    "Page",
    "RateLimitError",
    "RequestTimeout",
    "ResponseTooLarge",
    "RetryBudget",
    "ServerClockError",
    "ServerError",
    "TimestampError",
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
