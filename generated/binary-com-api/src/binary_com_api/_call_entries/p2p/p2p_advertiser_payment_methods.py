"""What the client knows about the ``p2p_advertiser_payment_methods`` call (p2p group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.p2p import p2p_advertiser_payment_methods as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_p2p_advertiser_payment_methods_request_create_item() -> tuple[v.FieldRule, ...]:
    return (
        (
            "method",
            "method",
            True,
            v.Str(pattern="^[a-z0-9_]{1,30}\\Z", source="^[a-z0-9_]{1,30}$"),
        ),
    )


CALLS: dict[str, Call] = {
    "p2p_advertiser_payment_methods": Call(
        name="p2p_advertiser_payment_methods",
        params=(
            Param(
                "create",
                "create",
                False,
                v.ListOf(
                    v.ModelOf(
                        m.P2pAdvertiserPaymentMethodsRequestCreateItem,
                        _fields_p2p_advertiser_payment_methods_request_create_item,
                        v.Anything(),
                    ),
                    min_items=1,
                    max_items=5,
                ),
                secret=True,
            ),
            Param("delete", "delete", False, v.ListOf(v.Number(), min_items=1, max_items=5)),
            Param(
                "update",
                "update",
                False,
                v.MapOf(
                    v.MapOf(
                        v.Str(
                            pattern="^[\\w\\d\\s'._,:;()@#/+-]{0,300}\\Z",
                            source="^[\\p{L}\\p{Nd}\\s'._,:;()@#/+-]{0,300}$",
                        )
                    )
                ),
                secret=True,
            ),
            Param(
                "loginid",
                "loginid",
                False,
                v.Str(pattern="^[A-Za-z]+[0-9]+\\Z", source="^[A-Za-z]+[0-9]+$"),
            ),
            Param("passthrough", "passthrough", False, v.MapOf(v.Anything())),
        ),
        fixed=(("p2p_advertiser_payment_methods", 1),),
        decode=_codec.structure_p2p_advertiser_payment_methods_response,
        auth=True,
        scopes=frozenset({"payments"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"p2p_advertiser_payment_methods"}),
    ),
}
