"""A simulator of the Okcoin REST API v3 on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'okcoin-v3-api[testing]'`) for jsonschema.
"""

from .._runtime.okcoin.simulator import (
    Balance,
    CannedReply,
    DropConnection,
    Fault,
    LostReply,
    MalformedBody,
    OkcoinSimulator,
    RandomFaults,
    RateLimited,
    RecordedRequest,
    ServerError,
    SlowReply,
)

__all__ = [
    "Balance",
    "CannedReply",
    "DropConnection",
    "Fault",
    "LostReply",
    "MalformedBody",
    "OkcoinSimulator",
    "RandomFaults",
    "RateLimited",
    "RecordedRequest",
    "ServerError",
    "SlowReply",
]
