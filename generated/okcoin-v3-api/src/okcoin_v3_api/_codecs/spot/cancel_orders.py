"""Decoders and encoders of the models of the ``cancel_orders`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from typing import Any

from ... import models as m
from ..._codec import _expected, _locate_item_error
from ..._codecs.shared import structure_order_result
from ...errors import DecodeError


def _decode_dict_of_list_of_OrderResult(value: Any) -> dict[str, list[m.OrderResult]]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result = {}
    for key, item in value.items():
        try:
            result[key] = _decode_list_of_OrderResult(item)
        except DecodeError as error:
            raise error.at(key) from None
    return result


def _decode_list_of_OrderResult(value: Any) -> list[m.OrderResult]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_order_result(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_order_result) from None
