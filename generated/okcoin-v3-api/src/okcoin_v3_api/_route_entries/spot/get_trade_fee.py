"""What the client knows about the routes of the ``get_trade_fee`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import get_trade_fee as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_get_trade_fee": Route(
        name="spot.get_trade_fee",
        method="GET",
        path="/api/spot/v3/trade_fee",
        params=(
            Param("category", "category", "query", False, v.Str()),
            Param("instrument_id", "instrument_id", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
}
