"""What the client knows about the ``active_symbols`` call (market group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.market import active_symbols as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "active_symbols": Call(
        name="active_symbols",
        params=(
            Param(
                "active_symbols",
                "active_symbols",
                True,
                v.OneOf(
                    (
                        "brief",
                        "full",
                    )
                ),
            ),
            Param(
                "barrier_category",
                "barrier_category",
                False,
                v.ListOf(
                    v.OneOf(
                        (
                            "american",
                            "asian",
                            "euro_atm",
                            "euro_non_atm",
                            "non_financial",
                            "lookback",
                            "reset",
                        )
                    )
                ),
            ),
            Param(
                "contract_type",
                "contract_type",
                False,
                v.ListOf(
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
                            "ACCU",
                            "VANILLALONGCALL",
                            "VANILLALONGPUT",
                            "TURBOSLONG",
                            "TURBOSSHORT",
                        )
                    )
                ),
            ),
            Param(
                "landing_company",
                "landing_company",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param(
                "landing_company_short",
                "landing_company_short",
                False,
                v.OneOf(
                    (
                        "iom",
                        "malta",
                        "maltainvest",
                        "svg",
                        "virtual",
                        "vanuatu",
                    )
                ),
            ),
            Param("product_type", "product_type", False, v.OneOf(("basic",))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(),
        decode=_codec.structure_active_symbols_response,
        auth=False,
        scopes=frozenset(),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"active_symbols"}),
    ),
}
