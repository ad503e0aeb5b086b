"""What the client knows about the ``exchange_rates`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import exchange_rates as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "exchange_rates": Call(
        name="exchange_rates",
        params=(
            Param(
                "base_currency",
                "base_currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("include_spread", "include_spread", False, v.OneOf((1,))),
            Param(
                "target_currency",
                "target_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("exchange_rates", 1),),
        decode=_codec.structure_exchange_rates_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"exchange_rates"}),
    ),
}
