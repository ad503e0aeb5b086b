"""What the client knows about the routes of the ``list_ledger`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import list_ledger as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_list_ledger": Route(
        name="spot.list_ledger",
        method="GET",
        path="/api/spot/v3/accounts/{currency}/ledger",
        params=(
            Param("currency", "currency", "path", True, v.Str()),
            Param("after", "after", "query", False, v.Str()),
            Param("before", "before", "query", False, v.Str()),
            Param("limit", "limit", "query", False, v.Int(maximum=100)),
            Param("type", "type", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_LedgerEntry,
        auth="signed",
        idempotent=True,
        paging=("after", "before", "OK-AFTER", "OK-BEFORE"),
    ),
}
