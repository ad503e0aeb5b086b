"""What the client knows about the routes of the calls of the system group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import system as _codec
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "system_get_status": Route(
        name="system.get_status",
        method="GET",
        path="/api/system/v3/status",
        params=(
            Param(
                "status",
                "status",
                "query",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "2",
                    )
                ),
            ),
        ),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="none",
        idempotent=True,
    ),
}
