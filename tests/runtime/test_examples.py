"""The shared example generator (runtime/testing/examples.py), in place, in both dialects."""

from __future__ import annotations

from decimal import Decimal
from random import Random
from typing import Any

import pytest
from jsonschema import Draft4Validator, Draft202012Validator

from generator.runtime.okcoin.hints import OkcoinHints
from generator.runtime.testing.examples import Examples, ValueHints

MODERN: dict[str, Any] = {
    "components": {
        "schemas": {
            "Ticker": {
                "type": "object",
                "required": ["instrument_id", "last", "high_24h", "low_24h"],
                "properties": {
                    "instrument_id": {"type": "string"},
                    "last": {"type": "string", "format": "decimal"},
                    "open_24h": {"type": "string", "format": "decimal"},
                    "high_24h": {"type": "string", "format": "decimal"},
                    "low_24h": {"type": "string", "format": "decimal"},
                    "best_bid": {"type": "string", "format": "decimal"},
                    "best_ask": {"type": "string", "format": "decimal"},
                    "timestamp": {"type": "string", "format": "date-time"},
                },
            }
        }
    }
}


def modern(hints: ValueHints | None = None) -> Examples:
    def valid(schema: Any, value: Any) -> bool:
        root = {**schema, "components": MODERN["components"]}
        return bool(Draft202012Validator(root).is_valid(value))

    return Examples(MODERN, hints=hints, is_valid=valid)


def test_lists_have_several_varied_records() -> None:
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Ticker"}}
    rows = modern(OkcoinHints()).example(schema, key="tickers")
    assert len(rows) >= 3
    assert len({row["instrument_id"] for row in rows}) == len(rows)
    assert len({row["last"] for row in rows}) == len(rows)
    for row in rows:
        assert Decimal(row["low_24h"]) <= Decimal(row["open_24h"]) <= Decimal(row["high_24h"])
        assert Decimal(row["low_24h"]) <= Decimal(row["last"]) <= Decimal(row["high_24h"])
        assert Decimal(row["best_bid"]) <= Decimal(row["best_ask"])
        assert row["timestamp"].endswith("Z") and row["timestamp"][:2] == "20"
    assert Draft202012Validator({**schema, **MODERN}).is_valid(rows)


def test_prices_sit_near_their_market() -> None:
    schema = {"$ref": "#/components/schemas/Ticker"}
    row = modern(OkcoinHints()).example(schema, key="one")
    row_price = Decimal(row["last"])
    assert row["instrument_id"] == "BTC-USD"
    assert Decimal("20000") < row_price < Decimal("35000")


def test_the_same_key_gives_the_same_value_and_another_key_another() -> None:
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Ticker"}}
    examples = modern()
    assert examples.example(schema, key="a") == examples.example(schema, key="a")
    assert examples.example(schema, key="a") != examples.example(schema, key="b")


def test_modern_tuples_bounds_and_enums() -> None:
    schema = {
        "type": "object",
        "properties": {
            "candle": {
                "type": "array",
                "prefixItems": [{"type": "string", "format": "date-time"}, {"type": "number"}],
                "items": False,
            },
            "count": {"type": "integer", "exclusiveMinimum": 5, "maximum": 6},
            "state": {"type": "string", "enum": ["-1", "0", "1", "2"]},
            "few": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
        },
    }
    value = Examples({}).example(schema)
    assert Draft202012Validator(schema).is_valid(value)
    assert len(value["candle"]) == 2 and value["count"] == 6
    assert len(value["few"]) == 2


def test_draft_04_tuples_boolean_bounds_and_pattern_properties() -> None:
    schema = {
        "type": "object",
        "properties": {
            "pair": {
                "type": "array",
                "items": [{"type": "integer"}, {"type": "string"}],
                "additionalItems": False,
            },
            "stake": {"type": "number", "minimum": 0, "exclusiveMinimum": True, "maximum": 1},
            "limits": {
                "type": "object",
                "patternProperties": {"^[a-z]+$": {"type": "integer", "minimum": 1}},
                "additionalProperties": False,
            },
        },
    }
    value = Examples({}, dialect="draft-04").example(schema)
    assert Draft4Validator(schema).is_valid(value)
    assert len(value["pair"]) == 2 and isinstance(value["pair"][0], int)
    assert 0 < value["stake"] <= 1
    assert value["limits"] and all(isinstance(v, int) for v in value["limits"].values())


def test_no_placeholder_strings() -> None:
    schema = {
        "type": "object",
        "properties": {name: {"type": "string"} for name in ("note", "order_id", "txid", "url")},
    }
    value = Examples({}).example(schema)
    assert value["order_id"].isdigit() and len(value["order_id"]) >= 7
    assert len(value["txid"]) == 64
    assert all("example" not in text for text in value.values())


def test_a_finish_step_that_breaks_the_schema_is_not_used() -> None:
    class Breaking(ValueHints):
        def finish(self, value: dict[str, Any], rng: Random, index: int) -> dict[str, Any]:
            return {**value, "side": "sideways"}

    schema = {"type": "object", "properties": {"side": {"enum": ["buy", "sell"]}}}
    examples = Examples(
        {}, hints=Breaking(), is_valid=lambda s, v: Draft202012Validator(s).is_valid(v)
    )
    assert examples.example(schema)["side"] in ("buy", "sell")


def test_unknown_dialect_is_refused() -> None:
    with pytest.raises(ValueError, match="dialect"):
        Examples({}, dialect="draft-07")


def test_okcoin_orders_and_accounts_agree_with_themselves() -> None:
    decimal = {"type": "string", "format": "decimal"}
    orders = {
        "type": "array",
        "items": {
            "type": "object",
            "properties": {
                "instrument_id": {"type": "string"},
                "price": decimal,
                "size": decimal,
                "filled_size": decimal,
                "filled_notional": decimal,
                "state": {"type": "string"},
                "status": {"type": "string"},
            },
        },
        "minItems": 4,
    }
    texts = {"-1": "cancelled", "0": "open", "1": "part_filled", "2": "filled"}
    for row in modern(OkcoinHints()).example(orders, key="orders"):
        size, filled = Decimal(row["size"]), Decimal(row["filled_size"])
        assert row["status"] == texts[row["state"]]
        assert {"0": filled == 0, "-1": filled == 0, "1": 0 < filled < size, "2": filled == size}[
            row["state"]
        ]
        assert Decimal(row["filled_notional"]) == Decimal(row["price"]) * filled
    account = {
        "type": "object",
        "properties": {name: decimal for name in ("balance", "available", "hold")},
    }
    row = modern(OkcoinHints()).example(account, key="account")
    assert Decimal(row["balance"]) == Decimal(row["available"]) + Decimal(row["hold"])


def draft_04(hints: ValueHints | None = None) -> Examples:
    """A draft-04 generator that checks its choices, as the Binary.com simulator's does."""
    return Examples(
        {},
        dialect="draft-04",
        hints=hints,
        is_valid=lambda schema, value: bool(Draft4Validator(schema).is_valid(value)),
    )


def test_minimal_objects_carry_only_required_properties_even_undeclared_ones() -> None:
    schema = {
        "type": "object",
        "required": ["proposal", "symbol", "contract_id", "extra"],
        "properties": {
            "proposal": {"type": "integer", "enum": [1]},
            "symbol": {"type": "string"},
            "amount": {"type": "number"},
            "options": {"type": "object", "properties": {"a": {"type": "string"}}},
        },
        "patternProperties": {"_id$": {"type": "integer", "minimum": 10}},
        "additionalProperties": {"type": "string", "pattern": "^[a-z]{3}$"},
    }
    examples = draft_04()
    smallest = examples.minimal(schema, key="proposal")
    assert Draft4Validator(schema).is_valid(smallest)
    assert list(smallest) == ["proposal", "symbol", "contract_id", "extra"]
    assert smallest["contract_id"] >= 10 and len(smallest["extra"]) == 3
    full = examples.example(schema, key="proposal")
    assert Draft4Validator(schema).is_valid(full)
    assert {"amount", "options", "contract_id", "extra"} <= set(full)


def test_strings_are_built_from_their_pattern_when_no_hint_fits() -> None:
    patterns = [
        r"^[A-Z]{2}[0-9]{4}$",
        r"^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,16}$",
        r"^\d{6,15}$",
        r"^(CALL|PUT)_[0-9]+$",
    ]
    schema = {
        "type": "object",
        "properties": {f"f{n}": {"type": "string", "pattern": p} for n, p in enumerate(patterns)},
    }
    value = draft_04().example(schema)
    assert Draft4Validator(schema).is_valid(value), value


def test_optional_parts_no_value_satisfies_are_left_out() -> None:
    """Upstream contradictions: a property that a `.*` pattern property types otherwise, a
    list whose items cannot exist."""
    schema = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string"},
            "count": {"type": "integer"},
            "never": {"type": "array", "items": {"type": "integer", "minimum": 5, "maximum": 1}},
        },
        "patternProperties": {"^c": {"type": "string"}},
    }
    value = draft_04().example(schema)
    assert Draft4Validator(schema).is_valid(value)
    assert "count" not in value and value["never"] == []


def test_binary_com_hints_key_maps_by_name_and_write_epochs_as_integers() -> None:
    from generator.runtime.binary.hints import BinaryComHints

    schema = {
        "type": "object",
        "properties": {
            "accounts": {"type": "object", "additionalProperties": {"type": "number"}},
            "rates": {
                "type": "object",
                "patternProperties": {"^[A-Z]{3}$": {"type": "number", "minimum": 0}},
            },
            "history": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"epoch": {"type": "integer"}, "fee": {"type": "number"}},
                },
            },
            "limits": {
                "type": "object",
                "properties": {"min": {"type": "number"}, "max": {"type": "number"}},
            },
            "fees": {
                "type": "object",
                "additionalProperties": {"type": "number", "minimum": 0, "maximum": 7},
            },
            "tags": {"type": "array", "items": {"enum": ["a", "b"]}, "uniqueItems": True},
        },
    }
    value = draft_04(BinaryComHints()).example(schema, key="statement")
    assert Draft4Validator(schema).is_valid(value)
    assert list(value["accounts"]) == ["CR90000000", "CR90000001", "VRTC90000002"]
    assert list(value["rates"]) == ["USD", "EUR", "GBP"]
    epochs = [row["epoch"] for row in value["history"]]
    assert all(1_699_990_000 < epoch <= 1_700_000_000 for epoch in epochs)
    assert len(set(epochs)) == len(epochs) == 3
    assert value["limits"]["min"] <= value["limits"]["max"]
    assert len(set(value["fees"].values())) > 1  # varied inside the range, not all clamped to 7
    assert sorted(value["tags"]) == sorted(set(value["tags"]))


def test_free_text_is_read_from_the_field_name_and_its_parent() -> None:
    """No `name1234`: text fields get what their name (and, per API, their parent) says."""
    from generator.runtime.binary.hints import BinaryComHints

    text = {"type": "string"}
    schema = {
        "type": "object",
        "properties": {
            "markets": {"type": "array", "items": {"properties": {"name": text}}},
            "advertiser_details": {"type": "object", "properties": {"name": text}},
            "landing_company_details": {"type": "object", "properties": {"name": text}},
            "max_withdrawal": text,
            "zipCode": text,
            "ip": text,
            "contact_url": text,
            "tax_residence": text,
        },
    }
    value = draft_04(BinaryComHints()).example(schema, key="k")
    assert {row["name"] for row in value["markets"]} <= {"Derived", "Forex", "Stock Indices"}
    assert value["advertiser_details"]["name"] in ("jane_trades", "sam_lee_fx", "ana_p2p")
    assert value["landing_company_details"]["name"].startswith("Deriv")
    assert Decimal(value["max_withdrawal"]) > 0
    generic = draft_04().example(schema, key="k")
    assert generic["zipCode"] in ("12190", "8001", "50050")
    assert generic["ip"].startswith("203.0.113.")
    assert generic["contact_url"].startswith("https://")
    assert generic["tax_residence"] in ("id", "za", "br")
    for name in ("zipCode", "ip", "contact_url", "tax_residence", "max_withdrawal"):
        assert not generic[name].lower().startswith(name.lower()[:4]), generic[name]
