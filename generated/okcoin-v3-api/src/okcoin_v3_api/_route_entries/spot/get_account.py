"""What the client knows about the routes of the ``get_account`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import shared as _codec_spot_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_get_account": Route(
        name="spot.get_account",
        method="GET",
        path="/api/spot/v3/accounts/{currency}",
        params=(Param("currency", "currency", "path", True, v.Str()),),
        body="none",
        decode=_codec_spot_shared.structure_spot_account,
        auth="signed",
        idempotent=True,
    ),
}
