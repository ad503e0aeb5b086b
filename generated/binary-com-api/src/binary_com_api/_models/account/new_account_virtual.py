"""The models of the ``new_account_virtual`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "NewAccountVirtualRequest",
    "NewAccountVirtualResponse",
    "NewAccountVirtualResponseNewAccountVirtual",
]


@attrs.define(kw_only=True)
class NewAccountVirtualRequest:
    """New account virtual request."""

    new_account_virtual: Literal[1]
    affiliate_token: str | None = attrs.field(default=None, repr=False)
    client_password: str | None = attrs.field(default=None, repr=False)
    date_first_contact: str | None = None
    email: str | None = None
    email_consent: Literal[1, 0] | None = None
    gclid_url: str | None = None
    residence: str | None = None
    signup_device: Literal["desktop", "mobile"] | None = None
    type: Literal["trading", "wallet", "dynamic"] | None = None
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
    verification_code: str | None = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class NewAccountVirtualResponse:
    """New account virtual response."""

    new_account_virtual: NewAccountVirtualResponseNewAccountVirtual | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["new_account_virtual"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class NewAccountVirtualResponseNewAccountVirtual:
    """New account virtual response new account virtual."""

    balance: float
    client_id: str
    currency: str
    currency_type: str | None = None
    email: str
    login_code: str | None = None
    oauth_token: str = attrs.field(repr=False)
    refresh_token: str | None = attrs.field(default=None, repr=False)
    type: Literal["trading", "wallet"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
