"""The models of the ``p2p_country_list`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pCountryListRequest",
    "P2pCountryListResponse",
    "P2pCountryListResponseP2pCountryListValue",
    "P2pCountryListResponseP2pCountryListValuePaymentMethodsValue",
    "P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue",
]


@attrs.define(kw_only=True)
class P2pCountryListRequest:
    """P2p country list request."""

    p2p_country_list: Literal[1]
    country: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pCountryListResponse:
    """P2p country list response."""

    p2p_country_list: dict[str, P2pCountryListResponseP2pCountryListValue | Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_country_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValue:
    """P2p country list response p2p country list value."""

    country_name: str
    cross_border_ads_enabled: Literal[0, 1]
    fixed_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_adverts: Literal["disabled", "enabled", "list_only"]
    float_rate_offset_limit: float
    local_currency: str
    payment_methods: dict[str, P2pCountryListResponseP2pCountryListValuePaymentMethodsValue]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValuePaymentMethodsValue:
    """P2p country list response p2p country list value payment methods value."""

    display_name: str | None = None
    fields: (
        dict[str, P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue] | None
    ) = None
    type: Literal["bank", "ewallet", "other"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pCountryListResponseP2pCountryListValuePaymentMethodsValueFieldsValue:
    """P2p country list response p2p country list value payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
