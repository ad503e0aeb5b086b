"""What the client knows about the routes of the ``get_order`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs import shared as _codec_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_get_order": Route(
        name="spot.get_order",
        method="GET",
        path="/api/spot/v3/orders/{order_id_or_client_oid}",
        params=(
            Param("order_id_or_client_oid", "order_id_or_client_oid", "path", True, v.Str()),
            Param("instrument_id", "instrument_id", "query", True, v.Str()),
        ),
        body="none",
        decode=_codec_shared.structure_order,
        auth="signed",
        idempotent=True,
    ),
}
