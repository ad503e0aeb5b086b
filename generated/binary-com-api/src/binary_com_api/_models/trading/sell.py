"""The models of the ``sell`` call (trading group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "SellRequest",
    "SellResponse",
    "SellResponseSell",
]


@attrs.define(kw_only=True)
class SellRequest:
    """Sell request."""

    sell: int
    """The id of the contract to sell (its contract_id)."""

    price: float
    """The least you accept; 0 sells at whatever the market pays."""

    loginid: str | None = None
    """The account the contract belongs to, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SellResponse:
    """Sell response."""

    sell: SellResponseSell | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["sell"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class SellResponseSell:
    """Sell response sell."""

    balance_after: float | None = None
    contract_id: int | None = None
    reference_id: int | None = None
    sold_for: float | None = None
    transaction_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
