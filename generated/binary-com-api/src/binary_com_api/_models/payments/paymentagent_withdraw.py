"""The models of the ``paymentagent_withdraw`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PaymentagentWithdrawRequest",
    "PaymentagentWithdrawResponse",
]


@attrs.define(kw_only=True)
class PaymentagentWithdrawRequest:
    """Paymentagent withdraw request."""

    paymentagent_withdraw: Literal[1]
    amount: float
    currency: str
    description: str | None = None
    dry_run: Literal[0, 1] | None = None
    paymentagent_loginid: str
    verification_code: str = attrs.field(repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentWithdrawResponse:
    """Paymentagent withdraw response."""

    paymentagent_withdraw: Literal[1, 2] | None = None
    paymentagent_name: str | None = None
    transaction_id: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_withdraw"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
