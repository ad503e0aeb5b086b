"""What the client knows about the ``sell_contract_for_multiple_accounts`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import sell_contract_for_multiple_accounts as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "sell_contract_for_multiple_accounts": Call(
        name="sell_contract_for_multiple_accounts",
        params=(
            Param("price", "price", True, v.Number()),
            Param(
                "shortcode",
                "shortcode",
                True,
                v.Str(pattern="^([A-Za-z0-9_.-]+)\\Z", source="^([A-Za-z0-9_.-]+)$"),
            ),
            Param(
                "tokens",
                "tokens",
                True,
                v.ListOf(v.Str(pattern="^([a-zA-Z0-9-]+)\\Z", source="^([a-zA-Z0-9-]+)$")),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("sell_contract_for_multiple_accounts", 1),),
        decode=_codec.structure_sell_contract_for_multiple_accounts_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"sell_contract_for_multiple_accounts"}),
    ),
}
