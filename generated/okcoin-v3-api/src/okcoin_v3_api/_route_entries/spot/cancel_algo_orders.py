"""What the client knows about the routes of the ``cancel_algo_orders`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import shared as _codec_spot_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_cancel_algo_orders": Route(
        name="spot.cancel_algo_orders",
        method="POST",
        path="/api/spot/v3/cancel_batch_algos",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param("algo_ids", "algo_ids", "body", True, v.ListOf(v.Str())),
            Param(
                "order_type",
                "order_type",
                "body",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec_spot_shared.structure_algo_order_result,
        auth="signed",
        idempotent=False,
    ),
}
