"""The Pipeline: the calls of the Binary.com WebSocket API v3, sent without waiting for their answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._pipeline_methods.account import AccountPipelineCalls
from ._pipeline_methods.market import MarketPipelineCalls
from ._pipeline_methods.system import SystemPipelineCalls

if TYPE_CHECKING:
    from ._runtime.binary.session import Session


class Pipeline(
    AccountPipelineCalls,
    SystemPipelineCalls,
    MarketPipelineCalls,
):
    """The calls of `BinaryComClient` (``client.pipeline()``), each sent at once and
    answered later: every method checks its arguments, sends the call on the client's
    connection and returns a `Pending` without waiting, so many calls are in flight
    together. ``pending.result()`` returns the answer, typed, or raises what the same method
    of the client would. Calls that stream are opened with the client's ``subscribe_<call>``
    methods, not here.
    """

    __slots__ = ("_session",)

    def __init__(self, session: Session) -> None:
        self._session = session

    def __repr__(self) -> str:
        return f"Pipeline({self._session!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a Pipeline belongs to a live connection and cannot be pickled")
