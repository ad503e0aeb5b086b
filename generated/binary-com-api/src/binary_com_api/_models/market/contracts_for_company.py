"""The models of the ``contracts_for_company`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ContractsForCompanyRequest",
    "ContractsForCompanyResponse",
    "ContractsForCompanyResponseContractsForCompany",
    "ContractsForCompanyResponseContractsForCompanyAvailableItem",
]


@attrs.define(kw_only=True)
class ContractsForCompanyRequest:
    """Contracts for company request."""

    contracts_for_company: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ContractsForCompanyResponse:
    """Contracts for company response."""

    contracts_for_company: ContractsForCompanyResponseContractsForCompany | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["contracts_for_company"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForCompanyResponseContractsForCompany:
    """Contracts for company response contracts for company."""

    available: list[ContractsForCompanyResponseContractsForCompanyAvailableItem]
    hit_count: float
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class ContractsForCompanyResponseContractsForCompanyAvailableItem:
    """Contracts for company response contracts for company available item."""

    barrier_category: str
    contract_category: str
    contract_category_display: str
    contract_display: str
    contract_type: str
    default_stake: float | None = None
    sentiment: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
