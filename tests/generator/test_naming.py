from __future__ import annotations

import pytest

from generator.naming import class_name, identifier, snake_case, unique


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("instrument_id", "instrument_id"),
        ("sub-account", "sub_account"),
        ("from", "from_"),
        ("type", "type"),
        ("OK-ACCESS-KEY", "ok_access_key"),
        ("camelCase", "camel_case"),
        ("1h_change", "n1h_change"),
        ("extra_fields", "extra_fields_"),
        ("match", "match_"),
    ],
)
def test_identifier_is_a_safe_snake_case_name(wire: str, expected: str) -> None:
    assert identifier(wire) == expected
    assert identifier(wire).isidentifier()


def test_class_and_snake_names() -> None:
    assert class_name("ticks_history") == "TicksHistory"
    assert class_name("OrderResult") == "OrderResult"
    assert snake_case("OrderResult") == "order_result"


def test_unique_appends_counter_and_records_the_choice() -> None:
    taken: set[str] = {"Item"}
    assert unique("Item", taken) == "Item2"
    assert unique("Item", taken) == "Item3"
    assert {"Item", "Item2", "Item3"} <= taken


def test_class_names_already_in_pascal_case_are_kept() -> None:
    assert (class_name("AModel"), class_name("HTTPError"), class_name("Pet")) == (
        "AModel",
        "HTTPError",
        "Pet",
    )
    assert (class_name("a-model"), class_name("Order_detail"), class_name("None")) == (
        "AModel",
        "OrderDetail",
        "NoneModel",
    )
