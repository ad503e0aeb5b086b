"""The methods of ``client.index``: one per route of the index group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


class IndexApi:
    """Index composition."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_constituents(
        self,
        *,
        instrument_id: str,
        timeout: float | None = None,
    ) -> dict[str, Any]:
        """Show which exchange prices make up an index.

        ``GET /api/index/v3/{instrument_id}/constituents``; public; retried when it fails in
        transit.

        Taken from the Java SDK and ccxt; not in the current Python SDK. Availability on the
        listed sites is not confirmed.

        Arguments:
        - ``instrument_id`` (str; required): Market id such as BTC-USD.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "dict[str, Any]",
            self._transport.call(
                "index_get_constituents",
                {"instrument_id": instrument_id},
                timeout=timeout,
            ),
        )
