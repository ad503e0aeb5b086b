"""A simulator of Binance Login (OAuth 2.0) on 127.0.0.1, for tests that must not reach the network.

Needs the `testing` extra (`pip install 'binance-oauth-api[testing]'`) for jsonschema.
"""

from .._redirects import REDIRECTS
from .._routes import ROUTES as _CLIENT_ROUTES

# The client's own routes and the browser's authorization page: what the simulator serves.
ROUTES = {**_CLIENT_ROUTES, **REDIRECTS}

# The modules of the `testing` extra (pyproject.toml): without them, say how to get them.
_TESTING_EXTRA = ("jsonschema",)

try:
    from .._runtime.binance.simulator import (
        BinanceOAuthSimulator,
        EnvelopeFailure,
        RecordedRequest,
    )
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
        "pip install 'binance-oauth-api[testing]'",
        name=missing.name,
    ) from missing

# The runtime never imports generated code: the simulator is handed the client's own routes.
BinanceOAuthSimulator.client_routes = ROUTES

__all__ = [
    "ROUTES",
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
