"""A Binance Login (OAuth 2.0) simulator on 127.0.0.1 for offline tests of the client.

One HTTP server answers the paths of both Binance hosts (login and tokens; the oauth-api
routes), so a test points both base URLs of the client at `base_url`. It behaves the way
Binance documents and its known clients observed: scopes separated by commas, token
parameters read from the form body or from the query string, `token_type` spelled `bearer`,
UUID tokens, the `{code, message, data, success}` envelope on the oauth-api routes, and the
access token accepted as a bearer header (any case of "bearer") or an `access_token` query
parameter. Where Binance documents nothing (error bodies, refresh-token rotation), the
RFC 6749 / RFC 6750 behaviour is used and the choice is a constructor option.

The routes served are the client's own (its route table and the authorization page, exported
by the generated `testing` module as `ROUTES`). Requests are validated with jsonschema against
the OpenAPI document the client was generated from (`testing/_spec.json`), and so is every
answer before it leaves: a simulator bug shows as a 500 naming the problem instead of as a
wrong test.

Nobody logs in: a GET of the authorization URL answers the redirect at once, as if the user
had approved (`deny` refuses instead). Needs only the standard library and jsonschema.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import logging
import re
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from typing import Any, ClassVar, Literal
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    ValidationError,
)
from jsonschema.exceptions import best_match  # type: ignore[import-untyped, unused-ignore]

from ..testing.faults import Fault
from ..testing.http import (
    HttpReply,
    HttpRequest,
    HttpSimulator,
    LostReply,
    MalformedBody,
    RateLimited,
    ServerError,
    SlowReply,
    dump_json,
)
from ..testing.spec import RouteEntry, SpecDocument, SpecOperation, served

__all__ = ["BinanceOAuthSimulator", "EnvelopeFailure", "RecordedRequest"]

log = logging.getLogger(__name__)

Json = Any

# The user who approves when a test names none: an opaque 32-hex id, as Binance's open ids are.
DEFAULT_USER_ID = "4b8e1f0c92d34a6f8e57c0b1d9a2e6f3"
DEFAULT_EMAIL = "lena.hartmann@proton.me"
USER_HEADER = "X-Simulator-User"
CONSENT_HEADER = "X-Simulator-Consent"

_OK = "000000"
_SECRET_FIELDS = frozenset(
    {"client_secret", "code", "code_verifier", "refresh_token", "access_token"}
)
_GRANT_OPERATIONS = {
    "authorization_code": "oauth_exchange_code",
    "refresh_token": "oauth_refresh",
}
_SEPARATORS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
_VERIFIER = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


# --------------------------------------------------------------------------------------
# Faults
# --------------------------------------------------------------------------------------


class EnvelopeFailure(Fault):
    """An oauth-api failure envelope (`success: false`), with HTTP 200 by default, the way
    Binance's gateways report failures."""

    def __init__(
        self,
        code: str = "000002",
        message: str = "illegal parameter",
        *,
        status: int = 200,
        times: int = 1,
        only: str | None = None,
    ) -> None:
        super().__init__(times, only=only)
        self.code = code
        self.message = message
        self.status = status


# --------------------------------------------------------------------------------------
# What tests can inspect
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One request as received; values of secret fields and the bearer token are redacted
    (their presence still shows)."""

    method: str
    path: str
    operation_id: str | None
    query: dict[str, str]
    form: dict[str, str]
    headers: dict[str, str]


@dataclass
class _App:
    client_id: str
    redirect_uris: tuple[str, ...]
    secret: str | None
    scopes: frozenset[str]


@dataclass
class _User:
    user_id: str
    email: str | None


@dataclass
class _Code:
    client_id: str
    user_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str | None
    expires_at: float
    used: bool = False


@dataclass
class _Grant:
    access_token: str
    refresh_token: str
    client_id: str
    user_id: str
    scopes: tuple[str, ...]
    expires_at: float
    family: str  # the code that started the chain of grants
    access_revoked: bool = False
    refresh_revoked: bool = False


_Request = HttpRequest


@dataclass
class _Reply:
    status: int
    body: Json = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None


class _Refusal(Exception):
    """Ends handling with an error answer (OAuth shape or envelope, per route)."""

    def __init__(self, reply: _Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


def _oauth_refusal(status: int, error: str, description: str) -> _Refusal:
    headers = {}
    if status == 401 and error == "invalid_client":
        headers["WWW-Authenticate"] = 'Basic realm="oauth"'
    return _Refusal(_Reply(status, {"error": error, "error_description": description}, headers))


def _envelope(data: Json) -> dict[str, Json]:
    return {"code": _OK, "message": None, "data": data, "success": True}


def _failure_envelope(code: str, message: str) -> dict[str, Json]:
    return {"code": code, "message": message, "data": None, "success": False}


# --------------------------------------------------------------------------------------
# The spec
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Operation:
    """A route of the client's table as the spec describes it (both token grants share the
    spec's one token operation)."""

    operation_id: str
    method: str
    path: str
    found: SpecOperation

    @property
    def pointer(self) -> str:
        return self.found.pointer

    @property
    def raw(self) -> Mapping[str, Any]:
        return self.found.raw


class _Spec:
    """The table's operations with their schemas from the spec, and cached validators."""

    def __init__(self, document: SpecDocument, routes: Mapping[str, RouteEntry]) -> None:
        self.document = document.document
        self._validators: dict[str, Any] = {}
        self._lock = threading.Lock()
        self.operations: dict[str, _Operation] = {}
        for operation_id, route in routes.items():
            found = document.operation(operation_id)
            op = _Operation(found.operation_id, route.method.upper(), route.path, found)
            self.operations.setdefault(op.operation_id, op)
        scheme = next(iter(document.components.get("securitySchemes", {}).values()))
        flow = scheme["flows"]["authorizationCode"]
        self.scopes = frozenset(flow["scopes"])
        self.scope_separator = str(scheme.get("x-scope-separator", " "))

    def operation(self, predicate: Callable[[_Operation], bool]) -> _Operation:
        for op in self.operations.values():
            if predicate(op):
                return op
        raise LookupError("the route table lacks an operation the simulator serves")

    def problem(self, pointer: str, instance: Json) -> str | None:
        """None when `instance` is valid against the schema at `pointer`, else a short
        description that names the field and the rule but never the value."""
        with self._lock:
            validator = self._validators.get(pointer)
            if validator is None:
                # The document is the root so its local $refs resolve; OpenAPI's own keys
                # are unknown keywords to JSON Schema and ignored.
                root = {**self.document, "$ref": "#" + pointer}
                validator = Draft202012Validator(root)
                self._validators[pointer] = validator
        error = best_match(_in_chosen_branch(error) for error in validator.iter_errors(instance))
        return None if error is None else _describe(error)

    def response_pointer(self, op: _Operation, status: int, failed: bool) -> str | None:
        """The schema of an answer with this status; a failure envelope answers `default`
        even with HTTP 200."""
        statuses = ("default",) if failed else (str(status), "default")
        found = op.found.response(*statuses)
        return None if found is None else found[1]

    def body_pointer(self, op: _Operation, media: str) -> str:
        pointer = op.found.request_body(media)[1]
        if pointer is None:
            raise LookupError(f"the spec has no {media} body for {op.operation_id}")
        return pointer

    def parameters(self, op: _Operation) -> Iterator[tuple[Mapping[str, Any], str, str]]:
        """Each parameter's spec, its schema's pointer and the separator of array values."""
        for param, pointer in op.found.parameters():
            style = param.get("style", "form")
            yield param, f"{pointer}/schema", _SEPARATORS.get(style, ",")


def _in_chosen_branch(error: ValidationError) -> ValidationError:
    """For a `oneOf` told apart by a constant (the token body's `grant_type`), the error of the
    branch the request chose, not that another branch wanted a different constant: a refresh
    without `client_id` is "client_id is required", not "grant_type fails 'const'"."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        branches: dict[Any, list[ValidationError]] = {}
        for inner in error.context:
            branches.setdefault(inner.relative_schema_path[0], []).append(inner)
        chosen = [
            errors
            for errors in branches.values()
            if not any(e.validator in ("const", "enum") and len(e.path) == 1 for e in errors)
        ]
        if len(chosen) != 1:
            break
        error = best_match(chosen[0]) or error
    return error


def _describe(error: ValidationError) -> str:
    where = ".".join(str(part) for part in error.absolute_path) or "request"
    if error.validator in ("required", "additionalProperties"):
        return f"{where}: {error.message}"
    return f"{where}: fails '{error.validator}'"


# --------------------------------------------------------------------------------------
# The simulator
# --------------------------------------------------------------------------------------


class BinanceOAuthSimulator(HttpSimulator["_Routed"]):
    """Binance Login on 127.0.0.1: authorization, both token grants, user-info and
    revoke-token, validated against the spec both ways, with injectable faults.

    `refresh_tokens` says what a refresh answers: `"reuse"` returns the same refresh token
    (the default), `"rotate"` a new one (the old one dies), `"omit"` none at all (the old one
    stays valid). `unauthorized_body` is the body of a 401 from an oauth-api route:
    RFC 6750 (`"oauth"`) or a failure envelope (`"envelope"`); Binance documents neither.
    `users` maps user ids to e-mail addresses (or None); the first one approves unless
    `approve` names another. Time is `clock()` plus what `advance_clock` added. With
    `ssl_context` (a server-side context holding a certificate) it serves https.
    """

    # The client's own routes table, which the generated `testing` module hands over.
    client_routes: ClassVar[Mapping[str, RouteEntry] | None] = None

    def __init__(
        self,
        *,
        access_token_lifetime: int = 30714,
        code_lifetime: int = 300,
        refresh_tokens: Literal["reuse", "rotate", "omit"] = "reuse",
        unauthorized_body: Literal["oauth", "envelope"] = "oauth",
        users: Mapping[str, str | None] | None = None,
        clock: Callable[[], float] = time.time,
        spec: Mapping[str, Any] | None = None,
        routes: Mapping[str, RouteEntry] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(ssl_context=ssl_context)
        if access_token_lifetime < 1 or code_lifetime < 1:
            raise ValueError("lifetimes must be at least one second")
        self.access_token_lifetime = access_token_lifetime
        self.code_lifetime = code_lifetime
        self.refresh_tokens = refresh_tokens
        self.unauthorized_body = unauthorized_body
        self._clock = clock
        self._offset = 0.0
        self.spec = _Spec(
            *served(__name__, spec, routes if routes is not None else self.client_routes, "routes")
        )
        self._authorize = self.spec.operation(lambda op: bool(op.raw.get("x-browser-redirect")))
        self._token = self.spec.operation(lambda op: "x-operations" in op.raw)
        # Binance's pages use /en/oauth/authorize; its app page drops the locale.
        locale_free = re.escape(re.sub(r"^/[a-z]{2}(-[A-Za-z]{2})?/", "/", self._authorize.path))
        self._authorize_path = re.compile(r"(/[a-z]{2}(-[A-Za-z]{2})?)?" + locale_free)
        self._lock = threading.RLock()
        self._apps: dict[str, _App] = {}
        self._users: dict[str, _User] = {}
        self._codes: dict[str, _Code] = {}
        self._by_access: dict[str, _Grant] = {}
        self._by_refresh: dict[str, _Grant] = {}
        self._requests: list[RecordedRequest] = []
        for user_id, email in (users or {DEFAULT_USER_ID: DEFAULT_EMAIL}).items():
            self.add_user(user_id, email)

    def __repr__(self) -> str:
        where = self.base_url if self.running else "stopped"
        return f"BinanceOAuthSimulator({where}, {len(self._apps)} clients)"

    thread_name = "binance-oauth-simulator"

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:<port>` (https with `ssl_context`): give it to the client as both
        accounts_url and api_url."""
        return self._url("http", "https")

    @property
    def accounts_url(self) -> str:
        """Where the login and token host is served (the same server as `api_url`)."""
        return self.base_url

    @property
    def api_url(self) -> str:
        """Where the oauth-api host is served (the same server as `accounts_url`)."""
        return self.base_url

    # ---- set-up -------------------------------------------------------------------------

    def add_client(
        self,
        client_id: str,
        redirect_uris: Sequence[str],
        client_secret: str | None = None,
        scopes: Sequence[str] | None = None,
    ) -> None:
        """Registers an app. Without a secret it is public and must use PKCE (S256)."""
        allowed = frozenset(scopes) if scopes is not None else self.spec.scopes
        with self._lock:
            self._apps[client_id] = _App(client_id, tuple(redirect_uris), client_secret, allowed)

    def add_user(self, user_id: str, email: str | None = None) -> None:
        """Adds a Binance account (`approve(url, user_id)` logs in as it)."""
        with self._lock:
            self._users[user_id] = _User(user_id, email)

    # ---- test controls ------------------------------------------------------------------

    def now(self) -> float:
        """The simulator's time."""
        return self._clock() + self._offset

    def advance_clock(self, seconds: float) -> None:
        """Moves the simulator's time forward (expires codes and access tokens)."""
        with self._lock:
            self._offset += seconds

    def approve(self, authorization_url: str, user_id: str | None = None) -> str:
        """Opens the authorization URL as a user who approves; returns the redirect URL."""
        return self._consent(authorization_url, user_id, "approve")

    def deny(self, authorization_url: str, user_id: str | None = None) -> str:
        """Opens the authorization URL as a user who refuses; returns the redirect URL."""
        return self._consent(authorization_url, user_id, "deny")

    def revoke_access_token(self, access_token: str) -> None:
        """Revokes an access token behind the client's back (its refresh token survives)."""
        with self._lock:
            grant = self._by_access.get(access_token)
            if grant is None:
                raise KeyError("unknown access token")
            grant.access_revoked = True

    def revoke_refresh_token(self, refresh_token: str) -> None:
        """Revokes a refresh token behind the client's back."""
        with self._lock:
            grant = self._by_refresh.get(refresh_token)
            if grant is None:
                raise KeyError("unknown refresh token")
            grant.refresh_revoked = True

    @property
    def requests(self) -> list[RecordedRequest]:
        """The requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        """Forgets the recorded requests."""
        with self._lock:
            self._requests.clear()

    def count(self, operation_id: str) -> int:
        """How many requests of this operation (spec or logical operationId) arrived."""
        with self._lock:
            return sum(
                1
                for request in self._requests
                if operation_id == request.operation_id
                or operation_id == _spec_id(self, request.operation_id)
            )

    @property
    def live_access_tokens(self) -> int:
        """Issued access tokens that are neither expired nor revoked."""
        now = self.now()
        with self._lock:
            return sum(
                1
                for grant in self._by_access.values()
                if not grant.access_revoked and grant.expires_at > now
            )

    # ---- request handling ---------------------------------------------------------------

    def _route(self, request: HttpRequest) -> _Routed:
        op, operation_id = self._find(request)
        form = _form(request)
        self._record(request, operation_id, form)
        return _Routed(op, operation_id, form)

    def _fault_names(self, request: HttpRequest, routed: _Routed) -> list[str]:
        names = [request.path] + ([routed.op.operation_id] if routed.op is not None else [])
        if routed.operation_id is not None:
            names.append(routed.operation_id)
        return names

    def _answer(self, request: HttpRequest, routed: _Routed, fault: Fault | None) -> HttpReply:
        op = routed.op
        try:
            if op is None:
                raise _oauth_refusal(404, "not_found", f"no route {request.method} {request.path}")
            if fault is not None and not isinstance(fault, (SlowReply, LostReply)):
                return _sent(self._fault_reply(op, fault))  # deliberately off-spec: unchecked
            reply = self._dispatch(op, request, routed.form)
        except _Refusal as refusal:
            reply = refusal.reply
        if op is not None:
            reply = self._checked(op, reply)
        return _sent(reply)

    def _crash_reply(self, exc: Exception) -> HttpReply:
        return _sent(_Reply(500, {"error": "server_error", "error_description": repr(exc)}))

    def _find(self, request: HttpRequest) -> tuple[_Operation | None, str | None]:
        if request.method == "GET" and self._authorize_path.fullmatch(request.path):
            return self._authorize, self._authorize.operation_id
        for op in self.spec.operations.values():
            if op.path == request.path and op.method == request.method:
                if op is self._token:
                    grant = dict(request.query).get("grant_type") or _form(request).get(
                        "grant_type", ""
                    )
                    return op, _GRANT_OPERATIONS.get(grant, op.operation_id)
                return op, op.operation_id
        return None, None

    def _dispatch(self, op: _Operation, request: _Request, form: dict[str, str]) -> _Reply:
        if op is self._authorize:
            return self._authorize_request(request)
        if op is self._token:
            return self._token_request(request, form)
        return self._resource_request(op, request)

    def _record(self, request: _Request, operation_id: str | None, form: dict[str, str]) -> None:
        headers = {}
        for name, value in request.headers.items():
            if name.lower() == "authorization":
                value = value.split(" ", 1)[0] + " <redacted>"
            headers[name] = value
        entry = RecordedRequest(
            method=request.method,
            path=request.path,
            operation_id=operation_id,
            query=_redacted(dict(request.query)),
            form=_redacted(form),
            headers=headers,
        )
        with self._lock:
            self._requests.append(entry)

    def _fault_reply(self, op: _Operation, fault: Fault) -> _Reply:
        resource = op.path.startswith("/oauth-api/")
        if isinstance(fault, EnvelopeFailure):
            return _Reply(fault.status, _failure_envelope(fault.code, fault.message))
        if isinstance(fault, MalformedBody):
            return _Reply(200, raw=b'{"code": "000000", "data": {')
        if isinstance(fault, RateLimited):
            body = (
                _failure_envelope("429", "too many requests (simulated)")
                if resource
                else {"error": "temporarily_unavailable", "error_description": "slow down"}
            )
            return _Reply(429, body, {"Retry-After": format(fault.retry_after, "g")})
        status = fault.status if isinstance(fault, ServerError) else 500
        body = (
            _failure_envelope("000001", "system busy (simulated)")
            if resource
            else {"error": "server_error", "error_description": "system busy (simulated)"}
        )
        return _Reply(status, body)

    def _checked(self, op: _Operation, reply: _Reply) -> _Reply:
        """Refuses to send an answer the spec does not allow for this status.

        The authorization endpoint's answers are for a browser (a redirect, or an error
        page), not API answers, so they are not checked.
        """
        if op is self._authorize or reply.body is None or reply.status >= 500:
            return reply
        failed = isinstance(reply.body, dict) and reply.body.get("success") is False
        pointer = self.spec.response_pointer(op, reply.status, failed)
        problem: str | None = f"the spec has no JSON answer {reply.status} for {op.operation_id}"
        if pointer is not None:
            problem = self.spec.problem(pointer, reply.body)
        if problem is None:
            return reply
        log.error("binance simulator produced an invalid answer: %s", problem)
        return _Reply(
            500,
            {
                "error": "server_error",
                "error_description": f"simulator answer for {op.operation_id} breaks the "
                f"spec: {problem}",
            },
        )

    # ---- authorization --------------------------------------------------------------------

    def _consent(self, url: str, user_id: str | None, decision: str) -> str:
        target = urlsplit(url)
        base = urlsplit(self.base_url)
        if (target.hostname, target.port) != (base.hostname, base.port):
            raise ValueError("the URL does not point at this simulator")
        headers = {CONSENT_HEADER: decision}
        if user_id is not None:
            headers[USER_HEADER] = user_id
        connection: http.client.HTTPConnection
        if self._ssl_context is None:
            connection = http.client.HTTPConnection(
                base.hostname or "127.0.0.1", base.port, timeout=5
            )
        else:
            # The simulator plays the browser against its own socket (the address was checked
            # above), so there is no third party whose certificate needs checking.
            itself = ssl.create_default_context()
            itself.check_hostname = False
            itself.verify_mode = ssl.CERT_NONE
            connection = http.client.HTTPSConnection(
                base.hostname or "127.0.0.1", base.port, timeout=5, context=itself
            )
        try:
            path = target.path + ("?" + target.query if target.query else "")
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            body = response.read()
            location = response.getheader("Location")
        finally:
            connection.close()
        if response.status != 302 or location is None:
            raise AssertionError(
                f"authorize answered {response.status}: {body.decode(errors='replace')}"
            )
        return location

    def _authorize_request(self, request: _Request) -> _Reply:
        params = _single_values(request.query)
        if params is None:
            raise _oauth_refusal(400, "invalid_request", "a parameter is repeated")
        with self._lock:
            app = self._apps.get(params.get("client_id", ""))
            if app is None:
                raise _oauth_refusal(400, "invalid_client", "unknown client_id")
            redirect_uri = params.get("redirect_uri", "")
            if redirect_uri not in app.redirect_uris:
                # Never redirect to an unregistered URI (RFC 6749 section 4.1.2.1).
                raise _oauth_refusal(400, "invalid_request", "redirect_uri is not registered")
        state = params.get("state")

        def refuse(error: str, description: str) -> _Reply:
            return _redirect(
                redirect_uri, {"error": error, "error_description": description}, state
            )

        for param, pointer, separator in self.spec.parameters(self._authorize):
            name = param["name"]
            if name not in params:
                if param.get("required"):
                    return refuse("invalid_request", f"{name} is required")
                continue
            value: Json = params[name]
            if param.get("schema", {}).get("type") == "array":
                value = value.split(separator)
            problem = self.spec.problem(pointer, value)
            if problem is not None:
                error = {"scope": "invalid_scope", "response_type": "unsupported_response_type"}
                return refuse(error.get(name, "invalid_request"), problem)
        scopes = tuple(params["scope"].split(self.spec.scope_separator))
        if not set(scopes) <= app.scopes:
            return refuse("invalid_scope", "a scope is unknown or not allowed for this client")
        challenge = params.get("code_challenge")
        method = params.get("code_challenge_method")
        if challenge is None and app.secret is None:
            return refuse("invalid_request", "code_challenge is required (PKCE)")
        if (challenge is None) != (method is None):
            return refuse("invalid_request", "send code_challenge and code_challenge_method")
        if request.headers.get(CONSENT_HEADER) == "deny":
            return refuse("access_denied", "the user refused the authorization")
        with self._lock:
            user_id = request.headers.get(USER_HEADER) or next(iter(self._users))
            if user_id not in self._users:
                raise _oauth_refusal(400, "invalid_request", "unknown simulated user")
            code = secrets.token_hex(20)
            self._codes[code] = _Code(
                client_id=app.client_id,
                user_id=user_id,
                redirect_uri=redirect_uri,
                scopes=scopes,
                challenge=challenge,
                expires_at=self.now() + self.code_lifetime,
            )
        return _redirect(redirect_uri, {"code": code}, state)

    # ---- tokens -------------------------------------------------------------------------

    def _token_request(self, request: _Request, form: dict[str, str]) -> _Reply:
        if request.body and not _is_form(request.headers):
            raise _oauth_refusal(400, "invalid_request", "send an x-www-form-urlencoded body")
        body = parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True)
        fields = _single_values([*request.query, *body])
        if fields is None:
            raise _oauth_refusal(400, "invalid_request", "a parameter is repeated")
        grant_type = fields.get("grant_type")
        if grant_type is None:
            raise _oauth_refusal(400, "invalid_request", "grant_type is required")
        if grant_type not in _GRANT_OPERATIONS:
            raise _oauth_refusal(400, "unsupported_grant_type", "unknown grant_type")
        body_pointer = self.spec.body_pointer(self._token, "x-www-form-urlencoded")
        problem = self.spec.problem(body_pointer, fields)
        if problem is not None:
            raise _oauth_refusal(400, "invalid_request", problem)
        with self._lock:
            app = self._authenticate(fields)
            if grant_type == "authorization_code":
                grant = self._redeem_code(app, fields)
            else:
                grant = self._redeem_refresh_token(app, fields)
            answer: dict[str, Json] = {
                "access_token": grant.access_token,
                "token_type": "bearer",
                "expires_in": self.access_token_lifetime,
                "scope": ",".join(grant.scopes),
            }
            if grant_type == "authorization_code" or self.refresh_tokens != "omit":
                answer["refresh_token"] = grant.refresh_token
        return _Reply(200, answer)

    def _authenticate(self, fields: Mapping[str, str]) -> _App:
        app = self._apps.get(fields["client_id"])
        if app is None:
            raise _oauth_refusal(401, "invalid_client", "unknown client")
        sent = fields.get("client_secret")
        if app.secret is None:
            if sent is not None:
                raise _oauth_refusal(401, "invalid_client", "this client has no secret")
            return app
        if sent is None or not hmac.compare_digest(sent.encode(), app.secret.encode()):
            raise _oauth_refusal(401, "invalid_client", "bad client credentials")
        return app

    def _redeem_code(self, app: _App, fields: Mapping[str, str]) -> _Grant:
        code = self._codes.get(fields["code"])
        if code is None or code.client_id != app.client_id:
            raise _oauth_refusal(400, "invalid_grant", "invalid authorization code")
        if code.used:
            # A second use suggests a stolen code: every token that descends from it dies.
            for grant in self._by_access.values():
                if grant.family == fields["code"]:
                    grant.access_revoked = grant.refresh_revoked = True
            raise _oauth_refusal(400, "invalid_grant", "authorization code already used")
        code.used = True
        if self.now() >= code.expires_at:
            raise _oauth_refusal(400, "invalid_grant", "authorization code expired")
        if fields["redirect_uri"] != code.redirect_uri:
            raise _oauth_refusal(400, "invalid_grant", "redirect_uri does not match")
        verifier = fields.get("code_verifier")
        if code.challenge is not None:
            if verifier is None:
                raise _oauth_refusal(400, "invalid_grant", "code_verifier is required")
            if not hmac.compare_digest(_s256(verifier).encode(), code.challenge.encode()):
                raise _oauth_refusal(400, "invalid_grant", "code_verifier does not match")
        elif verifier is not None:
            raise _oauth_refusal(400, "invalid_grant", "no code_challenge was sent")
        return self._issue(app.client_id, code.user_id, code.scopes, fields["code"], None)

    def _redeem_refresh_token(self, app: _App, fields: Mapping[str, str]) -> _Grant:
        old = self._by_refresh.get(fields["refresh_token"])
        if old is None or old.refresh_revoked or old.client_id != app.client_id:
            raise _oauth_refusal(400, "invalid_grant", "invalid refresh token")
        keep = None if self.refresh_tokens == "rotate" else old.refresh_token
        if keep is None:
            old.refresh_revoked = True
        return self._issue(app.client_id, old.user_id, old.scopes, old.family, keep)

    def _issue(
        self,
        client_id: str,
        user_id: str,
        scopes: tuple[str, ...],
        family: str,
        refresh_token: str | None,
    ) -> _Grant:
        grant = _Grant(
            access_token=str(uuid.uuid4()),
            refresh_token=refresh_token or str(uuid.uuid4()),
            client_id=client_id,
            user_id=user_id,
            scopes=scopes,
            expires_at=self.now() + self.access_token_lifetime,
            family=family,
        )
        self._by_access[grant.access_token] = grant
        self._by_refresh[grant.refresh_token] = grant
        return grant

    # ---- oauth-api routes ---------------------------------------------------------------

    def _resource_request(self, op: _Operation, request: _Request) -> _Reply:
        grant = self._bearer(request)
        required = [
            scope
            for requirement in op.raw.get("security", ())
            for scopes in requirement.values()
            for scope in scopes
        ]
        if not set(required) <= set(grant.scopes):
            return _Reply(200, _failure_envelope("000403", "the token lacks a required scope"))
        if op.method == "GET":
            with self._lock:
                user = self._users[grant.user_id]
            data: dict[str, Json] = {"userId": user.user_id}
            if "user:email" in grant.scopes and user.email is not None:
                data["email"] = user.email
            return _Reply(200, _envelope(data))
        with self._lock:
            grant.access_revoked = True
        return _Reply(200, _envelope(True))

    def _bearer(self, request: _Request) -> _Grant:
        scheme, _, credentials = (request.headers.get("Authorization") or "").partition(" ")
        token = credentials.strip() if scheme.lower() == "bearer" else ""
        if not token:
            token = dict(request.query).get("access_token", "")
        with self._lock:
            grant = self._by_access.get(token)
            if grant is not None and not grant.access_revoked and self.now() < grant.expires_at:
                return grant
        description = "the access token is missing, unknown, expired or revoked"
        headers = {"WWW-Authenticate": 'Bearer error="invalid_token"'}
        if self.unauthorized_body == "envelope":
            raise _Refusal(_Reply(401, _failure_envelope("401", description), headers))
        body = {"error": "invalid_token", "error_description": description}
        raise _Refusal(_Reply(401, body, headers))


def _spec_id(simulator: BinanceOAuthSimulator, operation_id: str | None) -> str | None:
    if operation_id in _GRANT_OPERATIONS.values():
        return simulator._token.operation_id
    return operation_id


def _s256(verifier: str) -> str:
    if _VERIFIER.fullmatch(verifier) is None:
        return ""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _is_form(headers: Message) -> bool:
    content_type = headers.get("Content-Type") or ""
    return content_type.split(";", 1)[0].strip().lower() == "application/x-www-form-urlencoded"


def _form(request: _Request) -> dict[str, str]:
    if not request.body or not _is_form(request.headers):
        return {}
    return dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))


def _single_values(pairs: Sequence[tuple[str, str]]) -> dict[str, str] | None:
    """The parameters as a dict, or None when one is given twice (RFC 6749 section 3.1)."""
    values: dict[str, str] = {}
    for key, value in pairs:
        if key in values:
            return None
        values[key] = value
    return values


def _redacted(values: Mapping[str, str]) -> dict[str, str]:
    return {key: "<redacted>" if key in _SECRET_FIELDS else value for key, value in values.items()}


def _redirect(redirect_uri: str, params: Mapping[str, str], state: str | None) -> _Reply:
    query = dict(params)
    if state is not None:
        query["state"] = state
    joiner = "&" if "?" in redirect_uri else "?"
    location = redirect_uri + joiner + urlencode(query, quote_via=quote)
    return _Reply(302, None, {"Location": location})


@dataclass(frozen=True)
class _Routed:
    """What a request asks for: the spec operation, its logical id, its form fields."""

    op: _Operation | None
    operation_id: str | None
    form: dict[str, str]


def _sent(reply: _Reply) -> HttpReply:
    """The reply as bytes: `raw` as it is, else the JSON body; no-store like Binance."""
    if reply.raw is not None:
        payload = reply.raw
    elif reply.body is None:
        payload = b""
    else:
        payload = dump_json(reply.body)
    return HttpReply(reply.status, payload, {"Cache-Control": "no-store", **reply.headers})
