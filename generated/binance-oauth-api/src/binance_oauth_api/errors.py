"""The exceptions `binance_oauth_api` raises; every one derives from `ClientError`.

Branch on the class (or on an error's `code`): messages are written for people.
"""

from ._runtime.binance.errors import (
    AccessDenied,
    BinanceError,
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
    ServerError,
    StateMismatch,
    UnauthorizedClient,
    UnsupportedGrantType,
    UnsupportedResponseType,
)
from ._runtime.core.errors import (
    ClientError,
    DecodeError,
    RequestTimeout,
    TransportError,
    ValidationError,
)
from ._runtime.http.errors import ResponseTooLarge

__all__ = [
    "AccessDenied",
    "BinanceError",
    "ClientError",
    "DecodeError",
    "EnvelopeError",
    "InvalidClient",
    "InvalidGrant",
    "InvalidRequest",
    "InvalidScope",
    "InvalidToken",
    "MissingCode",
    "OAuthError",
    "RateLimitError",
    "ReauthorizationRequired",
    "RedirectError",
    "RedirectTimeout",
    "RequestTimeout",
    "ResponseTooLarge",
    "ServerError",
    "StateMismatch",
    "TransportError",
    "UnauthorizedClient",
    "UnsupportedGrantType",
    "UnsupportedResponseType",
    "ValidationError",
]
