"""What the client knows about the ``trading_servers`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import trading_servers as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "trading_servers": Call(
        name="trading_servers",
        params=(
            Param(
                "account_type",
                "account_type",
                False,
                v.OneOf(
                    (
                        "demo",
                        "real",
                    )
                ),
            ),
            Param(
                "environment",
                "environment",
                False,
                v.OneOf(
                    (
                        "all",
                        "Deriv-Demo",
                        "Deriv-Server",
                        "Deriv-Server-02",
                        "Deriv-Server-03",
                    )
                ),
            ),
            Param(
                "market_type",
                "market_type",
                False,
                v.OneOf(
                    (
                        "all",
                        "financial",
                        "synthetic",
                    )
                ),
            ),
            Param(
                "platform",
                "platform",
                False,
                v.OneOf(
                    (
                        "mt5",
                        "dxtrade",
                    )
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
        fixed=(("trading_servers", 1),),
        decode=_codec.structure_trading_servers_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"trading_servers"}),
    ),
}
