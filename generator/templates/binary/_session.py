"""Binary.com's rules on top of the WebSocket transport.

- Authorization: a successful `authorize` records the token's scopes. A call that needs
  authorization raises `AuthorizationRequired` before any `authorize`, and one whose scopes
  the token lacks raises `PermissionDenied`; nothing is sent in either case. A call's scope
  list names alternatives: any one of them is enough.
- Answers carrying an `error` object raise the `ApiError` subclass of their code.
- Calls marked idempotent are sent again (at most `retries` times) when the connection
  drops before their answer; a new connection first repeats the last successful
  `authorize`, so the session carries on. Other calls raise `ConnectionLost`.
- Streams: `subscribe` sends the call with `subscribe: 1` and returns a `Subscription`;
  `forget`/`forget_all` answers end the local subscriptions they name.

The token is kept (to authorize a new connection) but never shown: not in reprs, logs or
error messages, and the session refuses to be pickled.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from .errors import (
    ApiError,
    AuthorizationRequired,
    ConnectionLost,
    DecodeError,
    InvalidToken,
    PermissionDenied,
    TransportError,
    ValidationError,
    error_for,
)

if TYPE_CHECKING:
    from ._message import Call
    from ._subscription import Subscription
    from ._transport import Message, WebSocketTransport

log = logging.getLogger(__name__.rsplit(".", 1)[0])

_SESSION_ERRORS = (AuthorizationRequired, InvalidToken)


class Session:
    """The connection, the calls table and what the server knows about us (the scopes)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float | None,
        open_timeout: float | None,
        keepalive: float | None,
        retries: int,
        connect_options: Mapping[str, Any],
    ) -> None:
        self.url = url
        self.timeout = timeout
        self._open_timeout = open_timeout
        self._keepalive = keepalive
        self._retries = max(0, retries)
        self._connect_options = dict(connect_options)
        self._transport: WebSocketTransport | None = None
        self._closed = False
        self._calls: Mapping[str, Call] | None = None
        self._lock = threading.Lock()
        self._scopes: frozenset[str] | None = None
        self._loginid: str | None = None
        self._credentials: dict[str, Any] | None = None
        self._streams: weakref.WeakValueDictionary[str, Subscription[Any]] = (
            weakref.WeakValueDictionary()
        )
        self._stream_ids: weakref.WeakKeyDictionary[Subscription[Any], set[str]] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        parts = urlsplit(self.url)
        return f"Session({parts.netloc}{parts.path!s}, authorized={self.authorized})"

    def __reduce__(self) -> Any:
        raise TypeError("a Binary.com session holds credentials and cannot be pickled")

    # -- state ------------------------------------------------------------------------------

    @property
    def authorized(self) -> bool:
        """Whether an authorize call succeeded on the current connection."""
        return self._scopes is not None

    @property
    def scopes(self) -> frozenset[str]:
        """The scopes of the authorized token; empty before authorize."""
        return self._scopes or frozenset()

    @property
    def loginid(self) -> str | None:
        """The login id of the authorized account, if any."""
        return self._loginid

    @property
    def connected(self) -> bool:
        """Whether the connection is open right now."""
        return self._transport is not None and self._transport.connected

    def transport(self) -> WebSocketTransport:
        """The transport, created (and websockets imported) on first use."""
        transport = self._transport
        if transport is None:
            with self._lock:
                if self._closed:
                    raise ConnectionLost("the client was closed")
                if self._transport is None:
                    from ._transport import WebSocketTransport

                    self._transport = WebSocketTransport(
                        self.url,
                        id_key="req_id",
                        open_timeout=self._open_timeout,
                        keepalive=self._keepalive,
                        keepalive_message=_ping,
                        on_open=self._restore,
                        connect_options=self._connect_options,
                    )
                transport = self._transport
        return transport

    def connect(self) -> None:
        """Opens the connection unless it is open."""
        self.transport().open()

    def close(self) -> None:
        """Closes the connection for good and forgets the authorization."""
        with self._lock:
            self._closed = True
            self._credentials = None
            self._scopes = None
            self._loginid = None
        if self._transport is not None:
            self._transport.close()

    def _call(self, name: str) -> Call:
        calls = self._calls
        if calls is None:
            from ._calls import CALLS

            self._calls = calls = CALLS
        return calls[name]

    def _timeout(self, timeout: float | None) -> float | None:
        return self.timeout if timeout is None else timeout

    # -- calls ------------------------------------------------------------------------------

    def call(self, name: str, args: Mapping[str, Any], timeout: float | None) -> Any:
        """Checks, sends and decodes one call; raises its error answer as an ApiError."""
        from ._message import build_message

        call = self._call(name)
        message = build_message(call, args)
        self._check_auth(call)
        attempts = 1 + (self._retries if call.idempotent else 0)
        attempt = 1
        while True:
            try:
                answer = self.transport().exchange(message, call.name, self._timeout(timeout))
                break
            except ConnectionLost:
                if attempt >= attempts:
                    raise
                log.info("%s: connection lost, sending again (attempt %d)", call.name, attempt + 1)
                attempt += 1
                self.transport().open()  # reconnects and restores the session first
                self._check_auth(call)
        return self._result(call, message, answer)

    def subscribe(self, name: str, args: Mapping[str, Any], timeout: float | None) -> Any:
        """Opens a stream: sends the call with ``subscribe: 1`` and returns a Subscription
        holding the first answer."""
        from ._message import build_message
        from ._subscription import Subscription

        call = self._call(name)
        if not call.streams:
            raise ValidationError("subscribe", f"{call.name} does not stream")
        message = {**build_message(call, args), "subscribe": 1}
        self._check_auth(call)
        attempts = 1 + (self._retries if call.idempotent else 0)
        attempt = 1
        while True:
            inbox = self.transport().start(message, call.name)
            try:
                first = inbox.get(self._timeout(timeout))
                if first is None:
                    raise ConnectionLost(f"{call.name}: the request was abandoned")
                if "error" in first:
                    raise self._failure(call, first["error"])
                decoded = self._decode(call, first)
            except ConnectionLost:
                inbox.close()
                if attempt >= attempts:
                    raise
                log.info("%s: connection lost, subscribing again", call.name)
                attempt += 1
                self.transport().open()
                self._check_auth(call)
                continue
            except BaseException:
                inbox.close()
                raise
            break
        subscription: Subscription[Any] = Subscription(
            call.name, inbox, self._read_stream, self._forget_stream, decoded
        )
        # Dropped without forget(): stop filing its messages (the server streams on).
        weakref.finalize(subscription, inbox.close)
        self._track(subscription, first)
        return subscription

    def _check_auth(self, call: Call) -> None:
        if not call.auth:
            return
        scopes = self._scopes
        if scopes is None:
            raise AuthorizationRequired(
                "AuthorizationRequired",
                "this call needs an authorized connection: call authorize() first",
                call=call.name,
                local=True,
            )
        if call.scopes and not scopes & call.scopes:
            needed = " or ".join(sorted(call.scopes))
            raise PermissionDenied(
                "PermissionDenied",
                f"the token lacks the {needed} scope this call needs",
                call=call.name,
                local=True,
            )

    def _result(self, call: Call, message: Message, answer: Message) -> Any:
        if "error" in answer:
            raise self._failure(call, answer["error"])
        result = self._decode(call, answer)
        self._observe(call, message, answer)
        return result

    def _failure(self, call: Call, error: Any) -> ApiError:
        failure = error_for(call.name, error)
        if isinstance(failure, _SESSION_ERRORS) and call.name != "authorize":
            # The server no longer counts this connection as authorized.
            with self._lock:
                self._scopes = None
                self._loginid = None
        return failure

    @staticmethod
    def _decode(call: Call, answer: Message) -> Any:
        try:
            return call.decode(answer)
        except DecodeError as error:
            error.operation = call.name
            raise

    def _observe(self, call: Call, message: Message, answer: Message) -> None:
        """Keeps the local view of the session in step with what an answer changed."""
        if call.name == "authorize":
            self._authorized(message, answer)
        elif call.name == "logout":
            with self._lock:
                self._scopes = None
                self._loginid = None
                self._credentials = None
        elif call.name == "forget" and answer.get("forget") == 1:
            self._end_streams([message.get("forget")])
        elif call.name == "forget_all" and isinstance(answer.get("forget_all"), list):
            self._end_streams(answer["forget_all"])

    def _authorized(self, message: Message, answer: Message) -> None:
        details = answer.get("authorize")
        if not isinstance(details, dict):
            return
        scopes = details.get("scopes")
        loginid = details.get("loginid")
        with self._lock:
            self._scopes = frozenset(
                scope for scope in (scopes if isinstance(scopes, list) else ()) if scope
            )
            self._loginid = loginid if isinstance(loginid, str) else None
            self._credentials = {
                key: value for key, value in message.items() if key not in ("passthrough",)
            }

    def _restore(self, transport: WebSocketTransport) -> None:
        """Runs on every new connection: repeats the last successful authorize, if any."""
        with self._lock:
            credentials = self._credentials
            self._scopes = None
            self._loginid = None
        if credentials is None:
            return
        log.info("authorizing the new connection again")
        answer = transport.exchange(credentials, "authorize", self.timeout)
        if "error" in answer:
            code = answer["error"].get("code") if isinstance(answer["error"], dict) else None
            log.warning("the new connection could not be authorized again (%s)", code)
            with self._lock:
                self._credentials = None
            return
        self._authorized(credentials, answer)

    # -- streams ----------------------------------------------------------------------------

    def _read_stream(self, subscription: Subscription[Any], message: Message) -> Any:
        call = self._call(subscription.call)
        if "error" in message:
            raise self._failure(call, message["error"])
        self._track(subscription, message)
        msg_type = message.get("msg_type")
        for name in call.follow_ups:
            follow_up = self._call(name)
            if msg_type in follow_up.msg_types:
                return self._decode(follow_up, message)
        return self._decode(call, message)

    def _track(self, subscription: Subscription[Any], message: Message) -> None:
        info = message.get("subscription")
        stream_id = info.get("id") if isinstance(info, dict) else None
        if isinstance(stream_id, str):
            with self._lock:
                self._streams[stream_id] = subscription
                self._stream_ids.setdefault(subscription, set()).add(stream_id)

    def _forget_stream(
        self, subscription: Subscription[Any], unread: list[Message], connected: bool
    ) -> None:
        for message in unread:
            self._track(subscription, message)
        with self._lock:
            ids = sorted(self._stream_ids.pop(subscription, ()))
            for stream_id in ids:
                self._streams.pop(stream_id, None)
        transport = self._transport
        if not connected or transport is None:
            return  # the server dropped the stream along with the connection
        for stream_id in ids:
            try:
                answer = transport.exchange(
                    {"forget": stream_id}, "forget", self.timeout, reopen=False
                )
            except TransportError as error:
                log.debug("forget: %s", error)
                return
            if "error" in answer:
                log.debug("forget: the server refused (%s)", answer["error"].get("code"))

    def _end_streams(self, ids: list[Any]) -> None:
        ended = []
        with self._lock:
            for stream_id in ids:
                if isinstance(stream_id, str):
                    subscription = self._streams.pop(stream_id, None)
                    if subscription is not None:
                        self._stream_ids.pop(subscription, None)
                        ended.append(subscription)
        for subscription in ended:
            subscription._end()


def _ping() -> dict[str, Any]:
    return {"ping": 1}
