"""The intermediate representation shared by every loader and the renderer.

Loaders turn a spec (OpenAPI 3.1 or WebSocket call files) into these frozen classes; the
renderer only reads them. Nothing here knows about Jinja, YAML or a particular vendor, so a
REST route and a WebSocket call look the same to everything downstream.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import Literal

import attrs

JsonScalar = str | int | float | bool | None


class ScalarKind(enum.Enum):
    """The leaf types a JSON value can decode to."""

    STR = "str"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DECIMAL = "Decimal"
    # Strings of `format: date`, `date-time` and `uuid`, decoded (generic flavor only).
    DATE = "date"
    DATETIME = "datetime"
    UUID = "UUID"
    # A raw request or response body (octet-stream, images...), never inside JSON.
    BYTES = "bytes"
    ANY = "Any"
    NONE = "None"


@attrs.frozen
class Constraints:
    """Validation rules carried over from JSON Schema; checked on request arguments."""

    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: int | float | None = None
    exclusive_maximum: int | float | None = None
    min_items: int | None = None
    max_items: int | None = None

    def is_empty(self) -> bool:
        return all(value is None for value in attrs.astuple(self))


@attrs.frozen
class ScalarType:
    kind: ScalarKind
    constraints: Constraints = Constraints()


@attrs.frozen
class LiteralType:
    """A closed set of JSON values (JSON Schema `enum` or `const`)."""

    values: tuple[JsonScalar, ...]


@attrs.frozen
class ListType:
    item: TypeRef
    constraints: Constraints = Constraints()


@attrs.frozen
class TupleType:
    """A fixed-length JSON array whose positions have their own types (JSON Schema
    `prefixItems`; an array that allows several lengths is a union of these, one per
    length)."""

    items: tuple[TypeRef, ...]


@attrs.frozen
class MapType:
    """A JSON object used as a dictionary (`additionalProperties` or `patternProperties`)."""

    value: TypeRef


@attrs.frozen
class ModelType:
    name: str


@attrs.frozen
class UnionType:
    """`oneOf`/`anyOf`, or a JSON Schema `type` list; options in spec order.

    With a discriminator, `tag` is the property that names the option and `tags` maps its
    values to the names of the model options they select (decoded by tag, not by trying).
    `exclusive`: a `oneOf` whose arguments are checked as a server checks it (exactly one
    option may fit); decoding answers stays lenient (the first option that fits)."""

    options: tuple[TypeRef, ...]
    tag: str = ""
    tags: tuple[tuple[str, str], ...] = ()
    exclusive: bool = False


@attrs.frozen
class NullableType:
    inner: TypeRef


TypeRef = (
    ScalarType | LiteralType | ListType | TupleType | MapType | ModelType | UnionType | NullableType
)

ANY = ScalarType(ScalarKind.ANY)


@attrs.frozen
class Field:
    """One property of a model; `name` is the Python identifier, `wire_name` the JSON key."""

    name: str
    wire_name: str
    type: TypeRef
    required: bool
    doc: str = ""
    # The spec marks the value as private (Binary.com's `sensitive`): kept out of reprs.
    sensitive: bool = False


@attrs.frozen
class FieldTest:
    """A test on one key of a request object. `values` None: the key is given; otherwise its
    value is one of `values`. `absent_passes`: a missing key passes (JSON Schema `properties`
    only constrain keys that are there)."""

    wire_name: str
    values: tuple[JsonScalar, ...] | None = None
    absent_passes: bool = False


@attrs.frozen
class RequiredRule:
    """Keys that become required when every test holds: JSON Schema `if`/`then` whose `then`
    only lists `required` keys, or one entry of `dependentRequired`. With `at_least_one`,
    one of the keys is enough (an allOf part `anyOf: [{required: [a]}, {required: [b]}]`)."""

    when: tuple[FieldTest, ...]
    required: tuple[str, ...]
    at_least_one: bool = False


@attrs.frozen
class Model:
    """An object schema. `extras` is the type of unknown keys, or None when they are refused."""

    name: str
    fields: tuple[Field, ...]
    extras: TypeRef | None = ANY
    doc: str = ""
    rules: tuple[RequiredRule, ...] = ()


ParamLocation = Literal["path", "query", "header", "cookie", "body", "message"]


@attrs.frozen
class Parameter:
    """One argument of a client method and where it travels on the wire."""

    name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    doc: str = ""
    # How an array or object value is written (OpenAPI `style` and `explode`).
    style: str = "form"
    explode: bool = True
    # An array whose items must differ (JSON Schema `uniqueItems`), e.g. a joined list.
    unique_items: bool = False
    # The spec marks the value as private: never shown in an error message.
    sensitive: bool = False

    @property
    def constant(self) -> bool:
        """A required parameter with one allowed value is sent by the client, not asked for."""
        return self.required and isinstance(self.type, LiteralType) and len(self.type.values) == 1


@attrs.frozen
class HttpRoute:
    method: str
    path: str
    servers: tuple[str, ...] = ()
    body_kind: Literal[
        "none", "json-object", "json-array", "json-value", "form", "multipart", "text", "bytes"
    ] = "none"
    # The media type of a text or bytes request body.
    content_type: str = ""
    # How the success answer is read: JSON, text or bytes.
    answer: Literal["json", "text", "bytes"] = "json"
    # The Accept header of a JSON answer whose media type is not application/json.
    accept: str = ""


@attrs.frozen
class WebSocketCall:
    call: str


Transport = HttpRoute | WebSocketCall


@attrs.frozen
class Auth:
    """What a call needs: nothing, a signed request, an OAuth bearer token or token scopes."""

    kind: Literal["none", "signed", "oauth", "token"]
    scopes: tuple[str, ...] = ()
    # The spec's security requirement: alternatives, each the names of the schemes it needs
    # together (an empty alternative: credentials are optional).
    requirements: tuple[tuple[str, ...], ...] = ()


@attrs.frozen
class OAuthFlow:
    """One OAuth 2 flow of a security scheme: where tokens come from and which scopes exist.
    URLs are as the spec writes them (possibly relative to the server)."""

    kind: Literal["clientCredentials", "authorizationCode", "password", "implicit"]
    token_url: str = ""
    refresh_url: str = ""
    authorization_url: str = ""
    scopes: tuple[str, ...] = ()


@attrs.frozen
class SecurityScheme:
    """One of the spec's security schemes the client takes a credential for: a bearer token
    (also OAuth 2 and OpenID Connect access tokens), a username and password, or an API key
    in a header, query parameter or cookie. An OAuth 2 scheme keeps its flows, so the client
    can fetch and refresh its own tokens."""

    name: str
    argument: str
    kind: Literal["bearer", "basic", "apiKey"]
    location: Literal["header", "query", "cookie"] = "header"
    wire_name: str = "Authorization"
    doc: str = ""
    flows: tuple[OAuthFlow, ...] = ()

    def flow(self, kind: str) -> OAuthFlow | None:
        """The flow of that kind with a token URL, if the scheme has one."""
        return next((f for f in self.flows if f.kind == kind and f.token_url), None)


@attrs.frozen
class CursorPaging:
    after: str
    before: str
    limit: str
    max_limit: int
    after_header: str
    before_header: str


@attrs.frozen
class Operation:
    """One route or call: everything a client method and a simulator handler need."""

    operation_id: str
    group: str
    name: str
    summary: str
    transport: Transport
    params: tuple[Parameter, ...]
    response: TypeRef | None
    auth: Auth
    idempotent: bool
    streams: bool = False
    paging: CursorPaging | None = None
    extra_params: bool = False
    rate_limit: str | None = None
    browser_redirect: bool = False
    request_model: str | None = None
    rules: tuple[RequiredRule, ...] = ()
    # More than the summary line: what a caller must know (an answer's shapes, a caveat).
    description: str = ""
    # Types of error answers by status ("404", "4XX", "default"), generic flavor only.
    errors: tuple[tuple[str, TypeRef], ...] = ()
    # The value the server uses for an omitted argument, by wire name (for docstrings).
    server_defaults: tuple[tuple[str, JsonScalar], ...] = ()
    # A streaming call whose request must subscribe: it has no one-answer form.
    stream_only: bool = False
    # Calls whose answers also arrive on this call's stream (a purchase's stream goes on
    # with `proposal_open_contract` updates), by call name.
    follow_ups: tuple[str, ...] = ()
    # The answer comes wrapped in an envelope (`{code, message, data, success}`) to unwrap.
    envelope: bool = False

    def params_in(self, location: ParamLocation) -> tuple[Parameter, ...]:
        return tuple(param for param in self.params if param.location == location)


@attrs.frozen
class Api:
    """A whole API: the unit that becomes one distribution."""

    title: str
    version: str
    kind: Literal["rest", "websocket"]
    distribution: str
    package: str
    client_class: str
    flavor: str
    servers: tuple[str, ...]
    operations: tuple[Operation, ...]
    models: tuple[Model, ...]
    summary: str = ""
    group_docs: tuple[tuple[str, str], ...] = ()
    package_version: str = "0.1.0"
    security_schemes: tuple[SecurityScheme, ...] = ()
    # Renderers look models up by name thousands of times a generation: an index, made once.
    _models_by_name: dict[str, Model] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_models_by_name", {model.name: model for model in self.models})

    def groups(self) -> tuple[str, ...]:
        """Group names in first-seen order, for stable output."""
        return tuple(dict.fromkeys(op.group for op in self.operations))

    def operations_in(self, group: str) -> Iterator[Operation]:
        return (op for op in self.operations if op.group == group)

    def group_doc(self, group: str) -> str:
        return dict(self.group_docs).get(group, "")

    def model(self, name: str) -> Model:
        return self._models_by_name[name]
