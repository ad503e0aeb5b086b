"""What the client knows about the ``landing_company`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import landing_company as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "landing_company": Call(
        name="landing_company",
        params=(
            Param(
                "landing_company",
                "landing_company",
                True,
                v.Str(pattern="^[A-Za-z0-9_][A-Za-z0-9_]\\Z", source="^\\w\\w$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_landing_company_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"landing_company"}),
    ),
}
