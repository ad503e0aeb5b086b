"""The methods of ``client.otc``: one per route of the otc group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


class OtcApi:
    """Request-for-quote desk; known only from ccxt, parameters undocumented."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def list_rfq_instruments(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List instruments tradable by request for quote.

        ``GET /api/v3/otc/rfq/instruments``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_instruments",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_rfq_trades(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List request-for-quote trades.

        ``GET /api/v3/otc/rfq/trade``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_trades",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def accept_quote(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Trade on a received quote.

        ``POST /api/v3/otc/rfq/trade``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "otc_accept_quote",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def list_rfq_history(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List request-for-quote history.

        ``GET /api/v3/otc/rfq/history``; signed; retried when it fails in transit.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "otc_list_rfq_history",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )

    def request_quote(
        self,
        extra_params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Ask for a quote.

        ``POST /api/v3/otc/rfq/quote``; signed; never resent automatically.

        Known only from ccxt; path and parameters unconfirmed.

        Arguments:
        - ``extra_params``: more arguments, sent as given (for fields the spec lacks).
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "otc_request_quote",
                {},
                timeout=timeout,
                extra_params=extra_params,
            ),
        )
