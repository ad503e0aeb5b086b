"""What the client knows about the ``proposal_open_contract`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import proposal_open_contract as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "proposal_open_contract": Call(
        name="proposal_open_contract",
        params=(
            Param("contract_id", "contract_id", False, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("proposal_open_contract", 1),),
        decode=_codec.structure_proposal_open_contract_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"proposal_open_contract"}),
    ),
}
