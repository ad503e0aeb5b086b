"""Order book levels and candles are fixed-length arrays in the spec and typed tuples here."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from okcoin_v3_api import DecodeError, OkcoinClient, models, structure, unstructure
from okcoin_v3_api._routes import ROUTES

BOOK: dict[str, Any] = {
    "asks": [["17000.50", "0.25", "3"], ["17001", "1.000", "1"]],
    "bids": [["16999.9", "0.5", "2"]],
    "timestamp": "2024-01-02T03:04:05.000Z",
}
CANDLE = ["2024-01-02T03:04:00.000Z", "17000.5", "17010", "16990.25", "17005", "12.5000"]


def test_book_levels_decode_to_exact_tuples_and_encode_back_unchanged() -> None:
    book = structure(BOOK, models.OrderBook)
    assert book.asks[0] == (Decimal("17000.50"), Decimal("0.25"), Decimal("3"))
    assert all(isinstance(level, tuple) for level in (*book.asks, *book.bids))
    assert json.dumps(unstructure(book), sort_keys=True) == json.dumps(BOOK, sort_keys=True)


def test_candle_rows_decode_to_time_and_five_decimals() -> None:
    (row, legacy) = ROUTES["spot_get_candles"].decode([CANDLE, {"time": CANDLE[0], "open": "1"}])
    assert row == (CANDLE[0], *(Decimal(text) for text in CANDLE[1:]))
    assert isinstance(legacy, models.CandleObject)
    assert unstructure([row, legacy]) == [CANDLE, {"time": CANDLE[0], "open": "1"}]


@pytest.mark.parametrize(
    ("bids", "path", "message"),
    [
        ([["1.5"]], "$.bids[0]", "expected an array of 3 items, got 1"),
        ([["1", "2", "3"], ["1", "2", "3", "4"]], "$.bids[1]", "of 3 items, got 4"),
        ([["1", "2", "many"]], "$.bids[0][2]", "decimal strings"),
        ([["1", None, "1"]], "$.bids[0][1]", "expected a decimal string, got null"),
        ([{"price": "1"}], "$.bids[0]", "expected an array, got an object"),
    ],
)
def test_malformed_levels_are_refused_with_their_path(bids: Any, path: str, message: str) -> None:
    with pytest.raises(DecodeError) as caught:
        ROUTES["spot_get_order_book"].decode({**BOOK, "bids": bids})
    assert str(caught.value).endswith(f" at {path}")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("row", "where"),
    [(CANDLE[:5], "of 6 items, got 5"), ([*CANDLE[:3], "high", *CANDLE[4:]], "at [3]")],
)
def test_malformed_candles_say_what_and_where(row: list[Any], where: str) -> None:
    with pytest.raises(DecodeError) as caught:
        ROUTES["spot_get_candles"].decode([CANDLE, row])
    assert str(caught.value).endswith(" at $[1]")
    assert where in str(caught.value)


def test_the_simulator_answers_in_the_declared_shapes(client: OkcoinClient) -> None:
    book = client.spot.get_order_book(instrument_id="BTC-USD")
    levels = [*book.asks, *book.bids]
    assert levels
    for level in levels:
        assert len(level) == 3 and all(isinstance(part, Decimal) for part in level)
    rows = client.spot.get_candles(instrument_id="BTC-USD")
    assert rows
    for row in rows:
        assert isinstance(row, tuple) and len(row) == 6 and isinstance(row[0], str)
