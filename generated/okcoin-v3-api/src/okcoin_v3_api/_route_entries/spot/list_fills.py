"""What the client knows about the routes of the ``list_fills`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_fills as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_list_fills": Route(
        name="spot.list_fills",
        method="GET",
        path="/api/spot/v3/fills",
        params=(
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
            Param("order_id", "order_id", "query", False, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
            Param("from_", "from", "query", False, v.Str()),
            Param("to", "to", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_Fill,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
}
