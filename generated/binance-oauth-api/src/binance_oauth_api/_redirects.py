"""Routes the client builds URLs for and never requests: a browser goes there instead.

Checked like every other route, so a bad argument fails before the user sees a page.
"""

from __future__ import annotations

from ._runtime.binance.auth import JoinedList
from ._runtime.core import validate as v
from ._runtime.http.transport import Param, Route

REDIRECTS: dict[str, Route] = {
    "oauth_authorization_url": Route(
        name="oauth.authorization_url",
        method="GET",
        path="/en/oauth/authorize",
        server="https://accounts.binance.com",
        params=(
            Param("response_type", "response_type", "query", True, v.OneOf(("code",))),
            Param("client_id", "client_id", "query", True, v.Str(min_length=1)),
            Param("redirect_uri", "redirect_uri", "query", True, v.Str()),
            Param(
                "scope",
                "scope",
                "query",
                True,
                JoinedList(v.ListOf(v.Str(pattern="^[^,\\s]+$"), min_items=1), ",", unique=True),
            ),
            Param("state", "state", "query", False, v.Str(min_length=1)),
            Param(
                "code_challenge",
                "code_challenge",
                "query",
                False,
                v.Str(pattern="^[A-Za-z0-9_-]{43}$"),
            ),
            Param(
                "code_challenge_method", "code_challenge_method", "query", False, v.OneOf(("S256",))
            ),
        ),
        body="none",
        decode=None,
        auth="none",
        idempotent=True,
    ),
}
