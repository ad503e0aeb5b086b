"""What the client knows about the ``contract_update`` call (trading group).

For each call: its arguments and their checks, the keys it always sends, how its answers
decode and what authorization it needs. Reached through `binary_com_api._calls`, which
imports this module on the first of these calls.
"""

from __future__ import annotations

from ... import models as m
from ..._codecs.trading import contract_update as _codec
from ..._runtime.core import validate as v
from ..._runtime.websocket.message import Call, Param


def _fields_contract_update_request_limit_order() -> tuple[v.FieldRule, ...]:
    return (
        ("stop_loss", "stop_loss", False, v.Nullable(v.Number())),
        ("take_profit", "take_profit", False, v.Nullable(v.Number())),
    )


CALLS: dict[str, Call] = {
    "contract_update": Call(
        name="contract_update",
        params=(
            Param("contract_id", "contract_id", True, v.Int()),
            Param(
                "limit_order",
                "limit_order",
                True,
                v.ModelOf(
                    m.ContractUpdateRequestLimitOrder, _fields_contract_update_request_limit_order
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
        fixed=(("contract_update", 1),),
        decode=_codec.structure_contract_update_response,
        auth=True,
        scopes=frozenset({"trade"}),
        streams=False,
        idempotent=False,
        msg_types=frozenset({"contract_update"}),
    ),
}
