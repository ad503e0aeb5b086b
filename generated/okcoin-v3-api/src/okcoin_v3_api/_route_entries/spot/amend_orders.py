"""What the client knows about the routes of the ``amend_orders`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.spot import amend_orders as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route


def _fields_amend_order_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
        ("order_id", "order_id", False, v.Str()),
        ("client_oid", "client_oid", False, v.Str()),
        ("new_size", "new_size", False, v.Dec(exclusive_minimum=0)),
        ("new_price", "new_price", False, v.Dec(exclusive_minimum=0)),
        (
            "cancel_on_fail",
            "cancel_on_fail",
            False,
            v.OneOf(
                (
                    "0",
                    "1",
                )
            ),
        ),
        ("request_id", "request_id", False, v.Str()),
    )


ROUTES: dict[str, Route] = {
    "spot_amend_orders": Route(
        name="spot.amend_orders",
        method="POST",
        path="/api/spot/v3/amend_batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(
                        m.AmendOrderRequest,
                        _fields_amend_order_request,
                        rules=(
                            v.RequiredWhen(
                                (),
                                (
                                    "order_id",
                                    "client_oid",
                                ),
                                at_least_one=True,
                            ),
                            v.RequiredWhen(
                                (),
                                (
                                    "new_size",
                                    "new_price",
                                ),
                                at_least_one=True,
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
