"""What the client knows about the routes of the calls of the oauth group.

For each route: where it goes, its arguments and how its answers decode. Reached through
`binance_oauth_api._routes`, which imports this module on the first call of one of them.
"""

from __future__ import annotations

from .._codecs import oauth as _codec
from .._runtime.core import validate as v
from .._runtime.http.transport import Param, Route

ROUTES: dict[str, Route] = {
    "oauth_exchange_code": Route(
        name="oauth.exchange_code",
        method="POST",
        path="/oauth/token",
        server="https://accounts.binance.com",
        params=(
            Param("grant_type", "grant_type", "body", True, v.OneOf(("authorization_code",))),
            Param("code", "code", "body", True, v.Str(min_length=1)),
            Param("client_id", "client_id", "body", True, v.Str(min_length=1)),
            Param("redirect_uri", "redirect_uri", "body", True, v.Str()),
            Param("client_secret", "client_secret", "body", False, v.Str(min_length=1)),
            Param(
                "code_verifier",
                "code_verifier",
                "body",
                False,
                v.Str(pattern="^[A-Za-z0-9._~-]{43,128}\\Z", source="^[A-Za-z0-9._~-]{43,128}$"),
            ),
        ),
        body="form",
        decode=_codec.structure_token_response,
        auth="none",
        idempotent=False,
    ),
    "oauth_refresh": Route(
        name="oauth.refresh",
        method="POST",
        path="/oauth/token",
        server="https://accounts.binance.com",
        params=(
            Param("grant_type", "grant_type", "body", True, v.OneOf(("refresh_token",))),
            Param("refresh_token", "refresh_token", "body", True, v.Str(min_length=1)),
            Param("client_id", "client_id", "body", True, v.Str(min_length=1)),
            Param("client_secret", "client_secret", "body", False, v.Str(min_length=1)),
        ),
        body="form",
        decode=_codec.structure_token_response,
        auth="none",
        idempotent=False,
    ),
    "oauth_revoke_token": Route(
        name="oauth.revoke_token",
        method="POST",
        path="/oauth-api/v1/revoke-token",
        server="https://www.binanceapis.com",
        params=(),
        body="none",
        decode=_codec.structure_revoke_token_response,
        auth="oauth",
        idempotent=False,
    ),
}
