"""The models of the ``forget_all`` call (system group).

Import them from `binary_com_api.models`, where every model of the package is. Unknown
fields of an answer are kept in `extra_fields`, so decoding and encoding again gives back
the same JSON.
"""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = [
    "ForgetAllRequest",
    "ForgetAllResponse",
]


@attrs.define(kw_only=True)
class ForgetAllRequest:
    """Forget all request."""

    forget_all: (
        Literal[
            "balance",
            "candles",
            "cashier_payments",
            "p2p_advert",
            "p2p_advertiser",
            "p2p_order",
            "proposal",
            "proposal_open_contract",
            "ticks",
            "transaction",
            "trading_platform_asset_listing",
            "website_status",
            "p2p_settings",
            "crypto_estimations",
        ]
        | list[
            Literal[
                "balance",
                "candles",
                "cashier_payments",
                "p2p_advert",
                "p2p_advertiser",
                "p2p_order",
                "proposal",
                "proposal_open_contract",
                "ticks",
                "transaction",
                "trading_platform_asset_listing",
                "website_status",
                "p2p_settings",
                "crypto_estimations",
            ]
        ]
    )
    """The kind of stream to stop, e.g. 'ticks', or a list of kinds."""

    passthrough: dict[str, Any] | None = None
    """Any JSON object: the server returns it unchanged in the answer's echo_req, so an answer can
    carry context of your own.
    """

    req_id: int | None = None


@attrs.define(kw_only=True)
class ForgetAllResponse:
    """Forget all response."""

    forget_all: list[Any] | None = None
    echo_req: dict[str, Any] = attrs.field(repr=False)
    msg_type: Literal["forget_all"]
    req_id: int | None = None
    extra_fields: dict[str, Any] = attrs.field(factory=dict, repr=False)
    """Fields the spec does not name, exactly as received."""
