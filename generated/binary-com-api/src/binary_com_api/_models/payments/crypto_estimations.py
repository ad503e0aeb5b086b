"""The models of the ``crypto_estimations`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "CryptoEstimationsRequest",
    "CryptoEstimationsResponse",
    "CryptoEstimationsResponseCryptoEstimationsValue",
    "CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee",
    "CryptoEstimationsResponseSubscription",
]


@attrs.define(kw_only=True)
class CryptoEstimationsRequest:
    """Crypto estimations request."""

    crypto_estimations: Literal[1]
    currency_code: str
    subscribe: Literal[1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CryptoEstimationsResponse:
    """Crypto estimations response."""

    crypto_estimations: dict[str, CryptoEstimationsResponseCryptoEstimationsValue] | None = None
    subscription: CryptoEstimationsResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["crypto_estimations"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseCryptoEstimationsValue:
    """Crypto estimations response crypto estimations value."""

    withdrawal_fee: CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseCryptoEstimationsValueWithdrawalFee:
    """Crypto estimations response crypto estimations value withdrawal fee."""

    expiry_time: int | None = None
    unique_id: str | None = None
    value: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoEstimationsResponseSubscription:
    """Crypto estimations response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
