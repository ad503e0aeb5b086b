"""What the client knows about the ``trading_platform_status`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import trading_platform_status as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "trading_platform_status": Call(
        name="trading_platform_status",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("trading_platform_status", 1),),
        decode=_codec.structure_trading_platform_status_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_platform_status"}),
    ),
}
