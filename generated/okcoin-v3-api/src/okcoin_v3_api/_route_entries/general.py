"""What the client knows about the routes of the calls of the general group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import general as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "general_get_server_time": Route(
        name="general.get_server_time",
        method="GET",
        path="/api/general/v3/time",
        params=(),
        body="none",
        decode=_codec.structure_server_time,
        auth="none",
        idempotent=True,
    ),
}
