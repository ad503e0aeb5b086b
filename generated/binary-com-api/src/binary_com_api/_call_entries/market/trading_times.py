"""What the client knows about the ``trading_times`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import trading_times as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "trading_times": Call(
        name="trading_times",
        params=(
            Param(
                "trading_times",
                "trading_times",
                True,
                v.Str(
                    pattern="^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)\\Z",
                    source="^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|today)$",
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_trading_times_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_times"}),
    ),
}
