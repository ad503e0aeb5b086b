"""What the client knows about the routes of the ``place_order`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs import shared as _codec_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_place_order": Route(
        name="spot.place_order",
        method="POST",
        path="/api/spot/v3/orders",
        params=(
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
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
            Param(
                "type",
                "type",
                "body",
                False,
                v.OneOf(
                    (
                        "limit",
                        "market",
                    )
                ),
            ),
            Param(
                "client_oid",
                "client_oid",
                "body",
                False,
                v.Str(
                    pattern="^[A-Za-z][A-Za-z0-9]{0,31}\\Z", source="^[A-Za-z][A-Za-z0-9]{0,31}$"
                ),
            ),
            Param(
                "order_type",
                "order_type",
                "body",
                False,
                v.OneOf(
                    (
                        "0",
                        "1",
                        "2",
                        "3",
                    )
                ),
            ),
            Param("price", "price", "body", False, v.Dec(exclusive_minimum=0)),
            Param("size", "size", "body", False, v.Dec(exclusive_minimum=0)),
            Param("notional", "notional", "body", False, v.Dec(exclusive_minimum=0)),
            Param(
                "margin_trading",
                "margin_trading",
                "body",
                False,
                v.OneOf(
                    (
                        "1",
                        "2",
                    )
                ),
            ),
        ),
        body="json-object",
        decode=_codec_shared.structure_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (("type", ("limit",), True),),
                (
                    "price",
                    "size",
                ),
            ),
            v.RequiredWhen(
                (
                    ("type", ("market",), False),
                    ("side", ("buy",), False),
                ),
                ("notional",),
            ),
            v.RequiredWhen(
                (
                    ("type", ("market",), False),
                    ("side", ("sell",), False),
                ),
                ("size",),
            ),
        ),
    ),
}
