"""What the client knows about the ``proposal`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.trading import proposal as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_proposal_request_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Number()),
        ("take_profit", "take_profit", False, v.Number()),
    )


CALLS: dict[str, Call] = {
    "proposal": Call(
        name="proposal",
        params=(
            Param(
                "contract_type",
                "contract_type",
                True,
                v.OneOf(
                    (
                        "MULTUP",
                        "MULTDOWN",
                        "UPORDOWN",
                        "EXPIRYRANGE",
                        "ONETOUCH",
                        "CALLE",
                        "LBHIGHLOW",
                        "ASIAND",
                        "EXPIRYRANGEE",
                        "DIGITDIFF",
                        "DIGITMATCH",
                        "DIGITOVER",
                        "PUTE",
                        "DIGITUNDER",
                        "NOTOUCH",
                        "CALL",
                        "RANGE",
                        "LBFLOATPUT",
                        "DIGITODD",
                        "PUT",
                        "ASIANU",
                        "LBFLOATCALL",
                        "EXPIRYMISSE",
                        "EXPIRYMISS",
                        "DIGITEVEN",
                        "TICKHIGH",
                        "TICKLOW",
                        "RESETCALL",
                        "RESETPUT",
                        "SNOWDOWN",
                        "SNOWUP",
                        "CALLSPREAD",
                        "PUTSPREAD",
                        "RUNHIGH",
                        "RUNLOW",
                        "ACCU",
                        "VANILLALONGCALL",
                        "VANILLALONGPUT",
                        "TURBOSLONG",
                        "TURBOSSHORT",
                    )
                ),
            ),
            Param(
                "currency",
                "currency",
                True,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param(
                "symbol",
                "symbol",
                True,
                v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$"),
            ),
            Param("amount", "amount", False, v.Number(minimum=0)),
            Param(
                "barrier",
                "barrier",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                    source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
                ),
            ),
            Param(
                "barrier2",
                "barrier2",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                    source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
                ),
            ),
            Param(
                "barrier_range",
                "barrier_range",
                False,
                v.OneOf(
                    (
                        "tight",
                        "middle",
                        "wide",
                    )
                ),
            ),
            Param(
                "basis",
                "basis",
                False,
                v.OneOf(
                    (
                        "payout",
                        "stake",
                    )
                ),
            ),
            Param(
                "cancellation",
                "cancellation",
                False,
                v.Str(pattern="^[A-Za-z0-9_]+\\Z", source="^\\w+$"),
            ),
            Param("date_expiry", "date_expiry", False, v.Int(minimum=0, maximum=9999999999)),
            Param("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
            Param("duration", "duration", False, v.Int(minimum=0, maximum=99999999)),
            Param(
                "duration_unit",
                "duration_unit",
                False,
                v.OneOf(
                    (
                        "d",
                        "m",
                        "s",
                        "h",
                        "t",
                    )
                ),
            ),
            Param("growth_rate", "growth_rate", False, v.Number()),
            Param(
                "limit_order",
                "limit_order",
                False,
                v.ModelOf(m.ProposalRequestLimitOrder, _fields_proposal_request_limit_order),
            ),
            Param("multiplier", "multiplier", False, v.Number(minimum=0)),
            Param("payout_per_point", "payout_per_point", False, v.Number()),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param("selected_tick", "selected_tick", False, v.Int()),
            Param(
                "trade_risk_profile",
                "trade_risk_profile",
                False,
                v.OneOf(
                    (
                        "low",
                        "medium",
                        "high",
                    )
                ),
            ),
            Param("trading_period_start", "trading_period_start", False, v.Int()),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("proposal", 1),),
        decode=_codec.structure_proposal_response,
        auth=False,
        scopes=frozenset(),
        streams=True,
        idempotent=True,
        msg_types=frozenset({"proposal"}),
    ),
}
