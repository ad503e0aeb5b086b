"""Okcoin REST v3: HMAC-signed requests, Okcoin's error codes and its simulator."""

from __future__ import annotations

from generator import ir
from generator.flavors import REST_DEPENDENCIES, Flavor
from generator.render.client_plan import ClientParts, Name, uses

_AUTH = "._runtime.okcoin.auth"
_PARTS = ClientParts(
    client=uses(
        # Requests are signed with the key's three parts, at the time `clock` gives.
        Name(_AUTH, "OkcoinSigner"),
        Name(_AUTH, "OkcoinTransport"),
        Name(_AUTH, "okcoin_errors"),
        Name("time"),
        Name("collections.abc", "Callable"),
        # The escape hatch takes and returns any JSON; `__reduce__` refuses pickling.
        Name("typing", "Any"),
    )
)


def _client(api: ir.Api) -> ClientParts:
    """The signed client: the same parts whatever the spec holds."""
    return _PARTS


README = """\
## How the client behaves

- **Checks first.** Arguments are checked against the spec before a request is sent: a bad
  one raises `ValidationError` naming the field and the rule.
- **Money stays exact.** Amounts, prices, sizes and fees are `decimal.Decimal` both ways,
  written back with the same digits. An amount argument must be a `Decimal`, as its
  annotation says: a float, a string or an int is refused (`ValidationError`) before
  anything is sent, so what a type checker accepts is exactly what is sent.
- **Errors are typed.** An error answer raises an `OkcoinError` subclass
  (`AuthenticationError`, `TimestampError`, `RateLimitError`, `InvalidParameterError`,
  `NotFoundError`, `ServerError`) carrying the HTTP status, Okcoin's code and its message.
  The key, secret and passphrase never appear in reprs, logs, messages or pickles, nor do
  the values of free-form `extra_params` whose names mark them as secrets (`passphrase`,
  `password`, `secret`, `token`, `pwd`).
- **Bounds and defaults**:
  - *Deadline*: each attempt of a request (connecting, sending and reading the whole
    answer) ends within `timeout` seconds in all, default 10, or the call's own `timeout=`;
    a server that sends one byte at a time cannot stretch it (`RequestTimeout`). A
    `urllib3.Timeout` bounds connecting and each read, and the attempt by its `total` or
    else by connect plus read. A refused connection is a `TransportError`, not a timeout.
  - *Body cap*: at most `max_body` bytes of an answer are read (default 16 MiB, after
    decompression); a larger one raises `ResponseTooLarge` and is not retried.
  - *Clock bound*: a server time more than `max_clock_offset` seconds from the local clock
    (default 86400, one day) is refused with `ServerClockError`; the client keeps the offset
    it had and stays usable.
  - *Credentials*: the key, secret and passphrase are checked when the client is built
    (printable Latin-1, no line breaks or surrounding spaces): `ValidationError` naming the
    field, never showing the value.
  - *Path arguments*: empty, `.` and `..` are refused before sending (`ValidationError`),
    since URL normalisation would send the request to another route.
- **Retries**: routes that are safe to repeat are retried after connection errors,
  timeouts, 429s and 5xx answers, at most `retries` times (default 2), honouring `Retry-After` and
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
- **Routes or fields the spec lacks**: `client.request("GET", "/api/...", params={...})`
  (or `body={...}` for other methods) reaches any route: signed unless `signed=False`, the
  same deadline and typed errors, the answer's JSON returned undecoded. Only a GET is
  retried; any other method is sent once, since the client cannot know it is safe to repeat.
- **Offline tests** (the `testing` extra): `okcoin_v3_api.testing.OkcoinSimulator` serves
  every route on 127.0.0.1, checks signatures as Okcoin does, runs a simulated exchange,
  and injects faults (`DropConnection`, `LostReply`, `SlowReply`, `ServerError`,
  `RateLimited`, `MalformedBody`, `CannedReply`, `RandomFaults`); see below.

## Testing your code

`OkcoinSimulator` (install the `testing` extra) is an exchange on 127.0.0.1 that your bot
can trade against without a network or an account. Its markets (BTC-USD, ETH-USD, LTC-USD,
BCH-USD, BTC-USDT, ETH-USDT, ETH-BTC, LTC-BTC, USDT-USD) have order books of many levels
around a price, candles, tickers and public trades from one price series. Limit orders rest
or match, market orders execute at once (buys spend `notional`, sells sell `size`), fills
pay a maker fee of 0.1% or a taker fee of 0.15% in the currency received, and balances,
holds, ledgers, transfers between the spot and the funding account, withdrawals and
deposits move exactly, as `Decimal`s. Unknown instruments, currencies and orders get
Okcoin's error codes. Routes outside spot trading and the funding account (margin, fiat,
sub-accounts, ...) answer realistic examples built from the spec. Every answer is checked
against the spec before it is sent.

Helpers drive the market from the test:

- `balance(currency, account="spot")`, `set_balance(...)`, `seed_balances({...})`;
  the constructor's `balances=` seeds the spot account (default 10 BTC, 100 ETH,
  100000 USD);
- `mid_price(instrument)`, `last_price(instrument)`, `set_price(instrument, price)`,
  `move_price(instrument, percent)`: resting orders the move crosses fill at their price;
- `trade_against_book(instrument, side, size)`: another trader's market order;
  `fill_order(order_id, size=None)`: another trader takes your resting order;
- `advance_time(seconds)`: withdrawals progress, pending deposits arrive;
  `inject_deposit(currency, amount, pending_seconds=0)`, `fail_withdrawal(withdrawal_id)`;
- `order(order_id)`, `requests` (what your code sent, secrets redacted),
  `set_response(operation_id, body)`, and the faults above (`sim.inject(RateLimited())`).

```python
from decimal import Decimal
from okcoin_v3_api import OkcoinClient
from okcoin_v3_api.testing import OkcoinSimulator

with (
    OkcoinSimulator(balances={"USD": "10000"}) as sim,
    OkcoinClient("test-key", "test-secret", "test-passphrase", base_url=sim.base_url) as client,
):
    # A limit buy 1% below the market rests on the book and holds its cost.
    price = (sim.mid_price("BTC-USD") * Decimal("0.99")).quantize(Decimal("0.01"))
    order = client.spot.place_order(
        instrument_id="BTC-USD", side="buy", type="limit", price=price, size=Decimal("0.1")
    )
    assert sim.balance("USD").hold == price * Decimal("0.1")

    # The market falls 2%: the order fills at its price, less the 0.1% maker fee.
    sim.move_price("BTC-USD", -2)
    filled = client.spot.get_order(order_id_or_client_oid=order.order_id, instrument_id="BTC-USD")
    assert filled.state == "2"
    assert sim.balance("BTC").available == Decimal("0.0999")

    # Another trader sells into the book, an hour passes, a deposit arrives.
    sim.trade_against_book("BTC-USD", "sell", "0.5")
    sim.advance_time(3600)
    sim.inject_deposit("BTC", "0.25")
    assert sim.balance("BTC", account="funding").available == Decimal("0.25")
```
"""


FLAVOR = Flavor(
    name="okcoin",
    files=(("okcoin/testing/__init__.py.jinja", "testing/__init__.py"),),
    runtime=("core", "http", "okcoin", "testing"),
    client=_client,
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
