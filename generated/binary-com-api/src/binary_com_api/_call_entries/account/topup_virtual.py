"""What the client knows about the ``topup_virtual`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import topup_virtual as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "topup_virtual": Call(
        name="topup_virtual",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("topup_virtual", 1),),
        decode=_codec.structure_topup_virtual_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"topup_virtual"}),
    ),
}
