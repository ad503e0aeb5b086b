"""What the client knows about the ``set_financial_assessment`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import set_financial_assessment as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "set_financial_assessment": Call(
        name="set_financial_assessment",
        params=(
            Param("financial_information", "financial_information", False, v.MapOf(v.Str())),
            Param("financial_information_version", "financial_information_version", False, v.Str()),
            Param("trading_experience", "trading_experience", False, v.MapOf(v.Str())),
            Param(
                "trading_experience_regulated",
                "trading_experience_regulated",
                False,
                v.MapOf(v.Str()),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("set_financial_assessment", 1),),
        decode=_codec.structure_set_financial_assessment_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_financial_assessment"}),
    ),
}
