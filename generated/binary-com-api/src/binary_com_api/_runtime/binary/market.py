"""The trading state behind the Binary.com simulator: prices, accounts and contracts.

Pure logic, no I/O: the simulator's server turns requests into calls here and sends back the
dicts these methods return. Each method returns the result fields of one API reply (for
example `{"buy": {...}}` or `{"candles": [...], "pip_size": 2}`), shaped as the call's
response schema defines them, so the server only adds `echo_req`, `msg_type` and `req_id`.

Every symbol has one price series, a function of the epoch second: a seeded random walk, so
ticks, `ticks_history` (ticks or candles), `active_symbols` spots and contract settlement all
read the same quotes. Money is Decimal inside and becomes a JSON number only in the replies.
Time comes from an injectable clock (epoch seconds) plus an offset that tests advance.

Which method serves which call (all on `Market`):

    active_symbols          active_symbols(kind, contract_types=)
    authorize               authorize(loginid, linked=)  (the account part of the reply)
    balance                 balance(loginid, accounts=, stream_id=); stream: add_listener/subscribe
    buy                     buy(loginid, proposal_id or "1", price, parameters=, app_id=)
    portfolio               portfolio(loginid, contract_types=)
    profit_table            profit_table(loginid, contract_types=, date_from=, date_to=, ...)
    proposal                proposal(parameters, loginid=); updates: reprice(id)
    proposal_open_contract  proposal_open_contract(loginid, contract_id); open_contract_ids()
    sell                    sell(loginid, contract_id, price)
    statement               statement(loginid, action_type=, date_from=, date_to=, ...)
    ticks                   tick(symbol, stream_id=); updates: ticks_after(symbol, epoch)
    ticks_history           ticks_history(symbol, end=, start=, count=, style=, granularity=)
                            updates: ticks_after (style ticks), ohlc (style candles)
    transaction             stream: add_listener/subscribe; transactions(loginid)
    test helpers            open_account, seed_balance, deposit, withdraw, set_price,
                            move_price, advance_time, spot, now
"""

from __future__ import annotations

import calendar
import datetime
import heapq
import math
import random
import threading
import time
import uuid
from array import array
from collections import OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import accumulate
from typing import Any

__all__ = [
    "ContractCreationFailure",
    "EventQueue",
    "InputValidationFailed",
    "InsufficientBalance",
    "InvalidContractProposal",
    "InvalidSellContractProposal",
    "InvalidSymbol",
    "Market",
    "MarketError",
    "MarketEvent",
    "MarketIsClosed",
    "PriceMoved",
    "SymbolSpec",
    "UnknownAccount",
]

Json = Any
Body = dict[str, Json]

_YEAR = 365 * 86400
_HOUR = 3600
_DAY = 86400
_WEEK_HOURS = 168
_MAX_HISTORY_COUNT = 5000
_MAX_STATEMENT_LIMIT = 999
_MAX_PROFIT_TABLE_LIMIT = 500
_MAX_PROPOSALS = 10_000
_MAX_TICKS_PER_CALL = 1000
_HOUR_CACHE_SIZE = 256
_SUMMARY_CACHE_SIZE = 100_000
_WEEK_CACHE_SIZE = 1024
_GRANULARITIES = (60, 120, 180, 300, 600, 900, 1800, 3600, 7200, 14400, 28800, 86400)

# --------------------------------------------------------------------------------------
# Errors: each carries the error code the API answers with.
# --------------------------------------------------------------------------------------


class MarketError(Exception):
    """A request the market refuses; `code` is the API's error code for it."""

    code = "MarketError"

    def __init__(self, message: str, details: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, str] = dict(details or {})

    def error(self) -> Body:
        """The reply's `error` object."""
        body: Body = {"code": self.code, "message": self.message}
        if self.details:
            body["details"] = dict(self.details)
        return body


class InvalidSymbol(MarketError):
    code = "InvalidSymbol"


class MarketIsClosed(MarketError):
    code = "MarketIsClosed"


class ContractCreationFailure(MarketError):
    code = "ContractCreationFailure"


class InvalidContractProposal(MarketError):
    code = "InvalidContractProposal"


class PriceMoved(MarketError):
    code = "PriceMoved"


class InsufficientBalance(MarketError):
    code = "InsufficientBalance"


class InvalidSellContractProposal(MarketError):
    code = "InvalidSellContractProposal"


class InputValidationFailed(MarketError):
    code = "InputValidationFailed"


class UnknownAccount(MarketError):
    """No account with this loginid: the simulator asked for an account it never opened."""

    code = "InvalidAccount"


def _field_error(name: str, rule: str) -> InputValidationFailed:
    return InputValidationFailed(f"Input validation failed: {name}", {name: rule})


# --------------------------------------------------------------------------------------
# Symbols
# --------------------------------------------------------------------------------------

_SYNTHETIC_TYPES = frozenset(
    {
        "CALL",
        "PUT",
        "CALLE",
        "PUTE",
        "DIGITEVEN",
        "DIGITODD",
        "DIGITMATCH",
        "DIGITDIFF",
        "DIGITOVER",
        "DIGITUNDER",
    }
)
_RISE_FALL_TYPES = frozenset({"CALL", "PUT", "CALLE", "PUTE"})


@dataclass(frozen=True)
class SymbolSpec:
    """One underlying: its names, pip decimals, price level, yearly volatility and tick rate."""

    symbol: str
    display_name: str
    market: str
    market_display_name: str
    submarket: str
    submarket_display_name: str
    subgroup: str
    subgroup_display_name: str
    symbol_type: str
    exchange_name: str
    quoted_currency_symbol: str
    pip_decimals: int
    base_price: float
    volatility: float
    tick_interval: int
    weekend_closed: bool
    contract_types: frozenset[str]
    allow_forward_starting: int = 0

    @property
    def pip(self) -> float:
        return float(Decimal(1).scaleb(-self.pip_decimals))


def _synthetic(
    symbol: str, name: str, pip: int, base: float, vol: float, interval: int
) -> SymbolSpec:
    return SymbolSpec(
        symbol=symbol,
        display_name=name,
        market="synthetic_index",
        market_display_name="Derived",
        submarket="random_index",
        submarket_display_name="Continuous Indices",
        subgroup="synthetics",
        subgroup_display_name="Synthetics",
        symbol_type="stockindex",
        exchange_name="RANDOM",
        quoted_currency_symbol="",
        pip_decimals=pip,
        base_price=base,
        volatility=vol,
        tick_interval=interval,
        weekend_closed=False,
        contract_types=_SYNTHETIC_TYPES,
        allow_forward_starting=1 if interval == 2 else 0,
    )


def _forex(symbol: str, name: str, pip: int, base: float, quoted: str) -> SymbolSpec:
    return SymbolSpec(
        symbol=symbol,
        display_name=name,
        market="forex",
        market_display_name="Forex",
        submarket="major_pairs",
        submarket_display_name="Major Pairs",
        subgroup="none",
        subgroup_display_name="None",
        symbol_type="forex",
        exchange_name="FOREX",
        quoted_currency_symbol=quoted,
        pip_decimals=pip,
        base_price=base,
        volatility=0.07,
        tick_interval=1,
        weekend_closed=True,
        contract_types=_RISE_FALL_TYPES,
        allow_forward_starting=1,
    )


def _crypto(symbol: str, name: str, base: float) -> SymbolSpec:
    return SymbolSpec(
        symbol=symbol,
        display_name=name,
        market="cryptocurrency",
        market_display_name="Cryptocurrencies",
        submarket="non_stable_coin",
        submarket_display_name="Cryptocurrencies",
        subgroup="none",
        subgroup_display_name="None",
        symbol_type="cryptocurrency",
        exchange_name="CRYPTOCURRENCY",
        quoted_currency_symbol="USD",
        pip_decimals=3,
        base_price=base,
        volatility=0.6,
        tick_interval=1,
        weekend_closed=False,
        contract_types=_RISE_FALL_TYPES,
    )


DEFAULT_SYMBOLS: tuple[SymbolSpec, ...] = (
    _synthetic("R_10", "Volatility 10 Index", 3, 6320.0, 0.10, 2),
    _synthetic("R_25", "Volatility 25 Index", 3, 2875.0, 0.25, 2),
    _synthetic("R_50", "Volatility 50 Index", 4, 231.5, 0.50, 2),
    _synthetic("R_75", "Volatility 75 Index", 4, 98150.0, 0.75, 2),
    _synthetic("R_100", "Volatility 100 Index", 2, 1462.0, 1.00, 2),
    _synthetic("1HZ10V", "Volatility 10 (1s) Index", 2, 9115.0, 0.10, 1),
    _synthetic("1HZ100V", "Volatility 100 (1s) Index", 2, 912.0, 1.00, 1),
    _forex("frxEURUSD", "EUR/USD", 5, 1.0852, "USD"),
    _forex("frxGBPUSD", "GBP/USD", 5, 1.2693, "USD"),
    _forex("frxUSDJPY", "USD/JPY", 3, 149.62, "JPY"),
    _forex("frxAUDUSD", "AUD/USD", 5, 0.6571, "USD"),
    _crypto("cryBTCUSD", "BTC/USD", 64250.0),
    _crypto("cryETHUSD", "ETH/USD", 3120.0),
)

# Decimal places of each account currency, and units of it per US dollar.
_CURRENCIES: Mapping[str, tuple[int, Decimal]] = {
    "USD": (2, Decimal("1")),
    "EUR": (2, Decimal("0.92")),
    "GBP": (2, Decimal("0.79")),
    "AUD": (2, Decimal("1.52")),
    "USDT": (2, Decimal("1")),
    "BTC": (8, Decimal("0.000016")),
    "ETH": (8, Decimal("0.00029")),
}
_MAX_PAYOUT_USD = Decimal("50000")
_MIN_STAKE_USD = Decimal("0.35")
_LARGEST = Decimal("1e15")


def _quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-_CURRENCIES[currency][0])


def _money(amount: Decimal, currency: str) -> Decimal:
    return amount.quantize(_quantum(currency), rounding=ROUND_HALF_UP)


def _number(amount: Decimal) -> float:
    """A money amount as the JSON number the API sends."""
    return float(amount)


def _decimal(value: object, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise _field_error(name, "must be a number")
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise _field_error(name, "must be a number") from None
    if not amount.is_finite():
        raise _field_error(name, "must be a finite number")
    if abs(amount) >= _LARGEST:
        raise _field_error(name, "must be below 10^15 in size")
    return amount


def _exact(amount: Decimal, currency: str, name: str) -> Decimal:
    """`amount` if the currency can hold it exactly; money is never rounded silently."""
    if _money(amount, currency) != amount:
        raise _field_error(name, f"at most {_CURRENCIES[currency][0]} decimals in {currency}")
    return amount


def _is_weekend_hour(hour: int) -> bool:
    """Forex closes from Friday 21:00 to Sunday 21:00 UTC (the epoch began on a Thursday)."""
    weekday = (hour // 24 + 3) % 7  # Monday is 0
    hour_of_day = hour % 24
    return (
        (weekday == 4 and hour_of_day >= 21) or weekday == 5 or (weekday == 6 and hour_of_day < 21)
    )


# --------------------------------------------------------------------------------------
# Price series
# --------------------------------------------------------------------------------------


class _LRU:
    """A small bounded map: the price caches must not grow with every hour ever asked for."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[Any, Any] = OrderedDict()

    def get(self, key: Any) -> Any:
        value = self._items.get(key)
        if value is not None:
            self._items.move_to_end(key)
        return value

    def put(self, key: Any, value: Any) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def drop(self, keep: Callable[[Any], bool]) -> None:
        for key in [key for key in self._items if not keep(key)]:
            del self._items[key]


class _Series:
    """The quotes of one symbol as a function of the epoch.

    The log price is pinned at weekly anchors (independent seeded draws around the base
    price, so the series never wanders off), bridged hour by hour inside each week, and
    bridged tick by tick inside each hour. Any tick is computed from its hour alone, so the
    series can be read at any epoch without walking from the beginning of time.
    """

    def __init__(self, spec: SymbolSpec, seed: int) -> None:
        self.spec = spec
        self._key = f"{seed}/{spec.symbol}"
        self._log_base = math.log(spec.base_price)
        per_year = spec.volatility
        self._anchor_sd = per_year * math.sqrt(7 * _DAY / _YEAR) * 0.7
        self._hour_sd = per_year * math.sqrt(_HOUR / _YEAR)
        # A random byte has standard deviation 256 / sqrt(12); scaled to one tick's.
        self._step_scale = per_year * math.sqrt(spec.tick_interval / _YEAR) / (256 / math.sqrt(12))
        self._weeks = _LRU(_WEEK_CACHE_SIZE)
        self._hours = _LRU(_HOUR_CACHE_SIZE)
        self._summaries = _LRU(_SUMMARY_CACHE_SIZE)
        # (first tick epoch, factor): quotes from that tick on are the walk times the factor.
        self._adjustments: list[tuple[int, float]] = []

    # ---- schedule -------------------------------------------------------------------

    def hour_open(self, hour: int) -> bool:
        return not (self.spec.weekend_closed and _is_weekend_hour(hour))

    def is_open(self, epoch: int) -> bool:
        return self.hour_open(epoch // _HOUR)

    def last_tick(self, epoch: int) -> int:
        """The epoch of the latest tick at or before `epoch`."""
        interval = self.spec.tick_interval
        tick = epoch - epoch % interval
        hour = tick // _HOUR
        if self.hour_open(hour):
            return tick
        while not self.hour_open(hour):
            hour -= 1
        return hour * _HOUR + _HOUR - interval

    def next_tick(self, epoch: int) -> int:
        """The epoch of the first tick strictly after `epoch`."""
        interval = self.spec.tick_interval
        tick = epoch - epoch % interval + interval
        hour = tick // _HOUR
        while not self.hour_open(hour):
            hour += 1
            tick = hour * _HOUR
        return tick

    # ---- values ---------------------------------------------------------------------

    def _anchor(self, week: int) -> float:
        draw = random.Random(f"{self._key}/anchor/{week}").gauss(0.0, 1.0)
        return self._log_base + self._anchor_sd * max(-2.5, min(2.5, draw))

    def _week(self, week: int) -> list[float]:
        """Log prices at the 169 hour boundaries of one week, anchor to anchor."""
        cached: list[float] | None = self._weeks.get(week)
        if cached is not None:
            return cached
        rng = random.Random(f"{self._key}/week/{week}")
        walk = [0.0, *accumulate(rng.gauss(0.0, self._hour_sd) for _ in range(_WEEK_HOURS))]
        start, end = self._anchor(week), self._anchor(week + 1)
        drift = (end - start - walk[-1]) / _WEEK_HOURS
        values = [start + step + drift * index for index, step in enumerate(walk)]
        values[-1] = end
        self._weeks.put(week, values)
        return values

    def _hour_log(self, hour: int) -> float:
        return self._week(hour // _WEEK_HOURS)[hour % _WEEK_HOURS]

    def _log_walk(self, hour: int) -> list[float]:
        """The unadjusted log prices of every tick slot of an hour.

        Steps are seeded random bytes (uniform, centred), summed in C by `accumulate`, then
        tilted so the bridge reaches the next hour's value at the slot after the last.
        """
        count = _HOUR // self.spec.tick_interval
        steps = random.Random(f"{self._key}/hour/{hour}").randbytes(count)
        sums = [0, *accumulate(steps[:-1])]
        scale = self._step_scale
        start, end = self._hour_log(hour), self._hour_log(hour + 1)
        total = scale * (sums[-1] + steps[-1] - 127.5 * count)
        tilt = (end - start - total) / count - 127.5 * scale
        return [start + scale * value + tilt * index for index, value in enumerate(sums)]

    def _walk(self, hour: int) -> list[float]:
        """The unadjusted, unrounded prices of every tick slot of an hour."""
        return list(map(math.exp, self._log_walk(hour)))

    def hour_quotes(self, hour: int) -> array[float]:
        """Every tick slot of an hour (open or not), adjusted and rounded to the pip."""
        cached: array[float] | None = self._hours.get(hour)
        if cached is not None:
            return cached
        raw = self._walk(hour)
        pip = self.spec.pip_decimals
        interval = self.spec.tick_interval
        first = hour * _HOUR
        factors = [1.0] * len(raw)
        for index, (start, factor) in enumerate(self._adjustments):
            stop = (
                self._adjustments[index + 1][0]
                if index + 1 < len(self._adjustments)
                else first + _HOUR
            )
            low = max(0, -(-(start - first) // interval))
            high = min(len(raw), -(-(stop - first) // interval))
            for slot in range(low, high):
                factors[slot] = factor
        quotes = array("d", (round(v * f, pip) for v, f in zip(raw, factors, strict=True)))
        self._hours.put(hour, quotes)
        return quotes

    def quote(self, tick_epoch: int) -> float:
        hour, offset = divmod(tick_epoch, _HOUR)
        return self.hour_quotes(hour)[offset // self.spec.tick_interval]

    def adjust(self, tick_epoch: int, price: float) -> None:
        """From the tick at `tick_epoch` on, the walk is scaled so that tick quotes `price`."""
        hour, offset = divmod(tick_epoch, _HOUR)
        raw = self._walk(hour)[offset // self.spec.tick_interval]
        kept = [(start, f) for start, f in self._adjustments if start < tick_epoch]
        self._adjustments = [*kept, (tick_epoch, round(price, self.spec.pip_decimals) / raw)]
        self._hours.drop(lambda key: key < hour)
        self._summaries.drop(lambda key: key < hour)

    # ---- ranges ---------------------------------------------------------------------

    def ticks(self, start: int, end: int) -> Iterator[tuple[int, float]]:
        """Ticks with start <= epoch <= end, oldest first."""
        interval = self.spec.tick_interval
        if end < start:
            return
        for hour in range(start // _HOUR, end // _HOUR + 1):
            if not self.hour_open(hour):
                continue
            first = hour * _HOUR
            quotes = self.hour_quotes(hour)
            low = max(0, -(-(start - first) // interval))
            high = min(len(quotes) - 1, (end - first) // interval)
            for slot in range(low, high + 1):
                yield first + slot * interval, quotes[slot]

    def ticks_backwards(self, start: int, end: int, count: int) -> list[tuple[int, float]]:
        """The latest `count` ticks with start <= epoch <= end, oldest first."""
        found: list[tuple[int, float]] = []
        hour = end // _HOUR
        while len(found) < count and hour >= start // _HOUR:
            first = max(start, hour * _HOUR)
            last = min(end, hour * _HOUR + _HOUR - 1)
            chunk = list(self.ticks(first, last))
            found[:0] = chunk[-(count - len(found)) :] if chunk else []
            hour -= 1
        return found

    def summary(self, start: int, end: int, now: int) -> tuple[float, float, float, float] | None:
        """Open, high, low and close of the ticks in [start, end] (none after `now`)."""
        end = min(end, now)
        if end < start:
            return None
        hour = start // _HOUR
        if end // _HOUR == hour:  # within one hour, as every candle up to an hour long is
            first = hour * _HOUR
            if start == first and end == first + _HOUR - 1:
                return self._hour_summary(hour)
            return self._slice_summary(start, end)
        parts: list[tuple[float, float, float, float]] = []
        for hour in range(start // _HOUR, end // _HOUR + 1):
            first = hour * _HOUR
            whole = start <= first and first + _HOUR - 1 <= end
            if whole:
                part = self._hour_summary(hour)
            else:
                part = self._slice_summary(max(start, first), min(end, first + _HOUR - 1))
            if part is not None:
                parts.append(part)
        if not parts:
            return None
        return (
            parts[0][0],
            max(part[1] for part in parts),
            min(part[2] for part in parts),
            parts[-1][3],
        )

    def _hour_summary(self, hour: int) -> tuple[float, float, float, float] | None:
        if not self.hour_open(hour):
            return None
        cached: tuple[float, float, float, float] | None = self._summaries.get(hour)
        if cached is not None:
            return cached
        first = hour * _HOUR
        factor = self._factor_at(first)
        if self._factor_at(first + _HOUR - 1) != factor:
            quotes = self.hour_quotes(hour)
            cached = (quotes[0], max(quotes), min(quotes), quotes[-1])
        else:
            # Rounding and scaling keep order, so the extremes need no per-tick prices.
            logs = self._log_walk(hour)
            pip = self.spec.pip_decimals
            cached = (
                round(math.exp(logs[0]) * factor, pip),
                round(math.exp(max(logs)) * factor, pip),
                round(math.exp(min(logs)) * factor, pip),
                round(math.exp(logs[-1]) * factor, pip),
            )
        self._summaries.put(hour, cached)
        return cached

    def _factor_at(self, epoch: int) -> float:
        factor = 1.0
        for start, value in self._adjustments:
            if start > epoch:
                break
            factor = value
        return factor

    def _slice_summary(self, start: int, end: int) -> tuple[float, float, float, float] | None:
        hour = start // _HOUR
        if not self.hour_open(hour):
            return None
        interval = self.spec.tick_interval
        first = hour * _HOUR
        low = -(-(start - first) // interval)
        high = (end - first) // interval
        if high < low:
            return None
        quotes = self.hour_quotes(hour)[low : high + 1]
        return quotes[0], max(quotes), min(quotes), quotes[-1]


# --------------------------------------------------------------------------------------
# Accounts, contracts and events
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarketEvent:
    """A change the `balance` and `transaction` streams report.

    `kind` is "balance" or "transaction"; `body` is the stream message's object (the
    server adds the subscription `id`). Every statement row produces one transaction event
    followed by one balance event.
    """

    kind: str
    loginid: str
    body: Body


@dataclass
class _Transaction:
    transaction_id: int
    action_type: str
    amount: Decimal
    balance_after: Decimal
    transaction_time: int
    contract_id: int | None = None
    reference_id: int | None = None
    app_id: int | None = None
    stream_body: Body = field(default_factory=dict)


@dataclass
class _Account:
    loginid: str
    currency: str
    is_virtual: bool
    created_at: int
    balance: Decimal = Decimal(0)
    transactions: list[_Transaction] = field(default_factory=list)
    contracts: dict[int, _Contract] = field(default_factory=dict)


@dataclass(frozen=True)
class _Terms:
    """What a proposal prices and a buy purchases: the contract's parameters, checked."""

    contract_type: str
    symbol: str
    currency: str
    amount: Decimal
    basis: str
    duration: int | None
    duration_unit: str
    date_expiry: int | None
    barrier: str | None

    @property
    def is_tick_contract(self) -> bool:
        return self.duration_unit == "t" and self.date_expiry is None

    @property
    def is_digit(self) -> bool:
        return self.contract_type.startswith("DIGIT")


@dataclass
class _Price:
    ask: Decimal
    payout: Decimal
    date_start: int
    date_expiry: int
    spot: float
    spot_time: int
    barrier: str | None


@dataclass
class _Contract:
    contract_id: int
    loginid: str
    terms: _Terms
    buy_price: Decimal
    payout: Decimal
    purchase_time: int
    entry_tick_time: int
    exit_tick_time: int
    date_expiry: int
    buy_transaction_id: int
    longcode: str
    shortcode: str
    app_id: int | None
    sell_price: Decimal | None = None
    sell_time: int | None = None
    sell_transaction_id: int | None = None
    status: str = "open"

    @property
    def is_open(self) -> bool:
        return self.sell_time is None


class EventQueue:
    """Collected market events, bounded: the oldest are dropped (and counted) when full."""

    def __init__(self, market: Market, loginid: str | None, maxlen: int) -> None:
        if maxlen < 1:
            raise ValueError("maxlen must be at least 1")
        self._market = market
        self._loginid = loginid
        self._events: deque[MarketEvent] = deque(maxlen=maxlen)
        self._ready = threading.Condition()
        self.dropped = 0
        self._remove = market.add_listener(self._receive)

    def _receive(self, event: MarketEvent) -> None:
        if self._loginid is not None and event.loginid != self._loginid:
            return
        with self._ready:
            if len(self._events) == self._events.maxlen:
                self.dropped += 1
            self._events.append(event)
            self._ready.notify_all()

    def drain(self) -> list[MarketEvent]:
        """Every event collected so far, oldest first; the queue is empty afterwards."""
        with self._ready:
            events = list(self._events)
            self._events.clear()
            return events

    def get(self, timeout: float | None = None) -> MarketEvent | None:
        """The oldest event, waiting up to `timeout` seconds for one; None if none came."""
        with self._ready:
            if not self._ready.wait_for(lambda: bool(self._events), timeout):
                return None
            return self._events.popleft()

    def close(self) -> None:
        self._remove()

    def __enter__(self) -> EventQueue:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --------------------------------------------------------------------------------------
# Pricing
# --------------------------------------------------------------------------------------

_DURATION_LIMITS: Mapping[str, tuple[int, int]] = {
    "t": (1, 10),
    "s": (15, 86400),
    "m": (1, 1440),
    "h": (1, 24),
    "d": (1, 365),
}
_UNIT_SECONDS: Mapping[str, int] = {"s": 1, "m": 60, "h": 3600}
_UNIT_NAMES: Mapping[str, str] = {"t": "tick", "s": "second", "m": "minute", "h": "hour"}
_COMPARISONS: Mapping[str, str] = {
    "CALL": "strictly higher than",
    "PUT": "strictly lower than",
    "CALLE": "higher than or equal to",
    "PUTE": "lower than or equal to",
}


def _normal_cdf(value: float) -> float:
    return 0.5 * (1.0 + math.erf(value / math.sqrt(2.0)))


def _digit_probability(contract_type: str, digit: int | None) -> float:
    if contract_type in ("DIGITEVEN", "DIGITODD"):
        return 0.5
    assert digit is not None
    return {
        "DIGITMATCH": 0.1,
        "DIGITDIFF": 0.9,
        "DIGITOVER": (9 - digit) / 10,
        "DIGITUNDER": digit / 10,
    }[contract_type]


def _last_digit(quote: float, pip: int) -> int:
    return int(f"{quote:.{pip}f}"[-1])


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


# --------------------------------------------------------------------------------------
# The market
# --------------------------------------------------------------------------------------


class Market:
    """All trading state of one simulator: symbols' prices, accounts, proposals, contracts.

    Thread-safe: every public method holds one lock while it reads or changes state, and
    listeners are called after the lock is released, in the order the events happened.
    Before answering, every method settles the contracts that expired by now.
    """

    def __init__(
        self,
        *,
        seed: int = 20240101,
        clock: Callable[[], float] = time.time,
        symbols: Sequence[SymbolSpec] = DEFAULT_SYMBOLS,
        history_days: int = 31,
    ) -> None:
        if history_days < 1:
            raise ValueError("history_days must be at least 1")
        self._lock = threading.RLock()
        self._clock = clock
        self._offset = 0
        self._last_now = 0
        self._history_seconds = history_days * _DAY
        self._specs = {spec.symbol: spec for spec in symbols}
        self._series = {spec.symbol: _Series(spec, seed) for spec in symbols}
        self._ids = random.Random(f"{seed}/ids")
        self._accounts: dict[str, _Account] = {}
        self._loginid_numbers = {"CR": 90_000_000, "VRTC": 90_000_000}
        self._next_contract_id = 250_000_000_001
        self._next_transaction_id = 500_000_000_001
        self._proposals: OrderedDict[str, tuple[_Terms, int]] = OrderedDict()
        self._expiries: list[tuple[int, int, str]] = []
        self._pending: deque[MarketEvent] = deque()
        self._listeners: list[Callable[[MarketEvent], None]] = []
        self._dispatching = threading.Lock()
        # Exceptions raised by listeners, newest last (they never reach the market's callers).
        self.listener_errors: deque[Exception] = deque(maxlen=100)

    # ---- time, locking and events ---------------------------------------------------

    def now(self) -> int:
        """The market's current epoch second (never goes backwards)."""
        with self._session() as now:
            return now

    def _now(self) -> int:
        now = max(int(self._clock()) + self._offset, self._last_now)
        self._last_now = now
        return now

    @contextmanager
    def _session(self) -> Iterator[int]:
        try:
            with self._lock:
                now = self._now()
                self._settle_due(now)
                yield now
        finally:
            self._dispatch()

    def add_listener(self, listener: Callable[[MarketEvent], None]) -> Callable[[], None]:
        """Calls `listener` with every later event; returns the function that removes it.

        Events arrive in the order they happened, outside the market's lock (a listener may
        call the market), possibly on the thread of another caller that was delivering.
        """
        with self._lock:
            self._listeners.append(listener)

        def remove() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return remove

    def subscribe(self, loginid: str | None = None, *, maxlen: int = 10_000) -> EventQueue:
        """A queue collecting the events of one account (or of all accounts)."""
        return EventQueue(self, loginid, maxlen)

    def _emit(self, kind: str, loginid: str, body: Body) -> None:
        self._pending.append(MarketEvent(kind, loginid, body))

    def _dispatch(self) -> None:
        """Delivers pending events in order, outside the state lock; one thread at a time."""
        while self._pending:
            if not self._dispatching.acquire(blocking=False):
                return  # the thread that holds it delivers ours too (it checks again below)
            try:
                while True:
                    with self._lock:
                        if not self._pending:
                            break
                        event = self._pending.popleft()
                        listeners = list(self._listeners)
                    for listener in listeners:
                        try:  # each listener gets its own body to add its stream id to
                            listener(MarketEvent(event.kind, event.loginid, dict(event.body)))
                        except Exception as exc:  # a broken listener must not stop the others
                            self.listener_errors.append(exc)
            finally:
                self._dispatching.release()

    # ---- test helpers ---------------------------------------------------------------

    def advance_time(self, seconds: int) -> int:
        """Moves the market's clock forward, settling contracts that expire on the way."""
        if seconds < 0:
            raise ValueError("time only moves forward")
        with self._lock:
            self._offset += int(seconds)
        return self.now()

    def set_price(self, symbol: str, price: Decimal | float | str) -> Body:
        """Makes the current tick of `symbol` quote `price`; later ticks walk on from there.

        Returns the new current tick (as `tick` replies carry it).
        """
        target = _decimal(price, "price")
        if target <= 0:
            raise _field_error("price", "must be greater than 0")
        with self._session() as now:
            series = self._known(symbol)
            pip = Decimal(1).scaleb(-series.spec.pip_decimals)
            tick = series.last_tick(now)
            series.adjust(tick, float(target.quantize(pip, ROUND_HALF_UP)))
            return self._tick_body(series, tick)

    def move_price(self, symbol: str, change: Decimal | float | str) -> Body:
        """Moves the current quote of `symbol` by `change` (may be negative)."""
        delta = _decimal(change, "change")
        with self._lock:
            series = self._known(symbol)
            current = Decimal(str(series.quote(series.last_tick(self._now()))))
        return self.set_price(symbol, current + delta)

    # ---- accounts -------------------------------------------------------------------

    def open_account(
        self,
        loginid: str | None = None,
        *,
        currency: str = "USD",
        balance: Decimal | float | str = Decimal("10000"),
        virtual: bool = False,
    ) -> str:
        """Opens an account (VRTC... virtual or CR... real) and deposits `balance` into it."""
        currency = currency.upper()
        if currency not in _CURRENCIES:
            raise _field_error("currency", f"must be one of {sorted(_CURRENCIES)}")
        amount = _exact(_decimal(balance, "balance"), currency, "balance")
        if amount < 0:
            raise _field_error("balance", "must not be negative")
        with self._session() as now:
            prefix = "VRTC" if virtual else "CR"
            if loginid is None:
                self._loginid_numbers[prefix] += 1
                loginid = f"{prefix}{self._loginid_numbers[prefix]}"
            if loginid in self._accounts:
                raise ValueError(f"account {loginid} already exists")
            account = _Account(loginid, currency, virtual, now)
            self._accounts[loginid] = account
            if amount > 0:
                self._record(account, "deposit", amount, now)
            return loginid

    def accounts(self) -> list[str]:
        with self._lock:
            return list(self._accounts)

    def seed_balance(self, loginid: str, balance: Decimal | float | str) -> Body:
        """Sets the balance through a deposit or withdrawal, so the statement still adds up."""
        target = _decimal(balance, "balance")
        if target < 0:
            raise _field_error("balance", "must not be negative")
        with self._session() as now:
            account = self._account(loginid)
            target = _exact(target, account.currency, "balance")
            if target > account.balance:
                self._record(account, "deposit", target - account.balance, now)
            elif target < account.balance:
                self._record(account, "withdrawal", target - account.balance, now)
            return self._balance_body(account)

    def deposit(self, loginid: str, amount: Decimal | float | str) -> Body:
        """Credits `amount` as a deposit; returns the `transaction` stream body."""
        value = _decimal(amount, "amount")
        if value <= 0:
            raise _field_error("amount", "must be greater than 0")
        with self._session() as now:
            account = self._account(loginid)
            value = _exact(value, account.currency, "amount")
            entry = self._record(account, "deposit", value, now)
            return self._transaction_body(account, entry)

    def withdraw(self, loginid: str, amount: Decimal | float | str) -> Body:
        """Debits `amount` as a withdrawal; returns the `transaction` stream body."""
        value = _decimal(amount, "amount")
        if value <= 0:
            raise _field_error("amount", "must be greater than 0")
        with self._session() as now:
            account = self._account(loginid)
            value = _exact(value, account.currency, "amount")
            if value > account.balance:
                raise InsufficientBalance(self._too_low(account, value))
            entry = self._record(account, "withdrawal", -value, now)
            return self._transaction_body(account, entry)

    def authorize(self, loginid: str, *, linked: Sequence[str] = ()) -> Body:
        """The account part of an `authorize` reply; `linked` adds the user's other accounts."""
        with self._session():
            account = self._account(loginid)
            entries = [self._account_entry(account)]
            entries += [self._account_entry(self._account(other)) for other in linked]
            return {
                "authorize": {
                    "account_list": entries,
                    "balance": _number(account.balance),
                    "currency": account.currency,
                    "is_virtual": int(account.is_virtual),
                    "landing_company_fullname": self._company(account)[1],
                    "landing_company_name": self._company(account)[0],
                    "local_currencies": {
                        account.currency: {"fractional_digits": _CURRENCIES[account.currency][0]}
                    },
                    "loginid": account.loginid,
                }
            }

    def balance(
        self, loginid: str, *, accounts: Sequence[str] | None = None, stream_id: str | None = None
    ) -> Body:
        """A `balance` reply; with `accounts` (the user's loginids) as for `account: all`."""
        with self._session():
            account = self._account(loginid)
            body = self._balance_body(account)
            if accounts is not None:
                listed = {other: self._account(other) for other in accounts}
                listed.setdefault(loginid, account)
                body["accounts"] = {
                    other.loginid: {
                        "balance": _number(other.balance),
                        "converted_amount": _number(self._convert(other, account.currency)),
                        "currency": other.currency,
                        "demo_account": int(other.is_virtual),
                        "status": 1,
                        "type": "deriv",
                    }
                    for other in listed.values()
                }
                real = sum(
                    (
                        self._convert(o, account.currency)
                        for o in listed.values()
                        if not o.is_virtual
                    ),
                    Decimal(0),
                )
                demo = sum(
                    (self._convert(o, account.currency) for o in listed.values() if o.is_virtual),
                    Decimal(0),
                )
                body["total"] = {
                    "deriv": {"amount": _number(real), "currency": account.currency},
                    "deriv_demo": {"amount": _number(demo), "currency": account.currency},
                }
            if stream_id is not None:
                body["id"] = stream_id
            return {"balance": body}

    def _account(self, loginid: str) -> _Account:
        account = self._accounts.get(loginid)
        if account is None:
            raise UnknownAccount(f"No account {loginid} in this market.")
        return account

    @staticmethod
    def _company(account: _Account) -> tuple[str, str]:
        if account.is_virtual:
            return "virtual", "Deriv Limited"
        return "svg", "Deriv (SVG) LLC"

    def _account_entry(self, account: _Account) -> Body:
        crypto = _CURRENCIES[account.currency][0] > 2
        return {
            "account_category": "trading",
            "account_type": "binary",
            "broker": "VRTC" if account.is_virtual else "CR",
            "created_at": account.created_at,
            "currency": account.currency,
            "currency_type": "crypto" if crypto else "fiat",
            "is_disabled": 0,
            "is_virtual": int(account.is_virtual),
            "landing_company_name": self._company(account)[0],
            "linked_to": [],
            "loginid": account.loginid,
        }

    @staticmethod
    def _convert(account: _Account, currency: str) -> Decimal:
        rate = _CURRENCIES[currency][1] / _CURRENCIES[account.currency][1]
        return _money(account.balance * rate, currency)

    @staticmethod
    def _balance_body(account: _Account) -> Body:
        return {
            "balance": _number(account.balance),
            "currency": account.currency,
            "loginid": account.loginid,
        }

    @staticmethod
    def _too_low(account: _Account, needed: Decimal) -> str:
        return (
            f"Your account balance ({account.currency} {account.balance}) is too low for "
            f"this amount ({account.currency} {needed})."
        )

    def _record(
        self,
        account: _Account,
        action: str,
        amount: Decimal,
        when: int,
        contract: _Contract | None = None,
        reference_id: int | None = None,
    ) -> _Transaction:
        """Books one statement row and queues its transaction and balance events."""
        account.balance += amount
        entry = _Transaction(
            transaction_id=self._next_transaction_id,
            action_type=action,
            amount=amount,
            balance_after=account.balance,
            transaction_time=when,
            contract_id=contract.contract_id if contract else None,
            reference_id=reference_id,
            app_id=contract.app_id if contract else None,
        )
        self._next_transaction_id += 1
        account.transactions.append(entry)
        entry.stream_body = self._transaction_body(account, entry)
        self._emit("transaction", account.loginid, dict(entry.stream_body))
        self._emit("balance", account.loginid, self._balance_body(account))
        return entry

    def _transaction_body(self, account: _Account, entry: _Transaction) -> Body:
        body: Body = {
            "action": entry.action_type,
            "amount": _number(entry.amount),
            "balance": _number(entry.balance_after),
            "contract_id": entry.contract_id,
            "currency": account.currency,
            "transaction_id": entry.transaction_id,
            "transaction_time": entry.transaction_time,
        }
        contract = account.contracts.get(entry.contract_id) if entry.contract_id else None
        if contract is None:
            body["longcode"] = self._payment_text(entry)
            return body
        body.update(
            date_expiry=contract.date_expiry,
            display_name=self._specs[contract.terms.symbol].display_name,
            longcode=contract.longcode,
            purchase_time=contract.purchase_time,
            symbol=contract.terms.symbol,
        )
        barrier = self._barrier(contract)
        if barrier is not None:
            body["barrier"] = barrier
        return body

    @staticmethod
    def _payment_text(entry: _Transaction) -> str:
        return "Deposit to the account." if entry.amount >= 0 else "Withdrawal from the account."

    # ---- symbols and prices ---------------------------------------------------------

    def symbols(self) -> list[str]:
        return list(self._specs)

    def _known(self, symbol: object) -> _Series:
        series = self._series.get(symbol) if isinstance(symbol, str) else None
        if series is None:
            raise InvalidSymbol(f"Symbol {symbol} is not offered.", {"symbol": "unknown symbol"})
        return series

    def spot(self, symbol: str) -> tuple[int, float]:
        """The epoch and quote of the current tick."""
        with self._session() as now:
            series = self._known(symbol)
            tick = series.last_tick(now)
            return tick, series.quote(tick)

    def _tick_body(self, series: _Series, epoch: int, stream_id: str | None = None) -> Body:
        quote = series.quote(epoch)
        pip = series.spec.pip_decimals
        spread = series.spec.pip
        body: Body = {
            "ask": round(quote + spread, pip),
            "bid": round(quote - spread, pip),
            "epoch": epoch,
            "pip_size": pip,
            "quote": quote,
            "symbol": series.spec.symbol,
        }
        if stream_id is not None:
            body["id"] = stream_id
        return body

    def tick(self, symbol: str, *, stream_id: str | None = None) -> Body:
        """A `ticks` reply: the symbol's current tick."""
        with self._session() as now:
            series = self._known(symbol)
            return {"tick": self._tick_body(series, series.last_tick(now), stream_id)}

    def ticks_after(self, symbol: str, after: int, *, stream_id: str | None = None) -> list[Body]:
        """`tick` stream messages for every tick after epoch `after` up to now (at most the
        latest 1000), so a stream that polls never skips one."""
        with self._session() as now:
            series = self._known(symbol)
            start = max(after + 1, now - self._history_seconds)
            ticks = series.ticks_backwards(start, now, _MAX_TICKS_PER_CALL)
            return [{"tick": self._tick_body(series, epoch, stream_id)} for epoch, _ in ticks]

    def ticks_history(
        self,
        symbol: str,
        *,
        end: str | int = "latest",
        start: int | None = None,
        count: int | None = None,
        style: str = "ticks",
        granularity: int | None = None,
        adjust_start_time: int = 0,
    ) -> Body:
        """A `ticks_history` reply: `history` (prices and times) or `candles`, plus `pip_size`.

        The latest `count` (default and most 5000) items between `start` and `end`; `end`
        beyond now means now. History reaches back `history_days` at most.
        """
        if style not in ("ticks", "candles"):
            raise _field_error("style", "must be 'ticks' or 'candles'")
        if granularity is not None and granularity not in _GRANULARITIES:
            raise _field_error("granularity", f"must be one of {list(_GRANULARITIES)}")
        if count is not None and count < 0:
            raise _field_error("count", "must not be negative")
        with self._session() as now:
            series = self._known(symbol)
            last = now if end == "latest" else min(self._epoch(end, "end"), now)
            if adjust_start_time and not series.is_open(last):
                shift = last - series.last_tick(last)
                last -= shift
                start = None if start is None else start - shift
            limit = min(_MAX_HISTORY_COUNT if count is None else count, _MAX_HISTORY_COUNT)
            floor = now - self._history_seconds
            pip = series.spec.pip_decimals
            if style == "ticks":
                first = max(floor, last - _DAY if start is None else start)
                ticks = series.ticks_backwards(first, last, limit) if limit else []
                history = {
                    "prices": [quote for _, quote in ticks],
                    "times": [epoch for epoch, _ in ticks],
                }
                return {"history": history, "pip_size": pip}
            size = granularity or 60
            if start is None:
                undefined = count is None or granularity is None
                start = last - _DAY if undefined else last - limit * size + 1
            candles = self._candles(series, max(floor, start), last, size, limit, now)
            return {"candles": candles, "pip_size": pip}

    @staticmethod
    def _epoch(value: str | int, name: str) -> int:
        text = str(value)
        if not text.isdigit() or len(text) > 10:
            raise _field_error(name, "must be 'latest' or an epoch")
        return int(text)

    @staticmethod
    def _candles(
        series: _Series, start: int, end: int, size: int, limit: int, now: int
    ) -> list[Body]:
        candles: list[Body] = []
        opening = end - end % size
        while len(candles) < limit and opening + size > start:
            summary = series.summary(opening, opening + size - 1, now)
            if summary is not None:
                first, high, low, close = summary
                candles.append(
                    {"close": close, "epoch": opening, "high": high, "low": low, "open": first}
                )
            opening -= size
        candles.reverse()
        return candles

    def ohlc(self, symbol: str, granularity: int = 60, *, stream_id: str | None = None) -> Body:
        """An `ohlc` stream message: the candle in progress (prices as strings, as sent)."""
        if granularity not in _GRANULARITIES:
            raise _field_error("granularity", f"must be one of {list(_GRANULARITIES)}")
        with self._session() as now:
            series = self._known(symbol)
            tick = series.last_tick(now)
            opening = tick - tick % granularity
            summary = series.summary(opening, opening + granularity - 1, now)
            quote = series.quote(tick)
            first, high, low, close = summary or (quote, quote, quote, quote)
            pip = series.spec.pip_decimals
            body: Body = {
                "close": f"{close:.{pip}f}",
                "epoch": tick,
                "granularity": granularity,
                "high": f"{high:.{pip}f}",
                "low": f"{low:.{pip}f}",
                "open": f"{first:.{pip}f}",
                "open_time": opening,
                "pip_size": pip,
                "symbol": symbol,
            }
            if stream_id is not None:
                body["id"] = stream_id
            return {"ohlc": body}

    def active_symbols(
        self, kind: str = "brief", *, contract_types: Iterable[str] | None = None
    ) -> Body:
        """An `active_symbols` reply, `brief` or `full`, from the same prices as the ticks."""
        if kind not in ("brief", "full"):
            raise _field_error("active_symbols", "must be 'brief' or 'full'")
        wanted = set(contract_types or ())
        with self._session() as now:
            rows: list[Body] = []
            for order, (symbol, series) in enumerate(self._series.items(), start=1):
                spec = series.spec
                if wanted and not wanted & spec.contract_types:
                    continue
                row: Body = {
                    "display_name": spec.display_name,
                    "display_order": order,
                    "exchange_is_open": int(series.is_open(now)),
                    "is_trading_suspended": 0,
                    "market": spec.market,
                    "market_display_name": spec.market_display_name,
                    "pip": spec.pip,
                    "subgroup": spec.subgroup,
                    "subgroup_display_name": spec.subgroup_display_name,
                    "submarket": spec.submarket,
                    "submarket_display_name": spec.submarket_display_name,
                    "symbol": symbol,
                    "symbol_type": spec.symbol_type,
                }
                if kind == "full":
                    tick = series.last_tick(now)
                    spot = series.quote(tick)
                    day_open = series.quote(series.last_tick(now - now % _DAY))
                    change = (spot - day_open) / day_open * 100
                    row.update(
                        allow_forward_starting=spec.allow_forward_starting,
                        delay_amount=0,
                        exchange_name=spec.exchange_name,
                        intraday_interval_minutes=1,
                        quoted_currency_symbol=spec.quoted_currency_symbol,
                        spot=spot,
                        spot_age=str(now - tick),
                        spot_percentage_change=f"{change:.2f}",
                        spot_time=str(tick),
                    )
                rows.append(row)
            return {"active_symbols": rows}

    # ---- proposals ------------------------------------------------------------------

    def proposal(
        self,
        parameters: Mapping[str, object],
        *,
        loginid: str | None = None,
    ) -> Body:
        """A `proposal` reply: prices the contract and keeps it under a new proposal id.

        As upstream, that id is also the id of the proposal's stream (to `forget` it), and
        `buy` takes it; `reprice` gives the stream's updates under the same id.
        """
        with self._session() as now:
            terms = self._terms(parameters, loginid)
            price = self._price(terms, now)
            proposal_id = str(uuid.UUID(int=self._ids.getrandbits(128), version=4))
            self._proposals[proposal_id] = (terms, now)
            while len(self._proposals) > _MAX_PROPOSALS:
                self._proposals.popitem(last=False)
            return {"proposal": self._proposal_body(terms, price, proposal_id)}

    def reprice(self, proposal_id: str) -> Body:
        """A `proposal` stream update: the same contract priced now, same id."""
        with self._session() as now:
            terms = self._proposal_terms(proposal_id)
            price = self._price(terms, now)
            return {"proposal": self._proposal_body(terms, price, proposal_id)}

    def forget_proposal(self, proposal_id: str) -> bool:
        with self._lock:
            return self._proposals.pop(proposal_id, None) is not None

    def _proposal_terms(self, proposal_id: str) -> _Terms:
        found = self._proposals.get(proposal_id)
        if found is None:
            raise InvalidContractProposal("Unknown contract proposal.")
        return found[0]

    def _proposal_body(self, terms: _Terms, price: _Price, proposal_id: str) -> Body:
        digits = _CURRENCIES[terms.currency][0]
        limits = self._stake_limits(terms.currency)
        body: Body = {
            "ask_price": _number(price.ask),
            "date_expiry": price.date_expiry,
            "date_start": price.date_start,
            "display_value": f"{price.ask:.{digits}f}",
            "id": proposal_id,
            "longcode": self._longcode(terms, price.date_expiry),
            "payout": _number(price.payout),
            "spot": price.spot,
            "spot_time": price.spot_time,
            "validation_params": {
                "payout": {"max": f"{limits[1]:.{digits}f}"},
                "stake": {"max": f"{limits[1]:.{digits}f}", "min": f"{limits[0]:.{digits}f}"},
            },
        }
        if price.barrier is not None:
            body["contract_details"] = {"barrier": price.barrier}
        return body

    def _terms(self, parameters: Mapping[str, object], loginid: str | None) -> _Terms:
        """Checks a contract's parameters the way the API does before pricing it."""
        symbol = parameters.get("symbol")
        series = self._known(symbol)
        spec = series.spec
        contract_type = str(parameters.get("contract_type", ""))
        if contract_type not in spec.contract_types:
            raise ContractCreationFailure(
                f"{contract_type or 'This contract type'} is not offered on {spec.display_name}.",
                {"contract_type": "not offered for this symbol"},
            )
        currency = str(parameters.get("currency", "")).upper()
        if currency not in _CURRENCIES:
            raise ContractCreationFailure(
                f"Currency {currency or '(none)'} is not offered.", {"currency": "unknown"}
            )
        if loginid is not None:
            account = self._account(loginid)
            if account.currency != currency:
                raise ContractCreationFailure(
                    f"The account's currency is {account.currency}, not {currency}.",
                    {"currency": f"must be {account.currency}"},
                )
        amount = _decimal(parameters.get("amount", 10), "amount")
        basis = str(parameters.get("basis", "payout"))
        if basis not in ("payout", "stake"):
            raise _field_error("basis", "must be 'payout' or 'stake'")
        if amount <= 0:
            raise ContractCreationFailure(
                f"The {basis} must be greater than 0.", {"amount": "must be greater than 0"}
            )
        if _money(amount, currency) != amount:
            raise ContractCreationFailure(
                f"The {basis} has more decimals than {currency} allows.",
                {"amount": f"at most {_CURRENCIES[currency][0]} decimals"},
            )
        if parameters.get("date_start") not in (None, 0):
            raise ContractCreationFailure(
                "Forward-starting contracts are not offered.", {"date_start": "not offered"}
            )
        duration, unit, expiry = self._duration(parameters)
        if contract_type.startswith("DIGIT") and unit != "t":
            raise ContractCreationFailure(
                "Digit contracts last 1 to 10 ticks.", {"duration_unit": "must be 't'"}
            )
        barrier = self._barrier_parameter(contract_type, parameters.get("barrier"))
        return _Terms(
            contract_type=contract_type,
            symbol=spec.symbol,
            currency=currency,
            amount=amount,
            basis=basis,
            duration=duration,
            duration_unit=unit,
            date_expiry=expiry,
            barrier=barrier,
        )

    @staticmethod
    def _duration(parameters: Mapping[str, object]) -> tuple[int | None, str, int | None]:
        expiry = parameters.get("date_expiry")
        raw = parameters.get("duration")
        unit = str(parameters.get("duration_unit") or "s")
        if expiry is not None and raw is None:
            if isinstance(expiry, bool) or not isinstance(expiry, int):
                raise _field_error("date_expiry", "must be an epoch")
            return None, "s", expiry
        if raw is None:
            raise ContractCreationFailure(
                "Please give a duration or a date_expiry.", {"duration": "required"}
            )
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise _field_error("duration", "must be an integer")
        limits = _DURATION_LIMITS.get(unit)
        if limits is None:
            raise _field_error("duration_unit", "must be one of t, s, m, h, d")
        if not limits[0] <= raw <= limits[1]:
            raise ContractCreationFailure(
                f"The duration must be between {limits[0]} and {limits[1]} ({unit}).",
                {"duration": f"between {limits[0]} and {limits[1]}"},
            )
        return raw, unit, None

    @staticmethod
    def _barrier_parameter(contract_type: str, raw: object) -> str | None:
        if contract_type in ("DIGITEVEN", "DIGITODD"):
            return None
        if contract_type.startswith("DIGIT"):
            text = str(raw) if raw is not None else ""
            if not (len(text) == 1 and text.isdigit()):
                raise ContractCreationFailure(
                    "Digit contracts need a barrier digit 0 to 9.", {"barrier": "one digit"}
                )
            digit = int(text)
            if (contract_type == "DIGITOVER" and digit == 9) or (
                contract_type == "DIGITUNDER" and digit == 0
            ):
                raise ContractCreationFailure(
                    "This digit prediction can never win.", {"barrier": "cannot win"}
                )
            return text
        if raw is None:
            return None
        text = str(raw)
        try:
            value = Decimal(text)
        except InvalidOperation:
            raise _field_error("barrier", "must be a number, or +/- a distance") from None
        if not value.is_finite() or (text[0] not in "+-" and value <= 0):
            raise _field_error("barrier", "must be a positive price, or +/- a distance")
        return text

    def _expiry(self, terms: _Terms, start: int, series: _Series) -> tuple[int, int, int]:
        """Entry tick epoch, exit tick epoch and expiry epoch of a contract bought at `start`."""
        entry = series.next_tick(start)
        if terms.is_tick_contract:
            exit_tick = entry
            for _ in range(terms.duration or 1):
                exit_tick = series.next_tick(exit_tick)
            return entry, exit_tick, exit_tick
        if terms.date_expiry is not None:
            expiry = terms.date_expiry
            if expiry < start + 15:
                raise ContractCreationFailure(
                    "The contract must last at least 15 seconds.",
                    {"date_expiry": "at least 15 seconds from now"},
                )
            if expiry > start + 365 * _DAY:
                raise ContractCreationFailure(
                    "The contract may last at most 365 days.", {"date_expiry": "too far"}
                )
        elif terms.duration_unit == "d":
            expiry = start - start % _DAY + (terms.duration or 1) * _DAY + _DAY - 1
        else:
            expiry = start + (terms.duration or 0) * _UNIT_SECONDS[terms.duration_unit]
        if not series.is_open(expiry) and expiry - start < _DAY:
            raise MarketIsClosed(
                "The market is closed at the contract's expiry time.",
                {"date_expiry": "market closed then"},
            )
        return entry, series.last_tick(expiry), expiry

    def _stake_limits(self, currency: str) -> tuple[Decimal, Decimal]:
        rate = _CURRENCIES[currency][1]
        low = max(_quantum(currency), _money(_MIN_STAKE_USD * rate, currency))
        return low, _money(_MAX_PAYOUT_USD * rate, currency)

    def _price(self, terms: _Terms, now: int) -> _Price:
        series = self._series[terms.symbol]
        if not series.is_open(now):
            raise MarketIsClosed(f"{series.spec.display_name} is closed now; try again later.")
        _, _, expiry = self._expiry(terms, now, series)
        spot_time = series.last_tick(now)
        spot = series.quote(spot_time)
        barrier = self._barrier_value(terms, spot)
        probability = self._probability(terms, spot, barrier, expiry - now)
        ask_share = Decimal(str(min(0.99, max(0.01, probability * 1.03 + 0.005))))
        if terms.basis == "stake":
            ask = terms.amount
            payout = _money(ask / ask_share, terms.currency)
        else:
            payout = terms.amount
            ask = _money(payout * ask_share, terms.currency)
        low, high = self._stake_limits(terms.currency)
        if ask < low:
            raise ContractCreationFailure(
                f"The stake must be at least {low} {terms.currency}.", {"amount": "too small"}
            )
        if payout > high:
            raise ContractCreationFailure(
                f"The payout may be at most {high} {terms.currency}.", {"amount": "too large"}
            )
        shown = None
        if barrier is not None and not terms.is_digit:
            shown = f"{barrier:.{series.spec.pip_decimals}f}"
        elif terms.is_digit and terms.barrier is not None:
            shown = terms.barrier
        return _Price(ask, payout, now, expiry, spot, spot_time, shown)

    def _barrier_value(self, terms: _Terms, entry_spot: float) -> float | None:
        """The barrier price given the entry spot (None for digit contracts)."""
        if terms.is_digit:
            return None
        pip = self._specs[terms.symbol].pip_decimals
        if terms.barrier is None:
            return entry_spot
        if terms.barrier[0] in "+-":
            return round(entry_spot + float(terms.barrier), pip)
        return round(float(terms.barrier), pip)

    def _probability(
        self, terms: _Terms, spot: float, barrier: float | None, seconds: int
    ) -> float:
        """The chance the contract wins, with the price a driftless log-normal walk."""
        if terms.is_digit:
            digit = int(terms.barrier) if terms.barrier is not None else None
            return _digit_probability(terms.contract_type, digit)
        assert barrier is not None
        if barrier <= 0:
            return 0.0 if terms.contract_type in ("CALL", "CALLE") else 1.0
        spread = self._specs[terms.symbol].volatility * math.sqrt(max(seconds, 1) / _YEAR)
        higher = _normal_cdf(math.log(spot / barrier) / spread)
        return higher if terms.contract_type in ("CALL", "CALLE") else 1.0 - higher

    # ---- longcodes and shortcodes ---------------------------------------------------

    def _longcode(self, terms: _Terms, expiry: int) -> str:
        name = self._specs[terms.symbol].display_name
        if terms.is_tick_contract:
            when = f"after {_plural(terms.duration or 1, 'tick')}"
        elif terms.date_expiry is not None or terms.duration_unit == "d":
            when = f"at {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(expiry))} GMT"
        else:
            when = (
                f"{_plural(terms.duration or 0, _UNIT_NAMES[terms.duration_unit])} "
                "after the contract starts"
            )
        if terms.is_digit:
            digit = terms.barrier
            outcome = {
                "DIGITEVEN": "is even",
                "DIGITODD": "is odd",
                "DIGITMATCH": f"is {digit}",
                "DIGITDIFF": f"is not {digit}",
                "DIGITOVER": f"is higher than {digit}",
                "DIGITUNDER": f"is lower than {digit}",
            }[terms.contract_type]
            return f"Pays the payout if the last digit of {name} {outcome} {when}."
        if terms.barrier is None:
            level = "the entry spot"
        elif terms.barrier[0] in "+-":
            sign = "plus" if terms.barrier[0] == "+" else "minus"
            level = f"the entry spot {sign} {terms.barrier[1:]}"
        else:
            level = terms.barrier
        comparison = _COMPARISONS[terms.contract_type]
        return f"Pays the payout if {name} is {comparison} {level} {when}."

    def _shortcode(self, terms: _Terms, payout: Decimal, start: int, expiry: int) -> str:
        spec = self._specs[terms.symbol]
        end = f"{terms.duration}T" if terms.is_tick_contract else str(expiry)
        if terms.is_digit:
            level = terms.barrier or "0"
        elif terms.barrier is None:
            level = "S0P"
        elif terms.barrier[0] in "+-":
            pips = round(float(terms.barrier) * 10**spec.pip_decimals)
            level = f"S{pips}P"
        else:
            level = str(int(Decimal(terms.barrier) * 1_000_000))
        return f"{terms.contract_type}_{terms.symbol}_{payout}_{start}_{end}_{level}_0"

    # ---- buying and selling ---------------------------------------------------------

    def buy(
        self,
        loginid: str,
        contract: str,
        price: Decimal | float | str,
        *,
        parameters: Mapping[str, object] | None = None,
        app_id: int | None = None,
    ) -> Body:
        """A `buy` reply: buys proposal `contract` (or, with `contract` "1", `parameters`)
        if it costs at most `price`, debiting the stake."""
        limit = _decimal(price, "price")
        with self._session() as now:
            account = self._account(loginid)
            if contract == "1":
                if parameters is None:
                    raise _field_error("parameters", "required when buying without a proposal")
                terms = self._terms(parameters, loginid)
            else:
                terms = self._proposal_terms(contract)
                if terms.currency != account.currency:
                    raise ContractCreationFailure(
                        f"The account's currency is {account.currency}, not {terms.currency}.",
                        {"currency": f"must be {account.currency}"},
                    )
            quote = self._price(terms, now)
            if quote.ask > limit:
                raise PriceMoved(
                    f"The contract now costs {quote.ask} {terms.currency}, "
                    f"more than your price {limit}."
                )
            if quote.ask > account.balance:
                raise InsufficientBalance(self._too_low(account, quote.ask))
            series = self._series[terms.symbol]
            entry, exit_tick, expiry = self._expiry(terms, now, series)
            bought = _Contract(
                contract_id=self._next_contract_id,
                loginid=loginid,
                terms=terms,
                buy_price=quote.ask,
                payout=quote.payout,
                purchase_time=now,
                entry_tick_time=entry,
                exit_tick_time=exit_tick,
                date_expiry=expiry,
                buy_transaction_id=0,
                longcode=self._longcode(terms, expiry),
                shortcode=self._shortcode(terms, quote.payout, now, expiry),
                app_id=app_id,
            )
            self._next_contract_id += 1
            account.contracts[bought.contract_id] = bought
            bought.buy_transaction_id = self._next_transaction_id
            entry_row = self._record(account, "buy", -quote.ask, now, bought)
            heapq.heappush(self._expiries, (expiry, bought.contract_id, loginid))
            return {
                "buy": {
                    "balance_after": _number(entry_row.balance_after),
                    "buy_price": _number(bought.buy_price),
                    "contract_id": bought.contract_id,
                    "longcode": bought.longcode,
                    "payout": _number(bought.payout),
                    "purchase_time": now,
                    "shortcode": bought.shortcode,
                    "start_time": now,
                    "transaction_id": entry_row.transaction_id,
                }
            }

    def sell(self, loginid: str, contract_id: int, price: Decimal | float | str = 0) -> Body:
        """A `sell` reply: sells an open contract at its bid, if the bid is at least `price`
        (0 sells at whatever it is worth)."""
        minimum = _decimal(price, "price")
        with self._session() as now:
            account = self._account(loginid)
            contract = account.contracts.get(contract_id)
            if contract is None or not contract.is_open:
                raise InvalidSellContractProposal(
                    "This contract is not open (unknown, sold or expired)."
                )
            problem = self._sell_problem(contract, now)
            if problem is not None:
                raise InvalidSellContractProposal(problem)
            bid = self._bid(contract, now)
            if bid < minimum:
                raise PriceMoved(
                    f"The contract now sells for {bid} {account.currency}, "
                    f"less than your price {minimum}."
                )
            entry = self._close(account, contract, bid, now, "sold")
            return {
                "sell": {
                    "balance_after": _number(entry.balance_after),
                    "contract_id": contract.contract_id,
                    "reference_id": contract.buy_transaction_id,
                    "sold_for": _number(bid),
                    "transaction_id": entry.transaction_id,
                }
            }

    def _sell_problem(self, contract: _Contract, now: int) -> str | None:
        if contract.terms.is_tick_contract:
            return "Resale of tick contracts is not offered."
        if now < contract.entry_tick_time:
            return "The contract has not started yet (waiting for the entry tick)."
        if now >= contract.date_expiry:
            return "The contract has expired."
        if not self._series[contract.terms.symbol].is_open(now):
            return "The market is closed; the contract can be sold when it opens."
        return None

    def _bid(self, contract: _Contract, now: int) -> Decimal:
        """What the market pays for an open contract now: its win chance, less a margin."""
        series = self._series[contract.terms.symbol]
        spot = series.quote(series.last_tick(now))
        if now >= contract.entry_tick_time:
            entry_spot = series.quote(contract.entry_tick_time)
        else:
            entry_spot = spot
        barrier = self._barrier_value(contract.terms, entry_spot)
        chance = self._probability(contract.terms, spot, barrier, contract.date_expiry - now)
        share = Decimal(str(max(0.0, min(1.0, chance * 0.97 - 0.005))))
        return _money(contract.payout * share, contract.terms.currency)

    def _close(
        self, account: _Account, contract: _Contract, amount: Decimal, when: int, status: str
    ) -> _Transaction:
        contract.sell_price = amount
        contract.sell_time = when
        contract.status = status
        contract.sell_transaction_id = self._next_transaction_id
        return self._record(
            account, "sell", amount, when, contract, reference_id=contract.buy_transaction_id
        )

    def _settle_due(self, now: int) -> None:
        """Settles, in expiry order, every open contract whose expiry has come."""
        while self._expiries and self._expiries[0][0] <= now:
            _, contract_id, loginid = heapq.heappop(self._expiries)
            account = self._accounts[loginid]
            contract = account.contracts[contract_id]
            if not contract.is_open:
                continue
            won = self._won(contract)
            amount = contract.payout if won else Decimal(0)
            self._close(account, contract, amount, contract.date_expiry, "won" if won else "lost")

    def _won(self, contract: _Contract) -> bool:
        terms = contract.terms
        series = self._series[terms.symbol]
        exit_quote = series.quote(contract.exit_tick_time)
        if terms.is_digit:
            digit = _last_digit(exit_quote, series.spec.pip_decimals)
            target = int(terms.barrier) if terms.barrier is not None else 0
            return {
                "DIGITEVEN": digit % 2 == 0,
                "DIGITODD": digit % 2 == 1,
                "DIGITMATCH": digit == target,
                "DIGITDIFF": digit != target,
                "DIGITOVER": digit > target,
                "DIGITUNDER": digit < target,
            }[terms.contract_type]
        barrier = self._barrier_value(terms, series.quote(contract.entry_tick_time))
        assert barrier is not None
        return {
            "CALL": exit_quote > barrier,
            "CALLE": exit_quote >= barrier,
            "PUT": exit_quote < barrier,
            "PUTE": exit_quote <= barrier,
        }[terms.contract_type]

    def _barrier(self, contract: _Contract) -> str | None:
        """The contract's barrier as the API shows it, once the entry spot is known."""
        terms = contract.terms
        if terms.is_digit:
            return terms.barrier
        series = self._series[terms.symbol]
        if self._last_now < contract.entry_tick_time:
            if terms.barrier is not None and terms.barrier[0] not in "+-":
                return f"{float(terms.barrier):.{series.spec.pip_decimals}f}"
            return None
        barrier = self._barrier_value(terms, series.quote(contract.entry_tick_time))
        return None if barrier is None else f"{barrier:.{series.spec.pip_decimals}f}"

    # ---- open contracts, portfolio, statement, profit table ------------------------

    def open_contract_ids(self, loginid: str) -> list[int]:
        """The ids of the account's open contracts (what `proposal_open_contract` without a
        `contract_id` streams)."""
        with self._session():
            account = self._account(loginid)
            return [cid for cid, contract in account.contracts.items() if contract.is_open]

    def proposal_open_contract(
        self, loginid: str, contract_id: int, *, stream_id: str | None = None
    ) -> Body:
        """A `proposal_open_contract` reply for one contract of the account, open or
        settled; an unknown id gets an empty object, as the API answers."""
        with self._session() as now:
            account = self._account(loginid)
            contract = account.contracts.get(contract_id)
            if contract is None:
                return {"proposal_open_contract": {}}
            view = self._contract_view(contract, now)
            if stream_id is not None:
                view["id"] = stream_id
            return {"proposal_open_contract": view}

    def _contract_view(self, contract: _Contract, now: int) -> Body:
        terms = contract.terms
        series = self._series[terms.symbol]
        spec = series.spec
        pip = spec.pip_decimals
        digits = _CURRENCIES[terms.currency][0]
        seen = now if contract.is_open else min(now, contract.sell_time or now)
        spot_time = series.last_tick(seen)
        if not contract.is_open and contract.status != "sold":
            spot_time = contract.exit_tick_time
        spot = series.quote(spot_time)
        value = contract.sell_price if contract.sell_price is not None else self._bid(contract, now)
        profit = value - contract.buy_price
        percentage = (profit * 100 / contract.buy_price).quantize(Decimal("0.01"), ROUND_HALF_UP)
        problem = self._sell_problem(contract, now) if contract.is_open else None
        view: Body = {
            "barrier_count": 1 if terms.contract_type not in ("DIGITEVEN", "DIGITODD") else 0,
            "bid_price": _number(value),
            "buy_price": _number(contract.buy_price),
            "contract_id": contract.contract_id,
            "contract_type": terms.contract_type,
            "currency": terms.currency,
            "current_spot": spot,
            "current_spot_display_value": f"{spot:.{pip}f}",
            "current_spot_time": spot_time,
            "date_expiry": contract.date_expiry,
            "date_settlement": contract.date_expiry,
            "date_start": contract.purchase_time,
            "display_name": spec.display_name,
            "display_value": f"{value:.{digits}f}",
            "entry_spot": None,
            "entry_spot_display_value": None,
            "expiry_time": contract.date_expiry,
            "is_expired": int(now >= contract.date_expiry),
            "is_forward_starting": 0,
            "is_intraday": int(contract.date_expiry - contract.purchase_time < _DAY),
            "is_path_dependent": 0,
            "is_settleable": int(now >= contract.date_expiry),
            "is_sold": int(not contract.is_open),
            "is_valid_to_cancel": 0,
            "is_valid_to_sell": int(contract.is_open and problem is None),
            "longcode": contract.longcode,
            "payout": _number(contract.payout),
            "profit": _number(profit),
            "profit_percentage": float(percentage),
            "purchase_time": contract.purchase_time,
            "shortcode": contract.shortcode,
            "status": contract.status,
            "transaction_ids": {"buy": contract.buy_transaction_id},
            "underlying": terms.symbol,
        }
        barrier = self._barrier(contract)
        if barrier is not None:
            view["barrier"] = barrier
        if now >= contract.entry_tick_time:
            entry = series.quote(contract.entry_tick_time)
            shown = f"{entry:.{pip}f}"
            view.update(
                entry_spot=entry,
                entry_spot_display_value=shown,
                entry_tick=entry,
                entry_tick_display_value=shown,
                entry_tick_time=contract.entry_tick_time,
            )
        if terms.is_tick_contract:
            view["tick_count"] = terms.duration
            last = min(now, contract.exit_tick_time)
            view["tick_stream"] = [
                {"epoch": epoch, "tick": quote, "tick_display_value": f"{quote:.{pip}f}"}
                for epoch, quote in series.ticks(contract.entry_tick_time, last)
            ]
        if problem is not None:
            view["validation_error"] = problem
        if not contract.is_open:
            assert contract.sell_price is not None and contract.sell_time is not None
            exit_time = contract.exit_tick_time if contract.status != "sold" else spot_time
            exit_quote = series.quote(exit_time)
            exit_shown = f"{exit_quote:.{pip}f}"
            view.update(
                exit_tick=exit_quote,
                exit_tick_display_value=exit_shown,
                exit_tick_time=exit_time,
                sell_price=_number(contract.sell_price),
                sell_spot=exit_quote,
                sell_spot_display_value=exit_shown,
                sell_spot_time=exit_time,
                sell_time=contract.sell_time,
            )
            view["transaction_ids"]["sell"] = contract.sell_transaction_id
        return view

    def portfolio(self, loginid: str, *, contract_types: Iterable[str] | None = None) -> Body:
        """A `portfolio` reply: the account's open contracts, oldest first."""
        wanted = set(contract_types or ())
        with self._session():
            account = self._account(loginid)
            rows = [
                {
                    "app_id": contract.app_id,
                    "buy_price": _number(contract.buy_price),
                    "contract_id": contract.contract_id,
                    "contract_type": contract.terms.contract_type,
                    "currency": contract.terms.currency,
                    "date_start": contract.purchase_time,
                    "expiry_time": contract.date_expiry,
                    "longcode": contract.longcode,
                    "payout": _number(contract.payout),
                    "purchase_time": contract.purchase_time,
                    "shortcode": contract.shortcode,
                    "symbol": contract.terms.symbol,
                    "transaction_id": contract.buy_transaction_id,
                }
                for contract in account.contracts.values()
                if contract.is_open and (not wanted or contract.terms.contract_type in wanted)
            ]
            return {"portfolio": {"contracts": rows}}

    def statement(
        self,
        loginid: str,
        *,
        action_type: str | None = None,
        date_from: int | None = None,
        date_to: int | None = None,
        description: int = 0,
        limit: float = 100,
        offset: int = 0,
    ) -> Body:
        """A `statement` reply: the account's transactions, newest first, filtered by
        action and time (inclusive), then paged by `offset` and `limit`."""
        count = self._page_size(limit, _MAX_STATEMENT_LIMIT)
        if offset < 0:
            raise _field_error("offset", "must not be negative")
        with self._session():
            account = self._account(loginid)
            chosen = [
                entry
                for entry in reversed(account.transactions)
                if (action_type is None or entry.action_type == action_type)
                and (date_from is None or entry.transaction_time >= date_from)
                and (date_to is None or entry.transaction_time <= date_to)
            ][offset : offset + count]
            rows = [self._statement_row(account, entry, description) for entry in chosen]
            return {"statement": {"count": len(rows), "transactions": rows}}

    @staticmethod
    def _page_size(limit: float, most: int) -> int:
        if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit < 0:
            raise _field_error("limit", "must be a number from 0")
        if limit > most:
            raise _field_error("limit", f"must be at most {most}")
        return int(limit)

    def _statement_row(self, account: _Account, entry: _Transaction, description: int) -> Body:
        contract = account.contracts.get(entry.contract_id) if entry.contract_id else None
        row: Body = {
            "action_type": entry.action_type,
            "amount": _number(entry.amount),
            "app_id": entry.app_id,
            "balance_after": _number(entry.balance_after),
            "contract_id": entry.contract_id,
            "payout": _number(contract.payout) if contract else None,
            "reference_id": entry.reference_id,
            "transaction_id": entry.transaction_id,
            "transaction_time": entry.transaction_time,
        }
        if contract is not None and entry.action_type == "sell":
            row["purchase_time"] = contract.purchase_time
        if description:
            row["longcode"] = contract.longcode if contract else self._payment_text(entry)
            row["shortcode"] = contract.shortcode if contract else None
        return row

    def profit_table(
        self,
        loginid: str,
        *,
        contract_types: Iterable[str] | None = None,
        date_from: str | int | None = None,
        date_to: str | int | None = None,
        description: int = 0,
        limit: float = 50,
        offset: int = 0,
        sort: str = "DESC",
    ) -> Body:
        """A `profit_table` reply: settled contracts (sold or expired) with buy and sell
        prices, filtered by type and sell time (dates are whole UTC days), then paged."""
        count = self._page_size(limit, _MAX_PROFIT_TABLE_LIMIT)
        if offset < 0:
            raise _field_error("offset", "must not be negative")
        if sort not in ("ASC", "DESC"):
            raise _field_error("sort", "must be 'ASC' or 'DESC'")
        low = None if date_from is None else _date_bound(date_from, "date_from", end=False)
        high = None if date_to is None else _date_bound(date_to, "date_to", end=True)
        wanted = set(contract_types or ())
        with self._session():
            account = self._account(loginid)
            closed = sorted(
                (c for c in account.contracts.values() if not c.is_open),
                key=lambda c: c.sell_transaction_id or 0,
                reverse=sort == "DESC",
            )
            chosen = [
                c
                for c in closed
                if (not wanted or c.terms.contract_type in wanted)
                and (low is None or (c.sell_time or 0) >= low)
                and (high is None or (c.sell_time or 0) <= high)
            ][offset : offset + count]
            rows = [self._profit_row(contract, description) for contract in chosen]
            return {"profit_table": {"count": len(rows), "transactions": rows}}

    @staticmethod
    def _profit_row(contract: _Contract, description: int) -> Body:
        assert contract.sell_price is not None
        row: Body = {
            "app_id": contract.app_id,
            "buy_price": _number(contract.buy_price),
            "contract_id": contract.contract_id,
            "payout": _number(contract.payout),
            "purchase_time": contract.purchase_time,
            "sell_price": _number(contract.sell_price),
            "sell_time": contract.sell_time,
            "transaction_id": contract.buy_transaction_id,
        }
        if description:
            terms = contract.terms
            if terms.is_tick_contract:
                kind = "ticks"
            elif contract.date_expiry - contract.purchase_time < _DAY:
                kind = "intraday"
            else:
                kind = "daily"
            row.update(
                contract_type=terms.contract_type,
                duration_type=kind,
                longcode=contract.longcode,
                shortcode=contract.shortcode,
                underlying_symbol=terms.symbol,
            )
        return row

    def transactions(self, loginid: str) -> list[Body]:
        """Every `transaction` stream body of the account so far, oldest first, as each was
        sent when it happened."""
        with self._session():
            account = self._account(loginid)
            return [dict(entry.stream_body) for entry in account.transactions]


def _date_bound(value: str | int, name: str, *, end: bool) -> int:
    """An epoch from a profit_table date: digits are an epoch, YYYY-MM-DD a whole UTC day."""
    text = str(value)
    if text.isdigit() and len(text) <= 10:
        return int(text)
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise _field_error(name, "must be an epoch or YYYY-MM-DD")
    year, month, day = (int(part) for part in parts)
    try:
        start = calendar.timegm(datetime.date(year, month, day).timetuple())
    except ValueError:
        raise _field_error(name, "is not a calendar date") from None
    return start + _DAY - 1 if end else start
