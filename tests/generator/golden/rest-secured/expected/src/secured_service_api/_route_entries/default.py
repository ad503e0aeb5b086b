"""What the client knows about the routes of the calls of the default group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`secured_service_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import default as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "me": Route(
        name="default.me",
        method="GET",
        path="/me",
        params=(),
        body="none",
        decode=_codec._decode_dict_of_any,
        auth="oauth",
        idempotent=False,
        security=(("bearer",),),
    ),
    "keys": Route(
        name="default.keys",
        method="GET",
        path="/keys",
        params=(),
        body="none",
        decode=None,
        auth="signed",
        idempotent=False,
        security=(("header_key", "query_key"), ("basic",)),
    ),
    "cookie": Route(
        name="default.cookie",
        method="GET",
        path="/cookie",
        params=(),
        body="none",
        decode=None,
        auth="signed",
        idempotent=False,
        security=(("session",),),
    ),
    "open": Route(
        name="default.open",
        method="GET",
        path="/open",
        params=(),
        body="none",
        decode=None,
        auth="oauth",
        idempotent=False,
        security=((), ("oauth",)),
    ),
}
