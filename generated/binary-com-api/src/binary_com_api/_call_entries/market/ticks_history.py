"""What the client knows about the ``ticks_history`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import ticks_history as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "ticks_history": Call(
        name="ticks_history",
        params=(
            Param(
                "ticks_history",
                "ticks_history",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param(
                "end",
                "end",
                True,
                v.Str(pattern="^(latest|[0-9]{1,10})\\Z", source="^(latest|[0-9]{1,10})$"),
            ),
            Param("adjust_start_time", "adjust_start_time", False, v.OneOf((1,))),
            Param("count", "count", False, v.Int()),
            Param(
                "granularity",
                "granularity",
                False,
                v.OneOf(
                    (
                        60,
                        120,
                        180,
                        300,
                        600,
                        900,
                        1800,
                        3600,
                        7200,
                        14400,
                        28800,
                        86400,
                    )
                ),
            ),
            Param("start", "start", False, v.Int(minimum=0, maximum=9999999999)),
            Param(
                "style",
                "style",
                False,
                v.OneOf(
                    (
                        "candles",
                        "ticks",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_ticks_history_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"history", "tick", "candles", "ohlc"}),
        follow_ups=("ticks",),
    ),
}
