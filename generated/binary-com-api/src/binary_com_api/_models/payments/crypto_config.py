"""The models of the ``crypto_config`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "CryptoConfigRequest",
    "CryptoConfigResponse",
    "CryptoConfigResponseCryptoConfig",
    "CryptoConfigResponseCryptoConfigCurrenciesConfigValue",
]


@attrs.define(kw_only=True)
class CryptoConfigRequest:
    """Crypto config request."""

    crypto_config: Literal[1]
    currency_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class CryptoConfigResponse:
    """Crypto config response."""

    crypto_config: CryptoConfigResponseCryptoConfig | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["crypto_config"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoConfigResponseCryptoConfig:
    """Crypto config response crypto config."""

    currencies_config: dict[str, CryptoConfigResponseCryptoConfigCurrenciesConfigValue | Any]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class CryptoConfigResponseCryptoConfigCurrenciesConfigValue:
    """Crypto config response crypto config currencies config value."""

    is_priority_withdrawal_enabled: Literal[0, 1] | None = None
    minimum_deposit: float | None = None
    minimum_withdrawal: float | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
