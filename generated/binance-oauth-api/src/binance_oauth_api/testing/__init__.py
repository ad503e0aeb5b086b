"""A simulator of Binance Login (OAuth 2.0) on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'binance-oauth-api[testing]'`) for jsonschema.
"""

from .._runtime.binance.simulator import (
    BinanceOAuthSimulator,
    CannedReply,
    DropConnection,
    EnvelopeFailure,
    Fault,
    LostReply,
    MalformedBody,
    RandomFaults,
    RateLimited,
    RecordedRequest,
    ServerError,
    SlowReply,
)

__all__ = [
    "BinanceOAuthSimulator",
    "CannedReply",
    "DropConnection",
    "EnvelopeFailure",
    "Fault",
    "LostReply",
    "MalformedBody",
    "RandomFaults",
    "RateLimited",
    "RecordedRequest",
    "ServerError",
    "SlowReply",
]
