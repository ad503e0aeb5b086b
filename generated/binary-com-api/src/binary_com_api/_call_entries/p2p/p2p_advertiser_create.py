"""What the client knows about the ``p2p_advertiser_create`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.p2p import p2p_advertiser_create as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_p2p_advertiser_create_request_schedule_item() -> tuple[v.FieldRule, ...]:
    return (
        ("end_min", "end_min", True, v.Nullable(v.Int(minimum=1, maximum=10080))),
        ("start_min", "start_min", True, v.Nullable(v.Int(minimum=0, maximum=10079))),
    )


CALLS: dict[str, Call] = {
    "p2p_advertiser_create": Call(
        name="p2p_advertiser_create",
        params=(
            Param(
                "name",
                "name",
                True,
                v.Str(
                    pattern="^(?!([^\\n\\r\\u2028\\u2029]*([^\\n\\r\\u2028\\u2029])\\2{4,})|[^\\n\\r\\u2028\\u2029]*[\\.@_-]{2,}|^([\\.@_-])|[^\\n\\r\\u2028\\u2029]*([\\.@_-])\\Z)[a-zA-Z0-9-_@\\.]{2,24}\\Z",
                    source="^(?!(.*(.)\\2{4,})|.*[\\.@_-]{2,}|^([\\.@_-])|.*([\\.@_-])$)[a-zA-Z0-9-_@\\.]{2,24}$",
                ),
                secret=True,
            ),
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
                "default_advert_description",
                "default_advert_description",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
                ),
                secret=True,
            ),
            Param(
                "payment_info",
                "payment_info",
                False,
                v.Str(
                    pattern="^[\\w\\d\\s'.,:;()@#/+-]{1,300}\\Z",
                    source="^[\\p{L}\\p{Nd}\\s'.,:;()@#/+-]{1,300}$",
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
                            m.P2pAdvertiserCreateRequestScheduleItem,
                            _fields_p2p_advertiser_create_request_schedule_item,
                        ),
                        max_items=50,
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
        fixed=(("p2p_advertiser_create", 1),),
        decode=_codec.structure_p2p_advertiser_create_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=True,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_create"}),
    ),
}
