"""What the client knows about the ``cashier`` call (payments group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.payments import cashier as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "cashier": Call(
        name="cashier",
        params=(
            Param(
                "cashier",
                "cashier",
                True,
                v.OneOf(
                    (
                        "deposit",
                        "withdraw",
                    )
                ),
            ),
            Param("address", "address", False, v.Str()),
            Param("amount", "amount", False, v.Number(minimum=0)),
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
            Param("estimated_fee_unique_id", "estimated_fee_unique_id", False, v.Str()),
            Param(
                "provider",
                "provider",
                False,
                v.OneOf(
                    (
                        "doughflow",
                        "crypto",
                    )
                ),
            ),
            Param(
                "type",
                "type",
                False,
                v.OneOf(
                    (
                        "url",
                        "api",
                    )
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                False,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_cashier_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"cashier"}),
    ),
}
