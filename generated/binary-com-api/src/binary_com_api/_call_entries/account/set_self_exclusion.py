"""What the client knows about the ``set_self_exclusion`` call (account group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.account import set_self_exclusion as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "set_self_exclusion": Call(
        name="set_self_exclusion",
        params=(
            Param(
                "exclude_until",
                "exclude_until",
                False,
                v.Nullable(
                    v.Str(
                        pattern="^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])\\Z",
                        source="^[0-9]{4}-(0?[1-9]|1[012])-(0?[1-9]|[12][0-9]|3[01])$",
                    )
                ),
            ),
            Param("max_30day_deposit", "max_30day_deposit", False, v.Nullable(v.Number())),
            Param("max_30day_losses", "max_30day_losses", False, v.Nullable(v.Number())),
            Param("max_30day_turnover", "max_30day_turnover", False, v.Nullable(v.Number())),
            Param("max_7day_deposit", "max_7day_deposit", False, v.Nullable(v.Number())),
            Param("max_7day_losses", "max_7day_losses", False, v.Nullable(v.Number())),
            Param("max_7day_turnover", "max_7day_turnover", False, v.Nullable(v.Number())),
            Param("max_balance", "max_balance", False, v.Nullable(v.Number())),
            Param("max_deposit", "max_deposit", False, v.Nullable(v.Number())),
            Param("max_losses", "max_losses", False, v.Nullable(v.Number())),
            Param("max_open_bets", "max_open_bets", False, v.Nullable(v.Int(minimum=0))),
            Param("max_turnover", "max_turnover", False, v.Nullable(v.Number())),
            Param(
                "session_duration_limit",
                "session_duration_limit",
                False,
                v.Nullable(v.Int(minimum=0, maximum=99999)),
            ),
            Param(
                "timeout_until",
                "timeout_until",
                False,
                v.Nullable(v.Int(minimum=0, maximum=9999999999)),
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("set_self_exclusion", 1),),
        decode=_codec.structure_set_self_exclusion_response,
        auth=True,
        scopes=frozenset({"admin"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"set_self_exclusion"}),
    ),
}
