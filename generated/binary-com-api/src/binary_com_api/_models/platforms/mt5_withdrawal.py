"""The models of the ``mt5_withdrawal`` call (platforms group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "Mt5WithdrawalRequest",
    "Mt5WithdrawalResponse",
]


@attrs.define(kw_only=True)
class Mt5WithdrawalRequest:
    """Mt5 withdrawal request."""

    mt5_withdrawal: Literal[1]
    amount: float
    from_mt5: str
    to_binary: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class Mt5WithdrawalResponse:
    """Mt5 withdrawal response."""

    mt5_withdrawal: int | None = None
    binary_transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["mt5_withdrawal"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
