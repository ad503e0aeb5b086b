"""What the client knows about the ``website_status`` call (system group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.system import website_status as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "website_status": Call(
        name="website_status",
        params=(Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),),
        fixed=(("website_status", 1),),
        decode=_codec.structure_website_status_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"website_status"}),
    ),
}
