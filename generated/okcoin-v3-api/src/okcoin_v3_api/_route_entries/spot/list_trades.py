"""What the client knows about the routes of the ``list_trades`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_trades as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_list_trades": Route(
        name="spot.list_trades",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/trades",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
        ),
        body="none",
        decode=_codec._decode_list_of_Trade,
        auth="none",
        idempotent=True,
    ),
}
