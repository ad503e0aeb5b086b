"""The models of the ``confirm_email`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ConfirmEmailRequest",
    "ConfirmEmailResponse",
]


@attrs.define(kw_only=True)
class ConfirmEmailRequest:
    """Confirm email request."""

    confirm_email: Literal[1]
    created_for: Literal["account_verification", "account_opening"] | None = None
    email_consent: Literal[1, 0]
    verification_code: str = attrs.field(repr=False)
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ConfirmEmailResponse:
    """Confirm email response."""

    confirm_email: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["confirm_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
