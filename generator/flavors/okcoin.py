"""Okcoin REST v3: HMAC-signed requests, Okcoin's error codes and its simulator."""

from __future__ import annotations

from generator.flavors import COMMON_ERRORS, REST_DEPENDENCIES, REST_EXPORTS, Flavor

FLAVOR = Flavor(
    name="okcoin",
    files=(
        ("okcoin/_auth.py", "_auth.py"),
        ("okcoin/testing/__init__.py.jinja", "testing/__init__.py"),
        ("okcoin/testing/simulator.py", "testing/_simulator.py"),
    ),
    client_imports=(
        ("time", ()),
        ("urllib3", ()),
        ("collections.abc", ("Callable", "Mapping")),
        ("typing", ("Any",)),
        ("._auth", ("OkcoinSigner", "OkcoinTransport", "okcoin_errors")),
        ("._transport", ("HttpTransport", "RetryBudget", "RetryPolicy", "Route")),
    ),
    exports=(
        ("._client", ("OkcoinClient",)),
        (
            ".errors",
            (
                *COMMON_ERRORS,
                "AuthenticationError",
                "InvalidParameterError",
                "NotFoundError",
                "OkcoinError",
                "RateLimitError",
                "ServerError",
                "TimestampError",
            ),
        ),
        *REST_EXPORTS,
    ),
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=("jsonschema>=4.18,<5",),
    example="""from decimal import Decimal
from okcoin_v3_api import OkcoinClient

with OkcoinClient(api_key, secret_key, passphrase) as client:
    client.sync_time()
    order = client.spot.place_order(
        instrument_id="BTC-USD", side="buy", type="limit",
        price=Decimal("17000.5"), size=Decimal("0.001"),
    )
    for fill in client.spot.iter_fills(instrument_id="BTC-USD"):
        print(fill.price, fill.size)""",
)
