"""What the client knows about the routes of the ``place_orders`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.spot import place_orders as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route


def _fields_spot_order_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
        (
            "side",
            "side",
            True,
            v.OneOf(
                (
                    "buy",
                    "sell",
                )
            ),
        ),
        (
            "type",
            "type",
            False,
            v.OneOf(
                (
                    "limit",
                    "market",
                )
            ),
        ),
        (
            "client_oid",
            "client_oid",
            False,
            v.Str(pattern="^[A-Za-z][A-Za-z0-9]{0,31}\\Z", source="^[A-Za-z][A-Za-z0-9]{0,31}$"),
        ),
        (
            "order_type",
            "order_type",
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
        ("price", "price", False, v.Dec(exclusive_minimum=0)),
        ("size", "size", False, v.Dec(exclusive_minimum=0)),
        ("notional", "notional", False, v.Dec(exclusive_minimum=0)),
        (
            "margin_trading",
            "margin_trading",
            False,
            v.OneOf(
                (
                    "1",
                    "2",
                )
            ),
        ),
    )


ROUTES: dict[str, Route] = {
    "spot_place_orders": Route(
        name="spot.place_orders",
        method="POST",
        path="/api/spot/v3/batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.SpotOrderRequest,
                        _fields_spot_order_request,
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
                    )
                ),
            ),
        ),
        body="json-array",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
}
