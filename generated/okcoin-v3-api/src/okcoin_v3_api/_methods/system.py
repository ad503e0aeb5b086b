"""The methods of ``client.system``: one per route of the system group."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

if TYPE_CHECKING:
    from .._runtime.http.transport import HttpTransport


class SystemApi:
    """Maintenance status notices."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_status(
        self,
        *,
        status: Literal["0", "1", "2"] | None = None,
        timeout: float | None = None,
    ) -> list[dict[str, Any]]:
        """List system maintenance notices.

        ``GET /api/system/v3/status``; public; retried when it fails in transit.

        Arguments:
        - ``status`` (one of '0', '1', '2'): Filter - 0 scheduled, 1 in progress, 2 finished.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "list[dict[str, Any]]",
            self._transport.call(
                "system_get_status",
                {"status": status},
                timeout=timeout,
            ),
        )
