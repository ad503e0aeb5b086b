"""The models of the ``amend_orders`` call (spot group).

Import them from `okcoin_v3_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

import attrs

__all__ = [
    "AmendOrderRequest",
]


@attrs.define(kw_only=True)
class AmendOrderRequest:
    """Change of one order; name it by order_id or client_oid and give new_size and/or new_price."""

    instrument_id: str
    order_id: str | None = None
    client_oid: str | None = None
    new_size: Decimal | None = None
    new_price: Decimal | None = None
    cancel_on_fail: Literal["0", "1"] | None = None
    """"1" cancels the order when the change fails."""

    request_id: str | None = None
    """Your own id for this change."""
