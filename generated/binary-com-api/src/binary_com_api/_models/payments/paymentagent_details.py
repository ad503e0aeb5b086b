"""The models of the ``paymentagent_details`` call (payments group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "PaymentagentDetailsRequest",
    "PaymentagentDetailsResponse",
    "PaymentagentDetailsResponsePaymentagentDetails",
    "PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem",
    "PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem",
    "PaymentagentDetailsResponsePaymentagentDetailsUrlsItem",
]


@attrs.define(kw_only=True)
class PaymentagentDetailsRequest:
    """Paymentagent details request."""

    paymentagent_details: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PaymentagentDetailsResponse:
    """Paymentagent details response."""

    paymentagent_details: PaymentagentDetailsResponsePaymentagentDetails | None = None
    passthrough: dict[str, Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["paymentagent_details"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetails:
    """Paymentagent details response paymentagent details."""

    affiliate_id: str | Unset | None = UNSET
    can_apply: Literal[0, 1]
    code_of_conduct_approval: Literal[0, 1] | None = None
    commission_deposit: float | None = None
    commission_withdrawal: float | None = None
    currency_code: str | None = None
    eligibilty_validation: list[str] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    information: str | None = None
    max_withdrawal: float | None = None
    min_withdrawal: float | None = None
    newly_authorized: Literal[0, 1] | None = None
    payment_agent_name: str | None = None
    phone_numbers: list[PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem] | None = (
        None
    )
    status: Literal["applied", "verified", "authorized", "rejected", "suspended"] | Unset | None = (
        UNSET
    )
    supported_payment_methods: (
        list[PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem] | None
    ) = None
    target_country: str | None = None
    urls: list[PaymentagentDetailsResponsePaymentagentDetailsUrlsItem] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsPhoneNumbersItem:
    """Paymentagent details response paymentagent details phone numbers item."""

    phone_number: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsSupportedPaymentMethodsItem:
    """Paymentagent details response paymentagent details supported payment methods item."""

    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PaymentagentDetailsResponsePaymentagentDetailsUrlsItem:
    """Paymentagent details response paymentagent details urls item."""

    url: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
