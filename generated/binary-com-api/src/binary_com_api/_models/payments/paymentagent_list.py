"""The models of the ``paymentagent_list`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PaymentagentListRequest",
    "PaymentagentListResponse",
    "PaymentagentListResponsePaymentagentList",
    "PaymentagentListResponsePaymentagentListListItem",
    "PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem",
    "PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem",
    "PaymentagentListResponsePaymentagentListListItemUrlsItem",
]


@attrs.define(kw_only=True)
class PaymentagentListRequest:
    """Paymentagent list request."""

    paymentagent_list: str
    currency: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentListResponse:
    """Paymentagent list response."""

    paymentagent_list: PaymentagentListResponsePaymentagentList | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentList:
    """Paymentagent list response paymentagent list."""

    available_countries: list[list[str | None]] | None = None
    list: list[PaymentagentListResponsePaymentagentListListItem]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItem:
    """Paymentagent list response paymentagent list list item."""

    currencies: str
    deposit_commission: str
    email: str
    further_information: str
    max_withdrawal: str | None
    min_withdrawal: str | None
    name: str = attrs.field(repr=False)
    paymentagent_loginid: str
    phone_numbers: list[PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem]
    summary: str
    supported_payment_methods: list[
        PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem
    ]
    urls: list[PaymentagentListResponsePaymentagentListListItemUrlsItem]
    withdrawal_commission: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemPhoneNumbersItem:
    """Paymentagent list response paymentagent list list item phone numbers item."""

    phone_number: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemSupportedPaymentMethodsItem:
    """Paymentagent list response paymentagent list list item supported payment methods item."""

    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentListResponsePaymentagentListListItemUrlsItem:
    """Paymentagent list response paymentagent list list item urls item."""

    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
