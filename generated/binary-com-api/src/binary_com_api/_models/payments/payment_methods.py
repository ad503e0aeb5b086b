"""The models of the ``payment_methods`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PaymentMethodsRequest",
    "PaymentMethodsResponse",
    "PaymentMethodsResponsePaymentMethodsItem",
    "PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue",
    "PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue",
]


@attrs.define(kw_only=True)
class PaymentMethodsRequest:
    """Payment methods request."""

    payment_methods: Literal[1]
    country: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentMethodsResponse:
    """Payment methods response."""

    payment_methods: list[PaymentMethodsResponsePaymentMethodsItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["payment_methods"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItem:
    """Payment methods response payment methods item."""

    deposit_limits: dict[str, PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue | Any]
    deposit_time: str
    description: str = attrs.field(repr=False)
    display_name: str
    id: str
    payment_processor: str
    predefined_amounts: list[int]
    signup_link: str
    supported_currencies: list[str]
    type: str
    type_display_name: str
    withdraw_limits: dict[str, PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue | Any]
    withdrawal_time: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItemDepositLimitsValue:
    """Payment methods response payment methods item deposit limits value."""

    max: int
    min: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentMethodsResponsePaymentMethodsItemWithdrawLimitsValue:
    """Payment methods response payment methods item withdraw limits value."""

    max: int
    min: int
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
