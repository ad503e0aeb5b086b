"""What the client knows about the ``api_token`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import api_token as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "api_token": Call(
        name="api_token",
        params=(
            Param(
                "delete_token",
                "delete_token",
                False,
                v.Str(pattern="^[A-Za-z0-9\\s_*]+\\Z", source="^[A-Za-z0-9\\s_*]+$"),
                secret=True,
            ),
            Param(
                "new_token",
                "new_token",
                False,
                v.Str(pattern="^[A-Za-z0-9\\s_]+\\Z", source="^[A-Za-z0-9\\s_]+$"),
                secret=True,
            ),
            Param(
                "new_token_scopes",
                "new_token_scopes",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "read",
                            "trade",
                            "trading_information",
                            "payments",
                            "admin",
                        )
                    )
                ),
                secret=True,
            ),
            Param(
                "valid_for_current_ip_only",
                "valid_for_current_ip_only",
                False,
                v.OneOf(
                    (
                        0,
                        1,
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
        fixed=(("api_token", 1),),
        decode=_codec.structure_api_token_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"api_token"}),
    ),
}
