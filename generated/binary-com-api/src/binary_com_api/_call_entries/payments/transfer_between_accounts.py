"""What the client knows about the ``transfer_between_accounts`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import transfer_between_accounts as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "transfer_between_accounts": Call(
        name="transfer_between_accounts",
        params=(
            Param(
                "account_from", "account_from", False, v.Str(pattern="[A-Za-z0-9_]+", source="\\w+")
            ),
            Param("account_to", "account_to", False, v.Str(pattern="[A-Za-z0-9_]+", source="\\w+")),
            Param(
                "accounts",
                "accounts",
                False,
                v.OneOf(
                    (
                        "all",
                        "brief",
                    )
                ),
            ),
            Param("amount", "amount", False, v.Number(minimum=0)),
            Param(
                "currency",
                "currency",
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
        fixed=(("transfer_between_accounts", 1),),
        decode=_codec.structure_transfer_between_accounts_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"transfer_between_accounts"}),
    ),
}
