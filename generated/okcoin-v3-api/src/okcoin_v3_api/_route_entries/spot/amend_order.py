"""What the client knows about the routes of the ``amend_order`` call (spot group).

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from ..._codecs import shared as _codec_shared
from ..._runtime.core import validate as v
from ..._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "spot_amend_order": Route(
        name="spot.amend_order",
        method="POST",
        path="/api/spot/v3/amend_order/{instrument_id}",
        params=(
            Param("instrument_id", "instrument_id", "path", True, v.Str()),
            Param(
                "cancel_on_fail",
                "cancel_on_fail",
                "body",
                True,
                v.OneOf(
                    (
                        "0",
                        "1",
                    )
                ),
            ),
            Param("order_id", "order_id", "body", False, v.Str()),
            Param("client_oid", "client_oid", "body", False, v.Str()),
            Param("request_id", "request_id", "body", False, v.Str()),
            Param("new_size", "new_size", "body", False, v.Dec(exclusive_minimum=0)),
            Param("new_price", "new_price", "body", False, v.Dec(exclusive_minimum=0)),
        ),
        body="json-object",
        decode=_codec_shared.structure_order_result,
        auth="signed",
        idempotent=False,
        rules=(
            v.RequiredWhen(
                (),
                (
                    "order_id",
                    "client_oid",
                ),
                at_least_one=True,
            ),
            v.RequiredWhen(
                (),
                (
                    "new_size",
                    "new_price",
                ),
                at_least_one=True,
            ),
        ),
    ),
}
