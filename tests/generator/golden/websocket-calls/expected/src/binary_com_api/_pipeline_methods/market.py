"""The market calls of the Pipeline (``client.pipeline()``), one method per call.

`Pipeline` inherits these methods; the class here only holds them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.binary.pending import Pending
    from .._runtime.binary.session import Session


class MarketPipelineCalls:
    """The methods of the market calls that `Pipeline` sends without waiting."""

    __slots__ = ()
    _session: Session

    def ticks(
        self,
        ticks: str | list[str],
        *,
        passthrough: dict[str, Any] | None = None,
        timeout: float | None = None,
    ) -> Pending[models.TicksResponse]:
        """Sends ``ticks`` now; see `BinaryComClient.ticks`."""
        return cast(
            "Pending[models.TicksResponse]",
            self._session.start("ticks", {"ticks": ticks, "passthrough": passthrough}, timeout),
        )
