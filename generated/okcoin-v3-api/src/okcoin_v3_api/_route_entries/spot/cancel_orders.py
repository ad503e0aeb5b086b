"""What the client knows about the routes of the ``cancel_orders`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.spot import cancel_orders as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route


def _fields_cancel_orders_request() -> tuple[v.FieldRule, ...]:
    return (
        ("instrument_id", "instrument_id", True, v.Str()),
        ("order_ids", "order_ids", False, v.ListOf(v.Str(), max_items=10)),
        ("client_oids", "client_oids", False, v.ListOf(v.Str(), max_items=10)),
    )


ROUTES: dict[str, Route] = {
    "spot_cancel_orders": Route(
        name="spot.cancel_orders",
        method="POST",
        path="/api/spot/v3/cancel_batch_orders",
        params=(
            Param(
                "items",
                "items",
                "body",
                True,
                v.ListOf(
                    v.ModelOf(m.CancelOrdersRequest, _fields_cancel_orders_request), max_items=4
                ),
            ),
        ),
        body="json-array",
        decode=_codec._decode_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
}
