"""HTTP transport: argument checks, the request, retries and turning answers into results.

One urllib3 pool per client, verifying certificates unless told not to. Every attempt has a
deadline: connecting, sending and every read of the answer together take at most the
timeout (urllib3's own read timeout applies to each read only, so the sockets of this pool
cut each read short at the deadline). An answer's body is read up to a size cap. Requests
are retried only when the route is safe to repeat (`x-idempotent` in the spec) and only
after a connection failure (not a refused certificate or a body too large), a timeout, a
429 or a 5xx; the wait honours Retry-After and otherwise
backs off exponentially with jitter. On top of the per-call limit, a `RetryBudget` shared by
all calls of a client caps retries at a fraction of the requests plus a small floor, so a
failing server gets a trickle of retries rather than a multiple of the normal load.
"""

from __future__ import annotations

import base64
import math
import random
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Generic, Literal, Protocol, TypeGuard, TypeVar
from urllib.parse import quote, urlencode

import attrs
import orjson
import urllib3

from ..core import exact_json, validate
from ..core.errors import ClientError, DecodeError, RequestTimeout, TransportError, ValidationError
from ..core.logs import package_logger
from ..core.types import UNSET
from .errors import ResponseTooLarge, header
from .errors import retry_after as retry_after_seconds
from .oauth2 import TokenSource, resolve_token_url

log = package_logger(__name__)

T = TypeVar("T")

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
DEFAULT_MAX_BODY = 16 * 1024 * 1024
"""The largest answer body a client reads by default (bytes, after decompression)."""
_CHUNK = 64 * 1024
# A path value URL normalisation would drop or collapse, sending the request elsewhere.
_DOT_SEGMENTS = frozenset({"", ".", ".."})
# What a header value may hold: printable Latin-1, no control characters or line breaks.
_HEADER_UNSAFE = re.compile(r"[^\x20-\x7e\xa0-\xff]")
# The methods and paths `HttpTransport.request` sends.
_RAW_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
_PATH_UNSAFE = re.compile(r"[^\x21-\x7e]|[?#\\]")


@attrs.frozen
class Param:
    """One argument of a route: Python name, wire name, where it goes, and its check."""

    name: str
    wire_name: str
    location: Literal["path", "query", "header", "cookie", "body"]
    required: bool
    check: validate.Check
    style: Literal["form", "simple", "spaceDelimited", "pipeDelimited", "deepObject"] = "form"
    """How a list or an object is written in the query (OpenAPI `style`, `explode`)."""
    explode: bool = True


@attrs.frozen
class Route:
    name: str
    method: str
    path: str
    params: tuple[Param, ...]
    body: Literal[
        "none", "json-object", "json-array", "json-value", "form", "multipart", "text", "bytes"
    ]
    decode: Callable[[Any], Any] | None
    auth: Literal["none", "signed", "oauth", "token"]
    idempotent: bool
    server: str | None = None
    paging: tuple[str, str, str, str] | None = None
    extra_params: bool = False
    rules: tuple[validate.RequiredWhen, ...] = ()
    security: tuple[tuple[str, ...], ...] = ()
    """The spec's security requirement: alternatives of scheme names needed together."""
    content_type: str | None = None
    """The media type of a text or bytes body."""
    answer: Literal["json", "text", "bytes"] = "json"
    """How a success answer is read: parsed JSON, text (UTF-8) or the bytes as they came."""
    accept: str | None = None
    """The Accept header when the answer is JSON of another media type (`...+json`)."""
    errors: Mapping[str, Callable[[Any], Any]] | None = None
    """Decoders of error answers by status: "404", "4XX" or "default"."""


@attrs.frozen
class PreparedRequest:
    """A request as it will be sent: what a signer sees and signs."""

    method: str
    url: str
    path_with_query: str
    headers: dict[str, str]
    body: bytes | None


class Authenticator(Protocol):
    """Adds credentials to a request right before each attempt (so signatures stay fresh)."""

    def apply(self, route: Route, request: PreparedRequest) -> None: ...


class ErrorMapper(Protocol):
    """Turns an error answer into the API's typed exception, or None for a success."""

    def __call__(
        self, status: int, headers: Mapping[str, str], data: Any
    ) -> ClientError | None: ...


@attrs.define
class Page(Generic[T]):
    """One page of a cursor-paged list and the cursors to reach its neighbours."""

    items: list[T]
    before: str | None
    after: str | None

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]


@attrs.frozen
class RetryPolicy:
    """How many times a safe request is retried, and how long to wait in between.

    A Retry-After longer than `max_wait` is not waited for: the error is raised at once,
    carrying the server's hint.
    """

    retries: int = 2
    backoff: float = 0.25
    max_backoff: float = 8.0
    max_wait: float = 30.0

    def __attrs_post_init__(self) -> None:
        if self.retries.__class__ is not int or self.retries < 0:
            raise ValidationError("retries", "must be an integer >= 0")
        for name in ("backoff", "max_backoff", "max_wait"):
            value = getattr(self, name)
            if not _is_number(value) or not 0 <= value < math.inf:
                raise ValidationError(name, "must be a finite number of seconds >= 0")

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return retry_after
        ceiling = min(self.max_backoff, self.backoff * (2**attempt))
        return random.uniform(ceiling / 2, ceiling)


class RetryBudget:
    """A token bucket that bounds the retries of every call sharing it.

    The bucket starts with `floor` tokens and holds at most that many (one, if `floor` is 0).
    Each request (its first attempt) adds `ratio` of a token; each retry takes a whole one,
    and a retry is only made when a token is there. So over any stretch of time,
    retries <= floor + ratio * requests:
    with the defaults, a server that fails everything sees at most 10 retries, then one
    retry for every five requests, instead of three attempts per call. Successful requests
    refill the bucket. One budget belongs to each client; give the same instance to several
    clients to share it. Thread-safe; `requests`, `retries` and `refused` count what it saw.
    """

    def __init__(self, ratio: float = 0.2, floor: int = 10) -> None:
        if not _is_number(ratio) or not 0 <= ratio <= 1:
            raise ValidationError("ratio", "must be a number between 0 and 1")
        if floor.__class__ is not int or floor < 0:
            raise ValidationError("floor", "must be an integer >= 0")
        self.ratio = float(ratio)
        self.floor = floor
        self._tokens = float(floor)
        self._capacity = float(max(floor, 1))
        self._lock = threading.Lock()
        self.requests = 0
        self.retries = 0
        self.refused = 0

    def __repr__(self) -> str:
        return (
            f"RetryBudget(ratio={self.ratio!r}, floor={self.floor!r}, tokens={self.tokens:.2f}, "
            f"requests={self.requests}, retries={self.retries}, refused={self.refused})"
        )

    @property
    def tokens(self) -> float:
        """The retries that could be made right now (fractions accumulate)."""
        with self._lock:
            return self._tokens

    def record_request(self) -> None:
        """A new request (not a retry) was made: it earns `ratio` of a retry."""
        with self._lock:
            self.requests += 1
            self._tokens = min(self._capacity, self._tokens + self.ratio)

    def try_retry(self) -> bool:
        """Takes a token for one retry; False (and nothing taken) when the bucket is empty."""
        with self._lock:
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                self.retries += 1
                return True
            self.refused += 1
            return False


_DEADLINE = threading.local()
"""`at`: the time.monotonic() by which this thread's current attempt must be over."""


def _bounded(sock: socket.socket, operation: Callable[..., T], *args: Any) -> T:
    """Runs one socket operation with its timeout cut to what is left of the deadline."""
    at: float | None = getattr(_DEADLINE, "at", None)
    if at is None:
        return operation(*args)
    left = at - time.monotonic()
    if left <= 0:
        raise TimeoutError("the deadline of the call has passed")
    previous = sock.gettimeout()
    sock.settimeout(left if previous is None else min(previous, left))
    try:
        return operation(*args)
    finally:
        sock.settimeout(previous)


class _DeadlineSocket(socket.socket):
    """A plain socket whose sends and receives end at the current attempt's deadline."""

    __slots__ = ()

    def recv(self, *args: Any) -> bytes:
        return _bounded(self, super().recv, *args)

    def recv_into(self, *args: Any) -> int:
        return _bounded(self, super().recv_into, *args)

    def send(self, *args: Any) -> int:
        return _bounded(self, super().send, *args)

    def sendall(self, *args: Any) -> None:
        return _bounded(self, super().sendall, *args)


class _DeadlineSSLSocket(ssl.SSLSocket):
    """A TLS socket whose sends and receives end at the current attempt's deadline."""

    def recv(self, *args: Any) -> bytes:
        return _bounded(self, super().recv, *args)

    def recv_into(self, *args: Any) -> int:
        return _bounded(self, super().recv_into, *args)

    def send(self, *args: Any) -> int:
        return _bounded(self, super().send, *args)

    def sendall(self, *args: Any) -> None:
        return _bounded(self, super().sendall, *args)


def _watch_deadline(sock: object) -> None:
    # Same memory layout, extra methods only: the socket keeps working as before when no
    # deadline is set (another kind of socket, e.g. TLS in TLS, is left as it is).
    if type(sock) is socket.socket:
        sock.__class__ = _DeadlineSocket
    elif type(sock) is ssl.SSLSocket:
        sock.__class__ = _DeadlineSSLSocket


class _HTTPConnection(urllib3.connection.HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _watch_deadline(self.sock)


class _HTTPSConnection(urllib3.connection.HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _watch_deadline(self.sock)


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = _HTTPConnection


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _HTTPSConnection


@attrs.frozen
class SecurityScheme:
    """Where one of the spec's security schemes puts its credential."""

    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"] = "header"
    name: str = "Authorization"
    token_urls: tuple[tuple[str, str], ...] = ()
    """OAuth 2: the spec's token URL by flow, for a token source given instead of a token."""


class Credentials:
    """The secrets a client was given, by security scheme name, added to the routes that
    ask for them. Values are checked once, here, and never shown: the repr names the schemes
    only, errors name the argument."""

    def __init__(
        self,
        schemes: Mapping[str, SecurityScheme],
        values: Mapping[str, tuple[str, object]],
        *,
        base_url: str = "",
    ) -> None:
        """`values`: scheme name -> (constructor argument, credential or None). A bearer
        scheme's credential may be a token source (`oauth2.ClientCredentials`...), asked for
        the token before each attempt; relative token URLs are read against `base_url`."""
        self._schemes = dict(schemes)
        self._values: dict[str, str] = {}
        self._sources: dict[str, TokenSource] = {}
        for scheme_name, (argument, value) in values.items():
            scheme = self._schemes[scheme_name]
            if scheme.kind == "bearer" and _is_token_source(value):
                source: TokenSource = value  # type: ignore[assignment]
                source.use_spec_urls(
                    {flow: resolve_token_url(base_url, url) for flow, url in scheme.token_urls}
                )
                self._sources[scheme_name] = source
            elif value is not None:
                self._values[scheme_name] = self._wire_value(scheme, argument, value)

    @staticmethod
    def _wire_value(scheme: SecurityScheme, argument: str, value: object) -> str:
        if scheme.kind == "basic":
            if (
                not isinstance(value, tuple)
                or len(value) != 2
                or not all(isinstance(part, str) for part in value)
            ):
                raise ValidationError(argument, "must be a (username, password) tuple of strings")
            if ":" in value[0]:
                raise ValidationError(argument, "the username must not contain ':'")
            token = base64.b64encode(f"{value[0]}:{value[1]}".encode()).decode("ascii")
            return "Basic " + token
        if not isinstance(value, str) or not value:
            raise ValidationError(
                argument, f"must be a non-empty string, got {type(value).__name__}"
            )
        if scheme.kind == "bearer":
            return check_header_value(argument, "Bearer " + value)
        if scheme.location == "query":
            return value
        if scheme.location == "cookie":
            return _cookie_value(argument, value)
        return check_header_value(argument, value)

    def __repr__(self) -> str:
        return f"Credentials(given={sorted({*self._values, *self._sources})!r})"

    def __reduce__(self) -> Any:
        raise TypeError("Credentials hold secrets; not picklable")

    def apply(self, route: Route, query: list[tuple[str, str]], headers: dict[str, str]) -> None:
        """Adds the credentials of the first alternative of `route.security` that was given
        in full; a route needing credentials none of which were given is refused."""
        if not route.security:
            return
        alternative = self._chosen(route)
        if alternative is not None:
            for name in alternative:
                if name in self._values:
                    self._add(name, query, headers)
            return
        if () in route.security:
            return  # credentials are optional here
        needed = " or ".join(" + ".join(alternative) for alternative in route.security)
        raise ValidationError("credentials", f"{route.name} needs {needed}; none were given")

    def _chosen(self, route: Route) -> tuple[str, ...] | None:
        """The first alternative of the route's requirement whose credentials were all given."""
        for alternative in route.security:
            if alternative and all(
                name in self._values or name in self._sources for name in alternative
            ):
                return alternative
        return None

    def _route_sources(self, route: Route) -> list[tuple[SecurityScheme, TokenSource]]:
        alternative = self._chosen(route) if route.security else None
        return [
            (self._schemes[name], self._sources[name])
            for name in alternative or ()
            if name in self._sources
        ]

    def authorize(self, route: Route, request: PreparedRequest) -> None:
        """Right before each attempt: the current access token of each token source the
        route uses (fetched or refreshed by the source when needed)."""
        for scheme, source in self._route_sources(route):
            request.headers[scheme.name] = check_header_value(
                scheme.name, "Bearer " + source.access_token()
            )

    def renew(
        self,
        route: Route,
        request: PreparedRequest,
        status: int,
        headers: Mapping[str, str],
        data: Any,
    ) -> bool:
        """After a 401 saying `invalid_token` (in WWW-Authenticate as RFC 6750 has it, or as
        the body's `error`): drops the tokens the request carried; True when the request may
        be sent once more with fresh ones."""
        sources = self._route_sources(route)
        challenge = header(headers, "WWW-Authenticate") or ""
        said = "invalid_token" in challenge or (
            isinstance(data, dict) and data.get("error") == "invalid_token"
        )
        if status != 401 or not sources or not said:
            return False
        renewed = False
        for scheme, source in sources:
            sent = request.headers.get(scheme.name, "")
            renewed = source.invalidate(sent.removeprefix("Bearer ")) or renewed
        return renewed

    def _add(self, name: str, query: list[tuple[str, str]], headers: dict[str, str]) -> None:
        scheme, value = self._schemes[name], self._values[name]
        if scheme.location == "query":
            query.append((scheme.name, value))
        elif scheme.location == "cookie":
            _add_cookie(headers, scheme.name, value)
        else:
            headers[scheme.name] = value


def _is_token_source(value: object) -> bool:
    return all(
        callable(getattr(value, name, None))
        for name in ("access_token", "invalidate", "use_spec_urls")
    )


class _NoAuth:
    def apply(self, route: Route, request: PreparedRequest) -> None:
        return None


@attrs.frozen(kw_only=True)
class HttpOptions:
    """How a REST client talks to its server, as one value: a generated client builds it from
    its own arguments and hands it to the transport unchanged."""

    timeout: float | urllib3.Timeout = 10.0
    """Seconds (or a urllib3.Timeout) an attempt may take, unless a call gives its own."""
    retry: RetryPolicy = attrs.field(factory=lambda: RetryPolicy())
    """How safe routes are tried again."""
    retry_budget: RetryBudget | None = None
    """Shared by the client's calls so retries stay a fraction of requests; None: its own."""
    verify_tls: bool = True
    """Whether server certificates are checked (turn off only by name)."""
    ca_certs: str | None = None
    """A file of extra certificate authorities to trust."""
    pool_size: int = 10
    """Connections kept open per host."""
    user_agent: str = ""
    """Sent as User-Agent when not empty."""
    max_body: int = DEFAULT_MAX_BODY
    """The most bytes of an answer read before `ResponseTooLarge`."""


class HttpTransport:
    """Sends routes' requests through one urllib3 pool and decodes the answers."""

    # Arguments whose names hold one of these words carry secrets: an error message that
    # quotes their values has them removed (see `secrets_sent`).
    secret_words: tuple[str, ...] = ("password", "passphrase", "secret", "token", "pwd")

    def __init__(
        self,
        base_url: str,
        *,
        routes: Callable[[], Mapping[str, Route]],
        errors: ErrorMapper,
        authenticator: Authenticator | None = None,
        options: HttpOptions | None = None,
        sleep: Callable[[float], None] = time.sleep,
        operation_servers: bool = True,
    ) -> None:
        options = options if options is not None else HttpOptions()
        # Whether a route's own server (the spec's per-operation `servers`) is used; off,
        # every request goes to `base_url` (a client pointed at a simulator or a proxy).
        self.operation_servers = operation_servers
        if options.max_body.__class__ is not int or options.max_body < 1:
            raise ValidationError("max_body", "must be a positive integer number of bytes")
        self.max_body = options.max_body
        self.base_url = base_url.rstrip("/")
        self._routes_loader = routes
        self._routes: Mapping[str, Route] | None = None
        self._errors = errors
        self.authenticator: Authenticator = authenticator or _NoAuth()
        self._timeout = client_timeout(options.timeout)
        self._retry = options.retry
        budget = options.retry_budget
        self.retry_budget = budget if budget is not None else RetryBudget()
        self._sleep = sleep
        pool_options: dict[str, Any] = {"maxsize": options.pool_size, "retries": False}
        if options.verify_tls:
            pool_options["cert_reqs"] = "CERT_REQUIRED"
            if options.ca_certs is not None:
                pool_options["ca_certs"] = options.ca_certs
        else:
            pool_options["cert_reqs"] = "CERT_NONE"
        self._pool = urllib3.PoolManager(**pool_options)
        self._pool.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
        self._user_agent = options.user_agent
        self.credentials: Credentials | None = None
        """Added to the routes whose spec asks for them (generic clients)."""

    def __repr__(self) -> str:
        return f"HttpTransport(base_url={self.base_url!r})"

    def __reduce__(self) -> Any:
        raise TypeError(f"{type(self).__name__} holds connections and credentials; not picklable")

    @property
    def timeout(self) -> urllib3.Timeout:
        """The connect and read timeouts of calls that do not give their own."""
        return self._timeout

    @property
    def deadline(self) -> float:
        """Seconds an attempt of a call that gives no timeout may take in all."""
        return deadline_of(self._timeout)

    def close(self) -> None:
        self._pool.clear()

    def secrets_sent(
        self,
        route: Route,
        args: Mapping[str, Any],
        extra_params: Mapping[str, Any] | None = None,
    ) -> list[str]:
        """Values a request carried under secret names, named or free-form arguments
        alike: what an error answer must not echo back."""
        found = [
            value
            for param in route.params
            if self._is_secret_name(param.name)
            for value in (args.get(param.name),)
            if isinstance(value, str)
        ]
        found.extend(
            str(value)
            for name, value in (extra_params or {}).items()
            if self._is_secret_name(str(name)) and value is not None
        )
        return found

    def _is_secret_name(self, name: str) -> bool:
        lowered = name.lower()
        return any(word in lowered for word in self.secret_words)

    def route(self, operation_id: str) -> Route:
        if self._routes is None:
            self._routes = self._routes_loader()
        return self._routes[operation_id]

    # -- building requests ---------------------------------------------------------------

    def prepare(
        self,
        route: Route,
        args: Mapping[str, Any],
        extra_params: Mapping[str, Any] | None = None,
    ) -> PreparedRequest:
        """Checks every argument, then builds the URL, headers and body it will send."""
        path = route.path
        query: list[tuple[str, str]] = []
        accept = (route.accept or "application/json") if route.answer == "json" else "*/*"
        headers: dict[str, str] = {"Accept": accept}
        if self._user_agent:
            headers["User-Agent"] = self._user_agent
        body: Any = None
        for param in route.params:
            # Before any other check, so the error names the field whatever else is wrong.
            if param.location == "path":
                _check_path_value(param.name, args.get(param.name))
        for param in route.params:
            value = args.get(param.name)
            if value is None or value is UNSET:
                if param.required and value is not None:
                    raise ValidationError(param.name, "is required")
                if param.required and not _nullable(param):
                    raise ValidationError(param.name, "is required")
                if not param.required:
                    continue
            wire = param.check(value, param.name)
            if param.location == "path":
                text = _simple(wire)
                _check_path_value(param.name, text)
                path = path.replace("{" + param.wire_name + "}", quote(text, safe=""))
            elif param.location == "query":
                query.extend(query_pairs(param, wire))
            elif param.location == "header":
                headers[param.wire_name] = check_header_value(param.name, _simple(wire))
            elif param.location == "cookie":
                _add_cookie(headers, param.wire_name, _cookie_value(param.name, _simple(wire)))
            elif route.body in ("json-array", "json-value", "text", "bytes"):
                body = wire
            else:
                if body is None:
                    body = {}
                body[param.wire_name] = wire
        for rule in route.rules:
            rule.check(
                body if isinstance(body, dict) else {}, lambda wire: _param_name(route, wire)
            )
        if extra_params:
            if not route.extra_params:
                raise ValidationError("extra_params", f"{route.name} takes no extra parameters")
            for key, value in extra_params.items():
                if route.method == "GET":
                    query.append((key, _text(value)))
                else:
                    body = {} if body is None else body
                    body[key] = value
        if self.credentials is not None:
            self.credentials.apply(route, query, headers)
        path_with_query = path + ("?" + urlencode(query, quote_via=quote) if query else "")
        payload: bytes | None = None
        if route.body == "form":
            payload = urlencode(body or {}, quote_via=quote).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        elif route.body == "multipart":
            payload, headers["Content-Type"] = _multipart(body or {})
        elif route.body in ("text", "bytes"):
            payload = body.encode() if isinstance(body, str) else body
            default = (
                "text/plain; charset=utf-8" if route.body == "text" else "application/octet-stream"
            )
            headers["Content-Type"] = route.content_type or default
        elif route.body in ("json-array", "json-value") and body is None:
            pass  # an optional whole-body argument left out: no body at all, not `{}`
        elif route.body != "none" or route.method in ("POST", "PUT", "PATCH"):
            payload = orjson.dumps(body if body is not None else {})
            headers["Content-Type"] = "application/json"
        own_server = route.server if self.operation_servers else None
        base = own_server.rstrip("/") if own_server else self.base_url
        return PreparedRequest(
            route.method, base + path_with_query, path_with_query, headers, payload
        )

    # -- sending -------------------------------------------------------------------------

    def call(
        self,
        operation_id: str,
        args: Mapping[str, Any],
        *,
        timeout: float | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> Any:
        """Sends one route's request and returns its decoded result."""
        route = self.route(operation_id)
        _status, headers, data = self.send(route, args, timeout=timeout, extra_params=extra_params)
        result = self._decode(route, data)
        if route.paging is not None:
            return Page(result, headers.get(route.paging[3]), headers.get(route.paging[2]))
        return result

    def iterate(
        self,
        operation_id: str,
        args: Mapping[str, Any],
        *,
        timeout: float | None = None,
    ) -> Iterator[Any]:
        """Every item of a cursor-paged list, fetching older pages until none is left."""
        route = self.route(operation_id)
        assert route.paging is not None, f"{route.name} is not paged"
        after_param = route.paging[0]
        arguments = dict(args)
        seen: set[str] = set()
        while True:
            page = self.call(operation_id, arguments, timeout=timeout)
            yield from page.items
            cursor = page.after
            if not page.items or not cursor or cursor in seen:
                return
            seen.add(cursor)
            arguments[_param_name(route, after_param)] = cursor

    def send(
        self,
        route: Route,
        args: Mapping[str, Any],
        *,
        timeout: float | None = None,
        extra_params: Mapping[str, Any] | None = None,
    ) -> tuple[int, Mapping[str, str], Any]:
        return self.exchange(route, self.prepare(route, args, extra_params), timeout)

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
        """The escape hatch: a request to any path of the server, for routes or fields the
        spec lacks. Nothing is checked but the shape of the request; the answer comes back
        as parsed JSON, not decoded. Error answers raise like other calls; the request is
        retried like a safe route only when it is a GET (any other method is sent once)."""
        route, request = self.prepare_raw(method, path, params, body, auth)
        return self.exchange(route, request, timeout)[2]

    def prepare_raw(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        body: Any,
        auth: Literal["none", "signed", "oauth", "token"],
    ) -> tuple[Route, PreparedRequest]:
        """The route and request `request` sends (ValidationError naming the argument at
        fault, before anything is sent)."""
        if not isinstance(method, str) or method.upper() not in _RAW_METHODS:
            raise ValidationError("method", f"must be one of {', '.join(_RAW_METHODS)}")
        method = method.upper()
        if (
            not isinstance(path, str)
            or not path.startswith("/")
            or path.startswith("//")
            or _PATH_UNSAFE.search(path) is not None
            or any(part in (".", "..") for part in path.split("/"))
        ):
            raise ValidationError(
                "path",
                "must be an absolute path like /api/spot/v3/accounts: no host, query, "
                "fragment, spaces, control characters or '.'/'..' segments",
            )
        query: list[tuple[str, str]] = []
        if params is not None:
            if not isinstance(params, Mapping):
                raise ValidationError("params", "must be a mapping of names to values")
            for key, value in params.items():
                if not isinstance(key, str) or not key:
                    raise ValidationError("params", "names must be non-empty strings")
                if value is None:
                    continue
                if isinstance(value, (dict, list, tuple, set, bytes)):
                    raise ValidationError(
                        f"params.{key}", f"must be a single value, got {type(value).__name__}"
                    )
                query.append((key, _text(value)))
        headers: dict[str, str] = {"Accept": "application/json"}
        if self._user_agent:
            headers["User-Agent"] = self._user_agent
        payload: bytes | None = None
        if body is not None:
            if method == "GET":
                raise ValidationError("body", "a GET request carries no body: use params")
            try:
                payload = orjson.dumps(body, default=_json_default)
            except TypeError as error:
                raise ValidationError("body", f"must be JSON-serialisable ({error})") from None
        elif method in ("POST", "PUT", "PATCH"):
            payload = b"{}"
        if payload is not None:
            headers["Content-Type"] = "application/json"
        path_with_query = path + ("?" + urlencode(query, quote_via=quote) if query else "")
        route = Route(
            name=f"{method} {path}",
            method=method,
            path=path,
            params=(),
            body="none" if payload is None else "json-object",
            decode=None,
            auth=auth,
            idempotent=method == "GET",
        )
        request = PreparedRequest(
            method, self.base_url + path_with_query, path_with_query, headers, payload
        )
        return route, request

    def exchange(
        self, route: Route, request: PreparedRequest, timeout: float | None
    ) -> tuple[int, Mapping[str, str], Any]:
        """Sends a prepared request, and again while the retry rules allow; returns the
        status, headers and parsed body of the answer, or raises its error."""
        call_timeout = None if timeout is None else _call_timeout(timeout)
        self.retry_budget.record_request()
        attempt = 0
        recovered = False
        while True:
            retry_after: float | None = None
            try:
                status, headers, data = self._attempt(route, request, call_timeout)
            except TransportError as failure:
                # A refused certificate stays refused: trying again only repeats it.
                refused = isinstance(failure.__cause__, urllib3.exceptions.SSLError)
                # So does an answer too large to read.
                refused = refused or isinstance(failure, ResponseTooLarge)
                if refused or not self._may_retry(route, attempt):
                    raise
                log.debug(
                    "%s: %s, retrying (attempt %d)", route.name, type(failure).__name__, attempt + 1
                )
            else:
                error = self._errors(status, headers, data)
                if error is None:
                    return status, headers, data
                if route.errors:
                    _type_error_body(route, status, data, error)
                answer = (status, headers, data)
                if not recovered and (
                    self._recover(route, error) or self._renew_token(route, request, answer)
                ):
                    # The cause is fixed on our side (e.g. the clock): once, without waiting.
                    recovered = True
                    log.debug("%s: %s, sending once more", route.name, type(error).__name__)
                    continue
                if status not in _RETRY_STATUSES:
                    raise error
                retry_after = retry_after_seconds(headers)
                if retry_after is not None and retry_after > self._retry.max_wait:
                    raise error
                if not self._may_retry(route, attempt):
                    raise error
                log.debug("%s: HTTP %d, retrying (attempt %d)", route.name, status, attempt + 1)
            self._sleep(self._retry.delay(attempt, retry_after))
            attempt += 1

    def _may_retry(self, route: Route, attempt: int) -> bool:
        """Safe routes only, within the per-call limit, and while the budget has a token."""
        if not route.idempotent or attempt >= self._retry.retries:
            return False
        if self.retry_budget.try_retry():
            return True
        log.debug("%s: retry budget spent, not retrying", route.name)
        return False

    def _renew_token(
        self,
        route: Route,
        request: PreparedRequest,
        answer: tuple[int, Mapping[str, str], Any],
    ) -> bool:
        """Whether an OAuth 2 token the server refused was dropped, so a fresh one can go."""
        return self.credentials is not None and self.credentials.renew(route, request, *answer)

    def _recover(self, route: Route, error: ClientError) -> bool:
        """Whether the request may be sent once more at once, after an error answer whose
        cause the transport could fix itself (no general recovery; subclasses add theirs)."""
        return False

    def _attempt(
        self, route: Route, request: PreparedRequest, timeout: urllib3.Timeout | None
    ) -> tuple[int, Mapping[str, str], Any]:
        self.authenticator.apply(route, request)
        if self.credentials is not None:
            self.credentials.authorize(route, request)
        log.debug("%s %s", request.method, request.url.split("?", 1)[0])
        limits = self._timeout if timeout is None else timeout
        seconds = deadline_of(limits)
        outer: float | None = getattr(_DEADLINE, "at", None)
        deadline = _DEADLINE.at = time.monotonic() + seconds
        try:
            response = self._pool.request(
                request.method,
                request.url,
                body=request.body,
                headers=request.headers,
                timeout=limits,
                redirect=False,
                retries=False,
                preload_content=False,
            )
            raw = self._read_body(route, response)
        except urllib3.exceptions.NewConnectionError as error:
            # A subclass of ConnectTimeoutError, but nothing timed out: no connection was made.
            raise TransportError(f"{route.name}: could not connect to the server") from error
        except urllib3.exceptions.TimeoutError as error:
            raise RequestTimeout(
                f"{route.name}: no complete answer within {seconds:g} seconds"
            ) from error
        except urllib3.exceptions.HTTPError as error:
            if time.monotonic() >= deadline:
                # The deadline cut a send short: urllib3 calls that an aborted connection.
                raise RequestTimeout(
                    f"{route.name}: no complete answer within {seconds:g} seconds"
                ) from error
            raise TransportError(f"{route.name}: {type(error).__name__}") from error
        finally:
            _DEADLINE.at = outer
        return response.status, response.headers, self._parse(route, response.status, raw)

    def _read_body(self, route: Route, response: urllib3.BaseHTTPResponse) -> bytes:
        """The whole body, or ResponseTooLarge past `max_body` bytes (the connection is then
        closed rather than read to its end)."""
        complete = False
        try:
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > self.max_body:
                raise self._too_large(route)
            chunks: list[bytes] = []
            size = 0
            for chunk in response.stream(_CHUNK):
                size += len(chunk)
                if size > self.max_body:
                    raise self._too_large(route)
                chunks.append(chunk)
            complete = True
            return b"".join(chunks)
        finally:
            if not complete:
                response.close()
            response.release_conn()

    def _too_large(self, route: Route) -> ResponseTooLarge:
        return ResponseTooLarge(
            f"{route.name}: the answer is larger than max_body ({self.max_body} bytes)"
        )

    @staticmethod
    def _parse(route: Route, status: int, raw: bytes) -> Any:
        if route.answer == "bytes" and status < 400:
            return raw
        if route.answer == "text" and status < 400:
            return raw.decode("utf-8", "replace")
        if not raw:
            return None
        try:
            return exact_json.loads(raw)  # numbers a float cannot hold are kept exact
        except exact_json.NumberOutOfRange as out_of_range:
            error = DecodeError(str(out_of_range))
            error.operation = route.name
            raise error from None
        except ValueError:
            if status >= 400:
                return raw.decode("utf-8", "replace")[:200]
            error = DecodeError("the body is not valid JSON")
            error.operation = route.name
            raise error from None

    @staticmethod
    def _decode(route: Route, data: Any) -> Any:
        if route.decode is None:
            return data
        try:
            return route.decode(data)
        except DecodeError as error:
            error.operation = route.name
            raise


def client_timeout(timeout: float | urllib3.Timeout) -> urllib3.Timeout:
    """A client's timeouts: seconds for a whole attempt, or a urllib3.Timeout that bounds
    connecting and reading (waiting forever is refused)."""
    if isinstance(timeout, urllib3.Timeout):
        connect = timeout.connect_timeout
        # With a total, the read timeout is what remains of it (read_timeout needs a timer).
        read = timeout.total if _is_seconds(timeout.total) else timeout.read_timeout
        if _is_seconds(connect) and _is_seconds(read):
            return timeout
        raise ValidationError("timeout", "must bound both connecting and reading")
    if not _is_seconds(timeout):
        raise ValidationError("timeout", "must be a positive, finite number of seconds")
    # The number bounds connecting, each read and, as the total, the whole attempt.
    return urllib3.Timeout(connect=timeout, read=timeout, total=timeout)


def deadline_of(timeout: urllib3.Timeout) -> float:
    """Seconds an attempt may take in all: the total when given, else connect plus read."""
    total = timeout.total
    if _is_seconds(total):
        return float(total)  # type: ignore[arg-type]
    connect, read = timeout.connect_timeout, timeout.read_timeout
    return float(connect) + float(read)  # type: ignore[arg-type]


def check_header_value(field: str, value: object) -> str:
    """`value` when it can be sent as a header as it is; ValidationError naming the field
    (never showing the value, which is often a secret) otherwise."""
    if not isinstance(value, str):
        raise ValidationError(field, f"must be a string, got {type(value).__name__}")
    if _HEADER_UNSAFE.search(value) is not None or value != value.strip():
        raise ValidationError(
            field,
            "must be printable Latin-1 text, without control characters, line breaks or "
            "leading or trailing spaces",
        )
    return value


def _check_path_value(field: str, value: object) -> None:
    if isinstance(value, str) and value in _DOT_SEGMENTS:
        raise ValidationError(field, "must not be empty, '.' or '..' (it is a URL path segment)")


def _call_timeout(timeout: float) -> urllib3.Timeout:
    """One call's timeout: at most this many seconds to connect and read, in total."""
    if not _is_seconds(timeout):
        raise ValidationError("timeout", "must be a positive, finite number of seconds")
    return urllib3.Timeout(total=timeout)


def _is_number(value: object) -> TypeGuard[float]:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_seconds(value: object) -> bool:
    return _is_number(value) and 0 < value < math.inf


def _nullable(param: Param) -> bool:
    return isinstance(param.check, validate.Nullable)


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def query_pairs(param: Param, value: Any) -> list[tuple[str, str]]:
    """The query entries of one argument, in its OpenAPI style: a list as `tags=a&tags=b`
    (form, exploded) or `tags=a,b`; an object as `k=v&...`, `name=k,v,...` or
    `name[k]=v` (deepObject)."""
    name = param.wire_name
    if isinstance(value, (list, tuple)):
        if param.explode:
            return [(name, _text(item)) for item in value]
        return [(name, _DELIMITERS.get(param.style, ",").join(_text(item) for item in value))]
    if isinstance(value, Mapping):
        if param.style == "deepObject":
            return [(f"{name}[{key}]", _text(item)) for key, item in value.items()]
        if param.explode:
            return [(str(key), _text(item)) for key, item in value.items()]
        flat = [text for key, item in value.items() for text in (str(key), _text(item))]
        return [(name, ",".join(flat))]
    return [(name, _text(value))]


def _multipart(fields: Mapping[str, Any]) -> tuple[bytes, str]:
    """A multipart/form-data body: bytes are file parts (named after their field), text is
    sent as it is, numbers and booleans as text, objects as JSON parts; a list is one part
    per item."""
    parts: list[urllib3.fields.RequestField] = []
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, bytes):
                part = urllib3.fields.RequestField(name, item, filename=name)
                part.make_multipart(content_type="application/octet-stream")
            elif isinstance(item, str):
                part = urllib3.fields.RequestField(name, item)
                part.make_multipart()
            elif isinstance(item, (bool, int, float)) or item is None:
                part = urllib3.fields.RequestField(name, _text(item) if item is not None else "")
                part.make_multipart()
            else:
                part = urllib3.fields.RequestField(name, orjson.dumps(item))
                part.make_multipart(content_type="application/json")
            parts.append(part)
    return urllib3.encode_multipart_formdata(parts)


def _type_error_body(route: Route, status: int, data: Any, error: ClientError) -> None:
    """Sets `error.body` to the error answer decoded as the spec declares it for this status
    (a body that does not match is left as it came)."""
    assert route.errors is not None
    decode = (
        route.errors.get(str(status))
        or route.errors.get(f"{str(status)[:1]}XX")
        or route.errors.get("default")
    )
    if decode is None:
        return
    try:
        error.body = decode(data)  # type: ignore[attr-defined]
    except DecodeError:
        log.debug("%s: the HTTP %d answer does not match its declared type", route.name, status)


def _cookie_value(field: str, value: str) -> str:
    """A value that fits in a Cookie header as it is (no separators, quotes or spaces)."""
    if any(char in value for char in '; "\\'):
        raise ValidationError(field, "must not contain ';', spaces, quotes or backslashes")
    return check_header_value(field, value)


def _add_cookie(headers: dict[str, str], name: str, value: str) -> None:
    cookie = f"{name}={value}"
    headers["Cookie"] = f"{headers['Cookie']}; {cookie}" if "Cookie" in headers else cookie


def _simple(value: Any) -> str:
    """A path or header value: lists and objects comma-separated (OpenAPI's `simple`)."""
    if isinstance(value, (list, tuple)):
        return ",".join(_text(item) for item in value)
    if isinstance(value, Mapping):
        return ",".join(text for key, item in value.items() for text in (str(key), _text(item)))
    return _text(value)


def _json_default(value: Any) -> Any:
    """orjson's fallback in raw bodies: exact numbers travel as their text."""
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _text(value: Any) -> str:
    if value is None:
        return ""  # a null item of a list: an empty value, not the text "None"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _param_name(route: Route, wire_name: str) -> str:
    for param in route.params:
        if param.wire_name == wire_name:
            return param.name
    return wire_name
