"""What the client knows about the ``crypto_config`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import crypto_config as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "crypto_config": Call(
        name="crypto_config",
        params=(
            Param(
                "currency_code",
                "currency_code",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("crypto_config", 1),),
        decode=_codec.structure_crypto_config_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"crypto_config"}),
    ),
}
