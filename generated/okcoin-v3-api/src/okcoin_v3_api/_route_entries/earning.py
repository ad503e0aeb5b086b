"""What the client knows about the routes of the calls of the earning group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import earning as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "earning_list_offers": Route(
        name="earning.list_offers",
        method="GET",
        path="/api/earning/v3/offers",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_list_orders": Route(
        name="earning.list_orders",
        method="GET",
        path="/api/earning/v3/orders",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_list_positions": Route(
        name="earning.list_positions",
        method="GET",
        path="/api/earning/v3/positions",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "earning_purchase": Route(
        name="earning.purchase",
        method="POST",
        path="/api/earning/v3/purchase",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "earning_redeem": Route(
        name="earning.redeem",
        method="POST",
        path="/api/earning/v3/redeem",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "earning_cancel": Route(
        name="earning.cancel",
        method="POST",
        path="/api/earning/v3/cancel",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
}
