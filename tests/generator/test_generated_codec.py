"""The decoders and encoders the generator writes: types checked, nothing lost."""

from __future__ import annotations

import json
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest

ITEM: dict[str, Any] = {
    "id": "7",
    "name": "Chess",
    "price": "17000.50",
    "kind": "game",
    "in_stock": 1,
    "note": None,
    "dimensions": {"width": 1.5, "height": 2, "depth_cm": 4},
    "stock_by_store": {"NYC": 3},
    "price_history": ["0.00000001", "12.340"],
    "price_range": ["1.50", "20.00", "USD"],
    "rating": {"stars": 4, "votes": 10},
    "barcode": "0042",
}


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True)


def test_round_trip_keeps_every_field_and_digit(tiny: ModuleType) -> None:
    from tiny_shop_api import models, structure, unstructure

    item = structure(ITEM, models.Item)
    assert item.price == Decimal("17000.50")
    assert item.price_history == [Decimal("0.00000001"), Decimal("12.340")]
    assert item.price_range == (Decimal("1.50"), Decimal("20.00"), "USD")
    assert isinstance(item.dimensions, models.ItemDimensions)
    assert item.dimensions.extra_fields == {"depth_cm": 4}
    assert item.extra_fields == {"barcode": "0042"}
    assert item.note is None
    assert canonical(unstructure(item)) == canonical(ITEM)


def test_open_pattern_maps_type_matching_values_and_keep_the_rest(tiny: ModuleType) -> None:
    from tiny_shop_api import models, structure, unstructure

    labels = {"en": {"text": "Chess", "font": "serif"}, "colour": [1, 2], "": None}
    item = structure({**ITEM, "labels": labels}, models.Item)
    assert isinstance(item.labels["en"], models.ItemLabelsValue)
    assert item.labels["en"].extra_fields == {"font": "serif"}
    assert item.labels["colour"] == [1, 2]
    assert canonical(unstructure(item)) == canonical({**ITEM, "labels": labels})


def test_absent_and_null_stay_apart(tiny: ModuleType) -> None:
    from tiny_shop_api import UNSET, models, structure, unstructure

    minimal = {"id": "1", "name": "x", "price": "1"}
    item = structure(minimal, models.Item)
    assert item.note is UNSET
    assert item.kind is None
    assert unstructure(item) == minimal


def test_union_picks_the_matching_option(tiny: ModuleType) -> None:
    from tiny_shop_api import models, structure

    assert structure({**ITEM, "rating": 3}, models.Item).rating == 3


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        ({"name": 5}, "$.name", "expected a string, got an integer"),
        ({"price": "abc"}, "$.price", "decimal"),
        ({"kind": "car"}, "$.kind", "expected one of 'book', 'game'"),
        ({"in_stock": True}, "$.in_stock", "expected one of 0, 1"),
        ({"dimensions": {"width": "wide"}}, "$.dimensions.width", "expected a number"),
        ({"stock_by_store": {"NYC": "3"}}, "$.stock_by_store.NYC", "expected an integer"),
        ({"price_history": ["1", 2.5, None]}, "$.price_history[2]", "decimal string"),
        ({"rating": "five"}, "$.rating", "matches none"),
        ({"price_range": "1-20"}, "$.price_range", "expected an array, got a string"),
        ({"price_range": ["1", "20"]}, "$.price_range", "expected an array of 3 items, got 2"),
        ({"price_range": ["1", "2", "USD", "x"]}, "$.price_range", "of 3 items, got 4"),
        ({"price_range": ["1", "lots", "USD"]}, "$.price_range[1]", "decimal strings"),
        ({"price_range": ["1", "2", 3]}, "$.price_range[2]", "expected a string"),
    ],
)
def test_wrong_types_are_reported_with_their_path(
    tiny: ModuleType, change: dict[str, Any], path: str, message: str
) -> None:
    from tiny_shop_api import DecodeError, models, structure

    with pytest.raises(DecodeError) as caught:
        structure({**ITEM, **change}, models.Item)
    assert f" at {path}" in str(caught.value)
    assert message in str(caught.value)


def test_fixed_length_array_is_a_tuple_and_encodes_back_to_an_array(tiny: ModuleType) -> None:
    from tiny_shop_api import models, structure, unstructure

    item = structure(ITEM, models.Item)
    assert isinstance(item.price_range, tuple)
    assert unstructure(item)["price_range"] == ["1.50", "20.00", "USD"]
    rebuilt = models.Item(
        id="7", name="x", price=Decimal("1"), price_range=(Decimal("0.10"), Decimal("2"), "EUR")
    )
    assert unstructure(rebuilt)["price_range"] == ["0.10", "2", "EUR"]


def test_missing_required_field(tiny: ModuleType) -> None:
    from tiny_shop_api import DecodeError, models, structure

    data = dict(ITEM)
    del data["price"]
    with pytest.raises(DecodeError, match=r"required field is missing at \$\.price"):
        structure(data, models.Item)


def test_cattrs_converter_uses_the_generated_hooks(tiny: ModuleType) -> None:
    from tiny_shop_api import converter, models

    item = converter().structure(ITEM, models.Item)
    assert item.extra_fields == {"barcode": "0042"}
    assert canonical(converter().unstructure(item)) == canonical(ITEM)


def test_secret_named_fields_are_not_in_repr(tiny: ModuleType) -> None:
    from tiny_shop_api import models

    item = models.Item(id="1", name="x", price=Decimal("1"), extra_fields={"token": "s3cret"})
    assert "s3cret" not in repr(item)
