"""The models of the ``paymentagent_create`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PaymentagentCreateRequest",
    "PaymentagentCreateRequestPhoneNumbersItem",
    "PaymentagentCreateRequestSupportedPaymentMethodsItem",
    "PaymentagentCreateRequestUrlsItem",
    "PaymentagentCreateResponse",
]


@attrs.define(kw_only=True)
class PaymentagentCreateRequest:
    """Paymentagent create request."""

    paymentagent_create: Literal[1]
    affiliate_id: str | None = None
    code_of_conduct_approval: Literal[1]
    commission_deposit: float
    commission_withdrawal: float
    email: str
    information: str
    payment_agent_name: str
    phone_numbers: list[PaymentagentCreateRequestPhoneNumbersItem] | None = None
    supported_payment_methods: list[PaymentagentCreateRequestSupportedPaymentMethodsItem]
    urls: list[PaymentagentCreateRequestUrlsItem]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentCreateRequestPhoneNumbersItem:
    """Paymentagent create request phone numbers item."""

    phone_number: str


@attrs.define(kw_only=True)
class PaymentagentCreateRequestSupportedPaymentMethodsItem:
    """Paymentagent create request supported payment methods item."""

    payment_method: str


@attrs.define(kw_only=True)
class PaymentagentCreateRequestUrlsItem:
    """Paymentagent create request urls item."""

    url: str


@attrs.define(kw_only=True)
class PaymentagentCreateResponse:
    """Paymentagent create response."""

    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_create"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
