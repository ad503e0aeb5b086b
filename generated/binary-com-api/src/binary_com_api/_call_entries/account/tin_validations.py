"""What the client knows about the ``tin_validations`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import tin_validations as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "tin_validations": Call(
        name="tin_validations",
        params=(
            Param("tax_residence", "tax_residence", True, v.Str()),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("tin_validations", 1),),
        decode=_codec.structure_tin_validations_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"tin_validations"}),
    ),
}
