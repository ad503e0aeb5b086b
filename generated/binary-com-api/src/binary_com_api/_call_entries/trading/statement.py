"""What the client knows about the ``statement`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import statement as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "statement": Call(
        name="statement",
        params=(
            Param(
                "action_type",
                "action_type",
                False,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                        "deposit",
                        "withdrawal",
                        "escrow",
                        "adjustment",
                        "virtual_credit",
                        "transfer",
                    )
                ),
            ),
            Param("date_from", "date_from", False, v.Int(minimum=0, maximum=9999999999)),
            Param("date_to", "date_to", False, v.Int(minimum=0, maximum=9999999999)),
            Param(
                "description",
                "description",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Number(minimum=0, maximum=999)),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("statement", 1),),
        decode=_codec.structure_statement_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"statement"}),
    ),
}
