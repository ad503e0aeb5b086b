"""The methods of ``client.earning``: one per route of the earning group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


class EarningApi:
    """Earn products; known only from ccxt, parameters undocumented."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_offers(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List earn products on offer.

        ``GET /api/earning/v3/offers``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_offers",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_orders(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List your earn subscriptions and redemptions.

        ``GET /api/earning/v3/orders``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_orders",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_positions(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List your earn holdings.

        ``GET /api/earning/v3/positions``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "earning_list_positions",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def purchase(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Subscribe to an earn product.

        ``POST /api/earning/v3/purchase``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_purchase",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def redeem(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Redeem from an earn product.

        ``POST /api/earning/v3/redeem``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_redeem",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def cancel(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Cancel a pending earn subscription or redemption.

        ``POST /api/earning/v3/cancel``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed (/api/v3/earning/... is equally
        possible).

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "earning_cancel",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )
