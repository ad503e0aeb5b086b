"""What the client knows about the routes of the ``get_order_book`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import get_order_book as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_get_order_book": Route(
        name="spot.get_order_book",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/book",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param("size", "size", "query", False, v.Int(maximum=200)),
            Param("depth", "depth", "query", False, v.Dec(exclusive_minimum=0)),
        ),
        body="none",
        decode=_codec.structure_order_book,
        auth="none",
        idempotent=True,
    ),
}
