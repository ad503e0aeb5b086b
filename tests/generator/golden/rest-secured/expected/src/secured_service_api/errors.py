"""The exceptions `secured_service_api` raises; every one derives from `ClientError`.

Branch on the class (or on an error's `code`): messages are written for people.
"""

from ._runtime.core.errors import (
    ClientError,
    DecodeError,
    RequestTimeout,
    TransportError,
    ValidationError,
)
from ._runtime.generic.errors import ApiError
from ._runtime.http.errors import ResponseTooLarge

__all__ = [
    "ApiError",
    "ClientError",
    "DecodeError",
    "RequestTimeout",
    "ResponseTooLarge",
    "TransportError",
    "ValidationError",
]
