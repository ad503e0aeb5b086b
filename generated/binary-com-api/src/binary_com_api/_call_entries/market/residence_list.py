"""What the client knows about the ``residence_list`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import residence_list as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "residence_list": Call(
        name="residence_list",
        params=(
            Param(
                "query",
                "query",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "account_opening_self_declaration_required",
                            "common_reporting_standard",
                            "disabled",
                            "identity",
                            "jurisdiction_risk_assessment",
                            "phone_idd",
                            "selected",
                            "text",
                            "tin_format",
                            "value",
                            "wallet_signup",
                        )
                    )
                ),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("residence_list", 1),),
        decode=_codec.structure_residence_list_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"residence_list"}),
    ),
}
