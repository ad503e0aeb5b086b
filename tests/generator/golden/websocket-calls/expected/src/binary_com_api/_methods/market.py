"""The market calls of the BinaryComClient, one method per call.

`BinaryComClient` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.session import Session
    from .._runtime.websocket.subscription import Subscription


class MarketCalls:
    """The methods of the market calls (see `BinaryComClient`)."""

    __slots__ = ()
    _session: Session

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> models.TicksResponse:
        """Streams live prices for one or more symbols.

        ``ticks`` call; public; retried when it fails in transit.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TicksResponse",
            self._session.call("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )

    def subscribe_ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Subscription[models.TicksResponse]:
        """Subscribes to the ``ticks`` call: streams live prices for one or more symbols.

        The first answer and every update arrive, typed, by iterating the returned subscription;
        leaving its ``with`` block or calling ``forget()`` ends the stream.

        ``ticks`` call with ``subscribe: 1``; public.

        Arguments:
        - ``ticks`` (str matching ``^\\w{2,30}$`` or list of str matching ``^\\w{2,30}$``;
          required): The symbol (e.g. R_50) whose prices to get, or a list of symbols.
        - ``passthrough`` (mapping of str to any JSON value): Any JSON object: the server returns
          it unchanged in the answer's echo_req, so an answer can carry context of your own.
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "Subscription[models.TicksResponse]",
            self._session.subscribe("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )
