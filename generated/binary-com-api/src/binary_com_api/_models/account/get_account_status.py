"""The models of the ``get_account_status`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

from ..._runtime.core.types import UNSET, Unset

__all__ = [
    "GetAccountStatusRequest",
    "GetAccountStatusResponse",
    "GetAccountStatusResponseGetAccountStatus",
    "GetAccountStatusResponseGetAccountStatusAuthentication",
    "GetAccountStatusResponseGetAccountStatusAuthenticationAttempts",
    "GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem",
    "GetAccountStatusResponseGetAccountStatusAuthenticationDocument",
    "GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentity",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido",
    "GetAccountStatusResponseGetAccountStatusAuthenticationIncome",
    "GetAccountStatusResponseGetAccountStatusAuthenticationOwnership",
    "GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem",
    "GetAccountStatusResponseGetAccountStatusCurrencyConfigValue",
]


@attrs.define(kw_only=True)
class GetAccountStatusRequest:
    """Get account status request."""

    get_account_status: Literal[1]
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class GetAccountStatusResponse:
    """Get account status response."""

    get_account_status: GetAccountStatusResponseGetAccountStatus | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["get_account_status"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatus:
    """Get account status response get account status."""

    authentication: GetAccountStatusResponseGetAccountStatusAuthentication | None = None
    cashier_missing_fields: list[str] | None = None
    cashier_validation: list[str] | None = None
    currency_config: dict[str, GetAccountStatusResponseGetAccountStatusCurrencyConfigValue | Any]
    p2p_poa_required: Literal[0, 1]
    p2p_status: Literal["none", "active", "temp_ban", "perm_ban"]
    prompt_client_to_authenticate: Literal[1, 0]
    risk_classification: str
    social_identity_provider: Literal["google", "facebook", "apple"] | None = None
    status: list[str]
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthentication:
    """Get account status response get account status authentication."""

    attempts: GetAccountStatusResponseGetAccountStatusAuthenticationAttempts | None = None
    document: GetAccountStatusResponseGetAccountStatusAuthenticationDocument | None = None
    identity: GetAccountStatusResponseGetAccountStatusAuthenticationIdentity | None = None
    income: GetAccountStatusResponseGetAccountStatusAuthenticationIncome | None = None
    needs_verification: list[str]
    ownership: GetAccountStatusResponseGetAccountStatusAuthenticationOwnership | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationAttempts:
    """Get account status response get account status authentication attempts."""

    count: int | None = None
    history: (
        list[GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem] | None
    ) = None
    latest: dict[str, Any] | Unset | None = UNSET
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationAttemptsHistoryItem:
    """Get account status response get account status authentication attempts history item."""

    country_code: str | None = None
    document_type: str | None = None
    id: str | None = None
    service: str | None = None
    status: Literal["verified", "rejected", "pending", "expired", "none"] | None = None
    timestamp: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationDocument:
    """Get account status response get account status authentication document."""

    expiry_date: int | None = None
    last_rejected: str | Unset | None = UNSET
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    verified_jurisdiction: (
        GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction | None
    ) = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationDocumentVerifiedJurisdiction:
    """Get account status response get account status authentication document verified
    jurisdiction.
    """

    bvi: Literal[0, 1] | None = None
    dml: Literal[0, 1] | None = None
    dsl: Literal[0, 1] | None = None
    iom: Literal[0, 1] | None = None
    labuan: Literal[0, 1] | None = None
    malta: Literal[0, 1] | None = None
    maltainvest: Literal[0, 1] | None = None
    samoa: Literal[0, 1] | None = None
    samoa_virtual: Literal[0, 1] | None = None
    svg: Literal[0, 1] | None = None
    vanuatu: Literal[0, 1] | None = None
    virtual: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentity:
    """Get account status response get account status authentication identity."""

    expiry_date: int | None = None
    services: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServices:
    """Get account status response get account status authentication identity services."""

    idv: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv | None = None
    manual: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual | None = (
        None
    )
    onfido: GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido | None = (
        None
    )
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesIdv:
    """Get account status response get account status authentication identity services idv."""

    expiry_date: int | None = None
    last_rejected: list[str] | None = None
    report_available: Literal[0, 1] | None = None
    reported_properties: dict[str, Any] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired"] | None = None
    submissions_left: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesManual:
    """Get account status response get account status authentication identity services manual."""

    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIdentityServicesOnfido:
    """Get account status response get account status authentication identity services onfido."""

    country_code: str | None = None
    documents: list[str] | None = None
    documents_supported: list[str] | None = None
    is_country_supported: Literal[1, 0] | None = None
    last_rejected: list[str] | None = None
    reported_properties: dict[str, Any] | None = None
    status: Literal["none", "pending", "rejected", "verified", "expired", "suspected"] | None = None
    submissions_left: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationIncome:
    """Get account status response get account status authentication income."""

    expiry_date: int | None = None
    status: Literal["none", "pending", "rejected", "verified", "locked"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationOwnership:
    """Get account status response get account status authentication ownership."""

    requests: (
        list[GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem] | None
    ) = None
    status: Literal["none", "pending", "rejected", "verified"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusAuthenticationOwnershipRequestsItem:
    """Get account status response get account status authentication ownership requests item."""

    creation_time: str | None = None
    documents_required: float | None = None
    id: float | None = None
    payment_method: str | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class GetAccountStatusResponseGetAccountStatusCurrencyConfigValue:
    """Get account status response get account status currency config value."""

    is_deposit_suspended: Literal[0, 1] | None = None
    is_withdrawal_suspended: Literal[0, 1] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
