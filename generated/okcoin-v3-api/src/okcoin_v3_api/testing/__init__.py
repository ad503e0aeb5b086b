"""A simulator of the Okcoin REST API v3 on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'okcoin-v3-api[testing]'`) for jsonschema.
"""

from .._routes import ROUTES

# The modules of the `testing` extra (pyproject.toml): without them, say how to get them.
_TESTING_EXTRA = ("jsonschema",)

try:
    from .._runtime.okcoin.simulator import Balance, OkcoinSimulator, RecordedRequest
    from .._runtime.testing.faults import Fault, RandomFaults
    from .._runtime.testing.http import (
        CannedReply,
        DropConnection,
        LostReply,
        MalformedBody,
        RateLimited,
        ServerError,
        SlowReply,
    )
except ModuleNotFoundError as missing:
    if (missing.name or "").partition(".")[0] not in _TESTING_EXTRA:
        raise
    raise ImportError(
        f"{__name__} needs {missing.name}, which comes with the 'testing' extra: "
        "pip install 'okcoin-v3-api[testing]'",
        name=missing.name,
    ) from missing

# The runtime never imports generated code: the simulator is handed the client's own routes.
OkcoinSimulator.client_routes = ROUTES

__all__ = [
    "ROUTES",
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
