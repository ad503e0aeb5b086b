"""The models of the ``account_list`` call (account group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AccountListRequest",
    "AccountListResponse",
    "AccountListResponseAccountListItem",
    "AccountListResponseAccountListItemLinkedToItem",
]


@attrs.define(kw_only=True)
class AccountListRequest:
    """Account list request."""

    account_list: Literal[1]
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AccountListResponse:
    """Account list response."""

    account_list: list[AccountListResponseAccountListItem] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["account_list"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AccountListResponseAccountListItem:
    """Account list response account list item."""

    account_category: Literal["trading", "wallet"]
    account_type: str
    broker: str | None = None
    created_at: int
    currency: str
    is_disabled: Literal[1, 0]
    is_virtual: Literal[1, 0]
    landing_company_name: str
    linked_to: list[AccountListResponseAccountListItemLinkedToItem]
    loginid: str
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""


@attrs.define(kw_only=True)
class AccountListResponseAccountListItemLinkedToItem:
    """Account list response account list item linked to item."""

    loginid: str | None = None
    platform: Literal["ctrader", "dtrade", "dwallet", "dxtrade", "mt5"] | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
