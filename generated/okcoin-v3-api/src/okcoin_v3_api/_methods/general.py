"""The methods of ``client.general``: one per route of the general group."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class GeneralApi:
    """Public site-wide facts such as the server clock."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_server_time(
        self,
        timeout: float | None = None,
    ) -> models.ServerTime:
        """Read the server clock (useful to correct the signing timestamp).

        ``GET /api/general/v3/time``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.ServerTime",
            self._transport.call(
                "general_get_server_time",
                {},
                timeout=timeout,
            ),
        )
