"""What the client knows about the ``exchange_verification_code`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import exchange_verification_code as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "exchange_verification_code": Call(
        name="exchange_verification_code",
        params=(
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param("type", "type", False, v.OneOf(("account_opening",))),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("exchange_verification_code", 1),),
        decode=_codec.structure_exchange_verification_code_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"exchange_verification_code"}),
    ),
}
