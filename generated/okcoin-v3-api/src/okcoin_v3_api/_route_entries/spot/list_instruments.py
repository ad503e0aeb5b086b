"""What the client knows about the routes of the ``list_instruments`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_instruments as _codec
from ..._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "spot_list_instruments": Route(
        name="spot.list_instruments",
        method="GET",
        path="/api/spot/v3/instruments",
        params=(),
        body="none",
        decode=_codec._decode_list_of_Instrument,
        auth="none",
        idempotent=True,
    ),
}
