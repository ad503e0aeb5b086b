"""Decoders and encoders of the models of the calls of the fiat group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from typing import Any

from .._codec import _expected, _locate_item_error
from ..errors import DecodeError


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result


def _decode_list_of_dict_of_any(value: Any) -> list[dict[str, Any]]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [_decode_dict_of_any(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, _decode_dict_of_any) from None
