"""What the client knows about the ``mt5_password_check`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import mt5_password_check as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "mt5_password_check": Call(
        name="mt5_password_check",
        params=(
            Param(
                "login", "login", True, v.Str(pattern="^MT[DR]?[0-9]+\\Z", source="^MT[DR]?[0-9]+$")
            ),
            Param(
                "password",
                "password",
                True,
                v.Str(pattern="^[ -~]+\\Z", source="^[ -~]+$"),
                secret=True,
            ),
            Param(
                "password_type",
                "password_type",
                False,
                v.OneOf(
                    (
                        "main",
                        "investor",
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_password_check", 1),),
        decode=_codec.structure_mt5_password_check_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"mt5_password_check"}),
    ),
}
