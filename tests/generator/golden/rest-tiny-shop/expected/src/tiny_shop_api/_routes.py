"""What the client knows about each route, by operation id: one entry per route, kept in the
module of its group (`_route_entries/`) and imported on the first call of that group.

Loaded on the first call, not on import.
"""

from __future__ import annotations

from ._runtime.core.lazy import LazyTable
from ._runtime.http.transport import Route

# The module of each route's entry (names relative to the package).
_MODULES: dict[str, str] = {
    "items_list": "._route_entries.items",
    "items_create": "._route_entries.items",
    "items_get": "._route_entries.items",
}
ROUTES: LazyTable[Route] = LazyTable(__name__.rpartition(".")[0], _MODULES, "ROUTES")
