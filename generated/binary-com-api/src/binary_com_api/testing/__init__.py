"""A simulator of the Binary.com WebSocket API v3 on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'binary-com-api[testing]'`) for jsonschema.
"""

from .._runtime.binary.simulator import (
    ALL_SCOPES,
    DEFAULT_TOKENS,
    Account,
    BadReply,
    BinaryComSimulator,
    Contract,
    Delay,
    DropConnection,
    ErrorAnswer,
    Fault,
    RandomFaults,
    RateLimit,
)

__all__ = [
    "ALL_SCOPES",
    "DEFAULT_TOKENS",
    "Account",
    "BadReply",
    "BinaryComSimulator",
    "Contract",
    "Delay",
    "DropConnection",
    "ErrorAnswer",
    "Fault",
    "RandomFaults",
    "RateLimit",
]
