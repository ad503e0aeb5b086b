"""What the client knows about the ``buy_contract_for_multiple_accounts`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.trading import buy_contract_for_multiple_accounts as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_buy_contract_for_multiple_accounts_request_parameters() -> tuple[v.FieldRule, ...]:
    return (
        ("amount", "amount", False, v.Number(minimum=0)),
        ("app_markup_percentage", "app_markup_percentage", False, v.Number()),
        (
            "barrier",
            "barrier",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?\\d+\\.?\\d*$",
            ),
        ),
        (
            "barrier2",
            "barrier2",
            False,
            v.Str(
                pattern="^(?=[^\\n\\r\\u2028\\u2029]{1,20}\\Z)[+-]?[0-9]+\\.?[0-9]*\\Z",
                source="^(?=.{1,20}$)[+-]?\\d+\\.?\\d*$",
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
                    "CALLSPREAD",
                    "PUTSPREAD",
                    "RUNHIGH",
                    "RUNLOW",
                    "VANILLALONGCALL",
                    "VANILLALONGPUT",
                    "TURBOSLONG",
                    "TURBOSSHORT",
                )
            ),
        ),
        (
            "currency",
            "currency",
            True,
            v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
        ),
        ("date_expiry", "date_expiry", False, v.Int(minimum=0, maximum=9999999999)),
        ("date_start", "date_start", False, v.Int(minimum=0, maximum=9999999999)),
        ("duration", "duration", False, v.Int(minimum=0, maximum=3600)),
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
        ("multiplier", "multiplier", False, v.Number(minimum=0)),
        ("selected_tick", "selected_tick", False, v.Int()),
        ("symbol", "symbol", True, v.Str(pattern="^[A-Za-z0-9_]{2,30}\\Z", source="^\\w{2,30}$")),
    )


CALLS: dict[str, Call] = {
    "buy_contract_for_multiple_accounts": Call(
        name="buy_contract_for_multiple_accounts",
        params=(
            Param(
                "buy_contract_for_multiple_accounts",
                "buy_contract_for_multiple_accounts",
                True,
                v.Str(pattern="^(?:[A-Za-z0-9_-]{32,128}|1)\\Z", source="^(?:[\\w-]{32,128}|1)$"),
            ),
            Param("price", "price", True, v.Number(minimum=0)),
            Param(
                "tokens",
                "tokens",
                True,
                v.ListOf(v.Str(pattern="^[A-Za-z0-9_\\s-]+\\Z", source="^[\\w\\s-]+$")),
                secret=True,
            ),
            Param(
                "parameters",
                "parameters",
                False,
                v.ModelOf(
                    m.BuyContractForMultipleAccountsRequestParameters,
                    _fields_buy_contract_for_multiple_accounts_request_parameters,
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
        fixed=(),
        decode=_codec.structure_buy_contract_for_multiple_accounts_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"buy_contract_for_multiple_accounts"}),
    ),
}
