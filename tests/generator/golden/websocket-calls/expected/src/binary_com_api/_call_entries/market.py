"""What the client knows about the calls of the market group.

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from .._codecs import market as _codec
from .._runtime.core import validate as v
from .._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "ticks": Call(
        name="ticks",
        params=(
            Param(
                "ticks",
                "ticks",
                True,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_ticks_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"tick"}),
    ),
}
