"""What the client knows about the ``paymentagent_withdraw`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import paymentagent_withdraw as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "paymentagent_withdraw": Call(
        name="paymentagent_withdraw",
        params=(
            Param("amount", "amount", True, v.Number()),
            Param(
                "currency",
                "currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "paymentagent_loginid",
                "paymentagent_loginid",
                True,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(pattern="^[0-9A-Za-z .,'-]{0,250}\\Z", source="^[0-9A-Za-z .,'-]{0,250}$"),
            ),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("paymentagent_withdraw", 1),),
        decode=_codec.structure_paymentagent_withdraw_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"paymentagent_withdraw"}),
    ),
}
