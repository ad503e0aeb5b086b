"""What the client knows about the routes of the ``cancel_order`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import cancel_order as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_cancel_order": Route(
        name="spot.cancel_order",
        method="POST",
        path="/api/spot/v3/cancel_orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "body", True, v.Str()),
        ),
        body="json-object",
        decode=_codec._decode_OrderResult_or_dict_of_list_of_OrderResult,
        auth="signed",
        idempotent=False,
    ),
}
