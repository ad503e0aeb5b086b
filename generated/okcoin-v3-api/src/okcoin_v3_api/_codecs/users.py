"""Decoders and encoders of the models of the calls of the users group.

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from typing import Any

from .._codec import _expected


def _decode_dict_of_any(value: Any) -> dict[str, Any]:
    if value.__class__ is not dict:
        raise _expected("an object", value)
    result: dict[str, Any] = value
    return result
