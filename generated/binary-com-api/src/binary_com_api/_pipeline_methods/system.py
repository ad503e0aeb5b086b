"""The system calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class SystemPipelineCalls:
    """The methods of the system calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def forget(
        self,
        forget: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetResponse]:
        """Sends ``forget`` now; see `BinaryComClient.forget`."""
        return cast(
            "Pending[models.ForgetResponse]",
            self._session.start("forget", {"forget": forget, "passthrough": passthrough}, timeout),
        )

    def forget_all(
        self,
        forget_all: Literal[
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
        ],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.ForgetAllResponse]:
        """Sends ``forget_all`` now; see `BinaryComClient.forget_all`."""
        return cast(
            "Pending[models.ForgetAllResponse]",
            self._session.start(
                "forget_all", {"forget_all": forget_all, "passthrough": passthrough}, timeout
            ),
        )

    def ping(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.PingResponse]:
        """Sends ``ping`` now; see `BinaryComClient.ping`."""
        return cast(
            "Pending[models.PingResponse]",
            self._session.start("ping", {"passthrough": passthrough}, timeout),
        )

    def time(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TimeResponse]:
        """Sends ``time`` now; see `BinaryComClient.time`."""
        return cast(
            "Pending[models.TimeResponse]",
            self._session.start("time", {"passthrough": passthrough}, timeout),
        )

    def website_config(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.WebsiteConfigResponse]:
        """Sends ``website_config`` now; see `BinaryComClient.website_config`."""
        return cast(
            "Pending[models.WebsiteConfigResponse]",
            self._session.start("website_config", {"passthrough": passthrough}, timeout),
        )

    def website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.WebsiteStatusResponse]:
        """Sends ``website_status`` now; see `BinaryComClient.website_status`."""
        return cast(
            "Pending[models.WebsiteStatusResponse]",
            self._session.start("website_status", {"passthrough": passthrough}, timeout),
        )
