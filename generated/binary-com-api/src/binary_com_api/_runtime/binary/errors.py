"""Binary.com's error answers as exceptions: one class per error code the client acts on,
`ApiError` for the rest."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..core.errors import ClientError

__all__ = [
    "AlreadySubscribed",
    "ApiError",
    "AuthorizationRequired",
    "InputValidationFailed",
    "InvalidAppID",
    "InvalidToken",
    "OAuthError",
    "PermissionDenied",
    "RateLimit",
    "UnrecognisedRequest",
]


class OAuthError(ClientError):
    """An OAuth redirect carried no account tokens, or an OAuth URL could not be built."""


class ApiError(ClientError):
    """Binary.com WebSocket API v3 answered with an error object: its code, message and details.

    ``call`` names the call that failed. ``local`` is true when the client refused the call
    itself, before sending anything (a call that needs authorization, or a scope the token
    lacks). Branch on the class or on ``code``: the message is for people and may be localised.
    """

    def __init__(
        self,
        code: str,
        message: str,
        details: Mapping[str, Any] | None = None,
        *,
        call: str = "",
        local: bool = False,
    ) -> None:
        prefix = f"{call}: " if call else ""
        super().__init__(f"{prefix}{code}: {message}")
        self.code = code
        self.message = message
        self.details: Mapping[str, Any] = details or {}
        self.call = call
        self.local = local

    def redact(self, *values: str) -> None:
        """Removes these values (secrets the client sent) from the message and details."""
        secrets = sorted({value for value in values if value}, key=len, reverse=True)
        if not secrets:
            return
        self.message = _without(self.message, secrets)
        self.details = _without(self.details, secrets)
        prefix = f"{self.call}: " if self.call else ""
        self.args = (f"{prefix}{self.code}: {self.message}",)


class AlreadySubscribed(ApiError):
    """The stream asked for is already open on this connection."""


class AuthorizationRequired(ApiError):
    """The call needs an authorized connection: call `authorize` first."""


class InputValidationFailed(ApiError):
    """The server refused an argument; `details` names the fields."""


class InvalidAppID(ApiError):
    """The `app_id` is not a registered application."""


class InvalidToken(ApiError):
    """The token is unknown, expired or logged out."""


class PermissionDenied(ApiError):
    """The token lacks a scope the call needs."""


class RateLimit(ApiError):
    """Too many calls of this kind; wait before calling again."""


class UnrecognisedRequest(ApiError):
    """The server does not know the call."""


_BY_CODE: dict[str, type[ApiError]] = {
    "AlreadySubscribed": AlreadySubscribed,
    "AuthorizationRequired": AuthorizationRequired,
    "InputValidationFailed": InputValidationFailed,
    "InvalidAppID": InvalidAppID,
    "InvalidToken": InvalidToken,
    "PermissionDenied": PermissionDenied,
    "RateLimit": RateLimit,
    "UnrecognisedRequest": UnrecognisedRequest,
}


def _without(value: Any, secrets: list[str]) -> Any:
    """`value` (text, or JSON holding text) with every secret replaced by "<redacted>"."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "<redacted>")
        return value
    if isinstance(value, Mapping):
        return {_without(key, secrets): _without(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_without(item, secrets) for item in value]
    return value


def error_for(call: str, error: Any) -> ApiError:
    """The most specific class for an ``error`` object of an answer; unknown codes give
    ``ApiError``."""
    if not isinstance(error, Mapping):
        return ApiError("UnknownError", "the error object is not an object", call=call)
    code = str(error.get("code") or "UnknownError")
    message = str(error.get("message") or "")
    details = error.get("details")
    cls = _BY_CODE.get(code, ApiError)
    return cls(code, message, details if isinstance(details, Mapping) else None, call=call)
