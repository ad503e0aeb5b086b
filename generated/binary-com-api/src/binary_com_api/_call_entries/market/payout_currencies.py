"""What the client knows about the ``payout_currencies`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import payout_currencies as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "payout_currencies": Call(
        name="payout_currencies",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("payout_currencies", 1),),
        decode=_codec.structure_payout_currencies_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"payout_currencies"}),
    ),
}
