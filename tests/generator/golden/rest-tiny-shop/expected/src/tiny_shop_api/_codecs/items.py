"""Decoders and encoders of the models of the calls of the items group.

Written out per model for speed; reached through `tiny_shop_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from .. import models as m
from .._codec import (
    _INT,
    _STR,
    _decimal,
    _decimal_text,
    _encode_any,
    _expected,
    _first_match,
    _locate_item_error,
    _new,
    _not_one_of,
    _wrong_length,
)
from .._runtime.core.types import UNSET
from ..errors import DecodeError

_ALLOWED_0_1 = frozenset({0, 1})


_ALLOWED_book_game = frozenset({"book", "game"})


_KEYS_ITEM = frozenset(
    (
        "id",
        "name",
        "price",
        "kind",
        "in_stock",
        "note",
        "dimensions",
        "stock_by_store",
        "labels",
        "price_history",
        "price_range",
        "rating",
    )
)


_KEYS_ITEM_DIMENSIONS = frozenset(
    (
        "width",
        "height",
    )
)


_KEYS_ITEM_LABELS_VALUE = frozenset(("text",))


_KEYS_ITEM_RATING_WITH_STARS = frozenset(
    (
        "stars",
        "votes",
    )
)


def _decode_ItemLabelsValue_or_any(value: Any) -> m.ItemLabelsValue | Any:
    result: m.ItemLabelsValue | Any = _first_match(
        value,
        (
            structure_item_labels_value,
            _decode_any,
        ),
    )
    return result


def _decode_any(value: Any) -> Any:
    result: Any = value
    return result


def _decode_decimal(value: Any) -> Decimal:
    value = _decimal(value)
    result: Decimal = value
    return result


def _decode_dict_of_ItemLabelsValue_or_any(value: Any) -> dict[str, m.ItemLabelsValue | Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_ItemLabelsValue_or_any(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_dict_of_int(value: Any) -> dict[str, int]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_int(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_int(value: Any) -> int:
    if value.__class__ is not int:
        raise _expected("an integer", value)
    result: int = value
    return result


def _decode_int_or_ItemRatingWithStars(value: Any) -> int | m.ItemRatingWithStars:
    result: int | m.ItemRatingWithStars = _first_match(
        value,
        (
            _decode_int,
            structure_item_rating_with_stars,
        ),
    )
    return result


def _decode_list_of_Item(value: Any) -> list[m.Item]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_item(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_item) from None


def _decode_list_of_decimal(value: Any) -> list[Decimal]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_decimal(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_decimal) from None


def _decode_tuple_of_decimal_and_decimal_and_str(value: Any) -> tuple[Decimal, Decimal, str]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    if len(value) != 3:
        raise _wrong_length(3, value)
    item0, item1, item2 = value
    try:
        item0 = _decimal(item0)
    except DecodeError as error:
        raise error.at(0) from None
    try:
        item1 = _decimal(item1)
    except DecodeError as error:
        raise error.at(1) from None
    try:
        if item2.__class__ is not str:
            raise _expected("a string", item2)
    except DecodeError as error:
        raise error.at(2) from None
    result: tuple[Decimal, Decimal, str] = (item0, item1, item2)
    return result


def structure_item(data: Any) -> m.Item:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.Item)
    count = len(data)
    if count == 12:
        try:
            v_id = data["id"]
            v_name = data["name"]
            v_price = data["price"]
            v_kind = data["kind"]
            v_in_stock = data["in_stock"]
            v_note = data["note"]
            v_dimensions = data["dimensions"]
            v_stock_by_store = data["stock_by_store"]
            v_labels = data["labels"]
            v_price_history = data["price_history"]
            v_price_range = data["price_range"]
            v_rating = data["rating"]
        except KeyError:
            pass
        else:
            if (
                (v_id.__class__ is str)
                and (v_name.__class__ is str)
                and (v_kind.__class__ is _STR and v_kind in _ALLOWED_book_game)
                and (v_in_stock.__class__ is _INT and v_in_stock in _ALLOWED_0_1)
                and (v_note is None or (v_note.__class__ is str))
            ):
                obj.id = v_id
                obj.name = v_name
                try:
                    obj.price = _decimal(v_price)
                except DecodeError as error:
                    raise error.at("price") from None
                obj.kind = v_kind
                obj.in_stock = v_in_stock
                obj.note = v_note
                try:
                    obj.dimensions = structure_item_dimensions(v_dimensions)
                except DecodeError as error:
                    raise error.at("dimensions") from None
                try:
                    obj.stock_by_store = _decode_dict_of_int(v_stock_by_store)
                except DecodeError as error:
                    raise error.at("stock_by_store") from None
                try:
                    obj.labels = _decode_dict_of_ItemLabelsValue_or_any(v_labels)
                except DecodeError as error:
                    raise error.at("labels") from None
                try:
                    obj.price_history = _decode_list_of_decimal(v_price_history)
                except DecodeError as error:
                    raise error.at("price_history") from None
                try:
                    obj.price_range = _decode_tuple_of_decimal_and_decimal_and_str(v_price_range)
                except DecodeError as error:
                    raise error.at("price_range") from None
                try:
                    obj.rating = _decode_int_or_ItemRatingWithStars(v_rating)
                except DecodeError as error:
                    raise error.at("rating") from None
                obj.extra_fields = {}
                return obj
    try:
        value = data["id"]
    except KeyError:
        raise DecodeError("required field is missing", ("id",)) from None
    if value.__class__ is str:
        obj.id = value
    else:
        raise _expected("a string", value).at("id")
    try:
        value = data["name"]
    except KeyError:
        raise DecodeError("required field is missing", ("name",)) from None
    if value.__class__ is str:
        obj.name = value
    else:
        raise _expected("a string", value).at("name")
    try:
        value = data["price"]
    except KeyError:
        raise DecodeError("required field is missing", ("price",)) from None
    try:
        obj.price = _decimal(value)
    except DecodeError as error:
        raise error.at("price") from None
    if "kind" not in data:
        obj.kind = None
        count += 1
    elif (value := data["kind"]).__class__ is _STR and value in _ALLOWED_book_game:
        obj.kind = value
    else:
        raise _not_one_of("'book', 'game'", value).at("kind")
    if "in_stock" not in data:
        obj.in_stock = None
        count += 1
    elif (value := data["in_stock"]).__class__ is _INT and value in _ALLOWED_0_1:
        obj.in_stock = value
    else:
        raise _not_one_of("0, 1", value).at("in_stock")
    if "note" not in data:
        obj.note = UNSET
        count += 1
    elif (value := data["note"]) is None or (value.__class__ is str):
        obj.note = value
    else:
        raise _expected("a string", value).at("note")
    if "dimensions" not in data:
        obj.dimensions = None
        count += 1
    else:
        value = data["dimensions"]
        try:
            obj.dimensions = structure_item_dimensions(value)
        except DecodeError as error:
            raise error.at("dimensions") from None
    if "stock_by_store" not in data:
        obj.stock_by_store = None
        count += 1
    else:
        value = data["stock_by_store"]
        try:
            obj.stock_by_store = _decode_dict_of_int(value)
        except DecodeError as error:
            raise error.at("stock_by_store") from None
    if "labels" not in data:
        obj.labels = None
        count += 1
    else:
        value = data["labels"]
        try:
            obj.labels = _decode_dict_of_ItemLabelsValue_or_any(value)
        except DecodeError as error:
            raise error.at("labels") from None
    if "price_history" not in data:
        obj.price_history = None
        count += 1
    else:
        value = data["price_history"]
        try:
            obj.price_history = _decode_list_of_decimal(value)
        except DecodeError as error:
            raise error.at("price_history") from None
    if "price_range" not in data:
        obj.price_range = None
        count += 1
    else:
        value = data["price_range"]
        try:
            obj.price_range = _decode_tuple_of_decimal_and_decimal_and_str(value)
        except DecodeError as error:
            raise error.at("price_range") from None
    if "rating" not in data:
        obj.rating = None
        count += 1
    else:
        value = data["rating"]
        try:
            obj.rating = _decode_int_or_ItemRatingWithStars(value)
        except DecodeError as error:
            raise error.at("rating") from None
    if count == 12:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ITEM}
    return obj


def unstructure_item(obj: m.Item) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {"id": obj.id, "name": obj.name, "price": _decimal_text(obj.price)}
    value: Any
    value = obj.kind
    if value is not None:
        data["kind"] = value
    value = obj.in_stock
    if value is not None:
        data["in_stock"] = value
    value = obj.note
    if value is not UNSET:
        data["note"] = value
    value = obj.dimensions
    if value is not None:
        data["dimensions"] = unstructure_item_dimensions(value)
    value = obj.stock_by_store
    if value is not None:
        data["stock_by_store"] = value
    value = obj.labels
    if value is not None:
        data["labels"] = {k: _encode_any(item) for k, item in value.items()}
    value = obj.price_history
    if value is not None:
        data["price_history"] = [_decimal_text(item) for item in value]
    value = obj.price_range
    if value is not None:
        data["price_range"] = [_decimal_text(value[0]), _decimal_text(value[1]), value[2]]
    value = obj.rating
    if value is not None:
        data["rating"] = _encode_any(value)
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_item_dimensions(data: Any) -> m.ItemDimensions:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ItemDimensions)
    count = len(data)
    if count == 2:
        try:
            v_width = data["width"]
            v_height = data["height"]
        except KeyError:
            pass
        else:
            if ((kind := v_width.__class__) is float or kind is int) and (
                (kind := v_height.__class__) is float or kind is int
            ):
                obj.width = v_width
                obj.height = v_height
                obj.extra_fields = {}
                return obj
    if "width" not in data:
        obj.width = None
        count += 1
    elif (kind := (value := data["width"]).__class__) is float or kind is int:
        obj.width = value
    else:
        raise _expected("a number", value).at("width")
    if "height" not in data:
        obj.height = None
        count += 1
    elif (kind := (value := data["height"]).__class__) is float or kind is int:
        obj.height = value
    else:
        raise _expected("a number", value).at("height")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ITEM_DIMENSIONS}
    return obj


def unstructure_item_dimensions(obj: m.ItemDimensions) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.width
    if value is not None:
        data["width"] = value
    value = obj.height
    if value is not None:
        data["height"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_item_labels_value(data: Any) -> m.ItemLabelsValue:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ItemLabelsValue)
    count = len(data)
    if count == 1:
        try:
            v_text = data["text"]
        except KeyError:
            pass
        else:
            if v_text.__class__ is str:
                obj.text = v_text
                obj.extra_fields = {}
                return obj
    if "text" not in data:
        obj.text = None
        count += 1
    elif (value := data["text"]).__class__ is str:
        obj.text = value
    else:
        raise _expected("a string", value).at("text")
    if count == 1:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ITEM_LABELS_VALUE}
    return obj


def unstructure_item_labels_value(obj: m.ItemLabelsValue) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.text
    if value is not None:
        data["text"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


def structure_item_rating_with_stars(data: Any) -> m.ItemRatingWithStars:
    """Decodes and type-checks one JSON object; unknown keys are kept."""
    if data.__class__ is not dict:
        raise _expected("an object", data)
    obj = _new(m.ItemRatingWithStars)
    count = len(data)
    if count == 2:
        try:
            v_stars = data["stars"]
            v_votes = data["votes"]
        except KeyError:
            pass
        else:
            if (v_stars.__class__ is int) and (v_votes.__class__ is int):
                obj.stars = v_stars
                obj.votes = v_votes
                obj.extra_fields = {}
                return obj
    if "stars" not in data:
        obj.stars = None
        count += 1
    elif (value := data["stars"]).__class__ is int:
        obj.stars = value
    else:
        raise _expected("an integer", value).at("stars")
    if "votes" not in data:
        obj.votes = None
        count += 1
    elif (value := data["votes"]).__class__ is int:
        obj.votes = value
    else:
        raise _expected("an integer", value).at("votes")
    if count == 2:
        obj.extra_fields = {}
    else:
        obj.extra_fields = {k: v for k, v in data.items() if k not in _KEYS_ITEM_RATING_WITH_STARS}
    return obj


def unstructure_item_rating_with_stars(obj: m.ItemRatingWithStars) -> dict[str, Any]:
    """The JSON object for `obj`; optional fields never set are left out."""
    data: dict[str, Any] = {}
    value: Any
    value = obj.stars
    if value is not None:
        data["stars"] = value
    value = obj.votes
    if value is not None:
        data["votes"] = value
    if obj.extra_fields:
        data.update(obj.extra_fields)
    return data


STRUCTURE: dict[type, Callable[[Any], Any]] = {
    m.Item: structure_item,
    m.ItemDimensions: structure_item_dimensions,
    m.ItemLabelsValue: structure_item_labels_value,
    m.ItemRatingWithStars: structure_item_rating_with_stars,
}
UNSTRUCTURE: dict[type, Callable[[Any], dict[str, Any]]] = {
    m.Item: unstructure_item,
    m.ItemDimensions: unstructure_item_dimensions,
    m.ItemLabelsValue: unstructure_item_labels_value,
    m.ItemRatingWithStars: unstructure_item_rating_with_stars,
}
