"""The models of the ``partner_account_creation_status`` call (partners group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "PartnerAccountCreationStatusRequest",
    "PartnerAccountCreationStatusResponse",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatus",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu",
    "PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow",
]


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusRequest:
    """Partner account creation status request."""

    partner_account_creation_status: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponse:
    """Partner account creation status response."""

    partner_account_creation_status: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatus | None
    ) = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["partner_account_creation_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatus:
    """Partner account creation status response partner account creation status."""

    create_cfd_account: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount
    )
    create_eu_partner: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner
    )
    create_row_partner: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner
    )
    create_third_party_provider_user: (
        PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser
    )
    link_partner_eu: PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu
    link_partner_row: PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateCfdAccount:
    """Partner account creation status response partner account creation status create cfd
    account.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateEuPartner:
    """Partner account creation status response partner account creation status create eu
    partner.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateRowPartner:
    """Partner account creation status response partner account creation status create row
    partner.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusCreateThirdPartyProviderUser:
    """Partner account creation status response partner account creation status create third party
    provider user.
    """

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerEu:
    """Partner account creation status response partner account creation status link partner eu."""

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class PartnerAccountCreationStatusResponsePartnerAccountCreationStatusLinkPartnerRow:
    """Partner account creation status response partner account creation status link partner row."""

    response: dict[str, Any] | None = None
    status: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
