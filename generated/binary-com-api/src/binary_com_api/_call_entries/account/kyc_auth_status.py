"""What the client knows about the ``kyc_auth_status`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import kyc_auth_status as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "kyc_auth_status": Call(
        name="kyc_auth_status",
        params=(
            Param("country", "country", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            Param(
                "landing_companies",
                "landing_companies",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "iom",
                            "malta",
                            "maltainvest",
                            "svg",
                            "virtual",
                            "vanuatu",
                            "labuan",
                            "samoa",
                            "samoa-virtual",
                            "bvi",
                            "dsl",
                        )
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
        fixed=(("kyc_auth_status", 1),),
        decode=_codec.structure_kyc_auth_status_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"kyc_auth_status"}),
    ),
}
