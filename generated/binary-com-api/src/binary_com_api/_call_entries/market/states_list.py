"""What the client knows about the ``states_list`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import states_list as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "states_list": Call(
        name="states_list",
        params=(
            Param(
                "states_list",
                "states_list",
                True,
                v.Str(pattern="^[A-Za-z0-9_][A-Za-z0-9_]\\Z", source="^\\w\\w$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_states_list_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"states_list"}),
    ),
}
