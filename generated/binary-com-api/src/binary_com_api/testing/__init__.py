"""A simulator of the Binary.com WebSocket API v3 on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'binary-com-api[testing]'`) for jsonschema.
"""

from .._calls import CALLS

# The modules of the `testing` extra (pyproject.toml): without them, say how to get them.
_TESTING_EXTRA = ("jsonschema",)

try:
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
except ModuleNotFoundError as missing:
    if (missing.name or "").partition(".")[0] not in _TESTING_EXTRA:
        raise
    raise ImportError(
        f"{__name__} needs {missing.name}, which comes with the 'testing' extra: "
        "pip install 'binary-com-api[testing]'",
        name=missing.name,
    ) from missing

# The runtime never imports generated code: the simulator is handed the client's own calls.
BinaryComSimulator.client_calls = CALLS

__all__ = [
    "ALL_SCOPES",
    "CALLS",
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
