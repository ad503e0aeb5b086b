"""What the client knows about the ``paymentagent_details`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import paymentagent_details as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "paymentagent_details": Call(
        name="paymentagent_details",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_details", 1),),
        decode=_codec.structure_paymentagent_details_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"paymentagent_details"}),
    ),
}
