"""The models of the ``get_settings`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "GetSettingsRequest",
    "GetSettingsResponse",
    "GetSettingsResponseGetSettings",
    "GetSettingsResponseGetSettingsFeatureFlag",
    "GetSettingsResponseGetSettingsPhoneNumberVerification",
]


@attrs.define(kw_only=True)
class GetSettingsRequest:
    """Get settings request."""

    get_settings: Literal[1]
    loginid: str | None = None
    """The account whose settings to read, when the token logs in several accounts."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetSettingsResponse:
    """Get settings response."""

    get_settings: GetSettingsResponseGetSettings | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_settings"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettings:
    """Get settings response get settings."""

    account_opening_reason: str | Unset | None = UNSET
    address_city: str | None = None
    address_line_1: str | None = None
    address_line_2: str | None = None
    address_postcode: str | None = None
    address_state: str | None = None
    allow_copiers: Literal[0, 1] | None = None
    calling_country_code: str | Unset | None = attrs.field(default=UNSET, repr=False)
    citizen: str | None = None
    client_tnc_status: str | Unset | None = UNSET
    cooling_off_expiration_date: int | Unset | None = UNSET
    country: str | Unset | None = UNSET
    country_code: str | Unset | None = UNSET
    date_of_birth: int | Unset | None = UNSET
    dxtrade_user_exception: Literal[0, 1] | None = None
    email: str | None = attrs.field(default=None, repr=False)
    email_consent: Literal[0, 1] | None = None
    employment_status: str | None = None
    fatca_declaration: int | Unset | None = UNSET
    feature_flag: GetSettingsResponseGetSettingsFeatureFlag | None = None
    first_name: str | None = attrs.field(default=None, repr=False)
    has_secret_answer: Literal[0, 1] | None = attrs.field(default=None, repr=False)
    immutable_fields: list[str] | None = None
    is_authenticated_payment_agent: Literal[0, 1] | None = None
    last_name: str | None = attrs.field(default=None, repr=False)
    non_pep_declaration: Literal[0, 1] | None = None
    phone: str | Unset | None = attrs.field(default=UNSET, repr=False)
    phone_number_verification: GetSettingsResponseGetSettingsPhoneNumberVerification | None = None
    place_of_birth: str | Unset | None = UNSET
    preferred_language: str | Unset | None = UNSET
    request_professional_status: Literal[0, 1] | None = None
    residence: str | Unset | None = UNSET
    salutation: str | None = None
    tax_identification_number: str | Unset | None = UNSET
    tax_residence: str | Unset | None = UNSET
    tin_skipped: Literal[0, 1] | None = None
    tnc_status: dict[str, Any] | None = None
    tnc_update_notification_start_date: str | Unset | None = UNSET
    trading_hub: int | None = None
    user_hash: str | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettingsFeatureFlag:
    """Get settings response get settings feature flag."""

    wallet: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetSettingsResponseGetSettingsPhoneNumberVerification:
    """Get settings response get settings phone number verification."""

    challenge_attempts_remaining: int | None = None
    next_attempt: int | None = None
    next_email_attempt: int | None = None
    next_verify_attempt: int | None = None
    session_timestamp: int | None = None
    verified: Literal[0, 1]
    verify_attempts_remaining: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
