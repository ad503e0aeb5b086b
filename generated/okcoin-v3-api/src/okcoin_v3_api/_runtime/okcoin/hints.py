"""What Okcoin's replies look like, for the routes the exchange model does not serve.

The example generator (`testing/examples.py`) knows JSON Schema; these hints add Okcoin's
side: the exchange's own instruments and currencies, prices near each market's price on its
tick, sizes on the size increment, the v3 order state codes with their matching status text,
and fields that must agree (a balance is available plus hold, an order filled no more than
its size).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_DOWN, Decimal
from random import Random
from typing import Any

from ..testing.examples import ValueHints
from .exchange import DEFAULT_CURRENCIES, DEFAULT_INSTRUMENTS, InstrumentSpec

__all__ = ["OkcoinHints"]

_INSTRUMENTS: Mapping[str, InstrumentSpec] = {
    spec.instrument_id: spec for spec in DEFAULT_INSTRUMENTS
}
_PRICE_FIELDS = frozenset(
    {
        "price",
        "price_avg",
        "open",
        "high",
        "low",
        "close",
        "last",
        "best_bid",
        "best_ask",
        "bid",
        "ask",
        "open_24h",
        "high_24h",
        "low_24h",
        "trigger_price",
        "algo_price",
        "limit_price",
        "mark_price",
    }
)
_SIZE_FIELDS = frozenset({"size", "filled_size", "last_qty", "best_bid_size", "best_ask_size"})
_STATE_TEXT = {"-1": "cancelled", "0": "open", "1": "part_filled", "2": "filled"}


class OkcoinHints(ValueHints):
    """Okcoin v3 names and number formats."""

    list_length = 3
    strings: Mapping[str, Sequence[str]] = {
        "instrument_id": [spec.instrument_id for spec in DEFAULT_INSTRUMENTS],
        "product_id": [spec.instrument_id for spec in DEFAULT_INSTRUMENTS],
        "currency": [spec.currency for spec in DEFAULT_CURRENCIES],
        "ccy": [spec.currency for spec in DEFAULT_CURRENCIES],
        "base_currency": [spec.base_currency for spec in DEFAULT_INSTRUMENTS],
        "quote_currency": [spec.quote_currency for spec in DEFAULT_INSTRUMENTS],
        "name": [spec.name for spec in DEFAULT_CURRENCIES],
        "side": ["buy", "sell"],
        "type": ["limit", "market"],
        "order_type": ["0", "1", "2", "3"],
        "liquidity": ["M", "T"],
        "exec_type": ["M", "T"],
        "state": ["2", "0", "1", "-1"],
        "status": ["filled", "open", "part_filled", "cancelled"],
        "can_deposit": ["1", "1", "0"],
        "can_withdraw": ["1", "0", "1"],
        "from": ["1", "6"],
        "to": ["6", "1"],
        "error_code": [""],
        "error_message": [""],
        "client_oid": ["bot1a", "bot2b", "bot3c", "bot4d"],
        "time_interval": ["5", "30", "60"],
        "address": [
            "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "ltc1qg42tkwuuxefutzxezdkdel39gfstuap288mfea",
        ],
    }

    def decimal(self, name: str, rng: Random, index: int) -> Decimal | None:
        if name in _SIZE_FIELDS:
            return _step_down(Decimal(rng.randint(1, 50000)) / 10000, Decimal("0.0001"))
        return super().decimal(name, rng, index)

    def map_keys(self, name: str, rng: Random) -> list[str]:
        """Okcoin keys its batch answers by lower-case instrument id."""
        return [spec.instrument_id.lower() for spec in DEFAULT_INSTRUMENTS[:3]]

    def finish(self, value: dict[str, Any], rng: Random, index: int) -> dict[str, Any]:
        spec = _INSTRUMENTS.get(str(value.get("instrument_id", "")).upper())
        if spec is not None:
            self._fit_market(value, spec, rng)
        _fit_order(value)
        _fit_balance(value)
        return super().finish(value, rng, index)

    @staticmethod
    def _fit_market(value: dict[str, Any], spec: InstrumentSpec, rng: Random) -> None:
        """Prices near the market's price on its tick, sizes on its increment, the currency
        one of the market's two."""
        for name in sorted(_PRICE_FIELDS & value.keys()):  # a set: ordered for determinism
            if _is_decimal_text(value[name]):
                moved = spec.price * (1 + Decimal(rng.randint(-200, 200)) / 10000)
                value[name] = str(_step_down(moved, spec.tick_size))
        for name in _SIZE_FIELDS & value.keys():
            if _is_decimal_text(value[name]):
                size = max(Decimal(value[name]), spec.min_size)
                value[name] = str(_step_down(size, spec.size_increment))
        if "product_id" in value:
            value["product_id"] = spec.instrument_id
        if value.get("currency") not in (spec.base_currency, spec.quote_currency, None):
            value["currency"] = spec.base_currency


def _is_decimal_text(value: Any) -> bool:
    if not isinstance(value, str) or not value:
        return False
    try:
        Decimal(value)
    except ArithmeticError:
        return False
    return True


def _step_down(amount: Decimal, step: Decimal) -> Decimal:
    return (amount / step).to_integral_value(rounding=ROUND_DOWN) * step


def _fit_order(value: dict[str, Any]) -> None:
    """Filled size within the size, the state code matching it and the status text the code."""
    size, filled = value.get("size"), value.get("filled_size")
    state = value.get("state")
    if _is_decimal_text(size) and _is_decimal_text(filled):
        total, done = Decimal(str(size)), Decimal(str(filled))
        if state in ("0", "-1"):
            done = Decimal(0)
        elif state == "1" and not 0 < done < total:
            done = _step_down(total / 2, Decimal("0.0001"))
        elif state == "2" or done > total:
            done = total
        value["filled_size"] = str(done)
        price = value.get("price_avg") or value.get("price")
        if "filled_notional" in value and _is_decimal_text(price):
            notional = (Decimal(str(price)) * done).quantize(Decimal("0.00000001"))
            value["filled_notional"] = _plain(notional)
    if isinstance(state, str) and state in _STATE_TEXT and "status" in value:
        value["status"] = _STATE_TEXT[state]


def _plain(amount: Decimal) -> str:
    """Decimal text without trailing zeros, as v3 writes computed amounts."""
    text = format(amount, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _fit_balance(value: dict[str, Any]) -> None:
    """balance = available + hold, as Okcoin reports an account."""
    available, hold = value.get("available"), value.get("hold")
    if "balance" in value and _is_decimal_text(available) and _is_decimal_text(hold):
        value["balance"] = str(Decimal(str(available)) + Decimal(str(hold)))
