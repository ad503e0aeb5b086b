"""The models of the ``paymentagent_transfer`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PaymentagentTransferRequest",
    "PaymentagentTransferResponse",
]


@attrs.define(kw_only=True)
class PaymentagentTransferRequest:
    """Paymentagent transfer request."""

    paymentagent_transfer: Literal[1]
    amount: float
    currency: str
    description: str | None = None
    dry_run: Literal[0, 1] | None = None
    transfer_to: str
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentTransferResponse:
    """Paymentagent transfer response."""

    paymentagent_transfer: Literal[1, 2] | None = None
    client_to_full_name: str | None = None
    client_to_loginid: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_transfer"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
