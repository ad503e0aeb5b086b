"""What the client knows about the ``trading_platform_investor_password_reset`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import trading_platform_investor_password_reset as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "trading_platform_investor_password_reset": Call(
        name="trading_platform_investor_password_reset",
        params=(
            Param("account_id", "account_id", True, v.Str()),
            Param(
                "new_password",
                "new_password",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])(?=[^\\n\\r\\u2028\\u2029]*[!@#$%^&*()+\\-=\\[\\]{};':\"|,\\.<>\\?_~])[ -~]{8,16}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])(?=.*[!@#$%^&*()+\\-=\\[\\]{};':\"|,\\.<>\\?_~])[ -~]{8,16}$",
                ),
                secret=True,
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
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
        fixed=(
            ("trading_platform_investor_password_reset", 1),
            ("platform", "mt5"),
        ),
        decode=_codec.structure_trading_platform_investor_password_reset_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"trading_platform_investor_password_reset"}),
    ),
}
