"""What the client knows about the ``p2p_advertiser_adverts`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.p2p import p2p_advertiser_adverts as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "p2p_advertiser_adverts": Call(
        name="p2p_advertiser_adverts",
        params=(
            Param("limit", "limit", False, v.Int()),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_adverts", 1),),
        decode=_codec.structure_p2p_advertiser_adverts_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_advertiser_adverts"}),
    ),
}
