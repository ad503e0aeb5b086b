"""What the client knows about the ``profit_table`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.trading import profit_table as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "profit_table": Call(
        name="profit_table",
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
                "date_from",
                "date_from",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$",
                ),
            ),
            Param(
                "date_to",
                "date_to",
                False,
                v.Str(
                    pattern="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})\\Z",
                    source="^([0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])|[0-9]{1,10})$",
                ),
            ),
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
            Param("limit", "limit", False, v.Number(minimum=0, maximum=500)),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "sort",
                "sort",
                False,
                v.OneOf(
                    (
                        "ASC",
                        "DESC",
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
        fixed=(("profit_table", 1),),
        decode=_codec.structure_profit_table_response,
        auth=True,
        scopes=frozenset({"read", "trading_information"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"profit_table"}),
    ),
}
