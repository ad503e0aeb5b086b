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
    "landing_company": ("svg", "bvi", "vanuatu"),
}
# Numbers that count decimal places.
_DIGIT_COUNTS: Mapping[str, Sequence[int]] = {
    "fractional_digits": (2, 2, 8),
    "pip_size": (2, 3, 4),
    "decimal_places": (2, 2, 8),
    "display_decimals": (2, 2, 8),
}


_PEOPLE = ("Jane Doe", "Sam Lee", "Ana Silva")
_NICKNAMES = ("jane_trades", "sam_lee_fx", "ana_p2p")
_CONTRACT_TYPES = ("CALL", "PUT", "DIGITEVEN", "MULTUP")
_SHORTCODES = (
    "CALL_R_100_19.54_1699999700_1700000000_S0P_0",
    "PUT_R_50_19.23_1699999400_1699999700_S0P_0",
    "DIGITEVEN_R_25_19.5_1699999100_5T",
)
_SYMBOL_NAMES = ("Volatility 100 Index", "Volatility 50 Index", "Volatility 25 Index")
_FIELD_NAMES = ("citizen", "place_of_birth", "tax_residence", "tax_identification_number")
_PAYMENT_METHODS = ("bank_transfer", "skrill", "paypal")
_DOCUMENTS = ("passport", "national_identity_card", "driving_licence")
# Free text by (parent, field): what a field holds depends on where it sits.
_TEXT_BY_PARENT: Mapping[tuple[str, str], Sequence[str]] = {
    ("markets", "name"): ("Derived", "Forex", "Stock Indices"),
    ("market", "name"): ("Derived", "Forex", "Stock Indices"),
    ("submarkets", "name"): ("Continuous Indices", "Major Pairs", "Asian indices"),
    ("submarket", "name"): ("Continuous Indices", "Major Pairs", "Asian indices"),
    ("symbols", "name"): _SYMBOL_NAMES,
    ("symbol", "name"): _SYMBOL_NAMES,
    ("trade_type", "name"): ("Rise/Fall", "Even/Odd", "Multipliers"),
    ("durations", "name"): ("ticks", "minutes", "days"),
    ("all_ticks", "name"): ("Entry spot", "Exit spot", "Start time"),
    ("contract_start", "name"): ("Start time", "Entry spot"),
    ("contract_end", "name"): ("Exit spot", "End time"),
    ("advertiser_details", "name"): _NICKNAMES,
    ("client_details", "name"): _NICKNAMES,
    ("blocked_advertisers", "name"): _NICKNAMES,
    ("favourite_advertisers", "name"): _NICKNAMES,
    ("p2p_advertiser_create", "name"): _NICKNAMES,
    ("p2p_advertiser_info", "name"): _NICKNAMES,
    ("p2p_advertiser_update", "name"): _NICKNAMES,
    ("list", "name"): _NICKNAMES,
    ("mt5_get_settings", "name"): _PEOPLE,
    ("mt5_login_list", "name"): _PEOPLE,
    ("app_get", "name"): ("Trading Journal", "Price Alerts", "Portfolio Viewer"),
    ("app_list", "name"): ("Trading Journal", "Price Alerts", "Portfolio Viewer"),
    ("app_register", "name"): ("Trading Journal",),
    ("app_update", "name"): ("Trading Journal",),
    ("oauth_apps", "name"): ("Trading Journal", "Price Alerts", "Portfolio Viewer"),
    ("EUR", "name"): ("Euro",),
    ("GBP", "name"): ("Pound Sterling",),
    ("USD", "name"): ("US Dollar",),
    ("platform_url", "EUR"): ("https://partners.mailbox.test/eur",),
    ("platform_url", "GBP"): ("https://partners.mailbox.test/gbp",),
    ("platform_url", "USD"): ("https://partners.mailbox.test/usd",),
    ("commodities", "name"): ("Gold/USD", "Silver/USD"),
    ("forex", "name"): ("EUR/USD", "GBP/USD", "USD/JPY"),
    ("indices", "name"): ("US Tech 100", "Wall Street 30"),
    ("events", "event_name"): ("Nonfarm payrolls", "Interest rate decision"),
    ("login_history", "action"): ("login", "logout"),
    ("history", "service"): ("idv", "onfido", "manual"),
    ("available_services", "service"): ("idv", "onfido", "manual"),
    ("geolocation", "group"): ("asia", "africa", "europe"),
    ("error", "code"): ("MT5AccountInaccessible", "MT5DemoServerUnavailable"),
    ("landing_company", "svg"): ("standard",),
    ("landing_company", "vanuatu"): ("high",),
    ("landing_company", "bvi"): ("low",),
}
# Free text by field, wherever it sits.
_TEXT_BY_FIELD: Mapping[str, Sequence[str]] = {
    "name": ("Deriv (SVG) LLC", "Deriv Investments (Europe) Limited", "Deriv (BVI) Ltd"),
    "payment_method": _PAYMENT_METHODS,
    "payment_method_names": ("Bank Transfer", "Skrill", "PayPal"),
    "method": _PAYMENT_METHODS,
    "payment_processor": ("Skrill", "Neteller", "Visa"),
    "type": ("EWallet", "CreditCard", "BankWire"),
    "type_display_name": ("E-wallet", "Credit/debit card", "Bank wire"),
    "legal_allowed_contract_categories": ("callput", "digits", "multiplier"),
    "legal_allowed_markets": ("forex", "synthetic_index", "indices"),
    "financial_assessment": ("financial_information", "trading_experience"),
    "mt5": _FIELD_NAMES,
    "partner": _FIELD_NAMES,
    "signup": _FIELD_NAMES,
    "withdrawal": _FIELD_NAMES,
    "cashier_missing_fields": ("address_line_1", "phone", "tax_identification_number"),
    "immutable_fields": ("citizen", "date_of_birth", "first_name", "last_name"),
    "scopes": ("read", "trade", "payments"),
    "shortcode": _SHORTCODES,
    "contract_type": _CONTRACT_TYPES,
    "contract_display": ("Higher", "Lower", "Even"),
    "contract_category": ("callput", "digits", "multiplier"),
    "contract_category_display": ("Up/Down", "Digits", "Multiplier"),
    "barrier_category": ("euro_atm", "non_financial", "american"),
    "expiry_type": ("intraday", "tick", "daily"),
    "start_type": ("spot", "forward"),
    "sentiment": ("up", "down", "even"),
    "trade_risk_profile_choices": ("low", "medium", "high"),
    "exchange_name": ("RANDOM", "FOREX", "DERIV"),
    "market_display_name": ("Derived", "Forex", "Stock Indices"),
    "submarket_display_name": ("Continuous Indices", "Major Pairs", "Asian indices"),
    "subgroup": ("synthetics", "none", "baskets"),
    "subgroup_display_name": ("Synthetics", "None", "Baskets"),
    "symbol_type": ("stockindex", "forex", "commodities"),
    "document_type": _DOCUMENTS,
    "documents": _DOCUMENTS,
    "documents_supported": _DOCUMENTS,
    "supported_documents": _DOCUMENTS,
    "last_rejected": ("Selfie is blurry", "Document has expired"),
    "rejected_reasons": ("Selfie is blurry", "Document has expired"),
    "sides": ("front", "back"),
    "format": ("^[0-9]{16}$", "^[A-Z][0-9]{7}$", "^[0-9]{10}$"),
    "tin_format": ("^\\d{15}$", "^[A-Z]{2}\\d{9}$"),
    "invalid_patterns": ("^0{15}$",),
    "invalid_pattern": ("^0+$",),
    "tin_cleaner": ("[^0-9]",),
    "hide_if": ("no_experience", "under_25k"),
    "key": ("employment_status", "income_source", "net_income"),
    "next_node": ("income_source", "net_income", "occupation"),
    "level": ("standard", "restricted"),
    "profile_name": ("low_risk", "medium_risk", "high_risk"),
    "flag": ("highlight_tick", "highlight_time"),
    "supported_accounts": ("gaming", "financial", "financial_stp"),
    "account_type": ("real", "demo"),
    "group": ("real\\p01_ts01\\synthetic\\svg_std_usd", "demo\\p01_ts01\\synthetic\\svg_std_usd"),
    "mt5_group": ("real\\p01_ts01\\synthetic\\svg_std_usd",),
    "server": ("p01_ts01", "p02_ts02"),
    "market_type": ("synthetic", "financial", "all"),
    "assets": ("EUR/USD", "Volatility 100 Index", "Gold/USD"),
    "trade_types": ("CFDs", "Options", "Multipliers"),
    "needs_verification": ("identity", "document"),
    "cashier_validation": ("ASK_AUTHENTICATE", "ASK_CURRENCY"),
    "risk_classification": ("low", "standard", "high"),
    "salutation": ("Ms", "Mr", "Mx"),
    "tax_identification_number": ("1234567890123456", "0987654321098765"),
    "feed_license": ("realtime", "delayed"),
    "valid_for_ip": ("203.0.113.7", "203.0.113.9"),
    "environment": ("14-Nov-23 22:13:20GMT IP=203.0.113.7 IP_COUNTRY=ID LANG=EN",),
    "applies_to": ("subscribing to proposals", "all other calls", "portfolio and statement"),
    "feature_flags": ("signup_flow", "wallets", "p2p"),
    "broker_codes": ("CR", "MF", "VRTC"),
    "eligibilty_validation": ("ID_CHECK", "ADDRESS_CHECK"),
    "payment_agent_name": ("Quick Pay Agent", "Harbor Payments"),
    "paymentagent_name": ("Quick Pay Agent",),
    "client_to_full_name": _PEOPLE,
    "appstore": ("https://apps.apple.test/app/trading-journal",),
    "googleplay": ("https://play.google.test/store/apps/trading-journal",),
    "github": ("https://github.test/trading-journal",),
    "android": ("https://partners.mailbox.test/android.apk",),
    "ios": ("https://partners.mailbox.test/ios",),
    "windows": ("https://partners.mailbox.test/windows.exe",),
    "order_type": ("stop_loss", "take_profit"),
    "duration_type": ("ticks", "minutes", "hours"),
    "deal_cancellation_duration": ("5m", "10m", "60m"),
    "display_number_of_contracts": ("1.01", "2.35", "0.98"),
    "validation_error": ("Trading is not offered for this duration.",),
    "validation_error_code": ("OfferingsValidationError",),
    "disabled": ("DISABLED",),
    "selected": ("selected",),
    "default": ("standard",),
    "new_verification_code": ("8wF2kQ3s",),
    "login_code": ("7Hk2mQ9p",),
    "cashier": ("https://cashier.mailbox.test/handoff?session=5e0c2f",),
    "available_services": ("idv", "onfido", "manual"),
    "action": ("login", "logout"),
    "stop_out": ("-9.80", "-4.90", "-19.60"),
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

    def text(self, path: Sequence[str], rng: Random, index: int) -> str | None:
        """Binary.com's own words: by the field's parent first (a market's name is not a
        landing company's), then by the field alone, then the generic rules."""
        parent = path[-2] if len(path) > 1 else ""
        choices = _TEXT_BY_PARENT.get((parent, path[-1])) or _TEXT_BY_FIELD.get(path[-1])
        if choices:
            return choices[(index + rng.randrange(len(choices))) % len(choices)]
        if path[-1].endswith("loginid") or path[-1] in ("login", "agent", "client_to_loginid"):
            return _LOGIN_IDS[index % len(_LOGIN_IDS)]
        return super().text(path, rng, index)

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
