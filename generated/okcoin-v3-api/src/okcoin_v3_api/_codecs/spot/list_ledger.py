"""Decoders and encoders of the models of the ``list_ledger`` call (spot group).

Written out per model for speed; reached through `okcoin_v3_api._codec` (by class) and
the call entries, and imported the first time one of them is needed.
"""

from __future__ import annotations

from typing import Any

from ... import models as m
from ..._codec import _expected, _locate_item_error
from ..._codecs.shared import structure_ledger_entry
from ...errors import DecodeError


def _decode_list_of_LedgerEntry(value: Any) -> list[m.LedgerEntry]:
    if value.__class__ is not list:
        raise _expected("an array", value)
    try:
        return [structure_ledger_entry(item) for item in value]
    except DecodeError:
        raise _locate_item_error(value, structure_ledger_entry) from None
