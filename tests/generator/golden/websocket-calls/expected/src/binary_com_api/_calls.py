"""What the client knows about each call, by call name: one entry per call, kept in the
module of its group (`_call_entries/`) and imported on the first call of that group.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from ._runtime.core.lazy import LazyTable
from ._runtime.websocket.message import Call

# The module of each call's entry (names relative to the package).
_MODULES: dict[str, str] = {
    "authorize": "._call_entries.account",
    "balance": "._call_entries.account",
    "forget": "._call_entries.system",
    "forget_all": "._call_entries.system",
    "ping": "._call_entries.system",
    "ticks": "._call_entries.market",
    "time": "._call_entries.system",
}
CALLS: LazyTable[Call] = LazyTable(__name__.rpartition(".")[0], _MODULES, "CALLS")
