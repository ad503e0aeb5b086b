"""The models of the ``exchange_rates`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ExchangeRatesRequest",
    "ExchangeRatesResponse",
    "ExchangeRatesResponseExchangeRates",
    "ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate",
    "ExchangeRatesResponseSubscription",
]


@attrs.define(kw_only=True)
class ExchangeRatesRequest:
    """Exchange rates request."""

    exchange_rates: Literal[1]
    base_currency: str
    include_spread: Literal[1] | None = None
    subscribe: Literal[1] | None = None
    target_currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ExchangeRatesResponse:
    """Exchange rates response."""

    exchange_rates: ExchangeRatesResponseExchangeRates | None = None
    subscription: ExchangeRatesResponseSubscription | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["exchange_rates"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseExchangeRates:
    """Exchange rates response exchange rates."""

    base_currency: str | None = None
    date: int | None = None
    rates: (
        dict[str, float | ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate | Any] | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseExchangeRatesRatesValueWithSpotRate:
    """Exchange rates response exchange rates rates value with spot rate."""

    ask_rate: float | None = None
    bid_rate: float | None = None
    spot_rate: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ExchangeRatesResponseSubscription:
    """Exchange rates response subscription."""

    id: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
