"""What the client knows about the ``economic_calendar`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import economic_calendar as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "economic_calendar": Call(
        name="economic_calendar",
        params=(
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("end_date", "end_date", False, v.Int(minimum=1, maximum=9999999999)),
            Param("start_date", "start_date", False, v.Int(minimum=1, maximum=9999999999)),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("economic_calendar", 1),),
        decode=_codec.structure_economic_calendar_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"economic_calendar"}),
    ),
}
