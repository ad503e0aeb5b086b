"""The system calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class SystemCalls:
    """The methods of the system calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

    def forget(
        self,
        forget: str,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.ForgetResponse:
        """Stops one running subscription by its id.

        ``forget`` call; public; retried when it fails in transit.

        Arguments:
        - ``forget`` (str matching ``^[\\w-]{32,128}$``; required): The id of the stream to stop
          (the id in a streamed answer's subscription field).
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ForgetResponse",
            self._session.call("forget", {"forget": forget, "passthrough": passthrough}, timeout),
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
    ) -> models.ForgetAllResponse:
        """Stops all running subscriptions of the given kinds.

        ``forget_all`` call; public; retried when it fails in transit.

        Arguments:
        - ``forget_all`` (one of 14 values: 'balance', 'candles', 'cashier_payments',
          'p2p_advert', 'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract',
          'ticks', 'transaction', 'trading_platform_asset_listing', 'website_status', ... or list
          of one of 14 values: 'balance', 'candles', 'cashier_payments', 'p2p_advert',
          'p2p_advertiser', 'p2p_order', 'proposal', 'proposal_open_contract', 'ticks',
          'transaction', 'trading_platform_asset_listing', 'website_status', ...; required): The
          kind of stream to stop, e.g. 'ticks', or a list of kinds.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ForgetAllResponse",
            self._session.call(
                "forget_all", {"forget_all": forget_all, "passthrough": passthrough}, timeout
            ),
        )

    def ping(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.PingResponse:
        """Round-trip check that also keeps the connection open.

        ``ping`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.PingResponse",
            self._session.call("ping", {"passthrough": passthrough}, timeout),
        )

    def time(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TimeResponse:
        """The server's current Unix time.

        ``time`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TimeResponse",
            self._session.call("time", {"passthrough": passthrough}, timeout),
        )

    def website_config(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.WebsiteConfigResponse:
        """Site-wide configuration such as currencies and features.

        ``website_config`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.WebsiteConfigResponse",
            self._session.call("website_config", {"passthrough": passthrough}, timeout),
        )

    def website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.WebsiteStatusResponse:
        """Site availability, limits and currencies; can stream.

        ``website_status`` call; public; retried when it fails in transit.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.WebsiteStatusResponse",
            self._session.call("website_status", {"passthrough": passthrough}, timeout),
        )

    def subscribe_website_status(
        self,
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.WebsiteStatusResponse]:
        """Subscribes to the ``website_status`` call: site availability, limits and currencies; can
        stream.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``website_status`` call with ``subscribe: 1``; public.

        Arguments:
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.WebsiteStatusResponse]",
            self._session.subscribe("website_status", {"passthrough": passthrough}, timeout),
        )
