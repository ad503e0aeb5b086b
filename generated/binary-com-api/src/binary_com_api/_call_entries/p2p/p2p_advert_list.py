"""What the client knows about the ``p2p_advert_list`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.p2p import p2p_advert_list as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "p2p_advert_list": Call(
        name="p2p_advert_list",
        params=(
            Param(
                "advertiser_id",
                "advertiser_id",
                False,
                v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$"),
            ),
            Param("advertiser_name", "advertiser_name", False, v.Str()),
            Param("amount", "amount", False, v.Number()),
            Param(
                "block_trade",
                "block_trade",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "counterparty_type",
                "counterparty_type",
                False,
                v.OneOf(
                    (
                        "buy",
                        "sell",
                    )
                ),
            ),
            Param(
                "favourites_only",
                "favourites_only",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "hide_client_schedule_unavailable",
                "hide_client_schedule_unavailable",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "hide_ineligible",
                "hide_ineligible",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("limit", "limit", False, v.Int()),
            Param(
                "local_currency",
                "local_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("offset", "offset", False, v.Int(minimum=0)),
            Param(
                "payment_method",
                "payment_method",
                False,
                v.ListOf(v.Str(pattern="^[a-z0-9_]{1,30}\\Z", source="^[a-z0-9_]{1,30}$")),
            ),
            Param(
                "sort_by",
                "sort_by",
                False,
                v.OneOf(
                    (
                        "completion",
                        "rate",
                        "rating",
                        "recommended",
                    )
                ),
            ),
            Param(
                "use_client_limits",
                "use_client_limits",
                False,
                v.OneOf(
                    (
                        0,
                        1,
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
        fixed=(("p2p_advert_list", 1),),
        decode=_codec.structure_p2p_advert_list_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=True,
        msg_types=frozenset({"p2p_advert_list"}),
    ),
}
