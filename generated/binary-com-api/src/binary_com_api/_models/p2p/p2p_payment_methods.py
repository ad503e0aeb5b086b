"""The models of the ``p2p_payment_methods`` call (p2p group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "P2pPaymentMethodsRequest",
    "P2pPaymentMethodsResponse",
    "P2pPaymentMethodsResponseP2pPaymentMethodsValue",
    "P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue",
]


@attrs.define(kw_only=True)
class P2pPaymentMethodsRequest:
    """P2p payment methods request."""

    p2p_payment_methods: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponse:
    """P2p payment methods response."""

    p2p_payment_methods: dict[str, P2pPaymentMethodsResponseP2pPaymentMethodsValue] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["p2p_payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponseP2pPaymentMethodsValue:
    """P2p payment methods response p2p payment methods value."""

    display_name: str
    fields: dict[str, P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue]
    type: Literal["bank", "ewallet", "other"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class P2pPaymentMethodsResponseP2pPaymentMethodsValueFieldsValue:
    """P2p payment methods response p2p payment methods value fields value."""

    display_name: str
    required: int
    type: Literal["text", "memo"]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
