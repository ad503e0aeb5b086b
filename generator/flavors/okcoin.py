"""Okcoin REST v3: HMAC-signed requests, Okcoin's error codes and its simulator."""

from __future__ import annotations

from generator.flavors import COMMON_ERRORS, REST_DEPENDENCIES, REST_EXPORTS, Flavor

README = """\
## How the client behaves

- **Checks first.** Arguments are checked against the spec before a request is sent: a bad
  one raises `ValidationError` naming the field and the rule.
- **Money stays exact.** Amounts, prices, sizes and fees are `decimal.Decimal` both ways,
  written back with the same digits.
- **Errors are typed.** An error answer raises an `OkcoinError` subclass
  (`AuthenticationError`, `TimestampError`, `RateLimitError`, `InvalidParameterError`,
  `NotFoundError`, `ServerError`) carrying the HTTP status, Okcoin's code and its message.
  The key, secret and passphrase never appear in reprs, logs, messages or pickles.
- **Timeouts**: every request has a connect and a read timeout (`timeout`).
- **Retries**: routes that are safe to repeat are retried after connection errors,
  timeouts, 429s and 5xx answers, at most `retries` times, honouring `Retry-After` and
  otherwise backing off with jitter; a `RetryBudget` shared by all calls of a client keeps
  a failing server from getting a multiple of the normal load. Orders, withdrawals and
  transfers are never retried.
- **Clock**: requests are signed with an ISO 8601 timestamp; when Okcoin refuses one as too
  far off, the client reads Okcoin's clock once and signs with it from then on
  (`sync_time()` does that up front).
- **Paging**: cursor-paged lists return a `Page` (`items`, `before`, `after`);
  `iter_<list>(...)` walks every page for you.
- **Sites**: okcoin.com by default; `base_url="https://www.okcoin.jp"` for okcoin.jp (some
  routes and arguments exist on one site only, as their docstrings say).
- **TLS** is verified unless `verify_tls=False`; `ca_certs` adds a private authority.
- **Offline tests** (the `testing` extra): `okcoin_v3_api.testing.OkcoinSimulator` serves
  every route on 127.0.0.1, checks signatures as Okcoin does, keeps spot orders and
  balances, and injects faults (`DropConnection`, `LostReply`, `SlowReply`, `ServerError`,
  `RateLimited`, `MalformedBody`, `CannedReply`, `RandomFaults`).
"""


FLAVOR = Flavor(
    name="okcoin",
    files=(("okcoin/testing/__init__.py.jinja", "testing/__init__.py"),),
    runtime=("core", "http", "okcoin", "testing"),
    client_imports=(
        ("time", ()),
        ("urllib3", ()),
        ("collections.abc", ("Callable", "Mapping")),
        ("typing", ("Any",)),
        ("._runtime.okcoin.auth", ("OkcoinSigner", "OkcoinTransport", "okcoin_errors")),
        ("._runtime.http.transport", ("HttpTransport", "RetryBudget", "RetryPolicy", "Route")),
    ),
    exports=(
        ("._client", ("OkcoinClient",)),
        *REST_EXPORTS,
    ),
    errors=(
        COMMON_ERRORS,
        (
            "._runtime.okcoin.errors",
            (
                "AuthenticationError",
                "InvalidParameterError",
                "NotFoundError",
                "OkcoinError",
                "RateLimitError",
                "ServerError",
                "TimestampError",
            ),
        ),
    ),
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=("jsonschema>=4.18,<5",),
    example="""import os
from decimal import Decimal
from okcoin_v3_api import OkcoinClient

with OkcoinClient(
    os.environ["OKCOIN_API_KEY"], os.environ["OKCOIN_SECRET_KEY"], os.environ["OKCOIN_PASSPHRASE"]
) as client:
    client.sync_time()
    order = client.spot.place_order(
        instrument_id="BTC-USD", side="buy", type="limit",
        price=Decimal("17000.5"), size=Decimal("0.001"),
    )
    for fill in client.spot.iter_fills(instrument_id="BTC-USD"):
        print(fill.price, fill.size)""",
    readme=README,
)
