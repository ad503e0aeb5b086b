"""What the client knows about the ``mt5_withdrawal`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import mt5_withdrawal as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "mt5_withdrawal": Call(
        name="mt5_withdrawal",
        params=(
            Param("amount", "amount", True, v.Number()),
            Param(
                "from_mt5",
                "from_mt5",
                True,
                v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$"),
            ),
            Param(
                "to_binary",
                "to_binary",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_withdrawal", 1),),
        decode=_codec.structure_mt5_withdrawal_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_withdrawal"}),
    ),
}
