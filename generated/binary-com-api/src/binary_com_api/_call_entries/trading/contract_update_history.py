"""What the client knows about the ``contract_update_history`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import contract_update_history as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "contract_update_history": Call(
        name="contract_update_history",
        params=(
            Param("contract_id", "contract_id", True, v.Int()),
            Param("limit", "limit", False, v.Number(minimum=1, maximum=999)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("contract_update_history", 1),),
        decode=_codec.structure_contract_update_history_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"contract_update_history"}),
    ),
}
