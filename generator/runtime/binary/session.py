"""Binary.com's rules on top of the WebSocket transport.

- Authorization: a successful `authorize` records the token's scopes. A call that needs
  authorization raises `AuthorizationRequired` before any `authorize`, and one whose scopes
  the token lacks raises `PermissionDenied`; nothing is sent in either case. A call's scope
  list names alternatives: any one of them is enough.
- Answers carrying an `error` object raise the `ApiError` subclass of their code.
- A call's timeout bounds all of it: waiting for the connection, the answer, and any
  re-sending with the waits before it.
- Reconnecting (on unless ``reconnect=False``): every new connection first repeats the last
  successful `authorize`, so the session carries on (a `RateLimit` answer to it is waited
  out like any other; `InvalidToken` ends the login; any other error gives that connection
  up and keeps the login for the next one). Calls the spec marks idempotent are sent
  again (at most `retries` times) when the connection drops before their answer, or when
  it cannot be opened; other calls raise `ConnectionLost` and are never sent again (they may
  or may not have reached the server). Open streams of idempotent calls are opened again in
  the background, waiting `backoff` between failed attempts; their subscriptions report the
  gap (see `Subscription`). A refused certificate is never tried again.
- Rate limits: an idempotent call answered ``RateLimit`` is sent again after a `backoff`
  wait, within `retries` and its timeout; other calls raise `RateLimit` (the server did
  not carry them out). A stream opened again in the background is treated the same way.
- Streams: `subscribe` sends the call with `subscribe: 1` and returns a `Subscription`;
  `forget`/`forget_all` answers end the local subscriptions they name. A subscribe that
  timed out is watched: if its answer comes late, the stream it started is forgotten.

The token is kept (to authorize a new connection) but never shown: not in reprs, logs or
error messages (an error answer or a bad value that quotes it, or another secret argument of
the request, has it replaced by "<redacted>"), and the session refuses to be pickled.
"""

from __future__ import annotations

import dataclasses
import ssl
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..core.errors import DecodeError, RequestTimeout, TransportError, ValidationError
from ..core.logs import package_logger
from ..websocket.backoff import Backoff
from ..websocket.errors import ConnectionLost
from ..websocket.options import ConnectionOptions
from .errors import ApiError, AuthorizationRequired, InvalidToken, PermissionDenied, error_for
from .pending import Pending

if TYPE_CHECKING:
    from ..websocket.message import Call
    from ..websocket.subscription import Subscription
    from ..websocket.transport import Inbox, Message, WebSocketTransport

log = package_logger(__name__)

_SESSION_ERRORS = (AuthorizationRequired, InvalidToken)
# In a request to a call the spec lacks, names whose values are treated as secrets.
_SECRET_WORDS = ("token", "password", "secret", "passphrase", "pwd")


class Session:
    """The connection, the calls table and what the server knows about us (the scopes)."""

    def __init__(
        self,
        url: str,
        *,
        calls: Callable[[], Mapping[str, Call]],
        timeout: float | None,
        retries: int,
        connection: ConnectionOptions,
        reconnect: bool = True,
        backoff: Backoff | None = None,
    ) -> None:
        self.url = url
        self.timeout = timeout
        self._retries = max(0, retries)
        # The session decides about reconnecting (and keeps the backoff for its own waits).
        self._connection_options = connection
        self.reconnect = reconnect
        self.backoff = backoff if backoff is not None else Backoff()
        self._transport: WebSocketTransport | None = None
        self._closed = False
        # The generated call table, imported on the first call (it brings in the models).
        self._calls_loader = calls
        self._calls: Mapping[str, Call] | None = None
        self._lock = threading.Lock()
        # Held while streams are opened again, so that `forget` sees their new ids.
        self._resume_lock = threading.RLock()
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
                    from ..websocket.transport import WebSocketTransport

                    # The transport calls back through weak references: it lives on in
                    # its threads, and must not keep an abandoned session alive.
                    self._transport = WebSocketTransport(
                        self.url,
                        options=dataclasses.replace(
                            self._connection_options,
                            backoff=self.backoff if self.reconnect else None,
                        ),
                        id_key="req_id",
                        keepalive_message=_ping,
                        on_open=_weakly(self._restore),
                        on_resume=_weakly(self._resume),
                        on_lost=_weakly(self._lost),
                    )
                    where = urlsplit(self.url)
                    finalizer = weakref.finalize(
                        self,
                        _release,
                        self._transport,
                        f"Binary.com client of {where.netloc}{where.path}",
                    )
                    finalizer.atexit = False
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
            self._calls = calls = self._calls_loader()
        return calls[name]

    def _timeout(self, timeout: float | None) -> float | None:
        return self.timeout if timeout is None else timeout

    # -- calls ------------------------------------------------------------------------------

    def call(self, name: str, args: Mapping[str, Any], timeout: float | None) -> Any:
        """Checks, sends and decodes one call; raises its error answer as an ApiError."""
        call, message, limit, deadline = self._prepare(name, args, timeout)
        return self._complete(call, message, limit, deadline)

    def start(self, name: str, args: Mapping[str, Any], timeout: float | None) -> Pending[Any]:
        """Checks and sends one call without waiting for its answer (see `Pending`)."""
        call, message, limit, deadline = self._prepare(name, args, timeout)
        try:
            inbox = self.transport().start(message, call.name, timeout=_left(deadline, limit))
        except TransportError as error:
            return Pending(self, call, message, limit, deadline, None, error)
        return Pending(self, call, message, limit, deadline, inbox, None)

    def send(self, request: Mapping[str, Any], timeout: float | None) -> Message:
        """The escape hatch: sends `request` as it is (only its shape is checked) and
        returns the answer undecoded. A request naming a known call gets that call's rules
        (authorization and scopes checked first, secrets redacted, sent again only when it
        is safe to repeat, the session's view updated); any other is sent once."""
        if not isinstance(request, Mapping) or not request:
            raise ValidationError("request", "must be a non-empty dict naming a call")
        if not all(isinstance(key, str) and key for key in request):
            raise ValidationError("request", "keys must be non-empty strings")
        if "req_id" in request:
            raise ValidationError("request.req_id", "is assigned by the client: leave it out")
        if request.get("subscribe"):
            raise ValidationError(
                "request.subscribe", "send() takes one answer: open streams with subscribe_*()"
            )
        call = self._call_of(request)
        message: Message = dict(request)
        self._check_auth(call)
        limit = self._timeout(timeout)
        deadline = None if limit is None else time.monotonic() + limit
        answer: Message = self._complete(call, message, limit, deadline, raw=True)
        return answer

    def _call_of(self, request: Mapping[str, Any]) -> Call:
        """The known call a raw request names, or a stand-in for a call the spec lacks: no
        rules known, never sent twice."""
        calls = self._calls
        if calls is None:
            self._calls = calls = self._calls_loader()
        # As the server reads it: the key that is a call's name, or when several are (e.g.
        # active_symbols with landing_company), the call that takes the others.
        names = [key for key in request if key in calls]
        for name in names:
            takes = {param.wire_name for param in calls[name].params} | {name}
            if all(other in takes for other in names):
                return calls[name]
        if names:
            return calls[names[0]]
        from ..core.validate import Anything
        from ..websocket.message import Call, Param

        # Values under names that sound secret are redacted from error answers all the same.
        secrets = tuple(
            Param(key, key, False, Anything(), secret=True)
            for key in request
            if any(word in key.lower() for word in _SECRET_WORDS)
        )
        return Call(
            name=next(iter(request)),
            params=secrets,
            fixed=(),
            decode=lambda answer: answer,
            auth=False,
            scopes=frozenset(),
            streams=False,
            idempotent=False,
            msg_types=frozenset(),
        )

    def _prepare(
        self, name: str, args: Mapping[str, Any], timeout: float | None
    ) -> tuple[Call, Message, float | None, float | None]:
        """The call, its message (arguments checked) and its time limit, or the reason it
        may not be sent (raised before anything is)."""
        call = self._call(name)
        message = _build_message(call, args)
        self._check_auth(call)
        limit = self._timeout(timeout)
        return call, message, limit, None if limit is None else time.monotonic() + limit

    def _complete(
        self,
        call: Call,
        message: Message,
        limit: float | None,
        deadline: float | None,
        answer: Message | None = None,
        failure: TransportError | None = None,
        *,
        raw: bool = False,
    ) -> Any:
        """Sends `message` (unless its first `answer` or `failure` is given) and again while
        the rules allow, then decodes the answer."""
        transport = self.transport()
        attempt = 0
        while True:
            if answer is None and failure is None:
                try:
                    if attempt:
                        self._reopen(call, deadline)
                    answer = transport.exchange(message, call.name, _left(deadline, limit))
                except TransportError as error:
                    failure = error
            if failure is not None:
                if isinstance(failure, RequestTimeout):
                    raise _timed_out(call, failure, limit) from None
                attempt += 1
                self._may_send_again(call, failure, attempt, deadline)
                failure = None
                continue
            assert answer is not None
            if call.idempotent and attempt < self._retries and _rate_limited(answer):
                attempt += 1
                if self._wait(attempt, deadline):
                    log.info("%s: rate limited, sending again (attempt %d)", call.name, attempt)
                    answer = None
                    continue
            return self._result(call, message, answer, raw=raw)

    def subscribe(self, name: str, args: Mapping[str, Any], timeout: float | None) -> Any:
        """Opens a stream: sends the call with ``subscribe: 1`` and returns a Subscription
        holding the first answer."""
        from ..websocket.subscription import Subscription

        call = self._call(name)
        if not call.streams:
            raise ValidationError("subscribe", f"{call.name} does not stream")
        message = {**_build_message(call, args), "subscribe": 1}
        self._check_auth(call)
        limit = self._timeout(timeout)
        deadline = None if limit is None else time.monotonic() + limit
        transport = self.transport()
        # A stream of a call that is not safe to repeat (a purchase) ends with its connection.
        resumable = self.reconnect and call.idempotent
        attempt = 0
        while True:
            try:
                if attempt:
                    self._reopen(call, deadline)
                inbox = transport.start(
                    message,
                    call.name,
                    resumable=resumable,
                    stream=True,
                    timeout=_left(deadline, limit),
                )
            except TransportError as error:
                if isinstance(error, RequestTimeout):
                    raise _timed_out(call, error, limit) from None
                attempt += 1
                self._may_send_again(call, error, attempt, deadline)
                continue
            try:
                # (A resumable stream cut before its first answer is sent again in the
                # background, and the answer arrives here all the same.)
                first = inbox.get(_left(deadline, limit))
            except TransportError as error:
                if isinstance(error, RequestTimeout) and limit is not None:
                    self._forget_late(inbox)
                    raise RequestTimeout(f"{call.name}: no answer within {limit:g} s") from None
                inbox.close()
                attempt += 1
                self._may_send_again(call, error, attempt, deadline)
                continue
            except BaseException:
                inbox.close()
                raise
            if first is None:
                inbox.close()
                raise ConnectionLost(f"{call.name}: the request was abandoned")
            if call.idempotent and attempt < self._retries and _rate_limited(first):
                attempt += 1
                if self._wait(attempt, deadline):
                    inbox.close()
                    continue
            try:
                if "error" in first:
                    raise self._failure(call, first["error"], message)
                decoded = self._decode(call, first, message)
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

    def _may_send_again(
        self, call: Call, error: TransportError, attempt: int, deadline: float | None
    ) -> None:
        """Returns when `call` may be sent again after `error`, waiting first if needed;
        raises `error` when it may not. Only a lost connection is a reason: it is opened
        again at once, and after a wait each time that fails."""
        if (
            not isinstance(error, ConnectionLost)
            or not self.reconnect
            or not call.idempotent
            or attempt > self._retries
            or self._closed
        ):
            raise error
        if attempt > 1 and not self._wait(attempt - 1, deadline):
            raise error
        log.info("%s: connection lost, sending again (attempt %d)", call.name, attempt)

    def _reopen(self, call: Call, deadline: float | None) -> None:
        """Opens the connection again before `call` is sent again; the new connection is
        authorized again first. Failing to open it is still a lost connection."""
        try:
            self.transport().open(_left(deadline, None))
        except ConnectionLost:
            raise
        except TransportError as error:
            if isinstance(error.__cause__, ssl.SSLCertVerificationError):
                raise  # a refused certificate stays refused
            raise ConnectionLost(
                f"{call.name}: the connection was lost and no new one could be opened ({error})"
            ) from error
        self._check_auth(call)  # the new connection may not be authorized

    def _wait(self, attempt: int, deadline: float | None) -> bool:
        """Sleeps before try `attempt + 1`; False (at once) when that would pass the deadline."""
        delay = self.backoff.delay(attempt)
        if deadline is not None and time.monotonic() + delay >= deadline:
            return False
        time.sleep(delay)
        return True

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

    def _result(self, call: Call, message: Message, answer: Message, *, raw: bool = False) -> Any:
        if "error" in answer:
            raise self._failure(call, answer["error"], message)
        result = answer if raw else self._decode(call, answer, message)
        self._observe(call, message, answer)
        return result

    def _failure(self, call: Call, error: Any, sent: Message | None = None) -> ApiError:
        failure = error_for(call.name, error)
        failure.redact(*self._secrets(call, sent))  # a server may quote what it was sent
        if isinstance(failure, _SESSION_ERRORS) and call.name != "authorize":
            # The server no longer counts this connection as authorized.
            with self._lock:
                self._scopes = None
                self._loginid = None
        return failure

    def _decode(self, call: Call, answer: Message, sent: Message | None = None) -> Any:
        try:
            return call.decode(answer)
        except DecodeError as error:
            error.operation = call.name
            _redact(error, self._secrets(call, sent))  # a bad value shown may be a token
            raise

    def _secrets(self, call: Call, sent: Message | None) -> list[str]:
        """The secret values the server may quote back: the token this session authorizes
        with, and the secret arguments of the request `sent`."""
        found: list[str] = []
        credentials = self._credentials
        if credentials is not None:
            for param in self._call("authorize").params:
                if param.secret:
                    _strings(credentials.get(param.wire_name), found)
        if sent is not None:
            for param in call.params:
                if param.secret:
                    _strings(sent.get(param.wire_name), found)
        return found

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
                scope
                for scope in (scopes if isinstance(scopes, list) else ())
                if isinstance(scope, str) and scope
            )
            self._loginid = loginid if isinstance(loginid, str) else None
            self._credentials = {
                key: value for key, value in message.items() if key not in ("passthrough",)
            }

    def _restore(self, transport: WebSocketTransport) -> None:
        """Runs on every new connection: repeats the last successful authorize, if any (and
        reconnecting is on)."""
        with self._lock:
            credentials = self._credentials if self.reconnect else None
            self._credentials = credentials
            if credentials is None:
                self._scopes = None
                self._loginid = None
            # (Otherwise the login stands until the server answers it again: calls made
            # meanwhile wait for this connection, or for the next if this one fails.)
            # The streams of an old connection ended with it; their ids mean nothing now.
            self._streams.clear()
            self._stream_ids.clear()
        if credentials is None:
            return
        attempt = 0
        while True:
            log.info("authorizing the new connection again")
            answer = transport.exchange(credentials, "authorize", self.timeout)
            if "error" not in answer:
                self._authorized(credentials, answer)
                return
            if _rate_limited(answer) and attempt < self._retries:
                attempt += 1
                time.sleep(self.backoff.delay(attempt))
                continue
            error = answer["error"]
            code = error.get("code") if isinstance(error, dict) else None
            if code == "InvalidToken":
                # The token itself was refused: the login is over, calls that need one raise
                # AuthorizationRequired until `authorize` succeeds again.
                log.warning("the new connection could not be authorized again (%s)", code)
                with self._lock:
                    self._credentials = None
                    self._scopes = None
                    self._loginid = None
                return
            # Anything else (a server error, rate limits past `retries`) says nothing about
            # the token: the connection is given up, the login kept, and the next
            # connection tries again.
            raise ConnectionLost(f"the new connection could not be authorized again ({code})")

    def _lost(self) -> None:
        """Runs when a connection ends: without reconnecting, its authorization is gone."""
        if not self.reconnect:
            with self._lock:
                self._scopes = None
                self._loginid = None
                self._credentials = None

    def _resume(self, transport: WebSocketTransport, inboxes: list[Inbox]) -> None:
        """Runs on a new connection for the streams the old one cut: each is sent again and
        its first answer awaited (so that `forget` sees the new stream's id), or ended."""
        wait = self.timeout if self.timeout is not None else 30.0
        with self._resume_lock:
            for inbox in inboxes:
                if inbox.ended:
                    continue
                call = self._call(inbox.label)
                try:
                    self._check_auth(call)
                except ApiError as error:
                    inbox.end(error)  # raised from the subscription's iteration
                    continue
                self._resubscribe(transport, inbox, call, wait)

    def _resubscribe(
        self, transport: WebSocketTransport, inbox: Inbox, call: Call, wait: float
    ) -> None:
        """Sends a cut stream's request again and waits for its first answer; a `RateLimit`
        answer is held back and the request sent again after a `backoff` wait, at most
        `retries` times (then the subscription gets that answer, and ends with it)."""
        attempt = 0
        while True:
            refusals: list[Message] = []

            def screen(message: Message, refusals: list[Message] = refusals) -> bool:
                if _rate_limited(message):
                    refusals.append(message)
                    return False
                return True

            inbox.screen = screen if attempt < self._retries else None
            try:
                transport.resume(inbox)
            except ConnectionLost:
                return  # the new connection is gone too: tried again later
            if not inbox.wait_answered(wait):
                inbox.screen = None
                log.warning("%s: no answer after subscribing again", call.name)
                return
            if not refusals:
                return
            attempt += 1
            log.info("%s: rate limited, subscribing again (attempt %d)", call.name, attempt)
            time.sleep(self.backoff.delay(attempt))

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
        stream_id = _stream_id(message)
        if stream_id is not None:
            with self._lock:
                self._streams[stream_id] = subscription
                self._stream_ids.setdefault(subscription, set()).add(stream_id)

    def _forget_stream(self, subscription: Subscription[Any], inbox: Inbox) -> None:
        with self._resume_lock:
            connected = inbox.connected
            # Unread messages may name more stream ids (a request can open several streams).
            for message in inbox.drain():
                self._track(subscription, message)
            inbox.close()
            with self._lock:
                ids = sorted(self._stream_ids.pop(subscription, ()))
                for stream_id in ids:
                    self._streams.pop(stream_id, None)
        if connected:  # (otherwise the server dropped the stream along with the connection)
            self._send_forget(ids)

    def _send_forget(self, ids: list[str]) -> None:
        """Asks the server to stop the streams `ids`, on the current connection only."""
        transport = self._transport
        if transport is None:
            return
        for stream_id in ids:
            try:
                answer = transport.exchange(
                    {"forget": stream_id}, "forget", self.timeout, reopen=False
                )
            except TransportError as error:
                log.debug("forget: %s", error)
                return
            if "error" in answer:
                refusal = answer["error"]
                code = refusal.get("code") if isinstance(refusal, dict) else None
                log.debug("forget: the server refused (%s)", code)

    def _forget_late(self, inbox: Inbox) -> None:
        """Watches the inbox of a subscribe that timed out: if its answer comes after all,
        the stream it started is forgotten at once, so the server does not stream to nobody
        and a new subscribe to the same stream is not refused as a duplicate. The inbox ends
        with the answer, or with its connection (it is never sent again)."""
        if not inbox.connected:  # its connection is gone, and the server's stream with it
            inbox.close()
            return
        inbox.resumable = False
        once = threading.Lock()

        def late(message: Message) -> bool:
            if not once.acquire(blocking=False):
                return False
            inbox.close()
            stream_id = _stream_id(message)
            if stream_id is not None:  # (in websockets' receiving thread: forget elsewhere)
                threading.Thread(
                    target=self._send_forget,
                    args=([stream_id],),
                    name="binary-com-forget-late",
                    daemon=True,
                ).start()
            return False

        inbox.screen = late
        for message in inbox.drain():  # answered just as the wait ran out
            late(message)

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


def _import_build_message(call: Call, args: Mapping[str, Any]) -> Message:
    """`_message.build_message`, imported on the first call (it brings in attrs) and bound
    in its place, so later calls skip the import statement."""
    global _build_message
    from ..websocket.message import build_message

    _build_message = build_message
    return build_message(call, args)


_build_message: Callable[[Call, Mapping[str, Any]], Message] = _import_build_message


def _timed_out(call: Call, failure: RequestTimeout, limit: float | None) -> RequestTimeout:
    """The error for a call that ran out of time: its own timeout, or the open timeout when
    that is what ran out (each says how long it was)."""
    from ..websocket.transport import OpenTimeout

    if isinstance(failure, OpenTimeout) or limit is None:
        return RequestTimeout(f"{call.name}: {failure}")
    return RequestTimeout(f"{call.name}: no answer within {limit:g} s")


def _weakly(method: Callable[..., None]) -> Callable[..., None]:
    """`method`, called through a weak reference to its object (nothing once it is gone)."""
    reference = weakref.WeakMethod(method)

    def call(*args: Any) -> None:
        target = reference()
        if target is not None:
            target(*args)

    return call


def _release(transport: WebSocketTransport, name: str) -> None:
    """Runs when a session is garbage-collected: an open connection is closed (in a thread
    of its own: a finalizer may run in any thread, holding any lock), with a warning, as
    for an unclosed file."""
    if transport.closed:
        return
    if transport.connected or transport.reconnecting:
        warnings.warn(f"unclosed {name}: call close()", ResourceWarning, stacklevel=2)
    threading.Thread(target=transport.close, name="binary-com-release", daemon=True).start()


def _left(deadline: float | None, default: float | None) -> float | None:
    """The time left before `deadline` (`default` when there is none)."""
    if deadline is None:
        return default
    return max(0.0, deadline - time.monotonic())


def _strings(value: Any, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, list):
        for item in value:
            _strings(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, found)


def _redact(error: DecodeError, values: list[str]) -> None:
    """Replaces secret values in a DecodeError's message and path with "<redacted>"."""
    for secret in sorted({value for value in values if value}, key=len, reverse=True):
        error.message = error.message.replace(secret, "<redacted>")
        error.path = tuple(
            part.replace(secret, "<redacted>") if isinstance(part, str) else part
            for part in error.path
        )
    error.args = (error.message,)


def _stream_id(message: Message) -> str | None:
    """The id of the stream a message belongs to, if it names one."""
    info = message.get("subscription")
    stream_id = info.get("id") if isinstance(info, dict) else None
    return stream_id if isinstance(stream_id, str) else None


def _rate_limited(answer: Message) -> bool:
    error = answer.get("error")
    return isinstance(error, dict) and error.get("code") == "RateLimit"


def _ping() -> dict[str, Any]:
    return {"ping": 1}
