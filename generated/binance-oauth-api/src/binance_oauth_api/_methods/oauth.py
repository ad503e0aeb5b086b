"""The methods of ``client.oauth``: one per route of the oauth group."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .. import models
    from .._runtime.http.transport import HttpTransport


class OauthApi:
    """Authorization URL, token grants and access-token revocation."""

    __slots__ = ("_transport",)

    def __init__(self, transport: HttpTransport) -> None:
        self._transport = transport

    def exchange_code(
        self,
        *,
        code: str,
        client_id: str,
        redirect_uri: str,
        client_secret: str | None = None,
        code_verifier: str | None = None,
        timeout: float | None = None,
    ) -> models.TokenResponse:
        """Swap the code from the redirect for tokens (web-server or PKCE flow).

        ``POST /oauth/token``; public; never resent automatically.

        One operation for both grants (see the document description). Send the parameters as an
        `application/x-www-form-urlencoded` body; Binance's pages also show them in the query
        string of the POST, which leaks the secret into URLs and logs, so the client does not do
        that. No HTTP Basic client authentication is documented: the secret, when there is one,
        travels as the `client_secret` field. The answer is plain OAuth JSON, not the oauth-api
        envelope. Store a returned `refresh_token`; whether Binance rotates it is undocumented,
        so keep the previous one if the answer has none.

        Arguments:
        - ``code`` (str of at least 1 characters; required)
        - ``client_id`` (str of at least 1 characters; required)
        - ``redirect_uri`` (str; required): The same value that was used in the authorization
          URL.
        - ``client_secret`` (str of at least 1 characters)
        - ``code_verifier`` (str matching ``^[A-Za-z0-9._~-]{43,128}$``)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TokenResponse",
            self._transport.call(
                "oauth_exchange_code",
                {
                    "grant_type": "authorization_code",
                    "code": code,
                    "client_id": client_id,
                    "redirect_uri": redirect_uri,
                    "client_secret": client_secret,
                    "code_verifier": code_verifier,
                },
                timeout=timeout,
            ),
        )

    def refresh(
        self,
        *,
        refresh_token: str,
        client_id: str,
        client_secret: str | None = None,
        timeout: float | None = None,
    ) -> models.TokenResponse:
        """Get a fresh access token with a refresh token.

        ``POST /oauth/token``; public; never resent automatically.

        One operation for both grants (see the document description). Send the parameters as an
        `application/x-www-form-urlencoded` body; Binance's pages also show them in the query
        string of the POST, which leaks the secret into URLs and logs, so the client does not do
        that. No HTTP Basic client authentication is documented: the secret, when there is one,
        travels as the `client_secret` field. The answer is plain OAuth JSON, not the oauth-api
        envelope. Store a returned `refresh_token`; whether Binance rotates it is undocumented,
        so keep the previous one if the answer has none.

        Arguments:
        - ``refresh_token`` (str of at least 1 characters; required)
        - ``client_id`` (str of at least 1 characters; required)
        - ``client_secret`` (str of at least 1 characters)
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.TokenResponse",
            self._transport.call(
                "oauth_refresh",
                {
                    "grant_type": "refresh_token",
                    "refresh_token": refresh_token,
                    "client_id": client_id,
                    "client_secret": client_secret,
                },
                timeout=timeout,
            ),
        )

    def revoke_token(
        self,
        timeout: float | None = None,
    ) -> models.RevokeTokenResponse:
        """Invalidate the access token used to make the call.

        ``POST /oauth-api/v1/revoke-token``; needs an access token; never resent automatically.

        No body; the token to revoke is the bearer token of the request. `data: true` confirms
        the access token was cleared. Binance does not say whether the refresh token survives, so
        the client forgets both after a successful call.

        Arguments:
        - ``timeout``: seconds for this call, instead of the client's ``timeout``.
        """
        return cast(
            "models.RevokeTokenResponse",
            self._transport.call(
                "oauth_revoke_token",
                {},
                timeout=timeout,
            ),
        )
