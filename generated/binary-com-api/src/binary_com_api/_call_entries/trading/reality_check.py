"""What the client knows about the ``reality_check`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import reality_check as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "reality_check": Call(
        name="reality_check",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("reality_check", 1),),
        decode=_codec.structure_reality_check_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"reality_check"}),
    ),
}
