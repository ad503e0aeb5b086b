"""An Okcoin v3 REST simulator on 127.0.0.1 for offline tests of the generated client.

The simulator routes from the client's own route table (`ROUTES`, exported by the generated
`testing` module) and checks parameters and reply shapes against the spec the client was
generated from, so neither can drift from the client's. Signed routes are checked
the way Okcoin checks them (OK-ACCESS-* headers, HMAC-SHA256 over the exact request text);
the routes of spot trading and the funding account are answered by the exchange model
(`exchange.py`: markets, order books, matching, fees, balances, ledgers, transfers,
withdrawals, deposits), every other route by a realistic example built from its response
schema (`testing/examples.py` with Okcoin's `hints.py`). Every reply is checked against
the spec before it is sent, so a simulator bug shows up as a 500 instead of as a silently
wrong client test.
Faults (429s, 5xx, drops, slow or lost replies, off-spec bodies) can be queued one by one or
drawn at random from a seeded generator; with an `ssl.SSLContext` it serves https.

Needs only the standard library and `jsonschema`.
"""

from __future__ import annotations

import base64
import calendar
import copy
import hashlib
import hmac
import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, ClassVar
from urllib.parse import unquote

from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    FormatChecker,
    ValidationError,
)
from jsonschema.exceptions import best_match  # type: ignore[import-untyped, unused-ignore]

from ..testing.examples import Examples, primary_type
from ..testing.faults import Fault
from ..testing.http import (
    HttpReply,
    HttpRequest,
    HttpSimulator,
    MalformedBody,
    RateLimited,
    ServerError,
    dump_json,
    truncated_json,
)
from ..testing.spec import RouteEntry, SpecDocument, SpecOperation, served
from .exchange import OPERATIONS, Balance, Exchange, ExchangeError
from .hints import OkcoinHints

__all__ = ["Balance", "OkcoinSimulator", "RecordedRequest"]

log = logging.getLogger(__name__)

Json = Any
Schema = Mapping[str, Any]

_SECRET_HEADERS = frozenset({"ok-access-sign", "ok-access-passphrase"})
_DEFAULT_BALANCES: Mapping[str, str] = {"BTC": "10", "ETH": "100", "USD": "100000"}


# --------------------------------------------------------------------------------------
# Errors in Okcoin's format
# --------------------------------------------------------------------------------------


class ApiError(ExchangeError):
    """An answer in Okcoin's error format (the exchange's body) with its HTTP status and
    headers; raised anywhere below the HTTP layer."""

    def __init__(
        self, status: int, code: int, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(code, message)
        self.status = status
        self.headers = dict(headers or {})


def _bad_param(message: str) -> ApiError:
    return ApiError(400, 30024, message)


def _missing_param(name: str) -> ApiError:
    return ApiError(400, 30023, f"Required parameter {name} cannot be blank")


# --------------------------------------------------------------------------------------
# Formats: Okcoin's decimal strings and ISO 8601 times
# --------------------------------------------------------------------------------------

_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?")
_DATE_TIME = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})"
)
_SIGNING_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}Z")
_SIGNING_EPOCH = re.compile(r"[0-9]+(?:\.[0-9]{1,3})?")  # seconds; milliseconds read as seconds


def _is_decimal(value: object) -> bool:
    """Plain decimal text only ("0.001", "-12"): no exponent, no spaces, no sign '+'."""
    return not isinstance(value, str) or _DECIMAL.fullmatch(value) is not None


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    match = _DATE_TIME.fullmatch(value)
    if match is None:
        return False
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        time.strptime(f"{year:04d}-{month:02d}-{day:02d}", "%Y-%m-%d")
    except ValueError:
        return False
    return hour < 24 and minute < 60 and second < 61


def _format_checker() -> FormatChecker:
    """Only the formats the spec relies on; unknown formats stay annotations."""
    checker = FormatChecker(formats=())
    checker.checks("decimal")(_is_decimal)
    checker.checks("date-time")(_is_date_time)
    return checker


def _parse_signing_time(text: str) -> float | None:
    """Epoch seconds of a signing timestamp: ISO 8601 UTC with milliseconds
    (`2020-12-08T09:08:57.715Z`) or epoch seconds with up to three decimals
    (`1607418537.715`), both of which v3 accepts; None for any other form. Epoch
    milliseconds pass as (far future) seconds, so they expire, as upstream answers them."""
    if _SIGNING_EPOCH.fullmatch(text) is not None:
        return float(text)
    if _SIGNING_TIME.fullmatch(text) is None:
        return None
    try:
        parsed = time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S")
    except ValueError:
        return None
    return calendar.timegm(parsed) + int(text[20:23]) / 1000


# --------------------------------------------------------------------------------------
# Schemas: $ref resolution, validators and example values
# --------------------------------------------------------------------------------------


class Schemas:
    """Everything the simulator needs from the document's schemas, with validators cached."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._components = document.get("components", {})
        self._checker = _format_checker()
        self._validators: dict[int, tuple[Schema, Any]] = {}
        self.examples = Examples(document, hints=OkcoinHints(), is_valid=self.is_valid)

    def resolve(self, node: Any) -> Any:
        """Follows local `$ref`s (`#/components/...`) until a node without one."""
        return self.examples.resolve(node)

    def validator(self, schema: Schema) -> Any:
        """A Draft 2020-12 validator whose `#/components/...` refs point into the document."""
        cached = self._validators.get(id(schema))
        if cached is not None and cached[0] is schema:
            return cached[1]
        # The components travel inside the root schema, so local refs resolve without a registry.
        root = {**schema, "components": self._components}
        validator = Draft202012Validator(root, format_checker=self._checker)
        self._validators[id(schema)] = (schema, validator)
        return validator

    def errors(self, schema: Schema, instance: Json) -> list[ValidationError]:
        return list(self.validator(schema).iter_errors(instance))

    def is_valid(self, schema: Schema, instance: Json) -> bool:
        return bool(self.validator(schema).is_valid(instance))

    def example(self, schema: Any, *, key: str = "") -> Json:
        """A realistic value valid against `schema` (see testing/examples.py)."""
        return self.examples.example(schema, key=key)


_primary_type = primary_type


def _declared_types(node: Schema) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    return [str(kind) for kind in declared] if isinstance(declared, list) else []


# --------------------------------------------------------------------------------------
# Operations and routing
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """A path or query parameter: the client's table names it, the spec gives its schema."""

    name: str
    location: str
    required: bool
    schema: Schema
    explode: bool


@dataclass
class Operation:
    """One route of the client's table with what validation and replies need."""

    operation_id: str
    method: str
    template: str
    pattern: re.Pattern[str]
    rank: tuple[int, ...]
    signed: bool
    params: tuple[Param, ...]
    body_schema: Schema | None
    body_required: bool
    response_schema: Schema | None
    paging: tuple[str, str, str, str] | None
    # The spec's example reply (ours, for free-form schemas); None: built from the schema.
    response_example: Json = None
    free_form_query: bool = False  # any query name is accepted (the route's extra_params)
    returns_list: bool = False
    path_schema: Schema = field(default_factory=dict)
    query_schema: Schema = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Built once: the schema validators are cached per schema object.
        self.path_schema = _object_schema(self.by_location("path"), allow_extra=True)
        self.query_schema = _object_schema(
            self.by_location("query"), allow_extra=self.free_form_query
        )

    def by_location(self, location: str) -> list[Param]:
        return [param for param in self.params if param.location == location]


def _load_operations(
    routes: Mapping[str, RouteEntry], spec: SpecDocument, schemas: Schemas
) -> list[Operation]:
    """The table's routes, each with its schemas from the spec."""
    operations = []
    for operation_id, route in routes.items():
        found = spec.operation(operation_id)
        body_schema, _, body_required = found.request_body("json")
        success = found.response("200", "201", "2XX")
        response = success[0] if success is not None else None
        operations.append(
            Operation(
                operation_id=operation_id,
                method=route.method.upper(),
                template=route.path,
                pattern=_template_pattern(route.path),
                rank=tuple(1 if part.startswith("{") else 0 for part in route.path.split("/")),
                signed=route.auth == "signed",
                params=_params(route, found),
                body_schema=body_schema,
                body_required=body_required,
                response_schema=response,
                response_example=found.response_example("200", "201", "2XX"),
                paging=route.paging,
                free_form_query=route.extra_params,
                returns_list=response is not None
                and _primary_type(schemas.resolve(response)) == "array",
            )
        )
    # Literal segments win over parameters: /accounts/availability before /accounts/{id}.
    operations.sort(key=lambda op: op.rank)
    return operations


def _params(route: RouteEntry, found: SpecOperation) -> tuple[Param, ...]:
    params = []
    for param in route.params:
        if param.location not in ("path", "query"):
            continue  # bodies are checked whole; headers and cookies not at all
        declared = found.parameter(param.wire_name, param.location) or {}
        params.append(
            Param(
                name=param.wire_name,
                location=param.location,
                required=param.required,
                schema=declared.get("schema", {}),
                explode=param.explode,
            )
        )
    return tuple(params)


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^/{}]+\})", template.rstrip("/") or "/")
    regex = "".join(
        f"(?P<p{index}>[^/]+)" if part.startswith("{") else re.escape(part)
        for index, part in enumerate(parts)
    )
    return re.compile(regex + "/?")


def _path_param_names(template: str) -> list[str]:
    return [part[1:-1] for part in re.split(r"(\{[^/{}]+\})", template) if part.startswith("{")]


class Router:
    """Finds the operation of a method and path; literal segments beat path parameters."""

    def __init__(self, operations: Sequence[Operation]) -> None:
        self.operations = list(operations)
        self.by_id = {op.operation_id: op for op in self.operations}

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        for op in self.operations:
            if op.method != method:
                continue
            found = op.pattern.fullmatch(path)
            if found is not None:
                names = _path_param_names(op.template)
                values = [unquote(value) for value in found.groupdict().values()]
                return op, dict(zip(names, values, strict=True))
        return None


# --------------------------------------------------------------------------------------
# Request validation
# --------------------------------------------------------------------------------------

_TRUE, _FALSE = ("true", "1"), ("false", "0")


def _coerce(schemas: Schemas, schema: Schema, text: str) -> Json:
    """Query and path values arrive as text; turn them into the declared scalar type so the
    schema checks the value, not the transport. Text that does not convert stays text and
    fails validation with a type error naming the parameter."""
    for kind in _declared_types(schemas.resolve(schema)) or ["string"]:
        if kind == "integer" and re.fullmatch(r"-?[0-9]+", text):
            return int(text)
        if kind == "number" and _DECIMAL.fullmatch(text):
            return float(text) if "." in text else int(text)
        if kind == "boolean" and text.lower() in _TRUE + _FALSE:
            return text.lower() in _TRUE
        if kind == "string":
            return text
    return text


def _object_schema(params: Sequence[Param], allow_extra: bool) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {param.name: param.schema for param in params},
        "required": [param.name for param in params if param.required],
        "additionalProperties": allow_extra,
    }


def _pointer(path: Iterable[Any], leaf: str | None = None) -> str:
    text = ""
    for part in [*path, *([leaf] if leaf is not None else [])]:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _error_to_api(errors: Sequence[ValidationError], whole: str) -> ApiError:
    """The first problem as Okcoin would phrase it: 30023 for a missing parameter, 30024 for
    a value that breaks a rule, both naming the parameter."""
    for error in errors:
        if error.validator == "required" and isinstance(error.instance, Mapping):
            required = error.validator_value
            names = required if isinstance(required, list) else []
            missing = next(name for name in names if name not in error.instance)
            return _missing_param(_pointer(error.absolute_path, missing))
    error = best_match(errors)
    where = _pointer(error.absolute_path) or whole
    if error.validator == "additionalProperties" and isinstance(error.instance, Mapping):
        known = set(error.schema.get("properties", {}))
        unexpected = sorted(str(key) for key in error.instance if key not in known)
        name = _pointer(error.absolute_path, unexpected[0]) if unexpected else where
        return _bad_param(f"Invalid parameter {name}: not accepted by this route")
    message = str(error.message)
    if len(message) > 300:
        message = message[:300] + "..."
    return _bad_param(f"Invalid parameter {where}: {message} (rule: {error.validator})")


def _check(schemas: Schemas, schema: Schema, instance: Json, whole: str) -> None:
    errors = schemas.errors(schema, instance)
    if errors:
        raise _error_to_api(errors, whole)


def _validated_path(schemas: Schemas, op: Operation, raw: Mapping[str, str]) -> dict[str, Json]:
    params = op.by_location("path")
    declared = {param.name: param for param in params}
    values = {
        name: _coerce(schemas, declared[name].schema, text) if name in declared else text
        for name, text in raw.items()
    }
    _check(schemas, op.path_schema, values, "path")
    return values


def _validated_query(
    schemas: Schemas, op: Operation, pairs: Sequence[tuple[str, str]]
) -> dict[str, Json]:
    declared = {param.name: param for param in op.by_location("query")}
    free_form = op.free_form_query
    values: dict[str, Json] = {}
    for name, text in pairs:
        param = declared.get(name)
        if param is None:
            if not free_form:
                raise _bad_param(f"Invalid parameter {name}: not accepted by this route")
            values[name] = text
        elif param.required and text == "":
            raise _missing_param(name)
        elif _primary_type(schemas.resolve(param.schema)) == "array":
            values.setdefault(name, []).extend(_array_items(schemas, param, text))
        elif name in values:
            raise _bad_param(f"Invalid parameter {name}: given more than once")
        else:
            values[name] = _coerce(schemas, param.schema, text)
    _check(schemas, op.query_schema, values, "query")
    return values


def _array_items(schemas: Schemas, param: Param, text: str) -> list[Json]:
    items = schemas.resolve(param.schema).get("items", {})
    parts = [text] if param.explode else text.split(",")
    return [_coerce(schemas, items, part) for part in parts]


def _validated_body(schemas: Schemas, op: Operation, raw: bytes, content_type: str) -> Json:
    text = raw.decode("utf-8", errors="replace").strip()
    if op.body_schema is None:
        if text in ("", "{}"):
            return None
        raise _bad_param("Invalid parameter body: this route takes no body")
    if not text:
        if op.body_required:
            raise ApiError(400, 30020, "Request body cannot be blank")
        return None
    if "application/json" not in content_type.lower():
        raise ApiError(400, 30007, "Invalid Content-Type, please use application/json")
    try:
        body = json.loads(text, parse_float=Decimal)
    except ValueError as exc:
        raise ApiError(400, 30021, f"Body is not valid JSON: {exc}") from None
    body = _decimals_to_floats(body)
    _check(schemas, op.body_schema, body, "body")
    return body


def _decimals_to_floats(value: Json) -> Json:
    """json parsed floats as Decimal to keep text like 0.1 exact until here; jsonschema wants
    plain floats for `type: number`."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, list):
        return [_decimals_to_floats(item) for item in value]
    if isinstance(value, dict):
        return {key: _decimals_to_floats(item) for key, item in value.items()}
    return value


# --------------------------------------------------------------------------------------
# Recorded requests
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One received request. OK-ACCESS-SIGN and OK-ACCESS-PASSPHRASE are redacted."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: str
    operation_id: str | None
    target: str  # the request target as received, path and query

    def json(self) -> Json:
        return json.loads(self.body) if self.body else None


# --------------------------------------------------------------------------------------
# Validated requests and replies
# --------------------------------------------------------------------------------------


@dataclass
class Call:
    """A validated request: what the exchange or the example generator answers."""

    op: Operation
    path_params: dict[str, Json]
    query: dict[str, Json]
    body: Json


@dataclass
class Reply:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# Cursor paging
# --------------------------------------------------------------------------------------

_CURSOR_FIELDS = ("order_id", "ledger_id", "trade_id", "algo_id", "borrow_id", "id")


def _paging_names(op: Operation) -> dict[str, str]:
    after, before, after_header, before_header = op.paging or (
        "after",
        "before",
        "OK-AFTER",
        "OK-BEFORE",
    )
    return {
        "after": after,
        "before": before,
        "after-header": after_header,
        "before-header": before_header,
    }


def _page_headers(names: Mapping[str, str], page: Sequence[Json]) -> dict[str, str]:
    if not page:
        return {}
    return {
        names["before-header"]: _cursor_of(page[0]),
        names["after-header"]: _cursor_of(page[-1]),
    }


def _cursor_of(row: Json) -> str:
    if isinstance(row, Mapping):
        for name in _CURSOR_FIELDS:
            if row.get(name) not in (None, ""):
                return str(row[name])
        for name, value in row.items():
            if str(name).endswith("_id") and isinstance(value, (str, int)):
                return str(value)
    return "1"


def _page_synthesized(call: Call, reply: Reply) -> Reply:
    """Canned lists are a single page: a request for the next page gets an empty list, so a
    client that follows the cursors stops."""
    names = _paging_names(call.op)
    if not isinstance(reply.body, list):
        return reply
    if call.query.get(names["after"]) or call.query.get(names["before"]):
        reply.body = []
    reply.headers.update(_page_headers(names, reply.body))
    return reply


# --------------------------------------------------------------------------------------
# The simulator
# --------------------------------------------------------------------------------------


class OkcoinSimulator(HttpSimulator[tuple["Operation | None", dict[str, str]]]):
    """Okcoin v3 REST on 127.0.0.1: signed-route checks, spec validation both ways, spot
    orders and balances in memory, canned answers elsewhere, and injectable faults.

    Use as a context manager, or call start() and stop(). Point the client at `base_url`.
    With `ssl_context` (a server-side context holding a certificate) it serves https.
    `routes` and `spec` default to the client's table and spec copy in the distribution.
    """

    # The client's own routes table, which the generated `testing` module hands over.
    client_routes: ClassVar[Mapping[str, RouteEntry] | None] = None

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        secret_key: str = "test-secret",
        passphrase: str = "test-passphrase",
        time_window: float = 30.0,
        clock: Callable[[], float] = time.time,
        spec: Mapping[str, Any] | None = None,
        routes: Mapping[str, RouteEntry] | None = None,
        balances: Mapping[str, Decimal | str | int] | None = None,
        seed: int = 7,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(ssl_context=ssl_context)
        self._api_key = api_key
        self._secret_key = secret_key
        self._passphrase = passphrase
        self.time_window = time_window
        self.clock = clock
        document, table = served(
            __name__, spec, routes if routes is not None else self.client_routes, "routes"
        )
        self.schemas = Schemas(document.document)
        self.router = Router(_load_operations(table, document, self.schemas))
        self._canned: dict[str, Reply] = {}
        self.exchange = Exchange(clock=clock, seed=seed)
        for currency, amount in (_DEFAULT_BALANCES if balances is None else balances).items():
            self.exchange.seed_balance(currency, amount)
        self._lock = threading.RLock()
        self._requests: list[RecordedRequest] = []

    def __repr__(self) -> str:
        where = self.base_url if self.running else "stopped"
        return f"OkcoinSimulator({where}, {len(self.router.operations)} operations)"

    thread_name = "okcoin-simulator"

    # ---- test controls ----------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def balance(self, currency: str, *, account: str = "spot") -> Balance:
        """A currency's available and held amounts in the spot (or funding) account."""
        return self.exchange.balance(currency, account=account)

    def set_balance(
        self, currency: str, available: Decimal | str | int, *, account: str = "spot"
    ) -> None:
        """Sets the available amount (holds of open orders stay as they are)."""
        self.exchange.seed_balance(currency, available, account=account)

    def seed_balances(
        self, balances: Mapping[str, Decimal | str | int], *, account: str = "spot"
    ) -> None:
        """Sets several available amounts at once, e.g. {"BTC": "1", "USD": "50000"}."""
        for currency, amount in balances.items():
            self.exchange.seed_balance(currency, amount, account=account)

    def order(self, order_id_or_client_oid: str) -> dict[str, Json]:
        """An order as GET /api/spot/v3/orders/{id} would answer it."""
        row: dict[str, Json] = self.exchange.order(order_id_or_client_oid)
        return row

    def fill_order(self, order_id_or_client_oid: str, size: Decimal | str | None = None) -> None:
        """Another trader takes all (or `size`) of a resting order at its price; the fill
        pays the maker fee, as a real one would."""
        self.exchange.fill_order(order_id_or_client_oid, size)

    def mid_price(self, instrument_id: str) -> Decimal:
        """The price the market's order book is laid out around."""
        return self.exchange.mid_price(instrument_id)

    def last_price(self, instrument_id: str) -> Decimal:
        """The price of the market's last trade."""
        return self.exchange.last_price(instrument_id)

    def set_price(self, instrument_id: str, price: Decimal | str | int) -> None:
        """Moves the market to `price`: resting orders it crosses fill at their own price."""
        self.exchange.set_price(instrument_id, price)

    def move_price(self, instrument_id: str, percent: Decimal | str | int) -> Decimal:
        """Moves the market by `percent` (negative: down); returns the new price."""
        return self.exchange.move_price(instrument_id, percent)

    def trade_against_book(
        self, instrument_id: str, side: str, size: Decimal | str | int
    ) -> list[dict[str, Json]]:
        """Another trader sends a market order of `side` and `size`; returns its trades."""
        return self.exchange.trade_against_book(instrument_id, side, size)

    def advance_time(self, seconds: float) -> None:
        """Moves the exchange's time on: withdrawals progress, pending deposits arrive, the
        server time route answers the new time. Signatures stamped with the clock or with
        the exchange's time are both accepted."""
        self.exchange.advance_time(seconds)

    def inject_deposit(
        self, currency: str, amount: Decimal | str | int, *, pending_seconds: float = 0.0
    ) -> str:
        """A coin deposit to the funding account (after `pending_seconds`); returns its id."""
        return self.exchange.inject_deposit(currency, amount, pending_seconds=pending_seconds)

    def fail_withdrawal(self, withdrawal_id: str, *, cancelled: bool = False) -> None:
        """A withdrawal not yet sent fails (or is cancelled); its funds come back."""
        self.exchange.fail_withdrawal(withdrawal_id, cancelled=cancelled)

    def set_response(
        self,
        operation_id: str,
        body: Json,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answers an operation with this body from now on (still checked against the spec
        when status is 200). Replaces the exchange's answer or the example reply."""
        if operation_id not in self.router.by_id:
            raise KeyError(f"unknown operationId {operation_id!r}")
        with self._lock:
            self._canned[operation_id] = Reply(status, copy.deepcopy(body), dict(headers or {}))

    # ---- request handling -------------------------------------------------------------------

    def _route(self, request: HttpRequest) -> tuple[Operation | None, dict[str, str]]:
        matched = self.router.match(request.method, request.path)
        op, raw_path_params = matched if matched is not None else (None, {})
        self._record(request, op)
        return op, dict(raw_path_params)

    def _fault_names(
        self, request: HttpRequest, routed: tuple[Operation | None, dict[str, str]]
    ) -> set[str]:
        op = routed[0]
        return {request.path} | ({op.operation_id, op.template} if op is not None else set())

    def _record(self, request: HttpRequest, op: Operation | None) -> None:
        headers = {
            name: ("<redacted>" if name.lower() in _SECRET_HEADERS else value)
            for name, value in request.headers.items()
        }
        entry = RecordedRequest(
            method=request.method,
            path=request.path,
            query=dict(request.query),
            headers=headers,
            body=request.body.decode("utf-8", errors="replace"),
            operation_id=op.operation_id if op is not None else None,
            target=request.target,
        )
        with self._lock:
            self._requests.append(entry)

    def _answer(
        self,
        request: HttpRequest,
        routed: tuple[Operation | None, dict[str, str]],
        fault: Fault | None,
    ) -> HttpReply:
        """The answer; every refusal becomes an error body in Okcoin's format."""
        op, raw_path_params = routed
        try:
            if isinstance(fault, RateLimited):
                raise ApiError(
                    429,
                    30014,
                    "Requests too frequent (simulated)",
                    {"Retry-After": format(fault.retry_after, "g")},
                )
            if isinstance(fault, ServerError):
                raise ApiError(fault.status, 30030, "Endpoint request failed (simulated)")
            if op is None:
                raise ApiError(404, 404, f"Route not found: {request.method} {request.path}")
            if isinstance(fault, MalformedBody):
                return HttpReply(200, truncated_json(self._example(op)))
            if op.signed:
                self._authenticate(request)
            call = Call(
                op=op,
                path_params=_validated_path(self.schemas, op, raw_path_params),
                query=_validated_query(self.schemas, op, request.query),
                body=_validated_body(
                    self.schemas, op, request.body, request.headers.get("Content-Type", "")
                ),
            )
            reply = self._reply(call)
        except ApiError as error:
            return HttpReply(error.status, dump_json(error.body()), dict(error.headers))
        log.debug("okcoin simulator: %s %s -> %s", request.method, request.path, reply.status)
        return HttpReply(reply.status, dump_json(reply.body), dict(reply.headers))

    def _crash_reply(self, exc: Exception) -> HttpReply:
        crash = ApiError(500, 1, f"simulator crashed: {type(exc).__name__}: {exc}")
        return HttpReply(500, dump_json(crash.body()))

    def _reply(self, call: Call) -> Reply:
        op = call.op
        with self._lock:
            canned = self._canned.get(op.operation_id)
        if canned is not None:
            reply = Reply(canned.status, copy.deepcopy(canned.body), dict(canned.headers))
        elif op.operation_id in OPERATIONS:
            reply = self._exchange_reply(call)
        else:
            reply = Reply(200, self._agreeing(call, self._example(op)))
            if op.paging is not None:
                reply = _page_synthesized(call, reply)
        if reply.status != 200 or op.response_schema is None:
            return reply
        return self._checked(op, reply)

    def _exchange_reply(self, call: Call) -> Reply:
        """The exchange's answer; its refusals keep their v3 code and HTTP status."""
        params = {**call.query, **call.path_params}
        try:
            routed = self.exchange.handle(call.op.operation_id, params, call.body)
        except ExchangeError as error:
            raise ApiError(error.status, error.code, error.message) from None
        return Reply(200, routed.body, dict(routed.headers))

    def _checked(self, op: Operation, reply: Reply) -> Reply:
        """Refuses to send a 200 that its own spec would reject."""
        assert op.response_schema is not None
        errors = self.schemas.errors(op.response_schema, reply.body)
        if not errors:
            return reply
        error = best_match(errors)
        where = _pointer(error.absolute_path) or "(root)"
        raise ApiError(
            500,
            1,
            f"simulator produced an invalid response for {op.operation_id} at {where}: "
            f"{error.message}",
        )

    def _agreeing(self, call: Call, body: Json) -> Json:
        """An example reply made to agree with its request: an instrument neither the
        exchange nor the example knows gets the API's error; rows of the spec's written
        example keep those that match every filter the request sets on their fields; built
        rows, and objects, take the values asked for."""
        names = _paging_names(call.op)
        filters = {
            name: str(value)
            for name, value in {**call.query, **call.path_params}.items()
            if name not in (names["after"], names["before"], "limit")
            and isinstance(value, (str, int))
        }
        rows = body if isinstance(body, list) else [body]
        rows = [row for row in rows if isinstance(row, dict)]
        instrument = filters.get("instrument_id")
        if instrument is not None:
            known = {str(row.get("instrument_id")) for row in rows}
            known.update(row["instrument_id"] for row in self.exchange.list_instruments())
            if instrument.upper() not in known:
                raise ApiError(400, 30032, f"Pair {instrument} does not exist")
        if isinstance(body, list) and call.op.response_example is not None:
            return [
                row
                for row in rows
                if all(str(row[name]) == value for name, value in filters.items() if name in row)
            ]
        for row in rows:
            for name, value in filters.items():
                if isinstance(row.get(name), str):
                    row[name] = value
        return body

    def _example(self, op: Operation) -> Json:
        if op.response_example is not None:
            return copy.deepcopy(op.response_example)
        if op.response_schema is None:
            return {}
        return self.schemas.example(op.response_schema, key=op.operation_id)

    # ---- signature checks ---------------------------------------------------------------------

    def _authenticate(self, request: HttpRequest) -> None:
        """Checks in a fixed order: headers present, timestamp form and age, key,
        passphrase, then the signature (so each failure has one predictable code)."""
        headers = request.headers
        key = headers.get("OK-ACCESS-KEY", "")
        signature = headers.get("OK-ACCESS-SIGN", "")
        stamp = headers.get("OK-ACCESS-TIMESTAMP", "")
        passphrase = headers.get("OK-ACCESS-PASSPHRASE", "")
        for value, code, name in (
            (key, 30001, "OK-ACCESS-KEY"),
            (signature, 30002, "OK-ACCESS-SIGN"),
            (stamp, 30003, "OK-ACCESS-TIMESTAMP"),
            (passphrase, 30004, "OK-ACCESS-PASSPHRASE"),
        ):
            if not value:
                raise ApiError(401, code, f"{name} header is required")
        sent_at = _parse_signing_time(stamp)
        if sent_at is None:
            raise ApiError(
                401,
                30005,
                "Invalid OK-ACCESS-TIMESTAMP: use ISO 8601 UTC with milliseconds, "
                "e.g. 2020-12-08T09:08:57.715Z, or epoch seconds, e.g. 1607418537.715",
            )
        # After advance_time the exchange's clock runs ahead of the real one: a client that
        # signs with either (its own clock, or the server time it read) is in time.
        if min(abs(sent_at - now) for now in (self.clock(), self.exchange.now())) > (
            self.time_window
        ):
            raise ApiError(401, 30008, "Request timestamp expired")
        if not hmac.compare_digest(key.encode(), self._api_key.encode()):
            raise ApiError(401, 30006, "Invalid OK-ACCESS-KEY")
        if not hmac.compare_digest(passphrase.encode(), self._passphrase.encode()):
            raise ApiError(401, 30015, "Invalid OK-ACCESS-PASSPHRASE")
        expected = self._signature(stamp, request.method, request.target, request.body)
        if not hmac.compare_digest(signature.encode(), expected.encode()):
            raise ApiError(401, 30013, "Invalid sign")

    def _signature(self, stamp: str, method: str, target: str, raw: bytes) -> str:
        """base64(HMAC-SHA256(secret, timestamp + METHOD + path?query + body)), over the
        request exactly as received."""
        message = (stamp + method.upper() + target).encode() + raw
        digest = hmac.new(self._secret_key.encode(), message, hashlib.sha256).digest()
        return base64.b64encode(digest).decode()
