"""What the client knows about the ``confirm_email`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import confirm_email as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "confirm_email": Call(
        name="confirm_email",
        params=(
            Param(
                "email_consent",
                "email_consent",
                True,
                v.OneOf(
                    (
                        1,
                        0,
                    )
                ),
            ),
            Param(
                "verification_code",
                "verification_code",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{8,128}\\Z", source="^\\w{8,128}$"),
                secret=True,
            ),
            Param(
                "created_for",
                "created_for",
                False,
                v.OneOf(
                    (
                        "account_verification",
                        "account_opening",
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("confirm_email", 1),),
        decode=_codec.structure_confirm_email_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"confirm_email"}),
    ),
}
