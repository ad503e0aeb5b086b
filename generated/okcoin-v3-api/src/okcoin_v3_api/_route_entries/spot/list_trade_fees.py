"""What the client knows about the routes of the ``list_trade_fees`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_trade_fees as _codec
from ..._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "spot_list_trade_fees": Route(
        name="spot.list_trade_fees",
        method="GET",
        path="/api/spot/v3/trade_fee_all",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=True,
    ),
}
