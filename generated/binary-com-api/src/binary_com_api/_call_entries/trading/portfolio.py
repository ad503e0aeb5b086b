"""What the client knows about the ``portfolio`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import portfolio as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "portfolio": Call(
        name="portfolio",
        params=(
            Param(
                "contract_type",
                "contract_type",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "ACCU",
                            "ASIAND",
                            "ASIANU",
                            "CALL",
                            "CALLE",
                            "CALLSPREAD",
                            "DIGITDIFF",
                            "DIGITEVEN",
                            "DIGITMATCH",
                            "DIGITODD",
                            "DIGITOVER",
                            "DIGITUNDER",
                            "EXPIRYMISSE",
                            "EXPIRYMISS",
                            "EXPIRYRANGE",
                            "EXPIRYRANGEE",
                            "LBFLOATCALL",
                            "LBFLOATPUT",
                            "LBHIGHLOW",
                            "MULTDOWN",
                            "MULTUP",
                            "NOTOUCH",
                            "ONETOUCH",
                            "PUT",
                            "PUTE",
                            "PUTSPREAD",
                            "RANGE",
                            "RESETCALL",
                            "RESETPUT",
                            "RUNHIGH",
                            "RUNLOW",
                            "TICKHIGH",
                            "TICKLOW",
                            "UPORDOWN",
                            "VANILLALONGCALL",
                            "VANILLALONGPUT",
                            "TURBOSLONG",
                            "TURBOSSHORT",
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
        fixed=(("portfolio", 1),),
        decode=_codec.structure_portfolio_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"portfolio"}),
    ),
}
