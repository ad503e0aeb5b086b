"""What the client knows about the ``ticks_batch`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import ticks_batch as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "ticks_batch": Call(
        name="ticks_batch",
        params=(
            Param(
                "market",
                "market",
                True,
                v.OneOf(
                    (
                        "forex",
                        "indices",
                        "commodities",
                        "stocks",
                        "cryptocurrency",
                        "synthetic_index",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("ticks_batch", 1),),
        decode=_codec.structure_ticks_batch_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"ticks_batch"}),
    ),
}
