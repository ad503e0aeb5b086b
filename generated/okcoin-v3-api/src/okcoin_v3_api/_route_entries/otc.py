"""What the client knows about the routes of the calls of the otc group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`okcoin_v3_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import otc as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "otc_list_rfq_instruments": Route(
        name="otc.list_rfq_instruments",
        method="GET",
        path="/api/v3/otc/rfq/instruments",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_list_rfq_trades": Route(
        name="otc.list_rfq_trades",
        method="GET",
        path="/api/v3/otc/rfq/trade",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_accept_quote": Route(
        name="otc.accept_quote",
        method="POST",
        path="/api/v3/otc/rfq/trade",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
    "otc_list_rfq_history": Route(
        name="otc.list_rfq_history",
        method="GET",
        path="/api/v3/otc/rfq/history",
        params=(),
        body="none",
        decode=_codec._decode_list_of_dict_of_any,
        auth="signed",
        idempotent=True,
        extra_params=True,
    ),
    "otc_request_quote": Route(
        name="otc.request_quote",
        method="POST",
        path="/api/v3/otc/rfq/quote",
        params=(),
        body="json-object",
        decode=_codec._decode_dict_of_any,
        auth="signed",
        idempotent=False,
        extra_params=True,
    ),
}
