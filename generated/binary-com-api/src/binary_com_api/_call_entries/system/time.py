"""What the client knows about the ``time`` call (system group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.system import time as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "time": Call(
        name="time",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("time", 1),),
        decode=_codec.structure_time_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"time"}),
    ),
}
