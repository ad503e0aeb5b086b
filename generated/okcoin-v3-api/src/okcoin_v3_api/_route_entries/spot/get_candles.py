"""What the client knows about the routes of the ``get_candles`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs.spot import get_candles as _codec
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_get_candles": Route(
        name="spot.get_candles",
        method="GET",
        path="/api/spot/v3/instruments/{instrument_id}/candles",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "granularity",
                "granularity",
                "query",
                False,
                v.OneOf(
                    (
                        60,
                        180,
                        300,
                        900,
                        1800,
                        3600,
                        7200,
                        14400,
                        21600,
                        43200,
                        86400,
                        604800,
                    )
                ),
            ),
            Param("start", "start", "query", False, v.Str()),
            Param("end", "end", "query", False, v.Str()),
        ),
        body="none",
        decode=_codec._decode_list_of_tuple_of_str_and_decimal_and_decimal_and_decimal_and_decimal_and_decimal_or_CandleObject,
        auth="none",
        idempotent=True,
    ),
}
