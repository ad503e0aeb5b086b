"""What the client knows about the ``mt5_new_account`` call (platforms group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.platforms import mt5_new_account as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "mt5_new_account": Call(
        name="mt5_new_account",
        params=(
            Param(
                "account_type",
                "account_type",
                True,
                v.OneOf(
                    (
                        "demo",
                        "gaming",
                        "financial",
                        "all",
                    )
                ),
            ),
            Param(
                "email",
                "email",
                True,
                v.Str(
                    pattern="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}\\Z",
                    source="^[a-zA-Z0-9_.+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,63}$",
                ),
            ),
            Param("leverage", "leverage", True, v.Number()),
            Param(
                "main_password",
                "mainPassword",
                True,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param("name", "name", True, v.Str(min_length=1, max_length=101)),
            Param(
                "address",
                "address",
                False,
                v.Str(
                    pattern="^(?:[\\w\\d'.,:;()\\u00b0@#/-][\\w\\d\\s'.,:;()\\u00b0@#/-]{0,128})?\\Z",
                    source="^(?:[\\p{L}\\p{Nd}'.,:;()\\x{b0}@#/-][\\p{L}\\p{Nd}\\s'.,:;()\\x{b0}@#/-]{0,128})?$",
                ),
            ),
            Param(
                "city",
                "city",
                False,
                v.Str(
                    pattern="^(?:[^\\W\\d_][\\w\\s'.-]{0,99})?\\Z",
                    source="^(?:\\p{L}[\\p{L}\\s'.-]{0,99})?$",
                ),
            ),
            Param(
                "company",
                "company",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,@/-]{0,64}\\Z", source="^[\\p{L}\\p{Nd}\\s'.,@/-]{0,64}$"
                ),
            ),
            Param("country", "country", False, v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$")),
            Param(
                "currency",
                "currency",
                False,
                v.Str(pattern="^(|[a-zA-Z0-9]{2,20})\\Z", source="^(|[a-zA-Z0-9]{2,20})$"),
            ),
            Param(
                "dry_run",
                "dry_run",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "invest_password",
                "investPassword",
                False,
                v.Str(
                    pattern="^(?=[^\\n\\r\\u2028\\u2029]*[a-z])(?=[^\\n\\r\\u2028\\u2029]*[0-9])(?=[^\\n\\r\\u2028\\u2029]*[A-Z])[ -~]{8,25}\\Z",
                    source="^(?=.*[a-z])(?=.*[0-9])(?=.*[A-Z])[ -~]{8,25}$",
                ),
                secret=True,
            ),
            Param("migrate", "migrate", False, v.Bool()),
            Param(
                "mt5_account_category",
                "mt5_account_category",
                False,
                v.OneOf(
                    (
                        "conventional",
                        "swap_free",
                        "gold",
                    )
                ),
            ),
            Param(
                "mt5_account_type",
                "mt5_account_type",
                False,
                v.OneOf(
                    (
                        "financial",
                        "financial_stp",
                        "gold",
                    )
                ),
            ),
            Param("phone", "phone", False, v.Nullable(v.Str()), secret=True),
            Param("phone_password", "phonePassword", False, v.Str(max_length=50), secret=True),
            Param(
                "product",
                "product",
                False,
                v.OneOf(
                    (
                        "",
                        "synthetic",
                        "financial",
                        "swap_free",
                        "zero_spread",
                        "standard",
                        "stp",
                        "gold",
                    )
                ),
            ),
            Param(
                "server",
                "server",
                False,
                v.Nullable(
                    v.OneOf(
                        (
                            "p01_ts01",
                            "p01_ts02",
                            "p01_ts03",
                            "p01_ts04",
                            "p02_ts02",
                            "p03_ts01",
                            "p03_ts02",
                        )
                    )
                ),
            ),
            Param(
                "state",
                "state",
                False,
                v.Str(pattern="^[^\\n\\r\\u2028\\u2029]{0,50}\\Z", source="^.{0,50}$"),
            ),
            Param(
                "sub_account_category",
                "sub_account_category",
                False,
                v.OneOf(
                    (
                        "",
                        "swap_free",
                        "ab",
                        "ba",
                        "lim",
                        "hr",
                        "gold",
                    )
                ),
            ),
            Param(
                "sub_account_type",
                "sub_account_type",
                False,
                v.OneOf(
                    (
                        "standard",
                        "stp",
                        "ibt",
                        "swap_free",
                        "zero_spread",
                        "gold",
                    )
                ),
            ),
            Param("zip_code", "zipCode", False, v.Str(max_length=50)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("mt5_new_account", 1),),
        decode=_codec.structure_mt5_new_account_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"mt5_new_account"}),
    ),
}
