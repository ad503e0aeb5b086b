"""The methods of ``client.oracle``: one per route of the oracle group."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class OracleApi:
    """Signed price feed for on-chain consumers."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def get_oracle(
        self,
        timeout: float | None = None,
    ) -> models.OraclePayload:
        """Fetch the signed oracle price report.

        ``GET /api/market/v3/oracle``; public; retried when it fails in transit.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.OraclePayload",
            self._transport.call(
                "oracle_get_oracle",
                {},
                timeout=timeout,
            ),
        )
