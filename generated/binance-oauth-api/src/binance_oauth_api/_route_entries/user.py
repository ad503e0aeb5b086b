"""What the client knows about the routes of the calls of the user group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`binance_oauth_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import user as _codec
from .._runtime.http.transport import Route

ROUTES: dict[str, Route] = {
    "user_info": Route(
        name="user.info",
        method="GET",
        path="/oauth-api/v1/user-info",
        server="https://www.binanceapis.com",
        params=(),
        body="none",
        decode=_codec.structure_user_info_response,
        auth="oauth",
        idempotent=True,
    ),
}
