"""What the client knows about the ``buy`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.trading import buy as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_buy_request_parameters() -> tuple[v.FieldRule, ...]:
    return (
        ("amount", "amount", False, v.Number(minimum=0)),
        ("app_markup_percentage", "app_markup_percentage", False, v.Number()),
        (
            "barrier",
            "barrier",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
            ),
        ),
        (
            "barrier2",
            "barrier2",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?[0-9]+\\.?[0-9]*$",
            ),
        ),
        (
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
        (
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
        (
            "cancellation",
            "cancellation",
            False,
            v.Str(pattern="^[A-Za-z0-9_]+\\Z", source="^\\w+$"),
        ),
        (
            "contract_type",
            "contract_type",
            True,
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
                    "EXPIRYMISS",
                    "EXPIRYMISSE",
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
                    "SNOWDOWN",
                    "SNOWUP",
                    "TICKHIGH",
                    "TICKLOW",
                    "TURBOSLONG",
                    "TURBOSSHORT",
                    "UPORDOWN",
                    "VANILLALONGCALL",
                    "VANILLALONGPUT",
                )
            ),
        ),
        (
            "currency",
            "currency",
            True,
            v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
        ),
        ("date_expiry", "date_expiry", False, v.Int(minimum=1, maximum=9999999999)),
        ("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
        ("duration", "duration", False, v.Int(minimum=0, maximum=99999999)),
        (
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
        ("growth_rate", "growth_rate", False, v.Number()),
        (
            "limit_order",
            "limit_order",
            False,
            v.ModelOf(m.BuyRequestParametersLimitOrder, _fields_buy_request_parameters_limit_order),
        ),
        ("multiplier", "multiplier", False, v.Number(minimum=0)),
        ("payout_per_point", "payout_per_point", False, v.Number()),
        ("product_type", "product_type", False, v.OneOf(("basic",))),
        ("selected_tick", "selected_tick", False, v.Int()),
        ("symbol", "symbol", True, v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
        (
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
        (
            "trading_period_start",
            "trading_period_start",
            False,
            v.Int(minimum=1, maximum=9999999999),
        ),
    )


def _fields_buy_request_parameters_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Number()),
        ("take_profit", "take_profit", False, v.Number()),
    )


CALLS: dict[str, Call] = {
    "buy": Call(
        name="buy",
        params=(
            Param(
                "buy",
                "buy",
                True,
                v.Str(pattern="^(?:[A-Za-z0-9_-]{32,128}|1)\\Z", source="^(?:[\\w-]{32,128}|1)$"),
            ),
            Param("price", "price", True, v.Number(minimum=0)),
            Param(
                "parameters",
                "parameters",
                False,
                v.ModelOf(m.BuyRequestParameters, _fields_buy_request_parameters),
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
        decode=_codec.structure_buy_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=True,
        idempotent=False,
        msg_types=frozenset({"buy"}),
        follow_ups=("proposal_open_contract",),
    ),
}
