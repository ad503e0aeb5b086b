"""The models of the ``set_settings`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "SetSettingsRequest",
    "SetSettingsRequestFeatureFlag",
    "SetSettingsResponse",
]


@attrs.define(kw_only=True)
class SetSettingsRequest:
    """Set settings request."""

    set_settings: Literal[1]
    account_opening_reason: (
        Literal[
            "Speculative",
            "Income Earning",
            "Hedging",
            "Peer-to-peer exchange",
            "Additional revenue",
            "Savings",
        ]
        | None
    ) = None
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | Unset | None = UNSET
    address_postcode: str | None = None
    address_state: str | None = None
    allow_copiers: Literal[0, 1] | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | Unset | None = UNSET
    date_of_birth: str | None = None
    dxtrade_user_exception: Literal[0, 1] | None = None
    email_consent: Literal[0, 1] | None = None
    employment_status: str | None = None
    feature_flag: SetSettingsRequestFeatureFlag | None = None
    financial_information_version: str | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: Literal[1] | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    place_of_birth: str | None = None
    preferred_language: str | Unset | None = UNSET
    request_professional_status: Literal[1] | None = None
    residence: str | Unset | None = UNSET
    salutation: Literal["Mr", "Ms", "Miss", "Mrs"] | None = None
    secret_answer: str | None = attrs.field(default=None, repr=False)
    secret_question: (
        Literal[
            "Mother's maiden name",
            "Name of your pet",
            "Name of first love",
            "Memorable town/city",
            "Memorable date",
            "Favourite dish",
            "Brand of first car",
            "Favourite artist",
        ]
        | None
    ) = attrs.field(default=None, repr=False)
    tax_identification_number: str | None = None
    tax_residence: str | None = None
    tin_skipped: Literal[0, 1] | None = None
    trading_hub: Literal[0, 1] | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class SetSettingsRequestFeatureFlag:
    """Set settings request feature flag."""

    wallet: Literal[0, 1] | None = None


@attrs.define(kw_only=True)
class SetSettingsResponse:
    """Set settings response."""

    set_settings: int | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["set_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
