"""What the client knows about the ``account_list`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import account_list as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "account_list": Call(
        name="account_list",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("account_list", 1),),
        decode=_codec.structure_account_list_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"account_list"}),
    ),
}
