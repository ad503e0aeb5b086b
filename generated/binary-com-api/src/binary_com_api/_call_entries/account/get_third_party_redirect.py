"""What the client knows about the ``get_third_party_redirect`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import get_third_party_redirect as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "get_third_party_redirect": Call(
        name="get_third_party_redirect",
        params=(
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(
            ("get_third_party_redirect", 1),
            ("name", "dynamicworks"),
        ),
        decode=_codec.structure_get_third_party_redirect_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"get_third_party_redirect"}),
    ),
}
