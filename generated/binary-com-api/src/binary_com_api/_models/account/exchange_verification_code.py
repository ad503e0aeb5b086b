"""The models of the ``exchange_verification_code`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ExchangeVerificationCodeRequest",
    "ExchangeVerificationCodeResponse",
    "ExchangeVerificationCodeResponseExchangeVerificationCode",
]


@attrs.define(kw_only=True)
class ExchangeVerificationCodeRequest:
    """Exchange verification code request."""

    exchange_verification_code: Literal[1]
    type: Literal["account_opening"] | None = None
    verification_code: str = attrs.field(repr=False)
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ExchangeVerificationCodeResponse:
    """Exchange verification code response."""

    exchange_verification_code: ExchangeVerificationCodeResponseExchangeVerificationCode | None = (
        None
    )
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["exchange_verification_code"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeVerificationCodeResponseExchangeVerificationCode:
    """Exchange verification code response exchange verification code."""

    new_verification_code: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
