"""The models of the ``p2p_advertiser_payment_methods`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pAdvertiserPaymentMethodsRequest",
    "P2pAdvertiserPaymentMethodsRequestCreateItem",
    "P2pAdvertiserPaymentMethodsResponse",
    "P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue",
    "P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue",
]


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsRequest:
    """P2p advertiser payment methods request."""

    p2p_advertiser_payment_methods: Literal[1]
    create: list[P2pAdvertiserPaymentMethodsRequestCreateItem] | None = attrs.field(
        default=None, repr=False
    )
    delete: list[float] | None = None
    update: dict[str, dict[str, str]] | None = attrs.field(default=None, repr=False)
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsRequestCreateItem:
    """P2p advertiser payment methods request create item."""

    method: str
    extra_fields: dict[str, str] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponse:
    """P2p advertiser payment methods response."""

    p2p_advertiser_payment_methods: (
        dict[str, P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue] | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_advertiser_payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValue:
    """P2p advertiser payment methods response p2p advertiser payment methods value."""

    display_name: str | None = None
    fields: dict[
        str, P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue
    ]
    is_enabled: Literal[0, 1]
    method: str
    type: Literal["bank", "ewallet", "other"]
    used_by_adverts: list[str] | None
    used_by_orders: list[str] | None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pAdvertiserPaymentMethodsResponseP2pAdvertiserPaymentMethodsValueFieldsValue:
    """P2p advertiser payment methods response p2p advertiser payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    value: str = attrs.field(repr=False)
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
