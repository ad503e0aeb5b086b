"""What the client knows about the ``cancel`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import cancel as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "cancel": Call(
        name="cancel",
        params=(
            Param("cancel", "cancel", True, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_cancel_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"cancel"}),
    ),
}
