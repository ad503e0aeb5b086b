"""Okcoin's request signing, its clock and its error answers.

sign = base64(HMAC-SHA256(secret, timestamp + METHOD + path with query + body)), with the
timestamp in ISO 8601 UTC with milliseconds; the exact text sent is the text signed. Okcoin
refuses timestamps more than 30 seconds away from its clock; `OkcoinTransport` then reads
Okcoin's clock and signs with it from then on, unless the server's time is implausibly far
from ours (`max_clock_offset`): that is refused and the old offset kept.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import math
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal

from ..core.errors import ClientError, ValidationError
from ..core.logs import package_logger
from ..http.transport import (
    ErrorMapper,
    HttpOptions,
    HttpTransport,
    PreparedRequest,
    Route,
    check_header_value,
)
from .errors import OkcoinError, ServerClockError, TimestampError, error_for

log = package_logger(__name__)

# Arguments whose values are secrets (a withdrawal's trade password): never shown in errors.
DEFAULT_MAX_CLOCK_OFFSET = 86400.0
"""How far (seconds) Okcoin's clock may be from ours before its time is refused as wrong."""


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

    __slots__ = ("_api_key", "_local", "_passphrase", "_secret_key", "clock", "clock_offset")

    def __init__(
        self,
        api_key: str,
        secret_key: str,
        passphrase: str,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        # Checked now, not when the first request fails: a value read from a file often ends
        # with a line break, which no header (and no correct signature) can carry.
        for field, value in (
            ("api_key", api_key),
            ("secret_key", secret_key),
            ("passphrase", passphrase),
        ):
            if value != "":
                check_header_value(field, value)
        self._api_key = api_key
        self._secret_key = secret_key
        self._passphrase = passphrase
        self.clock = clock
        self.clock_offset = 0.0
        self._local = threading.local()

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
        offset = self.clock_offset
        self._local.offset = offset
        timestamp = iso_timestamp(self.clock() + offset)
        body = request.body.decode() if request.body else ""
        request.headers["OK-ACCESS-KEY"] = self._api_key
        request.headers["OK-ACCESS-SIGN"] = sign(
            self._secret_key, timestamp, request.method, request.path_with_query, body
        )
        request.headers["OK-ACCESS-TIMESTAMP"] = timestamp
        request.headers["OK-ACCESS-PASSPHRASE"] = self._passphrase

    def secrets(self) -> tuple[str, str]:
        """The values an error message must never show."""
        return self._secret_key, self._passphrase

    def offset_used(self) -> float | None:
        """The clock offset this thread's last signature was made with."""
        offset: float | None = getattr(self._local, "offset", None)
        return offset


class OkcoinTransport(HttpTransport):
    """HttpTransport that signs with an OkcoinSigner and repairs the clock.

    When Okcoin refuses a signed request's timestamp (TimestampError: 30008 expired, 30005
    invalid), the transport reads Okcoin's clock through `time_route` once, and signs with
    it from then on; a signed GET is then sent once more, a POST never is (it raises, and the
    next call uses the fixed clock). Threads refused at the same time share one clock reading.
    """

    def __init__(
        self,
        base_url: str,
        *,
        signer: OkcoinSigner,
        time_route: str,
        routes: Callable[[], Mapping[str, Route]],
        errors: ErrorMapper,
        options: HttpOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        max_clock_offset: float = DEFAULT_MAX_CLOCK_OFFSET,
    ) -> None:
        if (
            not isinstance(max_clock_offset, (int, float))
            or isinstance(max_clock_offset, bool)
            or not 0 < max_clock_offset < math.inf
        ):
            raise ValidationError(
                "max_clock_offset", "must be a positive, finite number of seconds"
            )
        super().__init__(
            base_url,
            routes=routes,
            errors=errors,
            authenticator=signer,
            options=options,
            sleep=sleep,
        )
        self.max_clock_offset = float(max_clock_offset)
        self.signer = signer
        self._time_route = time_route
        self._sync_lock = threading.Lock()
        self.clock_syncs = 0
        """How many times the clock was read from the server (by `sync_time` or a repair)."""

    def __repr__(self) -> str:
        return f"OkcoinTransport(base_url={self.base_url!r})"

    def send(
        self,
        route: Route,
        args: Mapping[str, Any],
        *,
        timeout: float | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> tuple[int, Mapping[str, str], Any]:
        """Sends the request; an error answer that quotes a secret has it removed."""
        try:
            return super().send(route, args, timeout=timeout, extra_params=extra_params)
        except OkcoinError as error:
            error.redact(*self.signer.secrets(), *self.secrets_sent(route, args, extra_params))
            raise

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        auth: Literal["none", "signed", "oauth", "token"] = "none",
        timeout: float | None = None,
    ) -> Any:
        """`HttpTransport.request`; an error answer that quotes a secret has it removed."""
        try:
            return super().request(
                method, path, params=params, body=body, auth=auth, timeout=timeout
            )
        except OkcoinError as error:
            sent = [
                str(value)
                for values in (params, body)
                if isinstance(values, Mapping)
                for name, value in values.items()
                if self._is_secret_name(str(name)) and value is not None
            ]
            error.redact(*self.signer.secrets(), *sent)
            raise

    def sync_time(self) -> float:
        """Reads Okcoin's clock and signs with it from now on; returns the offset in seconds."""
        with self._sync_lock:
            return self._sync()

    def _sync(self) -> float:
        clock = self.signer.clock
        started = clock()
        server_time = self.call(self._time_route, {})
        finished = clock()
        try:
            offset = float(server_time.epoch) - (started + finished) / 2
        except (OverflowError, TypeError, ValueError):
            offset = math.nan
        if not abs(offset) <= self.max_clock_offset:
            # A wrong clock (or milliseconds read as seconds) would make every signature fail
            # or overflow: keep signing with the offset we had.
            raise ServerClockError(
                f"the server's time is {offset:+.0f} s from ours, beyond max_clock_offset "
                f"({self.max_clock_offset:g} s); the clock offset was left at "
                f"{self.signer.clock_offset:+.3f} s"
            )
        self.signer.clock_offset = offset
        self.clock_syncs += 1
        log.debug("clock synchronised with the server: offset %+.3f s", self.signer.clock_offset)
        return self.signer.clock_offset

    def _recover(self, route: Route, error: ClientError) -> bool:
        if route.auth != "signed" or not isinstance(error, TimestampError):
            return False
        signed_with = self.signer.offset_used()
        with self._sync_lock:
            # Another thread may have fixed the clock since this request was signed.
            if self.signer.clock_offset == signed_with:
                try:
                    self._sync()
                except ClientError as failure:
                    log.debug("could not read the server's clock: %s", type(failure).__name__)
                    return False
        return route.method == "GET" and route.idempotent


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
