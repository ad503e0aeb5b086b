"""What the client knows about the ``forget`` call (system group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.system import forget as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "forget": Call(
        name="forget",
        params=(
            Param(
                "forget",
                "forget",
                True,
                v.Str(pattern="^[A-Za-z0-9_-]{32,128}\\Z", source="^[\\w-]{32,128}$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_forget_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"forget"}),
    ),
}
