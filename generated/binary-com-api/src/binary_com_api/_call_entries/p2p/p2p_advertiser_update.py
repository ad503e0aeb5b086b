"""What the client knows about the ``p2p_advertiser_update`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.p2p import p2p_advertiser_update as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_p2p_advertiser_update_request_schedule_item() -> tuple[v.FieldRule, ...]:
    return (
        ("end_min", "end_min", True, v.Nullable(v.Int(minimum=1, maximum=10080))),
        ("start_min", "start_min", True, v.Nullable(v.Int(minimum=0, maximum=10079))),
    )


CALLS: dict[str, Call] = {
    "p2p_advertiser_update": Call(
        name="p2p_advertiser_update",
        params=(
            Param(
                "contact_info",
                "contact_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "default_advert_description",
                "default_advert_description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{0,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{0,300}$",
                ),
                secret=True,
            ),
            Param(
                "is_listed",
                "is_listed",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
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
                "schedule",
                "schedule",
                False,
                v.Nullable(
                    v.ListOf(
                        v.ModelOf(
                            m.P2pAdvertiserUpdateRequestScheduleItem,
                            _fields_p2p_advertiser_update_request_schedule_item,
                        ),
                        max_items=50,
                    )
                ),
            ),
            Param(
                "show_name",
                "show_name",
                False,
                v.OneOf(
                    (
                        0,
                        1,
                    )
                ),
            ),
            Param("upgrade_limits", "upgrade_limits", False, v.OneOf((1,))),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_update", 1),),
        decode=_codec.structure_p2p_advertiser_update_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_update"}),
    ),
}
