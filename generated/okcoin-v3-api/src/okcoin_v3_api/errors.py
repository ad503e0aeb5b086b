"""The exceptions `okcoin_v3_api` raises; every one derives from `ClientError`.

Branch on the class (or on an error's `code`): messages are written for people.
"""

from ._runtime.core.errors import (
    ClientError,
    DecodeError,
    RequestTimeout,
    TransportError,
    ValidationError,
)
from ._runtime.http.errors import ResponseTooLarge
from ._runtime.okcoin.errors import (
    AuthenticationError,
    InvalidParameterError,
    NotFoundError,
    OkcoinError,
    RateLimitError,
    ServerClockError,
    ServerError,
    TimestampError,
)

__all__ = [
    "AuthenticationError",
    "ClientError",
    "DecodeError",
    "InvalidParameterError",
    "NotFoundError",
    "OkcoinError",
    "RateLimitError",
    "RequestTimeout",
    "ResponseTooLarge",
    "ServerClockError",
    "ServerError",
    "TimestampError",
    "TransportError",
    "ValidationError",
]
