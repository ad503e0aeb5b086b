"""The models of the ``asset_index`` call (market group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "AssetIndexRequest",
    "AssetIndexResponse",
]


@attrs.define(kw_only=True)
class AssetIndexRequest:
    """Asset index request."""

    asset_index: Literal[1]
    landing_company: Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None = (
        None
    )
    landing_company_short: (
        Literal["iom", "malta", "maltainvest", "svg", "virtual", "vanuatu"] | None
    ) = None
    loginid: str | None = None
    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class AssetIndexResponse:
    """Asset index response."""

    asset_index: list[Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["asset_index"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
