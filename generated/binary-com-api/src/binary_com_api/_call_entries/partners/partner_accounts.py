"""What the client knows about the ``partner_accounts`` call (partners group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.partners import partner_accounts as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "partner_accounts": Call(
        name="partner_accounts",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("partner_accounts", 1),),
        decode=_codec.structure_partner_accounts_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"partner_accounts"}),
    ),
}
