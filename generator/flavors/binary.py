"""Binary.com WebSocket API v3: one connection, one typed method per call, token scopes.

The common templates give the models, decoders and argument checks; this flavor adds the
WebSocket transport (templates/websocket/), the Binary.com session rules, errors and OAuth
helpers (templates/binary/), and decides here, in Python, every name the templates print:

- one method per call, named like the call (`client.ticks(...)`); the call's own key, when
  the caller chooses its value, is the first argument and may be passed positionally
  (`client.ticks("R_50")`, `client.authorize(token)`); every other argument is keyword-only;
- calls that stream also get `subscribe_<call>(...)`, returning a `Subscription` (a call
  whose request must subscribe, like `transaction`, only gets that one);
- fields the spec marks `sensitive` (and `echo_req`, which repeats what was sent) stay out of
  model reprs, and the values of sensitive arguments never show in error messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from generator import ir
from generator.flavors import FileSet, Flavor, RenderView
from generator.naming import class_name
from generator.render import plans
from generator.render.client_plan import ClientParts, Name, Use, offers, uses
from generator.render.emitters import emitter_for
from generator.render.imports import ImportSet
from generator.render.typing_expr import annotation

if TYPE_CHECKING:
    from generator.render.layout import Unit

# What the client object itself defines; a call with one of these names could not get a method.
CLIENT_MEMBERS = frozenset(
    {
        "app_id",
        "authorized",
        "close",
        "connect",
        "connected",
        "endpoint",
        "language",
        "loginid",
        "oauth_url",
        "pipeline",
        "scopes",
        "url",
    }
)
STREAM_PREFIX = "subscribe_"
# Keys of every message that the client fills in itself.
MANAGED_KEYS = frozenset({"req_id", "subscribe"})


# Error codes with a class of their own (named like the code); any other code is an ApiError.
@attrs.frozen
class Arg:
    """One argument of a generated method."""

    name: str
    annotation: str
    default: str | None


@attrs.frozen
class ParamRow:
    """One row of the calls table: how an argument is checked and where it goes."""

    name: str
    wire_name: str
    required: bool
    check: str
    secret: bool


@attrs.frozen
class CallPlan:
    """Everything the templates print for one call: its methods and its table entry."""

    op: ir.Operation
    method: str | None
    stream_method: str | None
    positional: Arg | None
    keywords: tuple[Arg, ...]
    args_dict: str
    returns: str
    item: str
    doc: str
    stream_doc: str
    params: tuple[ParamRow, ...]
    fixed: tuple[tuple[str, Any], ...]
    decode: str
    msg_types: tuple[str, ...]
    follow_ups: tuple[str, ...]


def _context(view: RenderView) -> dict[str, Any]:
    api = view.api
    calls = [_call_plan(api, op, view) for op in api.operations]
    return {
        "calls": calls,
        "entry_modules": [
            (plan.op.name, view.layout.unit_of(plan.op).module("._call_entries")) for plan in calls
        ],
        "client_mixins": {group: client_mixin(group) for group in api.groups()},
        "pipeline_mixins": {group: pipeline_mixin(group) for group in api.groups()},
        "endpoint": api.servers[0],
        "user_agent": f"{api.distribution}/{api.package_version}",
    }


def client_mixin(group: str) -> str:
    """The class holding the client's methods of one call group (`TradingCalls`)."""
    return class_name(group) + "Calls"


def pipeline_mixin(group: str) -> str:
    """The class holding the pipeline's methods of one call group."""
    return class_name(group) + "PipelineCalls"


def _plans(view: RenderView) -> list[CallPlan]:
    calls: list[CallPlan] = view.flavor_context()["calls"]
    return calls


def _unit_files(view: RenderView, unit: Unit) -> FileSet:
    """The call entries of one unit (a group, or a call of a large group)."""
    names = {op.operation_id for op in unit.operations}
    unit_calls = [plan for plan in _plans(view) if plan.op.operation_id in names]
    if not unit_calls:
        return {}
    imports = ImportSet()
    view.entry_codec_imports(imports, unit)
    request_models = view.unit_request_models(unit)
    if request_models:
        imports.add(unit.relative(""), "models as m")
    if request_models or any(plan.params for plan in unit_calls):
        imports.add(unit.relative("_runtime.core"), "validate as v")
    message = unit.relative("_runtime.websocket.message")
    imports.add(message, "Call")
    if any(plan.params for plan in unit_calls):
        imports.add(message, "Param")
    context = {"unit_calls": unit_calls, "entry_imports": imports.lines()}
    return {unit.file("_call_entries"): ("websocket/_call_entries.py.jinja", context)}


def _group_files(view: RenderView, group: str) -> FileSet:
    """The client's and the pipeline's methods of one call group, a module each."""
    group_calls = [plan for plan in _plans(view) if plan.op.group == group]
    client = ImportSet()
    client.add("typing", "cast")
    client.add_type_only(".._runtime.binary.session", "Session")
    _argument_imports(client, group_calls, streams=True)
    pipelined = [plan for plan in group_calls if plan.method]
    pipeline = ImportSet()
    pipeline.add_type_only(".._runtime.binary.session", "Session")
    if pipelined:
        pipeline.add("typing", "cast")
        pipeline.add_type_only(".._runtime.binary.pending", "Pending")
        _argument_imports(pipeline, pipelined, streams=False)
    return {
        f"_methods/{group}.py": (
            "binary/_methods.py.jinja",
            {"group_calls": group_calls, "method_imports": client.lines()},
        ),
        f"_pipeline_methods/{group}.py": (
            "binary/_pipeline_methods.py.jinja",
            {"group_calls": pipelined, "method_imports": pipeline.lines()},
        ),
    }


def _call_plan(api: ir.Api, op: ir.Operation, view: RenderView) -> CallPlan:
    if op.name in CLIENT_MEMBERS or op.name.startswith(STREAM_PREFIX):
        raise ValueError(f"call {op.name!r} would clash with a member of the client")
    if op.request_model is None or op.response is None:
        raise ValueError(f"call {op.name!r} needs request and response models")
    request = api.model(op.request_model)
    defaults = dict(op.server_defaults)
    plan = plans.method_plan(op, defaults)
    arguments = [param for param in op.params if not param.constant]
    args = [Arg(arg.name, arg.annotation, arg.default) for arg in plan.args]
    positional = None
    for index, param in enumerate(arguments):
        if param.wire_name == op.name and param.required:
            positional = args.pop(index)
            break
    fixed: dict[str, Any] = {}
    for field in request.fields:
        if field.wire_name != op.name or field.wire_name in {p.wire_name for p in op.params}:
            continue
        values = emitter_for(field.type).literal_values
        if values is not None:
            fixed[field.wire_name] = values[0]
    for param in op.params:
        values = emitter_for(param.type).literal_values
        if param.constant and values is not None:
            fixed[param.wire_name] = values[0]
    if op.name not in fixed and not any(param.wire_name == op.name for param in op.params):
        raise ValueError(f"call {op.name!r}: its request has no {op.name!r} key")
    item = annotation(op.response, "models.")
    follow_ups = op.follow_ups
    for follow_up in follow_ups:
        item += f" | models.{_response_model(api, follow_up)}"
    all_args = ([positional] if positional else []) + args
    return CallPlan(
        op=op,
        # A call whose request must subscribe (`transaction`) only has its streaming form.
        method=None if op.stream_only else op.name,
        stream_method=STREAM_PREFIX + op.name if op.streams else None,
        positional=positional,
        keywords=tuple(args),
        args_dict="{" + ", ".join(f"{arg.name!r}: {arg.name}" for arg in all_args) + "}",
        returns=annotation(op.response, "models."),
        item=item,
        doc=plan.doc,
        stream_doc=_stream_doc(op, follow_ups, plans.arguments_doc(op, defaults)),
        params=tuple(
            ParamRow(
                name=param.name,
                wire_name=param.wire_name,
                required=param.required,
                check=view.check_expr(param.type),
                secret=plans.is_secret(param.wire_name) or param.sensitive,
            )
            for param in arguments
        ),
        fixed=tuple(fixed.items()),
        decode=view.response_decoder(op),
        msg_types=_msg_types(api, op.response),
        follow_ups=follow_ups,
    )


def _response_model(api: ir.Api, call: str) -> str:
    for op in api.operations:
        if op.name != call or op.response is None:
            continue
        model = emitter_for(op.response).model_name
        if model is not None:
            return model
    raise ValueError(f"no response model for call {call!r}")


def _msg_types(api: ir.Api, response: ir.TypeRef) -> tuple[str, ...]:
    """The `msg_type` values an answer to this call may carry."""
    model = emitter_for(response).model_name
    if model is None:
        return ()
    for field in api.model(model).fields:
        values = emitter_for(field.type).literal_values
        if field.wire_name == "msg_type" and values is not None:
            return tuple(str(value) for value in values)
    return ()


def _stream_doc(op: ir.Operation, follow_ups: tuple[str, ...], arguments: str) -> str:
    summary = op.summary or op.name.replace("_", " ").capitalize() + "."
    text = (
        f"Subscribes to the ``{op.name}`` call: {summary[:1].lower()}{summary[1:]}\n\n"
        "The first answer and every update arrive, typed, by iterating the returned "
        "subscription; leaving its ``with`` block or calling ``forget()`` ends the stream."
    )
    if follow_ups:
        names = ", ".join(f"``{name}``" for name in follow_ups)
        text += f" Updates that are answers of {names} decode with that call's model."
    auth = "needs authorization" if op.auth.kind == "token" else "public"
    if op.auth.scopes:
        auth += " (scopes: " + ", ".join(op.auth.scopes) + ")"
    text += f"\n\n``{op.name}`` call with ``subscribe: 1``; {auth}.\n\n{arguments}"
    return plans.docstring(text, 8)


_SESSION = Name("._runtime.binary.session", "Session")
_OAUTH = "._runtime.binary.oauth"
_SUBSCRIPTION = "._runtime.websocket.subscription"


def _client(api: ir.Api) -> ClientParts:
    """The WebSocket client: a session over one connection, a base class per call group and
    its pipeline's; what their methods return (subscriptions, pending answers) is exported
    with it."""
    client = (
        *uses(
            Name("ssl"),
            Name("urllib.parse", "urlencode"),
            Name("collections.abc", "Mapping"),
            Name("typing", "Any"),
            Name("typing", "Literal"),
            _SESSION,
            Name("._runtime.websocket.options", "ConnectionOptions"),
            Name(".errors", "ValidationError"),
            *(Name(f"._methods.{group}", client_mixin(group)) for group in api.groups()),
        ),
        # The constructor's `backoff: Backoff | None`.
        *offers(Name("._runtime.websocket.backoff", "Backoff")),
        Use(Name("._runtime.websocket.message", "Call"), type_only=True),
        # `client.pipeline() -> Pipeline`.
        Use(Name("._pipeline", "Pipeline"), exported=True, type_only=True),
    )
    pipeline = (
        Use(Name("typing", "Any")),
        Use(_SESSION, type_only=True),
        *uses(
            *(Name(f"._pipeline_methods.{group}", pipeline_mixin(group)) for group in api.groups())
        ),
    )
    beside = [
        # `client.oauth_url()` builds the login URL; the redirect is parsed by the app.
        Name(_OAUTH, name)
        for name in ("OAUTH_URL", "OAuthAccount", "oauth_authorize_url", "parse_oauth_redirect")
    ]
    if any(op.streams for op in api.operations):
        beside += [Name(_SUBSCRIPTION, "Subscription"), Name(_SUBSCRIPTION, "Gap")]
    if any(not op.stream_only for op in api.operations):
        beside.append(Name("._runtime.binary.pending", "Pending"))  # what a pipeline returns
    return ClientParts(client=client, modules=(("._pipeline", pipeline),), beside=tuple(beside))


def _argument_imports(imports: ImportSet, calls: list[CallPlan], *, streams: bool) -> None:
    """What the methods' signatures name: argument types, UNSET, models."""
    types: list[ir.TypeRef] = []
    for plan in calls:
        op = plan.op
        types.extend(param.type for param in op.params if not param.constant)
        fields = [
            ir.Field(p.name, p.wire_name, p.type, p.required) for p in op.params if not p.constant
        ]
        if plans.needs_unset(fields):
            imports.add(".._runtime.core.types", "UNSET", "Unset")
        if streams and plan.stream_method:
            imports.add_type_only(".._runtime.websocket.subscription", "Subscription")
    names = plans.typing_names(types)
    if "Decimal" in names:
        imports.add("decimal", "Decimal")
    for name in ("Any", "Literal"):
        if name in names:
            imports.add("typing", name)
    imports.add_type_only("..", "models")


README = """\
## How the client behaves

- **Checks first.** Arguments are checked against the spec before anything is sent: a bad
  one raises `ValidationError` naming the field and the rule. A call that needs a login
  raises `AuthorizationRequired` before `authorize`, and `PermissionDenied` when the
  token lacks its scope; nothing is sent in either case.
- **Errors are typed.** An error answer raises the `ApiError` subclass of its code
  (`InvalidToken`, `RateLimit`, `InputValidationFailed`, ...) with the code and message;
  tokens and other secret arguments are never shown in reprs, logs or messages.
- **One timeout per call** (`timeout`, 30 s by default) bounds all of it: waiting for the
  connection, the answer and any sending again.
- **Reconnecting** (`reconnect=True`): a dropped connection is opened again with
  `backoff` waits, and the last successful `authorize` is repeated on it first. A rate
  limit on that is waited out, a refused token ends the login, any other error keeps the
  login for the next connection. Calls that are safe to repeat are sent again, at most
  `retries` times; the others (`buy`, `sell`, ...) raise `ConnectionLost` and are never
  sent twice.
- **Backoff defaults**: `Backoff(first=0.1, maximum=5.0, factor=2.0, jitter=0.2,
  attempts=10)`: waits of 0.1, 0.2, 0.4 ... up to 5 s, each shortened at random by up to
  20 %; streams give up after 10 failed attempts in a row (about 20 s). A connection that
  ends within 1 s of opening counts as a failed attempt, so a server that drops every
  connection at once gets these waits, not a reconnection storm. `open_timeout` (10 s)
  bounds each opening handshake; the error says which limit ran out.
- **Rate limits**: a safe call answered `RateLimit` is sent again after a `backoff` wait.
- **Streams**: `subscribe_<call>(...)` returns a `Subscription`; iterate it, or `get(timeout)`.
  After a drop, streams of safe calls are opened again and report the gap (`on_gap`,
  `gaps`). A subscribe that timed out is watched: if the server starts its stream late,
  the client forgets it at once.
- **Bounded memory**: each stream keeps at most `max_queue` (64) unread messages. When its
  reader falls behind, the oldest are dropped to make room for new ones and the gap is
  reported like a lost connection's (`Gap.dropped` counts them); the connection is never
  paused for a slow reader, so other calls and streams are not held up. A call keeps its
  first `max_queue` answers and drops any more. Messages are at most `max_size` (16 MiB).
- **Exact numbers**: an integer beyond 64 bits stays an `int`, and a number a float cannot
  hold is read as a `Decimal` (in a float field it raises `DecodeError` rather than being
  rounded); exponents beyond 1000 either way are refused, in answers and in arguments.
- **Closing**: `close()` (or a `with` block) ends the connection and its threads. A client
  dropped unclosed (with its subscriptions and pending calls) is closed when
  garbage-collected, with a `ResourceWarning`.
- **Many calls in flight**: `client.pipeline()` has every plain call; each sends at once
  and returns a `Pending` whose `result()` follows the rules above.
- **Transport**: websockets' synchronous client; TLS is verified unless `verify_tls=False`;
  permessage-deflate only with `compression="deflate"` (off by default: it costs more than
  it saves on a fast link).
- **Calls or fields the spec lacks**: `client.send({"ticks_history": "R_50", ...})` sends a
  request as written and returns the whole answer as a dict (the client adds `req_id`).
  Error answers raise the same typed errors; a call the spec knows keeps its rules
  (authorization and scopes checked first, secrets redacted, sent again only if safe to
  repeat); any other request is sent once.
- **Offline tests** (the `testing` extra): `binary_com_api.testing.BinaryComSimulator`
  serves the whole API on 127.0.0.1 and injects faults (`DropConnection`, `Delay`,
  `ErrorAnswer`, `RateLimit`, `BadReply`, `RandomFaults`, refused connections).

## Testing your code

`BinaryComSimulator` runs a small market behind the API: every symbol has one price series
(ticks, history, candles and `active_symbols` agree), each token of its token table logs in
to its own account, and contracts really debit and credit it (`proposal` -> `buy` ->
`proposal_open_contract` -> `sell` or settlement at expiry; `portfolio`, `statement`,
`profit_table`, and the `balance` and `transaction` streams follow). Test helpers set the
scene and move the market; open streams report each change at once:

- `seed_balance(loginid, amount)`, `deposit(loginid, amount)`, `withdraw(loginid, amount)`
  (each is a statement row, so the books still add up);
- `set_price(symbol, price)`, `move_price(symbol, change)`, `spot(symbol)`;
- `advance_time(seconds)` (contracts that expire on the way settle), `now()`;
- `account(token)`: the token's account, with its live `balance` and `contracts`.

```python
from decimal import Decimal

from binary_com_api import BinaryComClient, models
from binary_com_api.testing import ALL_SCOPES, BinaryComSimulator

with BinaryComSimulator(tokens={"my-test-token": ALL_SCOPES}, balance=0) as sim:
    loginid = sim.account("my-test-token").loginid
    sim.seed_balance(loginid, "250")  # a deposit, as the statement shows
    sim.set_price("R_100", "1500")
    with BinaryComClient(1089, endpoint=sim.url) as client:
        client.authorize("my-test-token")
        terms = models.BuyRequestParameters(
            contract_type="CALL",
            currency="USD",
            symbol="R_100",
            amount=10,
            basis="stake",
            duration=2,
            duration_unit="m",
        )
        bought = client.buy("1", price=10, parameters=terms).buy
        assert bought is not None
        sim.advance_time(4)  # the entry tick is in
        sim.move_price("R_100", "+50")  # the market rises well above it
        sim.advance_time(120)  # past the expiry: the contract settles
        answer = client.proposal_open_contract(contract_id=bought.contract_id)
        contract = answer.proposal_open_contract
        assert contract is not None and contract.status == "won"
        balance = client.balance().balance
        assert balance is not None
        paid, payout = Decimal(str(bought.buy_price)), Decimal(str(bought.payout))
        assert Decimal(str(balance.balance)) == 250 - paid + payout
```
"""


FLAVOR = Flavor(
    name="binary",
    files=(
        ("websocket/_calls.py.jinja", "_calls.py"),
        ("binary/_pipeline.py.jinja", "_pipeline.py"),
        ("binary/_client.py.jinja", "_client.py"),
        ("binary/testing/__init__.py.jinja", "testing/__init__.py"),
    ),
    runtime=("binary", "core", "testing", "websocket"),
    client=_client,
    dependencies=("attrs>=23.1", "cattrs>=23.2", "orjson>=3.9", "websockets>=13.0"),
    testing_dependencies=("jsonschema>=4.18,<5",),
    example="""import os
from binary_com_api import {client}

with {client}(app_id=1089) as client:
    print(client.ping().ping)                       # 'pong'
    client.authorize(os.environ["BINARY_COM_TOKEN"])  # records the token's scopes
    balance = client.balance().balance              # optional in the spec: check before use
    if balance is not None:
        print(balance.balance, balance.currency)
    with client.subscribe_ticks("R_50") as ticks:   # a typed stream; leaving forgets it
        for message in ticks:
            if message.tick is not None:
                print(message.tick.quote)
            break""",
    readme=README,
    context=_context,
    unit_files=_unit_files,
    group_files=_group_files,
    # `echo_req` repeats the request, secrets and all.
    private_fields=("echo_req",),
)
