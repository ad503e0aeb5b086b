"""What the client knows about the ``paymentagent_withdraw_justification`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import paymentagent_withdraw_justification as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "paymentagent_withdraw_justification": Call(
        name="paymentagent_withdraw_justification",
        params=(
            Param("message", "message", False, v.Str(min_length=1, max_length=500)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_withdraw_justification", 1),),
        decode=_codec.structure_paymentagent_withdraw_justification_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_withdraw_justification"}),
    ),
}
