"""What Binary.com's messages look like, for the calls the market model does not answer.

The example generator (`testing/examples.py`) knows JSON Schema; these hints add Binary.com's
side: the synthetic indices the market trades, CR/VRTC login ids, the svg landing company,
ISO country codes, real-looking personal details for account calls, and integer Unix times
for the API's many epoch fields (`epoch`, `date_start`, `expiry_time`, `purchase_time`).
Every value is still checked against the call's schema by the generator; a hint the schema
rejects falls back to the generic rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from random import Random
from typing import Any

from ..testing.examples import ValueHints

__all__ = ["BinaryComHints"]

_SYMBOLS = ("R_100", "R_50", "R_25", "R_10", "1HZ100V")
_LOGIN_IDS = ("CR90000000", "CR90000001", "VRTC90000002")
_COUNTRIES = ("id", "za", "br")
_CURRENCIES = ("USD", "EUR", "GBP")
_PASSWORD = ("Simulat0r!pw",)

# Map keys by the name of the map; anything else is keyed by currency, as most of them are.
_MAP_KEYS: Mapping[str, Sequence[str]] = {
    "accounts": _LOGIN_IDS,
    "initial_deposit_per_country": ("id", "za", "default"),
}
# Numbers that count decimal places.
_DIGIT_COUNTS: Mapping[str, Sequence[int]] = {
    "fractional_digits": (2, 2, 8),
    "pip_size": (2, 3, 4),
    "decimal_places": (2, 2, 8),
    "display_decimals": (2, 2, 8),
}


class BinaryComHints(ValueHints):
    """Binary.com names, ids and times."""

    list_length = 3
    epoch_names = re.compile(r"(^|_)(epoch|time|date|expiry|start|end)($|_)|_at$")
    strings: Mapping[str, Sequence[str]] = {
        "currency": _CURRENCIES,
        "base_currency": ("USD",),
        "target_currency": ("EUR",),
        "payout_currency": ("USD",),
        "symbol": _SYMBOLS,
        "underlying": _SYMBOLS,
        "underlying_symbol": _SYMBOLS,
        "ticks": _SYMBOLS,
        "ticks_history": _SYMBOLS,
        "contracts_for": _SYMBOLS,
        "loginid": _LOGIN_IDS,
        "account": _LOGIN_IDS,
        "country": _COUNTRIES,
        "country_code": _COUNTRIES,
        "residence": _COUNTRIES,
        "citizen": _COUNTRIES,
        "place_of_birth": _COUNTRIES,
        "paymentagent_list": _COUNTRIES,
        "states_list": _COUNTRIES,
        "landing_company": ("svg",),
        "landing_company_name": ("svg",),
        "email": ("jane.doe@mailbox.test", "sam.lee@mailbox.test", "ana.silva@mailbox.test"),
        "verify_email": ("jane.doe@mailbox.test",),
        "date_of_birth": ("1990-01-01", "1985-06-15", "1979-11-30"),
        "address_city": ("Jakarta", "Cape Town", "Recife"),
        "address_line_1": ("12 Jalan Sudirman", "4 Long Street", "88 Rua da Aurora"),
        "address_postcode": ("12190", "8001", "50050"),
        "address_state": ("JK", "WC", "PE"),
        "first_name": ("Jane", "Sam", "Ana"),
        "last_name": ("Doe", "Lee", "Silva"),
        "fullname": ("Jane Doe", "Sam Lee", "Ana Silva"),
        "phone": ("+6281234567890", "+27215550123", "+5581955501234"),
        "display_name": ("Volatility 100 Index", "Volatility 50 Index", "Volatility 25 Index"),
        "market": ("synthetic_index",),
        "submarket": ("random_index",),
        "language": ("EN",),
        "broker": ("CR",),
        "new_password": _PASSWORD,
        "old_password": _PASSWORD,
        "password": _PASSWORD,
        "main_password": _PASSWORD,
        "redirect_uri": ("https://app.mailbox.test/redirect",),
        "homepage": ("https://app.mailbox.test/",),
        "url": ("https://app.mailbox.test/",),
        "example_format": ("99.999.999.9-999.999", "1234567890", "AB123456C"),
        "longcode": (
            "Win payout if Volatility 100 Index is strictly higher than entry spot at 5 minutes "
            "after contract start time.",
        ),
    }

    def decimal(self, name: str, rng: Random, index: int) -> Decimal | None:
        """Digit counts and pip sizes are small whole numbers; the rest as the generic rule."""
        if name in _DIGIT_COUNTS:
            return Decimal(_DIGIT_COUNTS[name][index % len(_DIGIT_COUNTS[name])])
        return super().decimal(name, rng, index)

    def map_keys(self, name: str, rng: Random) -> list[str]:
        return list(_MAP_KEYS.get(name, _CURRENCIES))

    def finish(self, value: dict[str, Any], rng: Random, index: int) -> dict[str, Any]:
        """A range's `min` stays at or below its `max`, as limits are reported."""
        low: Any = value.get("min")
        high: Any = value.get("max")
        if _is_number(low) and _is_number(high) and low > high:
            value["min"], value["max"] = high, low
        return super().finish(value, rng, index)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
