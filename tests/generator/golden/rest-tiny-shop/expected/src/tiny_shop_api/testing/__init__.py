"""A simulator of the Tiny Shop API on 127.0.0.1, for tests that must not reach the network.

`TinyShopSimulator` serves every route of `TinyShopClient`: requests are checked
against the spec (a 400 naming the field and the rule when one is wrong), answers come from the
spec's examples or realistic values valid against its schemas, and faults can be injected.

Needs the `testing` extra (`pip install 'tiny-shop-api[testing]'`) for jsonschema.
"""

# The modules of the `testing` extra (pyproject.toml): without them, say how to get them.
_TESTING_EXTRA = ("jsonschema",)

try:
    from .._runtime.testing.openapi.simulator import (
        CannedReply,
        DropConnection,
        Fault,
        LostReply,
        MalformedBody,
        OpenApiSimulator,
        RandomFaults,
        RateLimited,
        RecordedRequest,
        ServerError,
        SlowReply,
    )
except ModuleNotFoundError as missing:
    if (missing.name or "").partition(".")[0] not in _TESTING_EXTRA:
        raise
    raise ImportError(
        f"{__name__} needs {missing.name}, which comes with the 'testing' extra: "
        "pip install 'tiny-shop-api[testing]'",
        name=missing.name,
    ) from missing


class TinyShopSimulator(OpenApiSimulator):
    """The Tiny Shop API on 127.0.0.1: `with TinyShopSimulator() as sim:` then
    `TinyShopClient(base_url=sim.base_url)`."""

    thread_name = "tiny_shop_api-simulator"


__all__ = [
    "CannedReply",
    "DropConnection",
    "Fault",
    "LostReply",
    "MalformedBody",
    "OpenApiSimulator",
    "RandomFaults",
    "RateLimited",
    "RecordedRequest",
    "ServerError",
    "SlowReply",
    "TinyShopSimulator",
]
