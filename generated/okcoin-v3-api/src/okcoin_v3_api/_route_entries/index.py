"""What the client knows about the routes of the calls of the index group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import index as _codec
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "index_get_constituents": Route(
        name="index.get_constituents",
        method="GET",
        path="/api/index/v3/{instrument_id}/constituents",
        params=(Param("instrument_id", "instrument_id", "path", True, v.Str()),),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="none",
        idempotent=True,
    ),
}
