"""What the client knows about the ``balance`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import balance as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "balance": Call(
        name="balance",
        params=(
            Param(
                "account",
                "account",
                False,
                v.Str(
                    pattern="^(current|all|[A-Z]{2,4}[0-9]{1,10})\\Z",
                    source="^(current|all|[A-Z]{2,4}[0-9]{1,10})$",
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
        fixed=(("balance", 1),),
        decode=_codec.structure_balance_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"balance"}),
    ),
}
