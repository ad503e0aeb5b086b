"""The models of the ``verify_email`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "VerifyEmailRequest",
    "VerifyEmailRequestUrlParameters",
    "VerifyEmailResponse",
]


@attrs.define(kw_only=True)
class VerifyEmailRequest:
    """Verify email request."""

    verify_email: str
    type: Literal[
        "account_opening",
        "account_verification",
        "reset_password",
        "paymentagent_withdraw",
        "payment_withdraw",
        "trading_platform_dxtrade_password_reset",
        "trading_platform_mt5_password_reset",
        "trading_platform_investor_password_reset",
        "request_email",
        "phone_number_verification",
    ]
    url_parameters: VerifyEmailRequestUrlParameters | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class VerifyEmailRequestUrlParameters:
    """Verify email request url parameters."""

    affiliate_token: str | None = attrs.field(default=None, repr=False)
    date_first_contact: str | None = None
    gclid_url: str | None = None
    pa_amount: float | None = None
    pa_currency: str | None = None
    pa_loginid: str | None = None
    pa_remarks: str | None = None
    redirect_to: int | None = None
    signup_device: Literal["desktop", "mobile"] | None = None
    utm_ad_id: str | None = None
    utm_adgroup_id: str | None = None
    utm_adrollclk_id: str | None = None
    utm_campaign: str | None = None
    utm_campaign_id: str | None = None
    utm_content: str | None = None
    utm_fbcl_id: str | None = None
    utm_gl_client_id: str | None = None
    utm_medium: str | None = None
    utm_msclk_id: str | None = None
    utm_source: str | None = None
    utm_term: str | None = None


@attrs.define(kw_only=True)
class VerifyEmailResponse:
    """Verify email response."""

    verify_email: Literal[0, 1] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["verify_email"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
