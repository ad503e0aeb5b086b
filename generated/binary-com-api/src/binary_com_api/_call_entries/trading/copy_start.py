"""What the client knows about the ``copy_start`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import copy_start as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "copy_start": Call(
        name="copy_start",
        params=(
            Param(
                "copy_start",
                "copy_start",
                True,
                v.Str(pattern="^[A-Za-z0-9_\\s-]{15,32}\\Z", source="^[\\w\\s-]{15,32}$"),
                secret=True,
            ),
            Param(
                "assets",
                "assets",
                False,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{4,128}\\Z", source="^\\w{4,128}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{4,128}\\Z", source="^\\w{4,128}$")),
                ),
            ),
            Param("max_trade_stake", "max_trade_stake", False, v.Number()),
            Param("min_trade_stake", "min_trade_stake", False, v.Number()),
            Param(
                "trade_types",
                "trade_types",
                False,
                v.AnyOf(
                    v.Str(pattern="^[A-Za-z0-9_]{3,128}\\Z", source="^\\w{3,128}$"),
                    v.ListOf(v.Str(pattern="^[A-Za-z0-9_]{3,128}\\Z", source="^\\w{3,128}$")),
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_copy_start_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"copy_start"}),
    ),
}
