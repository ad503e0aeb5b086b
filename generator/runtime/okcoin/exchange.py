"""A simulated Okcoin v3 spot exchange: markets, order books, matching, accounts and ledgers.

Pure logic without I/O, meant to sit behind the HTTP simulator: every route method returns
plain dicts and lists shaped like the v3 API's JSON (decimal strings, ISO 8601 UTC times with
milliseconds), so the simulator can send them as they are, and every refusal is an
`ExchangeError` carrying the v3 error code.

What it models:
- several spot markets, each with a mid price and a book of many levels (other traders'
  liquidity) that the user's limit orders join; limit orders rest or match in price-time
  priority, market orders execute at once (buys spend `notional`, sells sell `size`);
- one price series per market: minutes before the exchange opened are synthetic (generated
  from the coarsest level down, so a week, its days, hours and minutes always agree), minutes
  after come from trades; candles of every length, tickers and the public trade list are all
  read from that series;
- spot and funding accounts as separate pools with exact Decimal balances and holds, fills
  as v3 reports them (one row per currency leg), spot and funding ledgers with the balance
  after each entry, transfers, withdrawals whose status moves with time, injected deposits.

Time is the injected clock plus an offset that `advance_time` moves. Randomness comes from
generators seeded with `seed`, so two exchanges built alike answer alike. One re-entrant
lock guards all state.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import itertools
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from decimal import (
    ROUND_CEILING,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
    localcontext,
)
from random import Random
from typing import Any, Concatenate, ParamSpec, TypeVar

__all__ = [
    "DEFAULT_CURRENCIES",
    "DEFAULT_INSTRUMENTS",
    "OPERATIONS",
    "Balance",
    "CurrencySpec",
    "Exchange",
    "ExchangeError",
    "FundingRejected",
    "InstrumentSpec",
    "InsufficientBalance",
    "InvalidParameter",
    "MissingParameter",
    "OrderRejected",
    "Routed",
    "UnknownCurrency",
    "UnknownInstrument",
    "UnknownOrder",
    "iso_time",
]

Json = Any
Row = dict[str, Any]

_ZERO = Decimal(0)
_FEE_STEP = Decimal("0.00000001")
# Enough digits for any balance the simulator can reach; the caller's context is left alone.
_CONTEXT = Context(
    prec=60, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow]
)


# --------------------------------------------------------------------------------------
# Errors, with the v3 codes (reference: errors.tsv)
# --------------------------------------------------------------------------------------


class ExchangeError(Exception):
    """A refusal in Okcoin's terms: the v3 error code, a message and the HTTP status."""

    status = 400

    def __init__(self, code: int, message: str) -> None:
        super().__init__(f"{code} {message}")
        self.code = code
        self.message = message

    def body(self) -> dict[str, Any]:
        """The error body v3 sends: the code as a number and again as a string."""
        return {
            "code": self.code,
            "message": self.message,
            "error_code": str(self.code),
            "error_message": self.message,
        }


class MissingParameter(ExchangeError):
    """30023: a required parameter is absent or blank."""

    def __init__(self, name: str) -> None:
        super().__init__(30023, f"{name} parameter cannot be blank")
        self.field = name


class InvalidParameter(ExchangeError):
    """30024: a parameter breaks a rule; the message names the field and the rule."""

    def __init__(self, name: str, rule: str) -> None:
        super().__init__(30024, f"Invalid parameter {name}: {rule}")
        self.field = name


class UnknownInstrument(ExchangeError):
    """30032: no market with that instrument id."""

    def __init__(self, instrument_id: str) -> None:
        super().__init__(30032, f"Pair {instrument_id} does not exist")
        self.instrument_id = instrument_id


class UnknownCurrency(ExchangeError):
    """30031: no currency with that code."""

    def __init__(self, currency: str) -> None:
        super().__init__(30031, f"Token {currency} does not exist")
        self.currency = currency


class UnknownOrder(ExchangeError):
    """33014: no order with that id or client_oid in that market."""

    def __init__(self, key: str) -> None:
        super().__init__(33014, f"Order {key} does not exist")
        self.key = key


class InsufficientBalance(ExchangeError):
    """33017 in the spot account, 34008 in the funding account."""


class OrderRejected(ExchangeError):
    """A spot trading rule (33xxx codes) refused the request."""


class FundingRejected(ExchangeError):
    """A funding account rule (34xxx codes) refused the request."""


# --------------------------------------------------------------------------------------
# Formats
# --------------------------------------------------------------------------------------


def iso_time(epoch: float) -> str:
    """ISO 8601 UTC with three millisecond digits, as Okcoin writes times."""
    millis = math.floor(epoch * 1000 + 0.5)
    seconds, remainder = divmod(millis, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{remainder:03d}Z"


def _plain(amount: Decimal) -> str:
    """Decimal text without exponent or trailing zeros ("100000", "0.0000000497717339")."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _fixed(amount: Decimal, places: int) -> str:
    """Decimal text with exactly `places` decimals, as some v3 replies pad amounts."""
    return format(amount.quantize(Decimal(1).scaleb(-places)), "f")


def _to_step(amount: Decimal, step: Decimal, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """`amount` moved to a multiple of `step` (a tick size or size increment)."""
    return (amount / step).to_integral_value(rounding=rounding) * step


def _on_step(amount: Decimal, step: Decimal) -> bool:
    return amount % step == 0


def _parse_time(value: object, name: str) -> float | None:
    """Epoch seconds of an ISO 8601 parameter such as 2019-03-18T07:26:50.656Z."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise InvalidParameter(name, "must be an ISO 8601 time") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


# --------------------------------------------------------------------------------------
# Request values
# --------------------------------------------------------------------------------------

_CLIENT_OID = re.compile(r"[A-Za-z][A-Za-z0-9]{0,31}")
# Bounds on request values, so no amount or name can blow up the arithmetic or the messages.
_LARGEST_DIGITS = 20  # amounts below 1e21
_MOST_PLACES = 20
_LONGEST_TEXT = 256


def _text(value: object, name: str, *, required: bool = True) -> str | None:
    if value is None or (isinstance(value, str) and value.strip() == ""):
        if required:
            raise MissingParameter(name)
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InvalidParameter(name, "must be a string")
    text = str(value).strip()
    if len(text) > _LONGEST_TEXT:
        raise InvalidParameter(name, f"must be at most {_LONGEST_TEXT} characters")
    return text


def _required_text(value: object, name: str) -> str:
    text = _text(value, name)
    assert text is not None  # _text raises for a blank required value
    return text


def _decimal(value: object, name: str, *, required: bool = True) -> Decimal | None:
    """A finite decimal from the request (JSON text, number or Decimal); None when absent
    and not required."""
    if value is None or value == "":
        if required:
            raise MissingParameter(name)
        return None
    if isinstance(value, bool):
        raise InvalidParameter(name, "must be a decimal number")
    try:
        if isinstance(value, Decimal):
            number = value
        elif isinstance(value, (int, str)):
            number = Decimal(str(value).strip())
        elif isinstance(value, float):
            number = Decimal(repr(value))
        else:
            raise InvalidParameter(name, "must be a decimal number")
    except InvalidOperation:
        raise InvalidParameter(name, "must be a decimal number") from None
    if not number.is_finite():
        raise InvalidParameter(name, "must be a finite decimal number")
    if number and number.adjusted() > _LARGEST_DIGITS:
        raise InvalidParameter(name, f"must be below 1e{_LARGEST_DIGITS + 1}")
    exponent = number.normalize().as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_MOST_PLACES:
        raise InvalidParameter(name, f"must have at most {_MOST_PLACES} decimal places")
    return number


def _amount(value: object, name: str, *, required: bool = True) -> Decimal | None:
    """A decimal greater than 0 from the request; None when absent and not required."""
    number = _decimal(value, name, required=required)
    if number is not None and number <= 0:
        raise InvalidParameter(name, "must be greater than 0")
    return number


def _required_amount(value: object, name: str) -> Decimal:
    number = _amount(value, name)
    assert number is not None  # _amount raises for a missing required value
    return number


def _count(value: object, name: str, *, default: int, largest: int) -> int:
    """A whole number in 1..largest (a `limit` or a book `size`)."""
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        raise InvalidParameter(name, f"must be a whole number from 1 to {largest}")
    text = str(value).strip()
    if len(text) > 12 or not text.lstrip("-").isdigit():
        raise InvalidParameter(name, f"must be a whole number from 1 to {largest}")
    number = int(text)
    if not 1 <= number <= largest:
        raise InvalidParameter(name, f"must be a whole number from 1 to {largest}")
    return number


def _cursor(value: object, name: str) -> int | None:
    if value is None or value == "":
        return None
    text = str(value).strip()
    if len(text) > 40 or not text.isdigit():
        raise InvalidParameter(name, "must be a row id")
    return int(text)


def _choice(value: object, name: str, allowed: Sequence[str], default: str | None) -> str:
    text = _text(value, name, required=default is None)
    if text is None:
        assert default is not None
        return default
    if text not in allowed:
        raise InvalidParameter(name, f"must be one of {', '.join(allowed)}")
    return text


# --------------------------------------------------------------------------------------
# The catalogue: markets and currencies
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InstrumentSpec:
    """A spot market: its steps, its opening price and how busy and how volatile it is."""

    instrument_id: str
    tick_size: Decimal
    size_increment: Decimal
    min_size: Decimal
    price: Decimal  # the opening mid price, a multiple of tick_size
    level_size: Decimal  # typical size of one level of other traders' liquidity
    daily_volume: Decimal  # typical base volume of one day
    volatility: float  # standard deviation of the log price over one minute

    @property
    def base_currency(self) -> str:
        return self.instrument_id.split("-")[0]

    @property
    def quote_currency(self) -> str:
        return self.instrument_id.split("-")[1]


@dataclass(frozen=True)
class CurrencySpec:
    """A currency with its funding rules; `address_style` shapes deposit addresses."""

    currency: str
    name: str
    can_deposit: bool
    can_withdraw: bool
    min_withdrawal: Decimal
    min_fee: Decimal
    max_fee: Decimal
    address_style: str  # "bech32:<prefix>", "hex", "cashaddr" or "none"


def _listing(
    instrument_id: str,
    tick: str,
    increment: str,
    min_size: str,
    price: str,
    level: str,
    daily: str,
    volatility: float,
) -> InstrumentSpec:
    return InstrumentSpec(
        instrument_id,
        Decimal(tick),
        Decimal(increment),
        Decimal(min_size),
        Decimal(price),
        Decimal(level),
        Decimal(daily),
        volatility,
    )


DEFAULT_INSTRUMENTS: tuple[InstrumentSpec, ...] = (
    _listing("BTC-USD", "0.01", "0.0001", "0.0001", "27431.55", "0.35", "480", 0.0006),
    _listing("ETH-USD", "0.01", "0.0001", "0.001", "1648.27", "4", "5200", 0.0008),
    _listing("LTC-USD", "0.01", "0.0001", "0.001", "64.83", "60", "21000", 0.0009),
    _listing("BCH-USD", "0.01", "0.0001", "0.001", "231.46", "15", "3100", 0.0009),
    _listing("BTC-USDT", "0.1", "0.0001", "0.0001", "27425.3", "0.3", "350", 0.0006),
    _listing("ETH-USDT", "0.01", "0.0001", "0.001", "1647.92", "4", "4100", 0.0008),
    _listing("ETH-BTC", "0.00001", "0.0001", "0.001", "0.06009", "6", "900", 0.0005),
    _listing("LTC-BTC", "0.000001", "0.0001", "0.001", "0.002363", "80", "12000", 0.0006),
    _listing("USDT-USD", "0.0001", "0.0001", "1", "1.0002", "25000", "4000000", 0.00003),
)

DEFAULT_CURRENCIES: tuple[CurrencySpec, ...] = (
    CurrencySpec(
        "BTC",
        "Bitcoin",
        True,
        True,
        Decimal("0.001"),
        Decimal("0.0002"),
        Decimal("0.001"),
        "bech32:bc1q",
    ),
    CurrencySpec(
        "ETH", "Ethereum", True, True, Decimal("0.01"), Decimal("0.002"), Decimal("0.01"), "hex"
    ),
    CurrencySpec(
        "LTC",
        "Litecoin",
        True,
        True,
        Decimal("0.01"),
        Decimal("0.001"),
        Decimal("0.01"),
        "bech32:ltc1q",
    ),
    CurrencySpec(
        "BCH",
        "Bitcoin Cash",
        True,
        True,
        Decimal("0.001"),
        Decimal("0.0001"),
        Decimal("0.001"),
        "cashaddr",
    ),
    CurrencySpec("USDT", "Tether", True, True, Decimal("10"), Decimal("3"), Decimal("20"), "hex"),
    # Dollars move through the fiat routes, not as a coin: no address, no coin withdrawal.
    CurrencySpec("USD", "US Dollar", False, False, _ZERO, _ZERO, _ZERO, "none"),
)

_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _address(style: str, seed: str) -> str:
    """A deterministic address in the currency's usual shape."""
    digest = hashlib.sha256(seed.encode()).digest() + hashlib.sha256(seed.encode()[::-1]).digest()
    if style.startswith("bech32:"):
        return style.split(":", 1)[1] + "".join(_BECH32[b % 32] for b in digest[:38])
    if style == "cashaddr":
        return "bitcoincash:q" + "".join(_BECH32[b % 32] for b in digest[:41])
    return "0x" + digest.hex()[:40]


def _txid(style: str, seed: str) -> str:
    digest = hashlib.sha256(seed.encode()).hexdigest()
    return "0x" + digest if style == "hex" else digest


# --------------------------------------------------------------------------------------
# One price series per market
# --------------------------------------------------------------------------------------

# Lengths in minutes. Weeks start on Mondays (1970-01-05), so days, hours and minutes nest.
_MINUTE, _HOUR, _DAY, _WEEK = 1, 60, 1440, 10080
_WEEK_ORIGIN = 4 * _DAY
_CHILD = {_WEEK: _DAY, _DAY: _HOUR, _HOUR: _MINUTE}
_PARENT = {child: parent for parent, child in _CHILD.items()}
_GRANULARITIES = (60, 180, 300, 900, 1800, 3600, 7200, 14400, 21600, 43200, 86400, 604800)
_MAX_CANDLES = 200
_MAX_CACHED_SPLITS = 4096
_MAX_LIVE_BARS = 200_000


def _align(minute: int, length: int) -> int:
    """Start of the period of `length` minutes holding `minute`."""
    if length % _WEEK == 0:
        return _WEEK_ORIGIN + (minute - _WEEK_ORIGIN) // length * length
    return minute // length * length


@dataclass(frozen=True, slots=True)
class _Node:
    """A synthetic period: open/high/low/close of the log price, volume in size increments."""

    open: float
    high: float
    low: float
    close: float
    units: int


@dataclass(slots=True)
class _Bar:
    """Open, high, low, close and volume of a period in prices and base amounts."""

    open: Decimal
    high: Decimal
    low: Decimal
    close: Decimal
    volume: Decimal
    quote_volume: Decimal


class _PriceHistory:
    """The one price series of a market that candles, tickers and public trades read.

    Minutes before `first_live_minute` are synthetic: weeks form a random walk and each
    period is split into its children (days, hours, minutes) by a generator seeded with the
    period's start, so any period can be rebuilt alone and a parent always equals the
    aggregate of its children. Log prices are scaled so the last synthetic minute closes at
    the market's opening price. From `first_live_minute` on, minutes are built from trades.
    A period's open is the price just before it starts, so periods of any length agree.
    """

    def __init__(self, spec: InstrumentSpec, seed: int, opened_at: float, weeks: int) -> None:
        self.spec = spec
        self._seed = f"{seed}|{spec.instrument_id}"
        self.first_live_minute = math.floor(opened_at / 60)
        anchor_week = _align(self.first_live_minute - 1, _WEEK)
        self.first_minute = anchor_week - (weeks - 1) * _WEEK
        self._scale = float(spec.price)
        self._trade_units = max(1, int(spec.min_size / spec.size_increment))
        self._minute_units = 3 * self._trade_units  # room for three trades every minute
        self._weeks = self._walk_weeks(anchor_week)
        self._splits: dict[tuple[int, int], tuple[_Node, ...]] = {}
        self._anchor = self._node(_MINUTE, self.first_live_minute - 1).close
        self._live: dict[int, _Bar] = {}
        self._live_minutes: list[int] = []
        self.last_price = self.price_of(self._anchor)

    # ---- synthetic periods ------------------------------------------------------------

    def _walk_weeks(self, anchor_week: int) -> dict[int, _Node]:
        rng = Random(f"{self._seed}|weeks")
        sigma = self.spec.volatility * math.sqrt(_WEEK)
        typical = float(self.spec.daily_volume / self.spec.size_increment) * 7
        weeks: dict[int, _Node] = {}
        close = 0.0
        for start in range(self.first_minute, anchor_week + 1, _WEEK):
            opened, close = close, close + rng.gauss(0.0, sigma)
            high = max(opened, close) + abs(rng.gauss(0.0, sigma * 0.4))
            low = min(opened, close) - abs(rng.gauss(0.0, sigma * 0.4))
            units = max(_WEEK * self._minute_units, int(typical * rng.lognormvariate(0.0, 0.35)))
            weeks[start] = _Node(opened, high, low, close, units)
        return weeks

    def _node(self, length: int, start: int) -> _Node:
        if length == _WEEK:
            return self._weeks[start]
        parent = _PARENT[length]
        parent_start = _align(start, parent)
        return self._split(parent, parent_start)[(start - parent_start) // length]

    def _split(self, length: int, start: int) -> tuple[_Node, ...]:
        key = (length, start)
        cached = self._splits.get(key)
        if cached is not None:
            return cached
        if len(self._splits) >= _MAX_CACHED_SPLITS:
            self._splits.clear()  # rebuilt on demand: every split is a function of its seed
        children = self._children(self._node(length, start), length, start)
        self._splits[key] = children
        return children

    def _children(self, parent: _Node, length: int, start: int) -> tuple[_Node, ...]:
        """Splits a period into its children: a random bridge of their opens and closes
        from the parent's open to its close, whose excursions are stretched so that it
        comes near the parent's high and low; the children there reach them. The volume
        is shared out exactly."""
        rng = Random(f"{self._seed}|{length}|{start}")
        child = _CHILD[length]
        count = length // child
        sigma = self.spec.volatility * math.sqrt(child)
        bounds = self._bridge(rng, parent, count, sigma)
        peak = max(range(count + 1), key=bounds.__getitem__)
        trough = min(range(count + 1), key=bounds.__getitem__)
        top = min(peak, count - 1) if peak == count or rng.random() < 0.5 else max(peak - 1, 0)
        bottom = (
            min(trough, count - 1) if trough == count or rng.random() < 0.5 else max(trough - 1, 0)
        )
        floor_units = child * self._minute_units
        spare = parent.units - floor_units * count
        weights = list(itertools.accumulate(rng.lognormvariate(0.0, 0.5) for _ in range(count)))
        cuts = [0, *(min(spare, int(spare * w / weights[-1])) for w in weights[:-1]), spare]
        nodes = []
        for i in range(count):
            opened, closed = bounds[i], bounds[i + 1]
            # Wicks stay short of the parent's extremes, which only `top` and `bottom` reach.
            upper, lower = max(opened, closed), min(opened, closed)
            room_up = rng.uniform(0.2, 0.9) * (parent.high - upper)
            room_down = rng.uniform(0.2, 0.9) * (lower - parent.low)
            high = upper + min(abs(rng.gauss(0.0, sigma * 0.4)), room_up)
            low = lower - min(abs(rng.gauss(0.0, sigma * 0.4)), room_down)
            high = parent.high if i == top else high
            low = parent.low if i == bottom else low
            units = floor_units + max(0, cuts[i + 1] - cuts[i])
            nodes.append(_Node(opened, high, low, closed, units))
        return tuple(nodes)

    @staticmethod
    def _bridge(rng: Random, parent: _Node, count: int, sigma: float) -> list[float]:
        """count + 1 points from the parent's open to its close. A free random bridge is
        stretched above max(open, close) and below min(open, close), monotonically, so
        its highest point lands just under the parent's high and its lowest just over
        the low."""
        walk = [0.0]
        for _ in range(count):
            walk.append(walk[-1] + rng.gauss(0.0, sigma))
        drift = (parent.close - parent.open) - walk[-1]
        path = [parent.open + walk[k] + drift * k / count for k in range(count + 1)]
        upper, lower = max(parent.open, parent.close), min(parent.open, parent.close)
        peak, trough = max(path), min(path)
        ceiling = max(upper, parent.high - abs(rng.gauss(0.0, sigma * 0.3)))
        floor = min(lower, parent.low + abs(rng.gauss(0.0, sigma * 0.3)))
        stretched = [parent.open]
        for point in path[1:-1]:
            if point > upper and peak > upper:
                point = upper + (point - upper) * (ceiling - upper) / (peak - upper)
            elif point < lower and trough < lower:
                point = lower - (lower - point) * (lower - floor) / (lower - trough)
            stretched.append(min(parent.high, max(parent.low, point)))
        stretched.append(parent.close)
        return stretched

    def price_of(self, log_price: float) -> Decimal:
        """A log price as a price on the market's tick (rounding keeps the order of prices)."""
        raw = Decimal(repr(self._scale * math.exp(log_price - self._anchor)))
        return max(self.spec.tick_size, _to_step(raw, self.spec.tick_size))

    def _bar_of(self, node: _Node) -> _Bar:
        high, low, close = (
            self.price_of(node.high),
            self.price_of(node.low),
            self.price_of(node.close),
        )
        volume = node.units * self.spec.size_increment
        typical = _to_step((high + low + close) / 3, self.spec.tick_size)
        return _Bar(self.price_of(node.open), high, low, close, volume, volume * typical)

    # ---- live minutes -----------------------------------------------------------------

    def record(self, at: float, price: Decimal, size: Decimal) -> None:
        """A trade: updates the minute it falls in (minutes without trades stay implicit)."""
        minute = max(self.first_live_minute, math.floor(at / 60))
        bar = self._live.get(minute)
        if bar is None:
            opened = self.price_before(minute)
            bar = _Bar(opened, opened, opened, opened, _ZERO, _ZERO)
            self._live[minute] = bar
            bisect.insort(self._live_minutes, minute)
            if len(self._live_minutes) > _MAX_LIVE_BARS:
                del self._live[self._live_minutes.pop(0)]
        bar.high = max(bar.high, price)
        bar.low = min(bar.low, price)
        bar.close = price
        bar.volume += size
        bar.quote_volume += price * size
        self.last_price = price

    def price_before(self, minute: int) -> Decimal:
        """The last price before `minute` starts."""
        if minute <= self.first_minute:
            return self.price_of(self._weeks[self.first_minute].open)
        if minute <= self.first_live_minute:
            return self.price_of(self._node(_MINUTE, minute - 1).close)
        index = bisect.bisect_left(self._live_minutes, minute)
        if index == 0:
            return self.price_of(self._anchor)
        return self._live[self._live_minutes[index - 1]].close

    # ---- periods ----------------------------------------------------------------------

    def bar(self, start: int, end: int) -> _Bar | None:
        """Open, high, low, close and volume over minutes [start, end), or None if empty."""
        start = max(start, self.first_minute)
        if start >= end:
            return None
        parts = self._parts(start, end)
        if start < self.first_live_minute:
            first = next(parts)  # a synthetic period opens at the close before it
            total = _Bar(
                first.open, first.high, first.low, first.close, first.volume, first.quote_volume
            )
        else:
            total = _Bar(*(self.price_before(start),) * 4, _ZERO, _ZERO)
        for part in parts:
            total.high = max(total.high, part.high)
            total.low = min(total.low, part.low)
            total.close = part.close
            total.volume += part.volume
            total.quote_volume += part.quote_volume
        return total

    def _parts(self, start: int, end: int) -> Iterator[_Bar]:
        position, cut = start, min(end, self.first_live_minute)
        while position < cut:
            length = next(
                size
                for size in (_WEEK, _DAY, _HOUR, _MINUTE)
                if _align(position, size) == position and position + size <= cut
            )
            yield self._bar_of(self._node(length, position))
            position += length
        first = bisect.bisect_left(self._live_minutes, max(start, self.first_live_minute))
        last = bisect.bisect_left(self._live_minutes, end)
        for minute in self._live_minutes[first:last]:
            yield self._live[minute]

    def candles(
        self, granularity: int, now: float, start: float | None, end: float | None
    ) -> list[list[str]]:
        """Rows [time, open, high, low, close, volume], newest first, at most 200."""
        length = granularity // 60
        latest = _align(math.floor(now / 60), length)
        if end is not None:
            latest = min(latest, _align(math.ceil(end / 60) - 1, length))
        earliest = self.first_minute if start is None else max(self.first_minute, start / 60)
        rows: list[list[str]] = []
        period = latest
        while period >= earliest and len(rows) < _MAX_CANDLES:
            bar = self.bar(period, period + length)
            if bar is not None and period >= self.first_minute:
                rows.append(
                    [
                        iso_time(period * 60),
                        _plain(bar.open),
                        _plain(bar.high),
                        _plain(bar.low),
                        _plain(bar.close),
                        _plain(bar.volume),
                    ]
                )
            period -= length
        return rows

    def recent_trades(self, count: int) -> list[tuple[float, Decimal, Decimal]]:
        """Synthetic trades (time, price, size) of the last minutes before the exchange
        opened, oldest first: each minute trades at its high, its low and its close, for
        its whole volume, so the trade list agrees with the candles."""
        trades: list[tuple[float, Decimal, Decimal]] = []
        minute = self.first_live_minute - 1
        while len(trades) < count and minute >= self.first_minute:
            node = self._node(_MINUTE, minute)
            rng = Random(f"{self._seed}|trades|{minute}")
            extremes = [node.high, node.low] if rng.random() < 0.5 else [node.low, node.high]
            spare = node.units - 3 * self._trade_units
            cuts = sorted(rng.randint(0, spare) for _ in range(2))
            shares = [cuts[0], cuts[1] - cuts[0], spare - cuts[1]]
            moments = sorted(rng.uniform(0.5, 59.5) for _ in range(3))
            minute_trades = [
                (
                    minute * 60 + moment,
                    self.price_of(level),
                    (self._trade_units + share) * self.spec.size_increment,
                )
                for moment, level, share in zip(
                    moments, [*extremes, node.close], shares, strict=True
                )
            ]
            trades[:0] = minute_trades
            minute -= 1
        return trades[-count:]


# --------------------------------------------------------------------------------------
# Books, orders, balances and records
# --------------------------------------------------------------------------------------

_BOOK_LEVELS = 200  # per side: the most a v3 book request may ask for
_LEVEL_GAP = Decimal("0.0001")  # largest gap between levels, relative to the price
_MAX_TRADES = 100
_MAX_ROWS = 100_000  # orders, fills and ledger rows kept; the oldest go first
_FIRST_ORDER_ID = 2**53 + 1  # above 2**53 on purpose: ids parsed as floats lose digits
_ACCOUNT_ID = "8231047"

_STATE_TEXT = {
    "-2": "failed",
    "-1": "cancelled",
    "0": "open",
    "1": "part_filled",
    "2": "filled",
    "3": "ordering",
    "4": "canceling",
}
_STATE_GROUPS = {"6": frozenset({"0", "1"}), "7": frozenset({"-1", "2"})}
_OPEN_STATES = frozenset({"0", "1"})
_ORDER_STATES = ("-2", "-1", "0", "1", "2", "3", "4", "6", "7")

# Withdrawals: 0 pending, then 1 sending, then 2 sent; -1 failed and -2 cancelled by helpers.
_WITHDRAWAL_SENDING_AFTER = 60.0
_WITHDRAWAL_SENT_AFTER = 600.0
# Deposits: 0 waiting for confirmations, 1 credited, then 2 done once settled.
_DEPOSIT_SETTLED_AFTER = 600.0

# Funding bill types (code, typename).
_BILL_DEPOSIT = ("1", "Deposit")
_BILL_WITHDRAWAL = ("2", "Withdrawal")
_BILL_CANCEL_WITHDRAWAL = ("13", "Cancel withdrawal")
_BILL_TO_SPOT = ("37", "Transfer to spot")
_BILL_FROM_SPOT = ("38", "Transfer from spot")

_ACCOUNT_CODES = {"1": "spot", "6": "funding"}
_ORDER_FIELDS = frozenset(
    {
        "instrument_id",
        "side",
        "type",
        "client_oid",
        "order_type",
        "price",
        "size",
        "notional",
        "margin_trading",
    }
)


@dataclass(eq=False, slots=True)
class _Entry:
    """Size waiting at one price: another trader's liquidity or one of the user's orders."""

    price: Decimal
    seq: int  # time priority within the level
    size: Decimal
    orders: int
    order: _Order | None = None


class _Side:
    """One side of a book: price levels, each a queue of entries in time priority."""

    def __init__(self, *, highest_first: bool) -> None:
        self.levels: dict[Decimal, list[_Entry]] = {}
        self.highest_first = highest_first

    def prices(self) -> list[Decimal]:
        """Prices from the best down."""
        return sorted(self.levels, reverse=self.highest_first)

    def best(self) -> Decimal | None:
        if not self.levels:
            return None
        return max(self.levels) if self.highest_first else min(self.levels)

    def better(self, price: Decimal, than: Decimal) -> bool:
        return price > than if self.highest_first else price < than

    def add(self, entry: _Entry) -> None:
        queue = self.levels.setdefault(entry.price, [])
        queue.append(entry)
        if len(queue) > 1 and queue[-2].seq > entry.seq:
            queue.sort(key=lambda item: item.seq)

    def remove(self, entry: _Entry) -> None:
        queue = self.levels.get(entry.price)
        if queue is None:
            return
        for index, item in enumerate(queue):
            if item is entry:
                del queue[index]
                break
        if not queue:
            del self.levels[entry.price]

    def drop_liquidity(self) -> None:
        """Removes other traders' liquidity, keeping the user's orders."""
        for price in list(self.levels):
            kept = [entry for entry in self.levels[price] if entry.order is not None]
            if kept:
                self.levels[price] = kept
            else:
                del self.levels[price]

    def level(self, price: Decimal) -> tuple[Decimal, int]:
        queue = self.levels.get(price, [])
        return sum((entry.size for entry in queue), _ZERO), sum(entry.orders for entry in queue)

    def size_up_to(self, limit: Decimal) -> Decimal:
        """Size available at `limit` or better."""
        return sum(
            (
                self.level(price)[0]
                for price in self.levels
                if price == limit or self.better(price, limit)
            ),
            _ZERO,
        )


@dataclass(eq=False)
class _Order:
    order_id: str
    client_oid: str
    market: _Market
    side: str
    kind: str  # limit or market
    order_type: str
    price: Decimal | None
    size: Decimal | None
    notional: Decimal | None
    created_at: float
    held: Decimal
    filled_size: Decimal = _ZERO
    filled_notional: Decimal = _ZERO
    state: str = "0"
    entry: _Entry | None = None

    @property
    def hold_currency(self) -> str:
        spec = self.market.spec
        return spec.quote_currency if self.side == "buy" else spec.base_currency

    @property
    def remaining(self) -> Decimal:
        return _ZERO if self.size is None else self.size - self.filled_size


class _Market:
    """A market's state: the book, the price series, its recent public trades."""

    def __init__(self, spec: InstrumentSpec, history: _PriceHistory, seed: int) -> None:
        self.spec = spec
        self.history = history
        self.rng = Random(f"{seed}|{spec.instrument_id}|book")
        self.bids = _Side(highest_first=True)
        self.asks = _Side(highest_first=False)
        self.mid = spec.price
        self.trades: deque[Row] = deque(maxlen=_MAX_TRADES)
        self.last_size = spec.min_size
        self.consumed = False  # other traders' liquidity was taken since the last layout

    def resting_side(self, side: str) -> _Side:
        """Where orders of `side` wait."""
        return self.bids if side == "buy" else self.asks

    def opposite(self, side: str) -> _Side:
        """Where orders of `side` find their counterparts."""
        return self.asks if side == "buy" else self.bids

    def price_text(self, price: Decimal) -> str:
        return _plain(_to_step(price, self.spec.tick_size))

    def size_text(self, size: Decimal) -> str:
        return _plain(_to_step(size, self.spec.size_increment))


@dataclass(slots=True)
class _Purse:
    available: Decimal = _ZERO
    hold: Decimal = _ZERO

    @property
    def balance(self) -> Decimal:
        return self.available + self.hold


@dataclass(frozen=True)
class Balance:
    """One currency's amounts in one account, for tests."""

    currency: str
    available: Decimal
    hold: Decimal

    @property
    def balance(self) -> Decimal:
        return self.available + self.hold


@dataclass(frozen=True, slots=True)
class _SpotBill:
    ledger_id: int
    currency: str
    amount: Decimal
    fee: Decimal
    balance: Decimal
    kind: str  # trade or transfer
    instrument_id: str
    order_id: str
    at: float

    def row(self) -> Row:
        stamp = iso_time(self.at)
        details: Row = {}
        if self.instrument_id:
            details = {
                "instrument_id": self.instrument_id,
                "order_id": self.order_id,
                "product_id": self.instrument_id,
            }
        return {
            "ledger_id": str(self.ledger_id),
            "currency": self.currency,
            "amount": _plain(self.amount),
            "balance": _plain(self.balance),
            "fee": _plain(self.fee),
            "type": self.kind,
            "details": details,
            "timestamp": stamp,
            "created_at": stamp,
        }


@dataclass(frozen=True, slots=True)
class _FundingBill:
    ledger_id: int
    currency: str
    amount: Decimal
    fee: Decimal
    balance: Decimal
    type_code: str
    typename: str
    at: float

    def row(self) -> Row:
        return {
            "ledger_id": str(self.ledger_id),
            "currency": self.currency,
            "amount": _plain(self.amount),
            "balance": _plain(self.balance),
            "fee": _plain(self.fee),
            "typename": self.typename,
            "timestamp": iso_time(self.at),
        }


@dataclass(slots=True)
class _Withdrawal:
    withdrawal_id: int
    currency: CurrencySpec
    amount: Decimal
    fee: Decimal
    destination: str
    to_address: str
    created_at: float
    ended: str | None = None  # -1 failed or -2 cancelled, set by a test helper

    def status(self, now: float) -> str:
        if self.ended is not None:
            return self.ended
        age = now - self.created_at
        if age < _WITHDRAWAL_SENDING_AFTER:
            return "0"
        return "1" if age < _WITHDRAWAL_SENT_AFTER else "2"

    def row(self, now: float, seed: int) -> Row:
        status = self.status(now)
        on_chain = self.destination == "4" and status in ("1", "2")
        code = self.currency.currency
        return {
            "withdrawal_id": str(self.withdrawal_id),
            "currency": code,
            "amount": _fixed(self.amount, 8),
            # v3 writes the fee with the currency code glued on (e.g. 0.01000000eth).
            "fee": _fixed(self.fee, 8) + code.lower(),
            "txid": (
                _txid(self.currency.address_style, f"{seed}|withdrawal|{self.withdrawal_id}")
                if on_chain
                else ""
            ),
            "from": _ACCOUNT_ID,
            "to": self.to_address,
            "timestamp": iso_time(self.created_at),
            "status": status,
        }


@dataclass(slots=True)
class _Deposit:
    deposit_id: int
    currency: str
    amount: Decimal
    address: str
    txid: str
    created_at: float
    credit_at: float
    credited: bool = False

    def status(self, now: float) -> str:
        if not self.credited:
            return "0"
        return "1" if now - self.credit_at < _DEPOSIT_SETTLED_AFTER else "2"

    def row(self, now: float) -> Row:
        return {
            "deposit_id": str(self.deposit_id),
            "currency": self.currency,
            "amount": _fixed(self.amount, 8),
            "txid": self.txid,
            "from": "",
            "to": self.address,
            "timestamp": iso_time(self.created_at),
            "status": self.status(now),
        }


@dataclass(frozen=True)
class Routed:
    """A route's answer: the JSON body and the headers that go with it (paging cursors)."""

    body: Json
    headers: dict[str, str] = field(default_factory=dict)


_T = TypeVar("_T")


def _page(
    items: Sequence[_T], key: Callable[[_T], int], after: object, before: object, limit: object
) -> list[_T]:
    """Cursor paging over items sorted newest first: `after` gives items older than that id,
    `before` the newer ones next to it; at most `limit` (1..100, default 100)."""
    older, newer = _cursor(after, "after"), _cursor(before, "before")
    count = _count(limit, "limit", default=100, largest=100)
    chosen = list(items)
    if older is not None:
        chosen = [item for item in chosen if key(item) < older]
    if newer is not None:
        chosen = [item for item in chosen if key(item) > newer][-count:]
    return chosen[:count]


def _trim(rows: list[Any]) -> None:
    if len(rows) > _MAX_ROWS:
        del rows[: len(rows) - _MAX_ROWS]


def _order_result(order: _Order | None, error: ExchangeError | None = None, **extra: str) -> Row:
    """Okcoin's per-order outcome; a refused item of a batch says so in error_code."""
    result: Row = {
        "order_id": order.order_id if order is not None else "-1",
        "client_oid": order.client_oid if order is not None else "",
        "result": error is None,
        "error_code": "" if error is None else str(error.code),
        "error_message": "" if error is None else error.message,
    }
    result.update(extra)
    return result


# --------------------------------------------------------------------------------------
# The exchange
# --------------------------------------------------------------------------------------

_P = ParamSpec("_P")
_R = TypeVar("_R")


def _synchronized(
    method: Callable[Concatenate[Exchange, _P], _R],
) -> Callable[Concatenate[Exchange, _P], _R]:
    """Runs a public method under the exchange's lock and in its decimal context, after
    applying what the passing of time has made due (deposits being credited)."""

    @functools.wraps(method)
    def locked(self: Exchange, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._lock, localcontext(_CONTEXT):
            self._settle_due()
            return method(self, *args, **kwargs)

    return locked


class Exchange:
    """The simulated exchange: route methods answer like the v3 API, helpers drive it."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        seed: int = 7,
        instruments: Iterable[InstrumentSpec] = DEFAULT_INSTRUMENTS,
        currencies: Iterable[CurrencySpec] = DEFAULT_CURRENCIES,
        history_weeks: int = 104,
        maker_fee: Decimal | str = "0.001",
        taker_fee: Decimal | str = "0.0015",
    ) -> None:
        self._lock = threading.RLock()
        self._clock = clock
        self._offset = 0.0
        self._seed = seed
        if history_weeks < 1:
            raise ValueError("history_weeks must be at least 1")
        with localcontext(_CONTEXT):
            self.maker_fee = Decimal(maker_fee)
            self.taker_fee = Decimal(taker_fee)
            self._currencies = {spec.currency.upper(): spec for spec in currencies}
            self._seq = itertools.count(1)
            self._trade_ids = itertools.count(400_000_001)
            self._order_ids = itertools.count(_FIRST_ORDER_ID)
            self._spot_ids = itertools.count(3_995_000_001)
            self._funding_ids = itertools.count(8_987_001)
            self._withdrawal_ids = itertools.count(1_729_001)
            self._deposit_ids = itertools.count(11_571_001)
            self._transfer_ids = itertools.count(754_001)
            self._accounts: dict[str, dict[str, _Purse]] = {
                kind: {code: _Purse() for code in self._currencies} for kind in ("spot", "funding")
            }
            self._orders: dict[str, _Order] = {}
            self._by_client_oid: dict[str, _Order] = {}
            self._fills: list[Row] = []
            self._spot_bills: list[_SpotBill] = []
            self._funding_bills: list[_FundingBill] = []
            self._withdrawals: list[_Withdrawal] = []
            self._deposits: list[_Deposit] = []
            self._uncredited: list[_Deposit] = []
            self._markets: dict[str, _Market] = {}
            opened = self._now()
            for spec in instruments:
                self._open_market(spec, opened, history_weeks)

    def _open_market(self, spec: InstrumentSpec, opened: float, weeks: int) -> None:
        key = spec.instrument_id.upper()
        for code in (spec.base_currency, spec.quote_currency):
            if code not in self._currencies:
                raise ValueError(f"instrument {key} trades {code}, which is not a currency here")
        if not _on_step(spec.price, spec.tick_size) or spec.price <= 0:
            raise ValueError(f"instrument {key}: price must be a positive multiple of tick_size")
        market = _Market(spec, _PriceHistory(spec, self._seed, opened, weeks), self._seed)
        previous = market.history.last_price
        for at, price, size in market.history.recent_trades(_MAX_TRADES):
            side = "buy" if price >= previous else "sell"
            market.trades.append(
                self._trade_row(str(next(self._trade_ids)), market, price, size, side, at)
            )
            market.last_size, previous = size, price
        self._markets[key] = market
        self._recenter(market, spec.price)

    # ---- time -------------------------------------------------------------------------

    def _now(self) -> float:
        return float(self._clock()) + self._offset

    def _settle_due(self) -> None:
        now = self._now()
        due = [deposit for deposit in self._uncredited if deposit.credit_at <= now]
        for deposit in due:
            self._uncredited.remove(deposit)
            self._credit(deposit)

    # ---- look-ups ---------------------------------------------------------------------

    def _market(self, instrument_id: object) -> _Market:
        key = _required_text(instrument_id, "instrument_id").upper()
        market = self._markets.get(key)
        if market is None:
            raise UnknownInstrument(key)
        return market

    def _currency(self, currency: object) -> CurrencySpec:
        code = _required_text(currency, "currency").upper()
        spec = self._currencies.get(code)
        if spec is None:
            raise UnknownCurrency(code)
        return spec

    def _purse(self, account: str, currency: str) -> _Purse:
        return self._accounts[account][currency]

    def _find(self, key: object, instrument_id: object) -> _Order:
        """An order by id, else by client_oid (the latest order that used it)."""
        market = self._market(instrument_id)
        text = _required_text(key, "order_id_or_client_oid")
        order = self._orders.get(text) or self._by_client_oid.get(text)
        if order is None:
            raise UnknownOrder(text)
        if order.market is not market:
            raise OrderRejected(
                33022,
                f"Order {text} belongs to {order.market.spec.instrument_id}, "
                f"not {market.spec.instrument_id}",
            )
        return order

    # ---- records ----------------------------------------------------------------------

    def _spot_bill(
        self,
        currency: str,
        amount: Decimal,
        fee: Decimal,
        kind: str,
        order: _Order | None,
        at: float,
    ) -> _SpotBill:
        bill = _SpotBill(
            next(self._spot_ids),
            currency,
            amount,
            fee,
            self._purse("spot", currency).balance,
            kind,
            order.market.spec.instrument_id if order is not None else "",
            order.order_id if order is not None else "",
            at,
        )
        self._spot_bills.append(bill)
        _trim(self._spot_bills)
        return bill

    def _funding_bill(
        self, currency: str, amount: Decimal, fee: Decimal, bill: tuple[str, str], at: float
    ) -> None:
        self._funding_bills.append(
            _FundingBill(
                next(self._funding_ids),
                currency,
                amount,
                fee,
                self._purse("funding", currency).balance,
                bill[0],
                bill[1],
                at,
            )
        )
        _trim(self._funding_bills)

    @staticmethod
    def _trade_row(
        trade_id: str, market: _Market, price: Decimal, size: Decimal, side: str, at: float
    ) -> Row:
        stamp = iso_time(at)
        return {
            "trade_id": trade_id,
            "price": market.price_text(price),
            "size": market.size_text(size),
            "side": side,
            "time": stamp,
            "timestamp": stamp,
        }

    def _public_trade(
        self, market: _Market, trade_id: str, price: Decimal, size: Decimal, side: str, at: float
    ) -> Row:
        row = self._trade_row(trade_id, market, price, size, side, at)
        market.trades.append(row)
        market.history.record(at, price, size)
        market.last_size = size
        return row

    def _order_row(self, order: _Order) -> Row:
        market = order.market
        stamp = iso_time(order.created_at)
        average = order.filled_notional / order.filled_size if order.filled_size else _ZERO
        return {
            "order_id": order.order_id,
            "client_oid": order.client_oid,
            "instrument_id": market.spec.instrument_id,
            "product_id": market.spec.instrument_id,
            "side": order.side,
            "type": order.kind,
            "order_type": order.order_type,
            "price": "" if order.price is None else market.price_text(order.price),
            "size": "" if order.size is None else market.size_text(order.size),
            "notional": "" if order.notional is None else _plain(order.notional),
            "funds": "",
            "price_avg": market.price_text(average),
            "filled_size": market.size_text(order.filled_size),
            "filled_notional": _plain(order.filled_notional),
            "state": order.state,
            "status": _STATE_TEXT[order.state],
            "timestamp": stamp,
            "created_at": stamp,
        }

    def _spot_row(self, code: str) -> Row:
        purse = self._purse("spot", code)
        hold = _plain(purse.hold)
        return {
            "id": _ACCOUNT_ID,
            "currency": code,
            "balance": _plain(purse.balance),
            "available": _plain(purse.available),
            "hold": hold,
            "holds": hold,
            "frozen": hold,
        }

    def _wallet_row(self, code: str) -> Row:
        purse = self._purse("funding", code)
        return {
            "currency": code,
            "balance": _plain(purse.balance),
            "available": _plain(purse.available),
            "hold": _plain(purse.hold),
        }

    # ---- the book ---------------------------------------------------------------------

    def _generate(self, market: _Market, book: _Side, start: Decimal) -> None:
        """Other traders' liquidity: levels of random size and gaps, beyond `start`."""
        spec, rng = market.spec, market.rng
        widest = max(1, int(market.mid * _LEVEL_GAP / spec.tick_size))
        typical = float(spec.level_size / spec.size_increment)
        least = max(1, int(spec.min_size / spec.size_increment))
        step = -spec.tick_size if book.highest_first else spec.tick_size
        price = start
        for _ in range(_BOOK_LEVELS):
            price += step * (1 + int(rng.random() * widest))
            if price <= 0:
                break
            units = max(least, int(typical * math.exp(rng.gauss(0.0, 0.8))))
            orders = 1 + int(rng.random() * 8)
            book.add(_Entry(price, next(self._seq), units * spec.size_increment, orders))

    def _recenter(self, market: _Market, price: Decimal) -> None:
        """The market moves to `price`: the user's orders it crosses fill at their own
        prices, and other traders' liquidity is laid out afresh on both sides of it."""
        for book, taker_side in ((market.bids, "sell"), (market.asks, "buy")):
            crossed = [
                entry
                for level in book.prices()
                if level == price or book.better(level, price)
                for entry in list(book.levels[level])
                if entry.order is not None
            ]
            for entry in crossed:
                self._hit(market, book, entry, entry.size, taker_side, None)
        market.bids.drop_liquidity()
        market.asks.drop_liquidity()
        market.mid = price
        self._generate(market, market.asks, price)
        self._generate(market, market.bids, price)
        market.consumed = False

    def _refill(self, market: _Market) -> None:
        """A side emptied by trading gets fresh liquidity beyond the other side's best."""
        last = market.history.last_price
        if not market.asks.levels:
            best_bid = market.bids.best()
            self._generate(market, market.asks, last if best_bid is None else max(last, best_bid))
        if not market.bids.levels:
            best_ask = market.asks.best()
            self._generate(market, market.bids, last if best_ask is None else min(last, best_ask))

    # ---- matching ---------------------------------------------------------------------

    def _hit(
        self,
        market: _Market,
        book: _Side,
        entry: _Entry,
        size: Decimal,
        taker_side: str,
        taker: _Order | None,
    ) -> Row:
        """One trade of `size` against a resting entry, at the entry's price."""
        now = self._now()
        trade_id = str(next(self._trade_ids))
        entry.size -= size
        if entry.order is None:
            market.consumed = True
        if entry.size <= 0:
            book.remove(entry)
            if entry.order is not None:
                entry.order.entry = None
        if entry.order is not None:
            self._fill(entry.order, entry.price, size, "M", trade_id, now)
        if taker is not None:
            self._fill(taker, entry.price, size, "T", trade_id, now)
        return self._public_trade(market, trade_id, entry.price, size, taker_side, now)

    def _sweep(
        self,
        market: _Market,
        side: str,
        *,
        limit: Decimal | None,
        size: Decimal | None,
        notional: Decimal | None,
        taker: _Order | None,
    ) -> tuple[bool, list[Row]]:
        """Takes liquidity for an order of `side`, best price first, up to `limit`, for
        `size` base or `notional` quote. Returns whether the book ran out first, and the
        trades."""
        book = market.opposite(side)
        step = market.spec.size_increment
        done = spent = _ZERO
        trades: list[Row] = []
        for price in book.prices():
            if limit is not None and book.better(limit, price):
                return False, trades
            queue = book.levels.get(price, [])
            while queue:
                if size is not None:
                    wanted = size - done
                else:
                    assert notional is not None
                    wanted = _to_step((notional - spent) / price, step, ROUND_FLOOR)
                if wanted <= 0:
                    return False, trades
                entry = queue[0]
                amount = min(wanted, entry.size)
                trades.append(self._hit(market, book, entry, amount, side, taker))
                done += amount
                spent += amount * price
        return (size is None or done < size), trades

    def _fill(
        self, order: _Order, price: Decimal, size: Decimal, liquidity: str, trade_id: str, at: float
    ) -> None:
        """Settles the user's side of a trade: balances, holds, ledger rows, fill rows."""
        spec = order.market.spec
        cost = price * size
        if order.side == "buy":
            paid_code, paid, got_code, got = spec.quote_currency, cost, spec.base_currency, size
            released = order.price * size if order.price is not None else cost
        else:
            paid_code, paid, got_code, got = spec.base_currency, size, spec.quote_currency, cost
            released = size
        rate = self.maker_fee if liquidity == "M" else self.taker_fee
        fee = (got * rate).quantize(_FEE_STEP, rounding=ROUND_CEILING)
        paid_purse = self._purse("spot", paid_code)
        paid_purse.hold -= released
        paid_purse.available += released - paid
        order.held -= released
        paid_bill = self._spot_bill(paid_code, -paid, _ZERO, "trade", order, at)
        self._purse("spot", got_code).available += got - fee
        got_bill = self._spot_bill(got_code, got, -fee, "trade", order, at)
        stamp = iso_time(at)
        for bill, row_side, amount in ((paid_bill, "sell", paid), (got_bill, "buy", got)):
            self._fills.append(
                {
                    "ledger_id": str(bill.ledger_id),
                    "trade_id": trade_id,
                    "order_id": order.order_id,
                    "instrument_id": spec.instrument_id,
                    "product_id": spec.instrument_id,
                    "currency": bill.currency,
                    "side": row_side,
                    "price": order.market.price_text(price),
                    "size": _plain(amount),
                    "fee": _plain(bill.fee),
                    "exec_type": liquidity,
                    "liquidity": liquidity,
                    "timestamp": stamp,
                    "created_at": stamp,
                }
            )
        _trim(self._fills)
        order.filled_size += size
        order.filled_notional += cost
        if order.kind == "limit":
            if order.remaining <= 0:
                self._finish(order, "2")
            else:
                order.state = "1"
        else:
            order.state = "1"

    def _finish(self, order: _Order, state: str) -> None:
        """Takes an order off the book and releases what it still holds."""
        if order.entry is not None:
            order.market.resting_side(order.side).remove(order.entry)
            order.entry = None
        if order.held:
            purse = self._purse("spot", order.hold_currency)
            purse.hold -= order.held
            purse.available += order.held
            order.held = _ZERO
        order.state = state

    def _work(self, order: _Order) -> None:
        """Matches a new (or re-priced) order, then rests what a limit order has left."""
        market = order.market
        if order.kind == "market":
            ran_out, _ = self._sweep(
                market,
                order.side,
                limit=None,
                size=order.size,
                notional=order.notional,
                taker=order,
            )
            self._finish(order, "2" if order.filled_size > 0 and not ran_out else "-1")
            self._refill(market)
            return
        assert order.price is not None
        opposite = market.opposite(order.side)
        best = opposite.best()
        crosses = best is not None and not opposite.better(order.price, best)
        if order.order_type == "1" and crosses:  # post-only would take: cancelled
            self._finish(order, "-1")
            return
        if order.order_type == "2" and opposite.size_up_to(order.price) < order.remaining:
            self._finish(order, "-1")  # fill-or-kill that cannot fill whole
            return
        if crosses:
            self._sweep(
                market,
                order.side,
                limit=order.price,
                size=order.remaining,
                notional=None,
                taker=order,
            )
        if order.remaining > 0:
            if order.order_type in ("2", "3"):
                self._finish(order, "-1")
            else:
                entry = _Entry(order.price, next(self._seq), order.remaining, 1, order)
                market.resting_side(order.side).add(entry)
                order.entry = entry
        self._refill(market)

    # ---- order requests ---------------------------------------------------------------

    @staticmethod
    def _check_price(spec: InstrumentSpec, price: Decimal, name: str = "price") -> None:
        if not _on_step(price, spec.tick_size):
            raise OrderRejected(
                33028, f"{name} {_plain(price)} is not a multiple of the tick size {spec.tick_size}"
            )

    @staticmethod
    def _check_size(spec: InstrumentSpec, size: Decimal, name: str = "size") -> None:
        if not _on_step(size, spec.size_increment):
            raise OrderRejected(
                33029,
                f"{name} {_plain(size)} is not a multiple of the size increment "
                f"{spec.size_increment}",
            )
        if size < spec.min_size:
            raise OrderRejected(
                33024, f"{name} {_plain(size)} is below the minimum size {spec.min_size}"
            )

    def _place(self, request: Mapping[str, Any]) -> _Order:
        unknown = sorted(set(request) - _ORDER_FIELDS)
        if unknown:
            raise InvalidParameter(unknown[0], "is not a field of an order")
        market = self._market(request.get("instrument_id"))
        spec = market.spec
        side = _choice(request.get("side"), "side", ("buy", "sell"), None)
        kind = _choice(request.get("type"), "type", ("limit", "market"), "limit")
        order_type = _choice(request.get("order_type"), "order_type", ("0", "1", "2", "3"), "0")
        margin = _choice(request.get("margin_trading"), "margin_trading", ("1", "2"), "1")
        if margin == "2":
            raise OrderRejected(33001, "Margin trading is not enabled for this market")
        if kind == "market" and order_type != "0":
            raise InvalidParameter("order_type", "market orders take only 0")
        client_oid = _text(request.get("client_oid"), "client_oid", required=False) or ""
        if client_oid and _CLIENT_OID.fullmatch(client_oid) is None:
            raise InvalidParameter(
                "client_oid", "1 to 32 letters and digits, starting with a letter"
            )
        previous = self._by_client_oid.get(client_oid)
        if previous is not None and previous.state in _OPEN_STATES:
            raise OrderRejected(33013, f"client_oid {client_oid} is in use by an open order")
        price = size = notional = None
        if kind == "limit":
            price = _required_amount(request.get("price"), "price")
            size = _required_amount(request.get("size"), "size")
            self._check_price(spec, price)
            self._check_size(spec, size)
            held = price * size if side == "buy" else size
        elif side == "buy":
            notional = _required_amount(request.get("notional"), "notional")
            best_ask = market.asks.best()
            if best_ask is not None and notional < spec.min_size * best_ask:
                raise OrderRejected(
                    33024,
                    f"notional {_plain(notional)} buys less than the minimum size {spec.min_size}",
                )
            held = notional
        else:
            size = _required_amount(request.get("size"), "size")
            self._check_size(spec, size)
            held = size
        hold_code = spec.quote_currency if side == "buy" else spec.base_currency
        purse = self._purse("spot", hold_code)
        if purse.available < held:
            raise InsufficientBalance(
                33017,
                f"Insufficient balance: {hold_code} available {_plain(purse.available)}, "
                f"needed {_plain(held)}",
            )
        purse.available -= held
        purse.hold += held
        order = _Order(
            order_id=str(next(self._order_ids)),
            client_oid=client_oid,
            market=market,
            side=side,
            kind=kind,
            order_type=order_type,
            price=price,
            size=size,
            notional=notional,
            created_at=self._now(),
            held=held,
        )
        self._remember(order)
        self._work(order)
        return order

    def _remember(self, order: _Order) -> None:
        self._orders[order.order_id] = order
        if order.client_oid:
            self._by_client_oid[order.client_oid] = order
        if len(self._orders) > _MAX_ROWS:
            for key in [k for k, o in self._orders.items() if o.state not in _OPEN_STATES][
                : len(self._orders) - _MAX_ROWS
            ]:
                gone = self._orders.pop(key)
                if self._by_client_oid.get(gone.client_oid) is gone:
                    del self._by_client_oid[gone.client_oid]

    def _cancel(self, order: _Order) -> None:
        if order.state == "2":
            raise OrderRejected(33026, f"Order {order.order_id} is already filled")
        if order.state not in _OPEN_STATES:
            raise OrderRejected(33027, f"Order {order.order_id} is cancelled or being cancelled")
        self._finish(order, "-1")

    def _amend(self, instrument_id: object, change: Mapping[str, Any]) -> _Order:
        market = self._market(instrument_id)
        cancel_on_fail = _choice(change.get("cancel_on_fail"), "cancel_on_fail", ("0", "1"), "0")
        order_id = _text(change.get("order_id"), "order_id", required=False)
        client_oid = _text(change.get("client_oid"), "client_oid", required=False)
        if order_id is None and client_oid is None:
            raise OrderRejected(33059, "client_oid or order_id is required")
        if order_id is not None and client_oid is not None:
            raise OrderRejected(33060, "Give either client_oid or order_id, not both")
        new_size = _amount(change.get("new_size"), "new_size", required=False)
        new_price = _amount(change.get("new_price"), "new_price", required=False)
        if new_size is None and new_price is None:
            raise MissingParameter("new_size or new_price")
        order = self._find(order_id or client_oid, market.spec.instrument_id)
        try:
            self._reprice(order, new_size, new_price)
        except ExchangeError:
            if cancel_on_fail == "1" and order.state in _OPEN_STATES:
                self._finish(order, "-1")
            raise
        return order

    def _reprice(self, order: _Order, new_size: Decimal | None, new_price: Decimal | None) -> None:
        """Changes an open limit order; it keeps its place only when it just shrinks."""
        if order.state == "2":
            raise OrderRejected(33026, f"Order {order.order_id} is already filled")
        if order.state not in _OPEN_STATES:
            raise OrderRejected(33027, f"Order {order.order_id} is cancelled or being cancelled")
        if order.kind != "limit" or order.price is None or order.size is None:
            raise OrderRejected(33020, "Only limit orders can be amended")
        spec = order.market.spec
        price = order.price if new_price is None else new_price
        size = order.size if new_size is None else new_size
        self._check_price(spec, price, "new_price")
        self._check_size(spec, size, "new_size")
        if size <= order.filled_size:
            raise InvalidParameter("new_size", "must be larger than the size already filled")
        remaining = size - order.filled_size
        needed = price * remaining if order.side == "buy" else remaining
        purse = self._purse("spot", order.hold_currency)
        extra = needed - order.held
        if extra > purse.available:
            raise InsufficientBalance(
                33017,
                f"Insufficient balance: {order.hold_currency} available "
                f"{_plain(purse.available)}, needed {_plain(extra)} more",
            )
        purse.available -= extra
        purse.hold += extra
        order.held = needed
        keeps_place = price == order.price and size <= order.size
        order.price, order.size = price, size
        if keeps_place and order.entry is not None:
            order.entry.size = remaining
            return
        if order.entry is not None:
            order.market.resting_side(order.side).remove(order.entry)
            order.entry = None
        self._work(order)

    # ==== routes: general ==============================================================

    @_synchronized
    def server_time(self) -> Row:
        """GET /api/general/v3/time"""
        millis = math.floor(self._now() * 1000 + 0.5)
        return {"iso": iso_time(millis / 1000), "epoch": f"{millis // 1000}.{millis % 1000:03d}"}

    # ==== routes: market data ==========================================================

    @_synchronized
    def list_instruments(self) -> list[Row]:
        """GET /api/spot/v3/instruments"""
        return [
            {
                "instrument_id": market.spec.instrument_id,
                "base_currency": market.spec.base_currency,
                "quote_currency": market.spec.quote_currency,
                "min_size": _plain(market.spec.min_size),
                "size_increment": _plain(market.spec.size_increment),
                "tick_size": _plain(market.spec.tick_size),
            }
            for market in self._markets.values()
        ]

    @_synchronized
    def get_order_book(
        self, instrument_id: object, size: object = None, depth: object = None
    ) -> Row:
        """GET /api/spot/v3/instruments/{instrument_id}/book: levels [price, size, orders]."""
        market = self._market(instrument_id)
        count = _count(size, "size", default=_BOOK_LEVELS, largest=_BOOK_LEVELS)
        step = _amount(depth, "depth", required=False)
        tick = market.spec.tick_size
        if step is not None and (step < tick or not _on_step(step, tick)):
            raise InvalidParameter("depth", f"must be a multiple of the tick size {tick}")
        return {
            "asks": self._levels(market, market.asks, count, step, ROUND_CEILING),
            "bids": self._levels(market, market.bids, count, step, ROUND_FLOOR),
            "timestamp": iso_time(self._now()),
        }

    @staticmethod
    def _levels(
        market: _Market, book: _Side, count: int, step: Decimal | None, rounding: str
    ) -> list[list[str]]:
        merged: dict[Decimal, tuple[Decimal, int]] = {}
        for price in book.prices():
            bucket = price if step is None else _to_step(price, step, rounding)
            if bucket not in merged and len(merged) == count:
                break
            size, orders = book.level(price)
            held_size, held_orders = merged.get(bucket, (_ZERO, 0))
            merged[bucket] = (held_size + size, held_orders + orders)
        return [
            [market.price_text(price), market.size_text(size), str(orders)]
            for price, (size, orders) in merged.items()
        ]

    @_synchronized
    def get_ticker(self, instrument_id: object) -> Row:
        """GET /api/spot/v3/instruments/{instrument_id}/ticker"""
        return self._ticker(self._market(instrument_id))

    @_synchronized
    def list_tickers(self) -> list[Row]:
        """GET /api/spot/v3/instruments/ticker"""
        return [self._ticker(market) for market in self._markets.values()]

    def _ticker(self, market: _Market) -> Row:
        now = self._now()
        minute = math.floor(now / 60)
        day = market.history.bar(minute - _DAY + 1, minute + 1)
        assert day is not None  # the history starts weeks before any 24 hours asked about
        last = market.history.last_price
        best_bid = market.bids.best() or last
        best_ask = market.asks.best() or last
        bid = market.price_text(best_bid)
        ask = market.price_text(best_ask)
        return {
            "instrument_id": market.spec.instrument_id,
            "product_id": market.spec.instrument_id,
            "last": market.price_text(last),
            "last_qty": market.size_text(market.last_size),
            "best_bid": bid,
            "best_bid_size": market.size_text(market.bids.level(best_bid)[0]),
            "best_ask": ask,
            "best_ask_size": market.size_text(market.asks.level(best_ask)[0]),
            "bid": bid,
            "ask": ask,
            "open_24h": market.price_text(day.open),
            "high_24h": market.price_text(day.high),
            "low_24h": market.price_text(day.low),
            "base_volume_24h": market.size_text(day.volume),
            "quote_volume_24h": _plain(day.quote_volume),
            "timestamp": iso_time(now),
        }

    @_synchronized
    def list_trades(self, instrument_id: object, limit: object = None) -> list[Row]:
        """GET /api/spot/v3/instruments/{instrument_id}/trades: newest first."""
        market = self._market(instrument_id)
        count = _count(limit, "limit", default=_MAX_TRADES, largest=_MAX_TRADES)
        return [dict(row) for row in reversed(market.trades)][:count]

    @_synchronized
    def get_candles(
        self,
        instrument_id: object,
        granularity: object = None,
        start: object = None,
        end: object = None,
    ) -> list[list[str]]:
        """GET /api/spot/v3/instruments/{instrument_id}/candles: newest first."""
        market = self._market(instrument_id)
        seconds = 60
        if granularity is not None and granularity != "":
            try:
                seconds = int(str(granularity).strip())
            except ValueError:
                seconds = -1
            if seconds not in _GRANULARITIES:
                raise InvalidParameter(
                    "granularity", f"must be one of {', '.join(map(str, _GRANULARITIES))}"
                )
        first, last = _parse_time(start, "start"), _parse_time(end, "end")
        if first is not None and last is not None and last < first:
            raise InvalidParameter("end", "must not be before start")
        return market.history.candles(seconds, self._now(), first, last)

    # ==== routes: spot account =========================================================

    @_synchronized
    def list_spot_accounts(self) -> list[Row]:
        """GET /api/spot/v3/accounts"""
        return [self._spot_row(code) for code in self._currencies]

    @_synchronized
    def get_spot_account(self, currency: object) -> Row:
        """GET /api/spot/v3/accounts/{currency}"""
        return self._spot_row(self._currency(currency).currency)

    @_synchronized
    def list_spot_ledger(
        self,
        currency: object,
        after: object = None,
        before: object = None,
        limit: object = None,
        type: object = None,
    ) -> list[Row]:
        """GET /api/spot/v3/accounts/{currency}/ledger: newest first, paged by ledger_id."""
        code = self._currency(currency).currency
        kind = _text(type, "type", required=False)
        bills = [
            bill
            for bill in reversed(self._spot_bills)
            if bill.currency == code and (kind is None or bill.kind == kind)
        ]
        return [bill.row() for bill in _page(bills, lambda b: b.ledger_id, after, before, limit)]

    # ==== routes: spot orders ==========================================================

    @_synchronized
    def place_order(
        self,
        instrument_id: object = None,
        side: object = None,
        type: object = None,
        client_oid: object = None,
        order_type: object = None,
        price: object = None,
        size: object = None,
        notional: object = None,
        margin_trading: object = None,
    ) -> Row:
        """POST /api/spot/v3/orders: a limit order rests or matches, a market order executes
        at once (a buy spends `notional`, a sell sells `size`)."""
        request = {
            "instrument_id": instrument_id,
            "side": side,
            "type": type,
            "client_oid": client_oid,
            "order_type": order_type,
            "price": price,
            "size": size,
            "notional": notional,
            "margin_trading": margin_trading,
        }
        return _order_result(self._place(request))

    @_synchronized
    def place_orders(self, orders: object) -> dict[str, list[Row]]:
        """POST /api/spot/v3/batch_orders: results keyed by lower-case instrument id; a
        refused order says so in its own result."""
        requests = _mappings(orders, "orders")
        _check_batch(requests)
        grouped: dict[str, list[Row]] = {}
        for request in requests:
            key = str(request.get("instrument_id") or "").lower()
            try:
                outcome = _order_result(self._place(request))
            except ExchangeError as error:
                outcome = _order_result(
                    None, error, client_oid=str(request.get("client_oid") or "")
                )
            grouped.setdefault(key, []).append(outcome)
        return grouped

    @_synchronized
    def cancel_order(self, order_id_or_client_oid: object, instrument_id: object = None) -> Row:
        """POST /api/spot/v3/cancel_orders/{order_id_or_client_oid}"""
        order = self._find(order_id_or_client_oid, instrument_id)
        self._cancel(order)
        return _order_result(order)

    @_synchronized
    def cancel_orders(self, requests: object) -> dict[str, list[Row]]:
        """POST /api/spot/v3/cancel_batch_orders: one entry per instrument with order_ids or
        client_oids; results keyed by lower-case instrument id."""
        entries = _mappings(requests, "body")
        if len(entries) > 4:
            raise InvalidParameter("body", "at most 4 instruments per request")
        grouped: dict[str, list[Row]] = {}
        for entry in entries:
            instrument = _required_text(entry.get("instrument_id"), "instrument_id")
            order_ids = _strings(entry.get("order_ids"), "order_ids")
            client_oids = _strings(entry.get("client_oids"), "client_oids")
            if not order_ids and not client_oids:
                raise OrderRejected(33059, "client_oid or order_id is required")
            if order_ids and client_oids:
                raise OrderRejected(33060, "Give either client_oids or order_ids, not both")
            keys = order_ids or client_oids
            if len(keys) > 10:
                raise InvalidParameter("order_ids", "at most 10 orders per instrument")
            outcomes = grouped.setdefault(instrument.lower(), [])
            for key in keys:
                try:
                    order = self._find(key, instrument)
                    self._cancel(order)
                    outcomes.append(_order_result(order))
                except ExchangeError as error:
                    named = {"client_oid": key} if client_oids else {"order_id": key}
                    outcomes.append(_order_result(None, error, **named))
        return grouped

    @_synchronized
    def amend_order(
        self,
        instrument_id: object,
        cancel_on_fail: object = None,
        order_id: object = None,
        client_oid: object = None,
        request_id: object = None,
        new_size: object = None,
        new_price: object = None,
    ) -> Row:
        """POST /api/spot/v3/amend_order/{instrument_id}"""
        change = {
            "cancel_on_fail": cancel_on_fail,
            "order_id": order_id,
            "client_oid": client_oid,
            "new_size": new_size,
            "new_price": new_price,
        }
        order = self._amend(instrument_id, change)
        return _order_result(order, request_id=str(request_id or ""))

    @_synchronized
    def amend_orders(self, changes: object) -> dict[str, list[Row]]:
        """POST /api/spot/v3/amend_batch_orders: results keyed by lower-case instrument id."""
        requests = _mappings(changes, "body")
        _check_batch(requests)
        grouped: dict[str, list[Row]] = {}
        for change in requests:
            instrument = str(change.get("instrument_id") or "")
            request_id = str(change.get("request_id") or "")
            try:
                outcome = _order_result(self._amend(instrument, change), request_id=request_id)
            except ExchangeError as error:
                outcome = _order_result(None, error, request_id=request_id)
            grouped.setdefault(instrument.lower(), []).append(outcome)
        return grouped

    @_synchronized
    def get_order(self, order_id_or_client_oid: object, instrument_id: object = None) -> Row:
        """GET /api/spot/v3/orders/{order_id_or_client_oid}"""
        return self._order_row(self._find(order_id_or_client_oid, instrument_id))

    @_synchronized
    def list_orders(
        self,
        instrument_id: object,
        state: object,
        after: object = None,
        before: object = None,
        limit: object = None,
    ) -> list[Row]:
        """GET /api/spot/v3/orders: newest first, paged by order_id; state 6 is every open
        order (0 and 1), 7 every finished one (-1 and 2)."""
        market = self._market(instrument_id)
        code = _choice(state, "state", _ORDER_STATES, None)
        return self._orders_in(
            market, _STATE_GROUPS.get(code, frozenset({code})), after, before, limit
        )

    @_synchronized
    def list_pending_orders(
        self,
        instrument_id: object,
        after: object = None,
        before: object = None,
        limit: object = None,
    ) -> list[Row]:
        """GET /api/spot/v3/orders_pending: open and partly filled orders, newest first."""
        return self._orders_in(self._market(instrument_id), _OPEN_STATES, after, before, limit)

    def _orders_in(
        self, market: _Market, states: frozenset[str], after: object, before: object, limit: object
    ) -> list[Row]:
        chosen = [
            order
            for order in reversed(self._orders.values())
            if order.market is market and order.state in states
        ]
        page = _page(chosen, lambda order: int(order.order_id), after, before, limit)
        return [self._order_row(order) for order in page]

    @_synchronized
    def list_fills(
        self,
        instrument_id: object,
        order_id: object = None,
        after: object = None,
        before: object = None,
        limit: object = None,
    ) -> list[Row]:
        """GET /api/spot/v3/fills: two rows per trade (one per currency), newest first,
        paged by ledger_id."""
        market = self._market(instrument_id)
        wanted = _text(order_id, "order_id", required=False)
        if wanted is not None:
            order = self._orders.get(wanted)
            if order is None or order.market is not market:
                raise UnknownOrder(wanted)
        rows = [
            row
            for row in reversed(self._fills)
            if row["instrument_id"] == market.spec.instrument_id
            and (wanted is None or row["order_id"] == wanted)
        ]
        return [
            dict(row) for row in _page(rows, lambda r: int(r["ledger_id"]), after, before, limit)
        ]

    @_synchronized
    def get_trade_fee(self, category: object = None, instrument_id: object = None) -> Row:
        """GET /api/spot/v3/trade_fee"""
        if instrument_id is not None and instrument_id != "":
            self._market(instrument_id)
        return {
            "category": str(category or "1"),
            "maker": _plain(self.maker_fee),
            "taker": _plain(self.taker_fee),
            "timestamp": iso_time(self._now()),
        }

    # ==== routes: funding account ======================================================

    @_synchronized
    def list_currencies(self) -> list[Row]:
        """GET /api/account/v3/currencies"""
        return [
            {
                "currency": spec.currency,
                "name": spec.name,
                "can_deposit": "1" if spec.can_deposit else "0",
                "can_withdraw": "1" if spec.can_withdraw else "0",
                "min_withdrawal": _fixed(spec.min_withdrawal, 16),
            }
            for spec in self._currencies.values()
        ]

    @_synchronized
    def list_wallet(self) -> list[Row]:
        """GET /api/account/v3/wallet"""
        return [self._wallet_row(code) for code in self._currencies]

    @_synchronized
    def get_wallet(self, currency: object) -> list[Row]:
        """GET /api/account/v3/wallet/{currency}: a list of one row, as v3 answers."""
        return [self._wallet_row(self._currency(currency).currency)]

    @_synchronized
    def transfer(
        self,
        currency: object,
        amount: object,
        from_account: object,
        to_account: object,
        type: object = None,
        sub_account: object = None,
        instrument_id: object = None,
        to_instrument_id: object = None,
    ) -> Row:
        """POST /api/account/v3/transfer between spot (1) and funding (6)."""
        code = self._currency(currency).currency
        value = _decimal(amount, "amount")
        assert value is not None
        if value <= 0:
            raise FundingRejected(34010, "Transfer amount must be larger than 0")
        source = _choice(from_account, "from", ("0", "1", "5", "6"), None)
        target = _choice(to_account, "to", ("0", "1", "5", "6"), None)
        kind = _choice(type, "type", ("0", "1", "2"), "0")
        if kind != "0" or "0" in (source, target) or sub_account:
            raise FundingRejected(34015, "Sub-account does not exist")
        if "5" in (source, target):
            raise OrderRejected(33001, "Margin account for this pair is not enabled yet")
        if source == target:
            raise InvalidParameter("to", "must differ from from")
        giver = self._purse(_ACCOUNT_CODES[source], code)
        if giver.available < value:
            raise InsufficientBalance(
                34008,
                f"Insufficient balance: {code} available {_plain(giver.available)}, "
                f"needed {_plain(value)}",
            )
        now = self._now()
        giver.available -= value
        self._purse(_ACCOUNT_CODES[target], code).available += value
        to_spot = target == "1"
        if to_spot:
            self._funding_bill(code, -value, _ZERO, _BILL_TO_SPOT, now)
            self._spot_bill(code, value, _ZERO, "transfer", None, now)
        else:
            self._spot_bill(code, -value, _ZERO, "transfer", None, now)
            self._funding_bill(code, value, _ZERO, _BILL_FROM_SPOT, now)
        return {
            "transfer_id": str(next(self._transfer_ids)),
            "currency": code,
            "from": source,
            "amount": _plain(value),
            "to": target,
            "result": True,
        }

    @_synchronized
    def withdraw(
        self,
        currency: object,
        amount: object,
        destination: object,
        to_address: object,
        fee: object,
        trade_pwd: object = None,
        chain: object = None,
        reason: object = None,
        usage_agreement: object = None,
    ) -> Row:
        """POST /api/account/v3/withdrawal: debits amount + fee from the funding account."""
        spec = self._currency(currency)
        value = _required_amount(amount, "amount")
        where = _choice(destination, "destination", ("2", "3", "4"), None)
        address = _required_text(to_address, "to_address")
        charge = _decimal(fee, "fee")
        assert charge is not None
        if charge < 0:
            raise InvalidParameter("fee", "must not be negative")
        code = spec.currency
        if not spec.can_withdraw:
            raise FundingRejected(34003, f"{code} cannot be withdrawn at the moment")
        if value < spec.min_withdrawal:
            raise FundingRejected(
                34006, f"Withdrawal amount is lower than the minimum {_plain(spec.min_withdrawal)}"
            )
        least = spec.min_fee if where == "4" else _ZERO
        if charge < least:
            raise FundingRejected(34004, f"Withdrawal fee is smaller than {_plain(least)}")
        if charge > spec.max_fee:
            raise FundingRejected(34005, f"Withdrawal fee exceeds {_plain(spec.max_fee)}")
        purse = self._purse("funding", code)
        if purse.available < value + charge:
            raise InsufficientBalance(
                34008,
                f"Insufficient balance: {code} available {_plain(purse.available)}, "
                f"needed {_plain(value + charge)}",
            )
        now = self._now()
        purse.available -= value + charge
        withdrawal = _Withdrawal(
            next(self._withdrawal_ids), spec, value, charge, where, address, now
        )
        self._withdrawals.append(withdrawal)
        _trim(self._withdrawals)
        self._funding_bill(code, -value, -charge, _BILL_WITHDRAWAL, now)
        return {
            "amount": _plain(value),
            "withdrawal_id": str(withdrawal.withdrawal_id),
            "currency": code.lower(),
            "result": True,
        }

    @_synchronized
    def list_withdrawal_fees(self, currency: object = None) -> list[Row]:
        """GET /api/account/v3/withdrawal/fee"""
        specs = (
            [self._currency(currency)]
            if currency not in (None, "")
            else [spec for spec in self._currencies.values() if spec.can_withdraw]
        )
        return [
            {
                "currency": spec.currency,
                "min_fee": _plain(spec.min_fee),
                "max_fee": _plain(spec.max_fee),
            }
            for spec in specs
        ]

    @_synchronized
    def list_withdrawals(self, currency: object = None) -> list[Row]:
        """GET /api/account/v3/withdrawal/history[/{currency}]: newest first, at most 100."""
        code = None if currency in (None, "") else self._currency(currency).currency
        now = self._now()
        return [
            withdrawal.row(now, self._seed)
            for withdrawal in reversed(self._withdrawals)
            if code is None or withdrawal.currency.currency == code
        ][:100]

    @_synchronized
    def list_deposits(self, currency: object = None) -> list[Row]:
        """GET /api/account/v3/deposit/history[/{currency}]: newest first, at most 100."""
        code = None if currency in (None, "") else self._currency(currency).currency
        now = self._now()
        return [
            deposit.row(now)
            for deposit in reversed(self._deposits)
            if code is None or deposit.currency == code
        ][:100]

    @_synchronized
    def list_deposit_addresses(self, currency: object) -> list[Row]:
        """GET /api/account/v3/deposit/address"""
        spec = self._currency(currency)
        if not spec.can_deposit:
            raise InvalidParameter("currency", f"{spec.currency} takes no coin deposits")
        return [{"address": self._deposit_address(spec), "currency": spec.currency.lower()}]

    def _deposit_address(self, spec: CurrencySpec) -> str:
        return _address(spec.address_style, f"{self._seed}|deposit|{spec.currency}")

    @_synchronized
    def list_funding_ledger(
        self,
        currency: object = None,
        type: object = None,
        after: object = None,
        before: object = None,
        limit: object = None,
    ) -> list[Row]:
        """GET /api/account/v3/ledger: newest first, paged by ledger_id; `type` is the bill
        code (1 deposit, 2 withdrawal, 13 cancelled withdrawal, 37 to spot, 38 from spot)."""
        code = None if currency in (None, "") else self._currency(currency).currency
        kind = _text(type, "type", required=False)
        bills = [
            bill
            for bill in reversed(self._funding_bills)
            if (code is None or bill.currency == code) and (kind is None or bill.type_code == kind)
        ]
        return [bill.row() for bill in _page(bills, lambda b: b.ledger_id, after, before, limit)]

    @_synchronized
    def get_asset_valuation(
        self, account_type: object = None, valuation_currency: object = None
    ) -> Row:
        """GET /api/account/v3/asset-valuation: holdings valued at the markets' last prices."""
        kind = _choice(account_type, "account_type", ("0", "1", "5", "6"), "0")
        target = self._currency(valuation_currency or "BTC").currency
        rate = self._usd_value(target)
        if rate is None or rate == 0:
            raise InvalidParameter("valuation_currency", f"{target} has no price here")
        accounts = {"0": ("spot", "funding"), "1": ("spot",), "5": (), "6": ("funding",)}[kind]
        total = _ZERO
        for account in accounts:
            for code, purse in self._accounts[account].items():
                price = self._usd_value(code)
                if price is not None:
                    total += purse.balance * price
        return {
            "account_type": kind,
            "balance": _plain((total / rate).quantize(_FEE_STEP)),
            "valuation_currency": target,
            "timestamp": iso_time(self._now()),
        }

    def _usd_value(self, code: str, depth: int = 0) -> Decimal | None:
        if code == "USD":
            return Decimal(1)
        if depth > 3:
            return None
        for quote in ("USD", "USDT", "BTC"):
            market = self._markets.get(f"{code}-{quote}")
            if market is not None:
                quote_value = self._usd_value(quote, depth + 1)
                if quote_value is not None:
                    return market.history.last_price * quote_value
        return None

    # ==== test helpers =================================================================

    @_synchronized
    def now(self) -> float:
        """The exchange's time: the clock plus whatever `advance_time` added."""
        return self._now()

    @_synchronized
    def advance_time(self, seconds: float) -> None:
        """Moves time forward: withdrawals progress, pending deposits are credited, and where
        other traders' liquidity was taken it is laid out afresh around the market's price."""
        if not seconds >= 0:
            raise ValueError("seconds must be 0 or more")
        self._offset += float(seconds)
        self._settle_due()
        for market in self._markets.values():
            if market.consumed:
                self._recenter(market, market.mid)

    @_synchronized
    def seed_balance(
        self, currency: str, amount: Decimal | str | int, *, account: str = "spot"
    ) -> None:
        """Sets the available amount of a currency in the spot or funding account (holds stay);
        no ledger row is written, as for a balance that was there from the start."""
        if account not in ("spot", "funding"):
            raise ValueError("account must be 'spot' or 'funding'")
        try:
            value = Decimal(amount)
        except InvalidOperation:
            raise ValueError(f"amount {amount!r} is not a decimal") from None
        if not value.is_finite() or value < 0:
            raise ValueError("amount must be a finite decimal, 0 or more")
        self._purse(account, self._currency(currency).currency).available = value

    @_synchronized
    def balance(self, currency: str, *, account: str = "spot") -> Balance:
        """A currency's available and held amounts in the spot or funding account."""
        if account not in ("spot", "funding"):
            raise ValueError("account must be 'spot' or 'funding'")
        code = self._currency(currency).currency
        purse = self._purse(account, code)
        return Balance(code, purse.available, purse.hold)

    @_synchronized
    def mid_price(self, instrument_id: str) -> Decimal:
        """The price the market's book is laid out around."""
        return self._market(instrument_id).mid

    @_synchronized
    def last_price(self, instrument_id: str) -> Decimal:
        """The price of the market's last trade."""
        return self._market(instrument_id).history.last_price

    @_synchronized
    def set_price(self, instrument_id: str, price: Decimal | str | int) -> None:
        """Moves the market to `price` (rounded to the tick): the user's resting orders it
        crosses fill at their own prices as makers, the book is laid out around the new
        price and a trade prints there."""
        market = self._market(instrument_id)
        target = _required_amount(price, "price")
        target = max(market.spec.tick_size, _to_step(target, market.spec.tick_size))
        side = "buy" if target >= market.history.last_price else "sell"
        self._recenter(market, target)
        units = max(
            int(market.spec.min_size / market.spec.size_increment),
            int(
                float(market.spec.level_size / market.spec.size_increment)
                * market.rng.uniform(0.05, 0.3)
            ),
        )
        self._public_trade(
            market,
            str(next(self._trade_ids)),
            target,
            units * market.spec.size_increment,
            side,
            self._now(),
        )

    @_synchronized
    def move_price(self, instrument_id: str, percent: Decimal | str | int) -> Decimal:
        """Moves the market by `percent` of its mid price (negative moves down), as
        `set_price` does; returns the new price."""
        market = self._market(instrument_id)
        change = _decimal(percent, "percent")
        assert change is not None
        self.set_price(instrument_id, market.mid * (1 + change / 100))
        return market.mid

    @_synchronized
    def trade_against_book(
        self, instrument_id: str, side: str, size: Decimal | str | int
    ) -> list[Row]:
        """Another trader takes `size` with a market order of `side`: levels are consumed
        best price first, the user's resting orders among them fill as makers. Returns the
        trades, as the public trade list shows them."""
        market = self._market(instrument_id)
        taker_side = _choice(side, "side", ("buy", "sell"), None)
        amount = _required_amount(size, "size")
        amount = _to_step(amount, market.spec.size_increment, ROUND_FLOOR)
        if amount <= 0:
            raise ValueError(f"size must be at least {market.spec.size_increment}")
        _, trades = self._sweep(
            market, taker_side, limit=None, size=amount, notional=None, taker=None
        )
        market.mid = market.history.last_price
        self._refill(market)
        return trades

    @_synchronized
    def order(self, order_id_or_client_oid: str) -> Row:
        """An order of any market by id or client_oid, as `get_order` answers it."""
        key = _required_text(order_id_or_client_oid, "order_id_or_client_oid")
        order = self._orders.get(key) or self._by_client_oid.get(key)
        if order is None:
            raise UnknownOrder(key)
        return self._order_row(order)

    @_synchronized
    def fill_order(
        self, order_id_or_client_oid: str, size: Decimal | str | int | None = None
    ) -> Row:
        """Another trader takes `size` (default: all that is left) of a resting order of the
        user at its price, without moving the market. Returns the order."""
        key = _required_text(order_id_or_client_oid, "order_id_or_client_oid")
        order = self._orders.get(key) or self._by_client_oid.get(key)
        if order is None:
            raise UnknownOrder(key)
        if order.entry is None:
            raise ValueError(f"order {key} is not resting on the book")
        amount = order.remaining if size is None else _required_amount(size, "size")
        amount = min(amount, order.remaining)
        market = order.market
        if not _on_step(amount, market.spec.size_increment):
            raise ValueError(f"size must be a multiple of {market.spec.size_increment}")
        taker_side = "sell" if order.side == "buy" else "buy"
        self._hit(market, market.resting_side(order.side), order.entry, amount, taker_side, None)
        return self._order_row(order)

    @_synchronized
    def inject_deposit(
        self,
        currency: str,
        amount: Decimal | str | int,
        *,
        pending_seconds: float = 0.0,
    ) -> str:
        """A coin deposit arrives: it shows in the deposit history at once (status 0 while
        `pending_seconds` run), is credited to the funding account (status 1) and settles
        (status 2) later. Returns the deposit id."""
        spec = self._currency(currency)
        if not spec.can_deposit:
            raise ValueError(f"{spec.currency} takes no coin deposits")
        value = _required_amount(amount, "amount")
        if not pending_seconds >= 0:
            raise ValueError("pending_seconds must be 0 or more")
        now = self._now()
        deposit_id = next(self._deposit_ids)
        deposit = _Deposit(
            deposit_id,
            spec.currency,
            value,
            self._deposit_address(spec),
            _txid(spec.address_style, f"{self._seed}|deposit|{deposit_id}"),
            now,
            now + float(pending_seconds),
        )
        self._deposits.append(deposit)
        _trim(self._deposits)
        if pending_seconds > 0:
            self._uncredited.append(deposit)
        else:
            self._credit(deposit)
        return str(deposit_id)

    def _credit(self, deposit: _Deposit) -> None:
        self._purse("funding", deposit.currency).available += deposit.amount
        deposit.credited = True
        self._funding_bill(
            deposit.currency, deposit.amount, _ZERO, _BILL_DEPOSIT, deposit.credit_at
        )

    @_synchronized
    def fail_withdrawal(self, withdrawal_id: str, *, cancelled: bool = False) -> None:
        """A withdrawal not yet sent fails (status -1) or is cancelled (-2); amount and fee
        return to the funding account."""
        found = [w for w in self._withdrawals if str(w.withdrawal_id) == str(withdrawal_id)]
        if not found:
            raise ValueError(f"no withdrawal {withdrawal_id}")
        withdrawal = found[0]
        if withdrawal.status(self._now()) not in ("0", "1"):
            raise ValueError(f"withdrawal {withdrawal_id} has already ended")
        withdrawal.ended = "-2" if cancelled else "-1"
        code = withdrawal.currency.currency
        self._purse("funding", code).available += withdrawal.amount + withdrawal.fee
        self._funding_bill(
            code, withdrawal.amount, withdrawal.fee, _BILL_CANCEL_WITHDRAWAL, self._now()
        )

    # ==== dispatch by operationId ======================================================

    @_synchronized
    def handle(
        self, operation_id: str, params: Mapping[str, Any] | None = None, body: Json = None
    ) -> Routed:
        """Answers one route of the spec by its operationId. `params` holds the path and
        query parameters; `body` the JSON body (an object's keys join the parameters).
        Paged routes get OK-BEFORE / OK-AFTER headers with the cursors of their page."""
        route = _ROUTES.get(operation_id)
        if route is None:
            raise KeyError(f"the exchange does not serve {operation_id}")
        args: dict[str, Any] = dict(params or {})
        if isinstance(body, Mapping):
            args.update(body)
        answer = route(self, args, body)
        cursor = _CURSORS.get(operation_id)
        headers: dict[str, str] = {}
        if cursor is not None and isinstance(answer, list) and answer:
            headers = {"OK-BEFORE": str(answer[0][cursor]), "OK-AFTER": str(answer[-1][cursor])}
        return Routed(answer, headers)


def _mappings(value: object, name: str) -> list[Mapping[str, Any]]:
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise InvalidParameter(name, "must be a list of objects")
    items = list(value)
    if not all(isinstance(item, Mapping) for item in items):
        raise InvalidParameter(name, "must be a list of objects")
    return items


def _strings(value: object, name: str) -> list[str]:
    if value is None or value == "":
        return []
    if not isinstance(value, Sequence) or isinstance(value, (str, bytes)):
        raise InvalidParameter(name, "must be a list of strings")
    return [str(item) for item in value]


def _check_batch(requests: Sequence[Mapping[str, Any]]) -> None:
    """At most 4 instruments with at most 10 requests each, as v3 allows."""
    counts: dict[str, int] = {}
    for request in requests:
        key = str(request.get("instrument_id") or "").lower()
        counts[key] = counts.get(key, 0) + 1
    if len(counts) > 4:
        raise InvalidParameter("body", "at most 4 instruments per request")
    if any(count > 10 for count in counts.values()):
        raise InvalidParameter("body", "at most 10 orders per instrument")


_Route = Callable[[Exchange, dict[str, Any], Json], Json]

# operationId (specs/okcoin-v3.yaml) -> how the exchange answers it.
_ROUTES: dict[str, _Route] = {
    "general_get_server_time": lambda ex, a, b: ex.server_time(),
    "spot_list_instruments": lambda ex, a, b: ex.list_instruments(),
    "spot_get_order_book": lambda ex, a, b: ex.get_order_book(
        a.get("instrument_id"), a.get("size"), a.get("depth")
    ),
    "spot_list_tickers": lambda ex, a, b: ex.list_tickers(),
    "spot_get_ticker": lambda ex, a, b: ex.get_ticker(a.get("instrument_id")),
    "spot_list_trades": lambda ex, a, b: ex.list_trades(a.get("instrument_id"), a.get("limit")),
    "spot_get_candles": lambda ex, a, b: ex.get_candles(
        a.get("instrument_id"), a.get("granularity"), a.get("start"), a.get("end")
    ),
    "spot_list_accounts": lambda ex, a, b: ex.list_spot_accounts(),
    "spot_get_account": lambda ex, a, b: ex.get_spot_account(a.get("currency")),
    "spot_list_ledger": lambda ex, a, b: ex.list_spot_ledger(
        a.get("currency"), a.get("after"), a.get("before"), a.get("limit"), a.get("type")
    ),
    "spot_place_order": lambda ex, a, b: ex.place_order(
        **{key: a.get(key) for key in _ORDER_FIELDS}
    ),
    "spot_place_orders": lambda ex, a, b: ex.place_orders(b),
    "spot_cancel_order": lambda ex, a, b: ex.cancel_order(
        a.get("order_id_or_client_oid"), a.get("instrument_id")
    ),
    "spot_cancel_orders": lambda ex, a, b: ex.cancel_orders(b),
    "spot_amend_order": lambda ex, a, b: ex.amend_order(
        a.get("instrument_id"),
        a.get("cancel_on_fail"),
        a.get("order_id"),
        a.get("client_oid"),
        a.get("request_id"),
        a.get("new_size"),
        a.get("new_price"),
    ),
    "spot_amend_orders": lambda ex, a, b: ex.amend_orders(b),
    "spot_get_order": lambda ex, a, b: ex.get_order(
        a.get("order_id_or_client_oid"), a.get("instrument_id")
    ),
    "spot_list_orders": lambda ex, a, b: ex.list_orders(
        a.get("instrument_id"), a.get("state"), a.get("after"), a.get("before"), a.get("limit")
    ),
    "spot_list_pending_orders": lambda ex, a, b: ex.list_pending_orders(
        a.get("instrument_id"), a.get("after"), a.get("before"), a.get("limit")
    ),
    "spot_list_fills": lambda ex, a, b: ex.list_fills(
        a.get("instrument_id"), a.get("order_id"), a.get("after"), a.get("before"), a.get("limit")
    ),
    "spot_get_trade_fee": lambda ex, a, b: ex.get_trade_fee(
        a.get("category"), a.get("instrument_id")
    ),
    "account_list_currencies": lambda ex, a, b: ex.list_currencies(),
    "account_list_wallet": lambda ex, a, b: ex.list_wallet(),
    "account_get_wallet": lambda ex, a, b: ex.get_wallet(a.get("currency")),
    "account_transfer": lambda ex, a, b: ex.transfer(
        a.get("currency"),
        a.get("amount"),
        a.get("from"),
        a.get("to"),
        a.get("type"),
        a.get("sub_account"),
        a.get("instrument_id"),
        a.get("to_instrument_id"),
    ),
    "account_withdraw": lambda ex, a, b: ex.withdraw(
        a.get("currency"),
        a.get("amount"),
        a.get("destination"),
        a.get("to_address"),
        a.get("fee"),
        a.get("trade_pwd"),
        a.get("chain"),
        a.get("reason"),
        a.get("usage_agreement"),
    ),
    "account_list_withdrawal_fees": lambda ex, a, b: ex.list_withdrawal_fees(a.get("currency")),
    "account_list_withdrawals": lambda ex, a, b: ex.list_withdrawals(),
    "account_list_currency_withdrawals": lambda ex, a, b: ex.list_withdrawals(
        _required_text(a.get("currency"), "currency")
    ),
    "account_list_ledger": lambda ex, a, b: ex.list_funding_ledger(
        a.get("currency"), a.get("type"), a.get("after"), a.get("before"), a.get("limit")
    ),
    "account_list_deposit_addresses": lambda ex, a, b: ex.list_deposit_addresses(a.get("currency")),
    "account_get_asset_valuation": lambda ex, a, b: ex.get_asset_valuation(
        a.get("account_type"), a.get("valuation_currency")
    ),
    "account_list_deposits": lambda ex, a, b: ex.list_deposits(),
    "account_list_currency_deposits": lambda ex, a, b: ex.list_deposits(
        _required_text(a.get("currency"), "currency")
    ),
}

# Paged routes and the row field their cursors come from.
_CURSORS: dict[str, str] = {
    "spot_list_orders": "order_id",
    "spot_list_pending_orders": "order_id",
    "spot_list_fills": "ledger_id",
    "spot_list_ledger": "ledger_id",
    "account_list_ledger": "ledger_id",
}

OPERATIONS: frozenset[str] = frozenset(_ROUTES)
