"""The exceptions `binary_com_api` raises; every one derives from `ClientError`.

Branch on the class (or on an error's `code`): messages are written for people.
"""

from ._runtime.binary.errors import (
    AlreadySubscribed,
    ApiError,
    AuthorizationRequired,
    InputValidationFailed,
    InvalidAppID,
    InvalidToken,
    OAuthError,
    PermissionDenied,
    RateLimit,
    UnrecognisedRequest,
)
from ._runtime.core.errors import (
    ClientError,
    DecodeError,
    RequestTimeout,
    TransportError,
    ValidationError,
)
from ._runtime.websocket.errors import ConnectionLost

__all__ = [
    "AlreadySubscribed",
    "ApiError",
    "AuthorizationRequired",
    "ClientError",
    "ConnectionLost",
    "DecodeError",
    "InputValidationFailed",
    "InvalidAppID",
    "InvalidToken",
    "OAuthError",
    "PermissionDenied",
    "RateLimit",
    "RequestTimeout",
    "TransportError",
    "UnrecognisedRequest",
    "ValidationError",
]
