"""Binance Login (OAuth 2.0): authorization URLs, token grants, the oauth-api envelope, a
session that refreshes ahead of expiry, token stores, a loopback redirect receiver and a
simulator of both Binance hosts.

The spec decides what the templates print: which host each operation lives on (one client
argument per host), which routes wrap their results in the envelope (`x-envelope`), and the
routes the browser visits but the client never calls (`x-browser-redirect`), with their
parameter checks and the separator of array parameters (`style`/`explode`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from generator import ir
from generator.flavors import REST_DEPENDENCIES, Flavor, RenderView
from generator.render.client_plan import ClientParts, Name, Use, offers, uses
from generator.render.emitters import emitter_for

# The client argument for each host, by the role the spec gives the host: the host of the
# browser redirect (login and tokens) and the host of the access-token routes.
_ACCOUNTS_ARG = "accounts_url"
_API_ARG = "api_url"
# OpenAPI's separators for arrays serialised into one query value (explode: false).
_SEPARATORS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


@attrs.frozen
class Server:
    """One host of the API and the client argument that overrides it."""

    arg: str
    url: str


@attrs.frozen
class RedirectParam:
    """A parameter of a browser redirect and the `_validate` expression that checks it;
    `joined`: an array sent as one value, its items joined by a separator."""

    param: ir.Parameter
    check: str
    joined: bool = False


@attrs.frozen
class Redirect:
    """A route the client builds a URL for and hands to a browser; never requested."""

    op: ir.Operation
    params: tuple[RedirectParam, ...]

    @property
    def constants(self) -> tuple[tuple[str, ir.JsonScalar], ...]:
        """Parameters with a single allowed value, which the client always sends itself."""
        return tuple(
            (param.name, values[0])
            for param in self.op.params
            if param.constant and (values := emitter_for(param.type).literal_values) is not None
        )


def _separator(param: ir.Parameter) -> str | None:
    """The separator of an array parameter sent as one joined value, or None for others."""
    if emitter_for(param.type).list_item is None:
        return None
    if param.explode:
        raise ValueError(f"{param.wire_name}: exploded array parameters are not supported")
    if param.style not in _SEPARATORS:
        raise ValueError(f"{param.wire_name}: arrays of style {param.style!r} are not supported")
    return _SEPARATORS[param.style]


def _redirects(view: RenderView) -> list[Redirect]:
    redirects = []
    for op in view.api.operations:
        if not op.browser_redirect:
            continue
        params = []
        for param in op.params:
            check = view.check_expr(param.type)
            separator = _separator(param)
            if separator is not None:
                extra = ", unique=True" if param.unique_items else ""
                check = f"JoinedList({check}, {separator!r}{extra})"
            params.append(RedirectParam(param, check, joined=separator is not None))
        redirects.append(Redirect(op, tuple(params)))
    return redirects


def _servers(api: ir.Api) -> tuple[Server, Server]:
    """The login host (where the browser goes) and the resource host (bearer routes)."""

    def host_of(op: ir.Operation) -> str:
        assert isinstance(op.transport, ir.HttpRoute)
        if not op.transport.servers:
            raise ValueError(f"{op.operation_id}: every operation must name its server")
        return op.transport.servers[0].rstrip("/")

    accounts = {host_of(op) for op in api.operations if op.auth.kind != "oauth"}
    resources = {host_of(op) for op in api.operations if op.auth.kind == "oauth"}
    if len(accounts) != 1 or len(resources) != 1:
        raise ValueError(f"expected one login host and one API host, got {accounts} {resources}")
    return Server(_ACCOUNTS_ARG, accounts.pop()), Server(_API_ARG, resources.pop())


def _context(view: RenderView) -> Mapping[str, Any]:
    api = view.api
    envelope = sorted(f"{op.group}.{op.name}" for op in api.operations if op.envelope)
    accounts, resources = _servers(api)
    redirects = _redirects(view)
    by_name = {redirect.op.name: redirect for redirect in redirects}
    if "authorization_url" not in by_name:
        raise ValueError("the spec needs an x-browser-redirect operation named authorization_url")
    return {
        "accounts_server": accounts,
        "api_server": resources,
        "envelope_routes": tuple(envelope),
        "redirects": redirects,
        "redirects_join": any(p.joined for r in redirects for p in r.params),
        "authorize": by_name["authorization_url"],
        "retried_routes": [
            f"{op.group}.{op.name}"
            for op in api.operations
            if op.idempotent and not op.browser_redirect
        ],
    }


_AUTH = "._runtime.binance.auth"
_OAUTH = "._runtime.binance.oauth"
_SESSION = "._runtime.binance.session"
_PARTS = ClientParts(
    client=(
        *uses(
            Name("time"),
            Name("collections.abc", "Callable"),
            Name("collections.abc", "Sequence"),
            Name("typing", "Any"),
            # The transport that adds the bearer token and unwraps the envelope.
            Name(_AUTH, "BearerAuth"),
            Name(_AUTH, "BinanceTransport"),
            Name("._runtime.binance.errors", "binance_errors"),
            # The login's own steps and checks.
            Name(_OAUTH, "check_redirect_uri"),
            Name(_OAUTH, "new_state"),
            Name(_OAUTH, "parse_redirect"),
            Name(_OAUTH, "require_text"),
            Name("._runtime.core.errors", "ValidationError"),
            # `OAuthSession` specialises the runtime's session for this API's user info.
            Name("._runtime.binance", "session as _session"),
        ),
        # What the login methods return, and the PKCE helpers a user may call directly.
        *offers(
            Name(_AUTH, "BearerScope"),
            Name(_OAUTH, "AuthorizationRequest"),
            Name(_OAUTH, "Token"),
            Name(_OAUTH, "code_challenge"),
            Name(_OAUTH, "new_code_verifier"),
        ),
        Use(Name(".", "models"), type_only=True),
    ),
    beside=(
        Name("._client", "OAuthSession"),
        # Where an OAuthSession keeps its tokens, and the desktop app's redirect receiver.
        Name(_SESSION, "TokenStore"),
        Name(_SESSION, "JsonFileTokenStore"),
        Name(_SESSION, "MemoryTokenStore"),
        Name("._runtime.binance.loopback", "LoopbackReceiver"),
    ),
)


def _client(api: ir.Api) -> ClientParts:
    """The login client: the same parts whatever the spec holds (its hosts and routes are
    template variables, see `_context`)."""
    return _PARTS


README = """\
## How the client behaves

- **The whole login**: `authorization_url(scopes)` builds the request with a fresh `state`
  and a PKCE verifier (which public clients, without `client_secret`, cannot turn off);
  `parse_redirect` checks the state before anything else (`StateMismatch`, so a forged
  redirect cannot end a login) and returns the code or raises the error the redirect
  carried; `exchange_code`, `refresh`, `user_info` and `revoke` cover the rest.
  `LoopbackReceiver` catches the browser's redirect on 127.0.0.1 for desktop apps;
  `wait(state=request.state)` ignores every request without the login's state.
- **Tokens kept valid**: `OAuthSession` refreshes the access token shortly before it expires
  (`refresh_leeway`) and, in `call(fn)`, once after a 401; one refresh runs at a time
  whatever the number of threads, and a thread waits for it no longer than its own
  `timeout` (default: the client's deadline), then raises `RequestTimeout`. Every new token
  is saved to its `TokenStore` (`MemoryTokenStore`, `JsonFileTokenStore`, whose `load`
  returns None for any bad file and refuses a NaN or infinite expiry);
  `ReauthorizationRequired` says when only the user can help.
- **Checks first**: arguments are checked before anything is sent (`ValidationError`
  naming the field and the rule).
- **Errors are typed**: OAuth errors become `OAuthError` subclasses (`InvalidGrant`,
  `InvalidClient`, `InvalidToken`, `AccessDenied`, ...), other failures `RateLimitError`,
  `ServerError` or `EnvelopeError`, each with the status, code and message. The client
  secret, the PKCE verifiers and the tokens never appear in reprs, logs, messages or pickles.
- **Bounds and defaults**:
  - *Deadline*: each attempt of a request (connecting, sending and reading the whole
    answer) ends within `timeout` seconds in all, default 10, or the call's own `timeout=`;
    a server that sends one byte at a time cannot stretch it (`RequestTimeout`). A
    `urllib3.Timeout` bounds connecting and each read, and the attempt by its `total` or
    else by connect plus read. A refused connection is a `TransportError`, not a timeout.
  - *Body cap*: at most `max_body` bytes of an answer are read (default 16 MiB, after
    decompression); a larger one raises `ResponseTooLarge` and is not retried.
  - *Header values*: an access token is checked before it is sent as a header
    (`ValidationError` naming the field, never showing the value).
  - *Waiting for a token*: an `OAuthSession` caller waits for another thread's refresh at
    most its own `timeout` (default: the client's deadline).
- **Retries**: only user info is retried (after connection errors, timeouts, 429s and 5xx
  answers, within `retries`, default 2, and a shared `RetryBudget`); token grants and
  revocation never are.
- **TLS** is verified unless `verify_tls=False`; `ca_certs` adds a private authority.
- **Offline tests** (the `testing` extra): `binance_oauth_api.testing.BinanceOAuthSimulator`
  plays Binance Login on 127.0.0.1 (authorization, both grants, user info, revocation,
  refresh-token rotation, a clock you can advance) and injects faults (`DropConnection`,
  `SlowReply`, `ServerError`, `RateLimited`, `MalformedBody`, `EnvelopeFailure`,
  `CannedReply`, `LostReply`, `RandomFaults`); see below.

## Testing your code

`BinanceOAuthSimulator` (install the `testing` extra) is Binance Login on 127.0.0.1: register
your app with `add_client(client_id, redirect_uris, client_secret=None, scopes=None)` (no
secret: a public app, which must use PKCE), log a user in with `approve(url)` or refuse with
`deny(url)`, and play the server's side of time and revocation:

- `advance_clock(seconds)`: codes and access tokens expire on the server;
- `revoke_access_token(token)`, `revoke_refresh_token(token)`: Binance forgets a login
  behind your back;
- `add_user(user_id, email)`, `requests`, `count(operation_id)`, `live_access_tokens`, and
  the faults above (`sim.inject(ServerError())`).

```python
from binance_oauth_api import BinanceOAuthClient, OAuthSession, ReauthorizationRequired
from binance_oauth_api.testing import BinanceOAuthSimulator

REDIRECT = "http://127.0.0.1:8765/callback"
with BinanceOAuthSimulator() as sim:
    sim.add_client("my-app", [REDIRECT])  # a public app: the client uses PKCE
    client = BinanceOAuthClient(
        "my-app", REDIRECT, accounts_url=sim.accounts_url, api_url=sim.api_url
    )
    request = client.authorization_url(["user:openId", "user:email"])
    code = client.parse_redirect(sim.approve(request.url), request.state)  # the user says yes
    token = client.exchange_code(code, request.code_verifier)
    session = OAuthSession(client, token)
    print(session.user_info().user_id)

    sim.advance_clock(token.expires_in + 1)  # the access token expires on the server:
    session.user_info()  # refused with 401, the session refreshes once and calls again
    assert session.refreshes == 1

    refresh_token = session.token.refresh_token
    assert refresh_token is not None
    sim.revoke_refresh_token(refresh_token)  # Binance forgets the login
    sim.advance_clock(token.expires_in + 1)
    try:
        session.user_info()
    except ReauthorizationRequired:
        print("send the user through the login again")
```
"""


FLAVOR = Flavor(
    name="binance",
    files=(
        ("binance/_redirects.py.jinja", "_redirects.py"),
        ("binance/testing/__init__.py.jinja", "testing/__init__.py"),
    ),
    runtime=("binance", "core", "http", "testing"),
    client=_client,
    dependencies=REST_DEPENDENCIES,
    testing_dependencies=("jsonschema>=4.18,<5",),
    example="""import os
import webbrowser
from binance_oauth_api import (
    BinanceOAuthClient, JsonFileTokenStore, LoopbackReceiver, OAuthSession,
)

with LoopbackReceiver() as receiver:
    client = BinanceOAuthClient(os.environ["BINANCE_CLIENT_ID"], receiver.redirect_uri)
    request = client.authorization_url(["user:openId", "user:email"])
    webbrowser.open(request.url)
    code = client.parse_redirect(receiver.wait(timeout=300, state=request.state), request.state)
token = client.exchange_code(code, request.code_verifier)

session = OAuthSession(client, token, store=JsonFileTokenStore("token.json"))
print(session.user_info().user_id)   # refreshes the access token when it is about to expire""",
    readme=README,
    context=_context,
)
