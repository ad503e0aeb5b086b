"""What the client knows about the routes of the ``list_accounts`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_accounts as _codec
from ..._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "spot_list_accounts": Route(
        name="spot.list_accounts",
        method="GET",
        path="/api/spot/v3/accounts",
        params=(),
        body="none",
        decode=_codec._decode_list_of_SpotAccount,
        auth="signed",
        idempotent=True,
    ),
}
