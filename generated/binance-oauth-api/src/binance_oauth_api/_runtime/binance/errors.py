"""Binance's error answers as exceptions: OAuth 2.0 errors, envelope failures and the
mistakes a redirect can carry."""

from __future__ import annotations

from collections.abc import Mapping

from ..core.errors import ClientError
from ..http.errors import retry_after

__all__ = [
    "AccessDenied",
    "BinanceError",
    "EnvelopeError",
    "InvalidClient",
    "InvalidGrant",
    "InvalidRequest",
    "InvalidScope",
    "InvalidToken",
    "MissingCode",
    "OAuthError",
    "RateLimitError",
    "ReauthorizationRequired",
    "RedirectError",
    "RedirectTimeout",
    "ServerError",
    "StateMismatch",
    "UnauthorizedClient",
    "UnsupportedGrantType",
    "UnsupportedResponseType",
]

REDIRECT_STATUS = 302
"""The `status` of errors read from the authorization redirect (the browser's 302)."""


class BinanceError(ClientError):
    """Binance answered with an error: the HTTP status, the error code and its message.

    `code` is the OAuth error (`invalid_grant`, ...) for token and authorization answers, and
    the envelope's string of digits for the oauth-api routes.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(self._text(status, code, message))
        self.status = status
        self.code = code
        self.message = message

    @staticmethod
    def _text(status: int, code: str, message: str) -> str:
        # An error read from the browser's redirect has no HTTP answer of its own to quote.
        where = "authorization redirect" if status == REDIRECT_STATUS else f"HTTP {status}"
        return f"{where}, {code}: {message}" if message else f"{where}, {code}"

    def redact(self, *values: str) -> None:
        """Removes these values (tokens, codes, secrets that were sent) from the message."""
        message = self.message
        for value in sorted({value for value in values if value}, key=len, reverse=True):
            message = message.replace(value, "<redacted>")
        if message != self.message:
            self.message = message
            self.args = (self._text(self.status, self.code, message),)


class OAuthError(BinanceError):
    """An OAuth 2.0 error (RFC 6749 section 5.2 or 4.1.2.1, RFC 6750 section 3.1).

    Errors read from a redirect (the user's browser came back with `?error=...`) carry the
    status 302 of the redirect that delivered them.
    """


class InvalidRequest(OAuthError):
    """A parameter is missing, repeated, unsupported or malformed."""


class InvalidClient(OAuthError):
    """The client id or secret was refused (unknown client, wrong secret, wrong method)."""


class InvalidGrant(OAuthError):
    """The code or refresh token is invalid, expired, revoked or already used, or the redirect
    URI or the PKCE verifier does not match the authorization request."""


class UnauthorizedClient(OAuthError):
    """This client may not use this grant or response type."""


class UnsupportedGrantType(OAuthError):
    """The token endpoint does not know the grant type."""


class UnsupportedResponseType(OAuthError):
    """The authorization endpoint does not issue codes with this response type."""


class InvalidScope(OAuthError):
    """A requested scope is unknown, malformed or not granted to this client."""


class AccessDenied(OAuthError):
    """The user (or Binance) refused the authorization request."""


class InvalidToken(OAuthError):
    """The access token is missing, unknown, expired or revoked: every 401 of the oauth-api
    routes, whatever the shape of its body. Refreshing the token may help."""


class EnvelopeError(BinanceError):
    """An oauth-api route answered `success: false` or a code other than "000000", possibly
    with HTTP 200."""


class RateLimitError(BinanceError):
    """Too many requests (HTTP 429); `retry_after` is the server's hint in seconds, if any."""

    def __init__(
        self, status: int, code: str, message: str, retry_after: float | None = None
    ) -> None:
        super().__init__(status, code, message)
        self.retry_after = retry_after


class ServerError(BinanceError):
    """Binance failed on its side (HTTP 5xx)."""


class RedirectError(ClientError, ValueError):
    """The URL the browser came back with cannot be used to continue the login."""


class StateMismatch(RedirectError):
    """The redirect's `state` is missing or differs from the authorization request's: the
    redirect may be forged (CSRF), so its code must not be used."""


class MissingCode(RedirectError):
    """The redirect carries neither a code nor an error."""


class RedirectTimeout(ClientError, TimeoutError):
    """No redirect reached the loopback receiver within the timeout."""


class ReauthorizationRequired(ClientError):
    """No valid token can be had without the user: there is no token, no refresh token, or
    the refresh token was refused. Send the user through the authorization URL again."""


_OAUTH_ERRORS: dict[str, type[OAuthError]] = {
    "invalid_request": InvalidRequest,
    "invalid_client": InvalidClient,
    "invalid_grant": InvalidGrant,
    "unauthorized_client": UnauthorizedClient,
    "unsupported_grant_type": UnsupportedGrantType,
    "unsupported_response_type": UnsupportedResponseType,
    "invalid_scope": InvalidScope,
    "access_denied": AccessDenied,
    "invalid_token": InvalidToken,
}
ENVELOPE_SUCCESS = "000000"


def oauth_error(status: int, error: str, description: str) -> OAuthError:
    """The OAuthError subclass for an RFC 6749 error code (the base class for other codes)."""
    return _OAUTH_ERRORS.get(error, OAuthError)(status, error, description)


def envelope_error(status: int, data: object) -> EnvelopeError | None:
    """The failure an oauth-api envelope reports, or None when it reports success."""
    if not isinstance(data, dict):
        return EnvelopeError(status, "", "the answer is not an envelope")
    code = data.get("code")
    if data.get("success") is True and code == ENVELOPE_SUCCESS:
        return None
    message = data.get("message") or data.get("messageDetail") or ""
    return EnvelopeError(status, "" if code is None else str(code), str(message))


def binance_errors(status: int, headers: Mapping[str, str], data: object) -> ClientError | None:
    """Maps an error answer to its class: 429 and 5xx by status, then an OAuth body
    (`{error, error_description}`), then any 401 as an invalid token, then the envelope.

    2xx answers are not errors here; the transport checks envelopes of 2xx answers itself.
    """
    if status < 400:
        return None
    body = data if isinstance(data, dict) else {}
    error = body.get("error")
    description = str(body.get("error_description") or body.get("message") or "")
    if not body and isinstance(data, str):
        description = data
    code = str(error or body.get("code") or status)
    if status == 429:
        return RateLimitError(status, code, description, retry_after(headers))
    if status >= 500:
        return ServerError(status, code, description)
    if isinstance(error, str) and error:
        return oauth_error(status, error, description)
    if status == 401:
        return InvalidToken(status, code, description)
    if "success" in body:
        return envelope_error(status, body) or EnvelopeError(status, code, description)
    return BinanceError(status, code, description)
