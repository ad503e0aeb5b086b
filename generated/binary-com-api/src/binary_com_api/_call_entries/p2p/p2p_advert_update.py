"""What the client knows about the ``p2p_advert_update`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ..._codecs.p2p import p2p_advert_update as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param

CALLS: dict[str, Call] = {
    "p2p_advert_update": Call(
        name="p2p_advert_update",
        params=(
            Param("id", "id", True, v.Str(pattern="^[0-9]{1,18}\\Z", source="^[0-9]{1,18}$")),
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "delete",
                "delete",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "description",
                "description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "eligible_countries",
                "eligible_countries",
                False,
                v.Nullable(
                    v.ListOf(v.Str(pattern="^[a-z]{2}\\Z", source="^[a-z]{2}$"), max_items=250)
                ),
            ),
            Param(
                "is_active",
                "is_active",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param(
                "local_currency",
                "local_currency",
                False,
                v.Str(pattern="^[a-zA-Z0-9]{2,20}\\Z", source="^[a-zA-Z0-9]{2,20}$"),
            ),
            Param("max_order_amount", "max_order_amount", False, v.Number(exclusive_minimum=0)),
            Param(
                "min_completion_rate",
                "min_completion_rate",
                False,
                v.Nullable(v.Number(minimum=0, maximum=100)),
            ),
            Param(
                "min_join_days", "min_join_days", False, v.Nullable(v.Int(minimum=0, maximum=999))
            ),
            Param("min_order_amount", "min_order_amount", False, v.Number(exclusive_minimum=0)),
            Param("min_rating", "min_rating", False, v.Nullable(v.Number(minimum=1, maximum=5))),
            Param("order_expiry_period", "order_expiry_period", False, v.Int(minimum=1)),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_method_ids", "payment_method_ids", False, v.ListOf(v.Int(), max_items=3)
            ),
            Param(
                "payment_method_names",
                "payment_method_names",
                False,
                v.ListOf(v.Str(pattern="^[a-z0-9_]+\\Z", source="^[a-z0-9_]+$"), max_items=3),
            ),
            Param("rate", "rate", False, v.Number()),
            Param(
                "rate_type",
                "rate_type",
                False,
                v.OneOf(
                    (
                        "fixed",
                        "float",
                    )
                ),
            ),
            Param("remaining_amount", "remaining_amount", False, v.Number(minimum=0)),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advert_update", 1),),
        decode=_codec.structure_p2p_advert_update_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advert_update"}),
    ),
}
