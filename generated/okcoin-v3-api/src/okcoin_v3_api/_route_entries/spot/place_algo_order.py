"""What the client knows about the routes of the ``place_algo_order`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import shared as _codec_spot_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_place_algo_order": Route(
        name="spot.place_algo_order",
        method="POST",
        path="/api/spot/v3/order_algo",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
            Param(
                "mode",
                "mode",
                "body",
                True,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
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
            Param("size", "size", "body", True, v.Dec(exclusive_minimum=0)),
            Param(
                "side",
                "side",
                "body",
                True,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                    )
                ),
            ),
            Param("trigger_price", "trigger_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("algo_price", "algo_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param(
                "algo_type",
                "algo_type",
                "body",
                False,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
            Param("callback_rate", "callback_rate", "body", False, v.Dec(exclusive_minimum=0)),
            Param("algo_variance", "algo_variance", "body", False, v.Dec(exclusive_minimum=0)),
            Param("avg_amount", "avg_amount", "body", False, v.Dec(exclusive_minimum=0)),
            Param("limit_price", "limit_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("sweep_range", "sweep_range", "body", False, v.Dec(exclusive_minimum=0)),
            Param("sweep_ratio", "sweep_ratio", "body", False, v.Dec(exclusive_minimum=0)),
            Param("single_limit", "single_limit", "body", False, v.Dec(exclusive_minimum=0)),
            Param("time_interval", "time_interval", "body", False, v.Int(minimum=5, maximum=120)),
            Param(
                "tp_trigger_price", "tp_trigger_price", "body", False, v.Dec(exclusive_minimum=0)
            ),
            Param("tp_price", "tp_price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("tp_trigger_type", "tp_trigger_type", "body", False, v.Str()),
            Param("sl_trigger_type", "sl_trigger_type", "body", False, v.Str()),
            Param(
                "sl_trigger_price", "sl_trigger_price", "body", False, v.Dec(exclusive_minimum=0)
            ),
            Param("sl_price", "sl_price", "body", False, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec_spot_shared.structure_algo_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (("order_type", ("1",), False),),
                (
                    "trigger_price",
                    "algo_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("2",), False),),
                (
                    "callback_rate",
                    "trigger_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("3",), False),),
                (
                    "algo_variance",
                    "avg_amount",
                    "limit_price",
                ),
            ),
            v.RequiredWhen(
                (("order_type", ("4",), False),),
                (
                    "sweep_range",
                    "sweep_ratio",
                    "single_limit",
                    "limit_price",
                    "time_interval",
                ),
            ),
        ),
    ),
}
