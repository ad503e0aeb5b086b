"""What the client knows about the ``financial_assessment_questions`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import financial_assessment_questions as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "financial_assessment_questions": Call(
        name="financial_assessment_questions",
        params=(
            Param("landing_company_short", "landing_company_short", False, v.Str()),
            Param("version", "version", False, v.Str()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("financial_assessment_questions", 1),),
        decode=_codec.structure_financial_assessment_questions_response,
        auth=True,
        scopes=frozenset({"read"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"financial_assessment_questions"}),
    ),
}
