"""What the client knows about the routes of the calls of the oracle group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import oracle as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "oracle_get_oracle": Route(
        name="oracle.get_oracle",
        method="GET",
        path="/api/market/v3/oracle",
        params=(),
        body="none",
        decode=_codec.structure_oracle_payload,
        auth="none",
        idempotent=True,
    ),
}
