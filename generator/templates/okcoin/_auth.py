"""Okcoin's request signing and its error answers.

sign = base64(HMAC-SHA256(secret, timestamp + METHOD + path with query + body)), with the
timestamp in ISO 8601 UTC with milliseconds; the exact text sent is the text signed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Callable, Mapping
from typing import Any

from ._transport import PreparedRequest, Route
from .errors import ClientError, error_for


def iso_timestamp(epoch: float) -> str:
    """`2020-12-08T09:08:57.715Z`: always three millisecond digits, as Okcoin expects."""
    millis = round(epoch * 1000)
    seconds, remainder = divmod(millis, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{remainder:03d}Z"


def sign(secret_key: str, timestamp: str, method: str, path_with_query: str, body: str) -> str:
    message = (timestamp + method.upper() + path_with_query + body).encode()
    digest = hmac.new(secret_key.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


class OkcoinSigner:
    """Adds the OK-ACCESS-* headers to signed routes, freshly timestamped on every attempt."""

    __slots__ = ("_api_key", "_passphrase", "_secret_key", "clock", "clock_offset")

    def __init__(
        self,
        api_key: str,
        secret_key: str,
        passphrase: str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._api_key = api_key
        self._secret_key = secret_key
        self._passphrase = passphrase
        self.clock = clock
        self.clock_offset = 0.0

    def __repr__(self) -> str:
        return "OkcoinSigner(<credentials hidden>)"

    def __reduce__(self) -> Any:
        raise TypeError("OkcoinSigner holds credentials and cannot be pickled")

    def apply(self, route: Route, request: PreparedRequest) -> None:
        if route.auth != "signed":
            return
        if not (self._api_key and self._secret_key and self._passphrase):
            raise ClientError(
                f"{route.name} is a signed route: give api_key, secret_key and passphrase"
            )
        timestamp = iso_timestamp(self.clock() + self.clock_offset)
        body = request.body.decode() if request.body else ""
        request.headers["OK-ACCESS-KEY"] = self._api_key
        request.headers["OK-ACCESS-SIGN"] = sign(
            self._secret_key, timestamp, request.method, request.path_with_query, body
        )
        request.headers["OK-ACCESS-TIMESTAMP"] = timestamp
        request.headers["OK-ACCESS-PASSPHRASE"] = self._passphrase


_NO_ERROR = (None, "", "0", 0)


def okcoin_errors(status: int, headers: Mapping[str, str], data: Any) -> ClientError | None:
    """Okcoin's error answers carry the code as a number and/or a string, in `code` or
    `error_code`; a 2xx answer is an error only when it carries a non-zero `error_code`."""
    body = data if isinstance(data, dict) else {}
    if 200 <= status < 300:
        if body.get("error_code") in _NO_ERROR:
            return None
        code, message = body.get("error_code"), body.get("error_message")
    else:
        code = body.get("code", body.get("error_code"))
        if code in _NO_ERROR:
            code = body.get("error_code", code)
        message = body.get("message") or body.get("error_message")
        if not body and isinstance(data, str):
            message = data
    return error_for(status, "" if code is None else str(code), str(message or ""), headers)
