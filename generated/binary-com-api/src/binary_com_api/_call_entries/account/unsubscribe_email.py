"""What the client knows about the ``unsubscribe_email`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import unsubscribe_email as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "unsubscribe_email": Call(
        name="unsubscribe_email",
        params=(
            Param("binary_user_id", "binary_user_id", True, v.Number()),
            Param("checksum", "checksum", True, v.Str()),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("unsubscribe_email", 1),),
        decode=_codec.structure_unsubscribe_email_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"unsubscribe_email"}),
    ),
}
