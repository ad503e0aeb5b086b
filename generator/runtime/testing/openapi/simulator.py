"""A simulator for any generated REST client: its routes, checks and answers come from the
OpenAPI document the client was generated from, so they cannot drift from the client.

Each route of the client's route table (or, without one, each operation of the document)
is served on 127.0.0.1. A request is checked against the spec before it is answered: path,
query, header and cookie parameters (read back in their `style`), the JSON or form body, and
the presence of the credentials its security requirement names; a `oneOf` must fit exactly
one option (the one a discriminator's tag names, when it names one). A refusal is a 400 (401
for missing credentials) whose JSON body names the field and the rule. A valid request is
answered with the spec's own example for the success status when it fits the schema, else a
realistic value built from the response schema (`examples.py`); every JSON answer is checked
against its schema before it is sent, so a simulator bug is a 500 saying so rather than a
client test that passes on data the real service never sends. `set_response` overrides an
answer; the faults of `http.py` (drops, slow or lost replies, 5xx, 429, malformed bodies)
are injected as in every simulator.

OpenAPI 3.0 schemas are read as 3.0 (`nullable`, boolean exclusive bounds) by turning them
into their JSON Schema 2020-12 equivalents once, when the simulator starts.

Needs the standard library and `jsonschema`.
"""

from __future__ import annotations

import base64
import copy
import datetime as dt
import importlib
import json
import re
import ssl
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from random import Random
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    FormatChecker,
    validators,
)
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    ValidationError,
    best_match,
)

from ..examples import Examples, primary_type
from ..faults import Fault, RandomFaults
from ..http import (
    CannedReply,
    DropConnection,
    HttpReply,
    HttpRequest,
    HttpSimulator,
    LostReply,
    MalformedBody,
    RateLimited,
    ServerError,
    SlowReply,
    dump_json,
    truncated_json,
)
from ..spec import packaged_spec
from .tokens import INVALID_TOKEN_CHALLENGE, TokenIssuer, redacted_form, token_paths

__all__ = [
    "CannedReply",
    "DropConnection",
    "Fault",
    "LostReply",
    "MalformedBody",
    "OpenApiSimulator",
    "RandomFaults",
    "RateLimited",
    "RecordedRequest",
    "ServerError",
    "SlowReply",
]

Json = Any
Schema = Mapping[str, Any]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_SUCCESS = ("200", "201", "202", "204")
_MESSAGE_FIELDS = ("message", "msg", "detail", "details", "error", "description", "title")
_SECRET_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})


class Refused(Exception):
    """A request the spec does not allow: answered with `status` and a JSON error."""

    def __init__(
        self, status: int, field: str, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"{field}: {message}")
        self.status = status
        self.field = field
        self.message = message
        self.headers = headers


# --------------------------------------------------------------------------------------
# The document: 3.0 read as 3.0, validators, example values
# --------------------------------------------------------------------------------------


def as_json_schema_2020(document: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of an OpenAPI 3.0 document whose schemas say in JSON Schema 2020-12 what 3.0
    says its own way: `nullable: true` allows null, `exclusiveMinimum: true` makes
    `minimum` exclusive. (`oneOf` stays: `Schemas` judges it by direction.)"""
    copied: dict[str, Any] = copy.deepcopy(dict(document))
    if str(document.get("openapi", "")).startswith("3.0"):
        _convert_30(copied)
    return copied


def _convert_30(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _convert_30(item)
        return
    if not isinstance(node, dict):
        return
    for key, value in list(node.items()):
        if key not in ("example", "examples", "default", "enum", "const"):
            _convert_30(value)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if node.get(exclusive) is True and bound in node:
            node[exclusive] = node.pop(bound)
        elif isinstance(node.get(exclusive), bool):
            del node[exclusive]
    if node.pop("nullable", False) is True:
        declared = node.get("type")
        if isinstance(declared, str):
            node["type"] = [declared, "null"]
            if "enum" in node and None not in node["enum"]:
                node["enum"] = [*node["enum"], None]
        elif declared is None and any(key in node for key in ("$ref", "allOf", "oneOf", "anyOf")):
            inner = {key: node.pop(key) for key in list(node) if key not in ("description",)}
            node["anyOf"] = [inner, {"type": "null"}]


# RFC 3339 date-time: the date, `T` (or a space), the time, any fraction, `Z` or an offset.
_DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt ](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|[+-]\d\d:\d\d)")


def _format_checker() -> FormatChecker:
    """The formats the generated client turns into Python types, checked the way it reads
    them; other formats stay annotations."""
    checker = FormatChecker(formats=())

    @checker.checks("date", raises=ValueError)
    def _date(value: object) -> bool:
        if isinstance(value, str):
            dt.date.fromisoformat(value)  # raises on anything but a date
        return True

    @checker.checks("date-time", raises=ValueError)
    def _date_time(value: object) -> bool:
        if not isinstance(value, str):
            return True
        match = _DATE_TIME.fullmatch(value)
        if match is None:
            return False
        dt.date.fromisoformat(value[:10])  # a real day of a real month
        hour, minute, second = (int(part) for part in match.groups())
        return hour < 24 and minute < 60 and second < 61

    @checker.checks("uuid", raises=ValueError)
    def _uuid(value: object) -> bool:
        return not isinstance(value, str) or bool(uuid.UUID(value))

    return checker


class _Values(Examples):
    """Example values that also fit the string formats a client parses or a service checks,
    whose discriminator property names the option they were built from, and that fit exactly
    one option of a `oneOf` where some value can (so they also make valid requests)."""

    def __init__(
        self,
        document: Mapping[str, Any],
        *,
        is_valid: Callable[[Schema, Json], bool],
        fits_one: Callable[[Schema, Json], bool],
        seed: int,
    ) -> None:
        super().__init__(document, is_valid=is_valid, seed=seed)
        self._fits_one = fits_one

    def _option(
        self, node: Schema, keyword: str, name: str, depth: int, rng: Any, index: int
    ) -> Json:
        value = self._tagged(node, keyword, super()._option(node, keyword, name, depth, rng, index))
        if self._fits_one(node, value):
            return value
        # Options of a oneOf (here or nested) that overlap, such as an any-object model beside
        # `{}`: the value of another option, or a plain value only an option without a type
        # takes.
        options = [self._value(option, name, depth + 1, rng, index) for option in node[keyword]]
        for candidate in (*options, name or "text", 1, True):
            tagged = self._tagged(node, keyword, candidate)
            if self._fits_one(node, tagged):
                return tagged
        return value

    def _tagged(self, node: Schema, keyword: str, value: Json) -> Json:
        discriminator = node.get("discriminator")
        if not isinstance(value, dict) or not isinstance(discriminator, Mapping):
            return value
        prop = discriminator.get("propertyName")
        if not isinstance(prop, str):
            return value
        for option in _list(node.get(keyword)):
            ref = option.get("$ref") if isinstance(option, Mapping) else None
            if isinstance(ref, str) and self._is_valid(option, value):
                tagged = {**value, prop: _tag_of(ref, discriminator, self.resolve(option), prop)}
                return tagged if self._is_valid(node, tagged) else value
        return value

    def _string(self, node: Schema, name: str, rng: Any, index: int) -> str:
        fmt = node.get("format")
        made = _formatted(str(fmt), name, rng, index) if isinstance(fmt, str) else None
        return made if made is not None else super()._string(node, name, rng, index)


def _tag_of(ref: str, discriminator: Mapping[str, Any], target: Any, prop: str) -> str:
    """The discriminator value that selects the option `ref`: from the mapping, else the
    option's one allowed value of the property, else the component's name."""
    for value, mapped in _mapping(discriminator.get("mapping")).items():
        if mapped in (ref, ref.rsplit("/", 1)[-1]):
            return str(value)
    schema = _mapping(_mapping(_mapping(target).get("properties")).get(prop))
    fixed = [schema["const"]] if "const" in schema else _list(schema.get("enum"))
    return str(fixed[0]) if len(fixed) == 1 else ref.rsplit("/", 1)[-1]


def _formatted(fmt: str, name: str, rng: Random, index: int) -> str | None:
    if fmt == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if fmt in ("email", "idn-email"):
        return f"user{rng.randint(10, 999)}@example.com"
    if fmt in ("uri", "url", "iri", "uri-reference", "iri-reference"):
        return f"https://example.com/{re.sub(r'[^a-z0-9]', '', name.lower()) or 'item'}/{index}"
    if fmt in ("hostname", "idn-hostname"):
        return "api.example.com"
    if fmt == "ipv4":
        return f"192.0.2.{rng.randint(1, 254)}"
    if fmt == "ipv6":
        return f"2001:db8::{rng.randint(1, 65535):x}"
    if fmt == "byte":
        return base64.b64encode(f"{name or 'data'}-{index}".encode()).decode()
    if fmt == "time":
        return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    if fmt == "duration":
        return f"PT{rng.randint(1, 59)}M"
    return None


class Schemas:
    """The document's schemas: `$ref` resolution, cached validators and example values."""

    def __init__(self, document: Mapping[str, Any], seed: int) -> None:
        self.document = as_json_schema_2020(document)
        self._checker = _format_checker()
        self._validators: dict[tuple[int, str], tuple[Schema, Any]] = {}
        self.examples = _Values(
            self.document,
            is_valid=self.is_valid,
            fits_one=lambda schema, value: self.is_valid(schema, value, "request"),
            seed=seed,
        )
        # OpenAPI: a required readOnly property is required in answers only, a required
        # writeOnly one in requests only. A request's `oneOf` is exact, as a server built on
        # the spec checks it (and as the generated client checks its arguments); an answer's
        # is read as `anyOf`, as the client decodes it (the first option that fits), so
        # overlapping options in a spec do not turn every answer into a simulator error.
        any_of = Draft202012Validator.VALIDATORS["anyOf"]
        self._classes = {
            direction: validators.extend(  # type: ignore[no-untyped-call, unused-ignore]
                Draft202012Validator,
                {"required": self._required_except(skipped), "oneOf": one_of},
            )
            for direction, skipped, one_of in (
                ("request", "readOnly", self._exactly_one),
                ("response", "writeOnly", any_of),
            )
        }

    def _required_except(self, skipped: str) -> Any:
        def required(validator: Any, names: Any, instance: Any, schema: Any) -> Any:
            if not validator.is_type(instance, "object"):
                return
            properties = _mapping(schema.get("properties"))
            for name in names if isinstance(names, list) else ():
                declared = _mapping(self.resolve(properties.get(name, {})))
                if name not in instance and declared.get(skipped) is not True:
                    yield ValidationError(f"{name!r} is a required property")

        return required

    def _exactly_one(
        self, validator: Any, options: Any, instance: Any, schema: Any
    ) -> Iterator[ValidationError]:
        """`oneOf` as JSON Schema means it: exactly one option fits. With a discriminator,
        an object whose tag names an option is judged by that option alone (its errors
        name the field); a missing or unknown tag falls back to counting."""
        if not isinstance(options, list):
            return
        chosen = self._chosen_option(options, schema.get("discriminator"), instance)
        if chosen is not None:
            yield from validator.descend(instance, options[chosen], schema_path=chosen)
            return
        fits: list[int] = []
        failures: list[str] = []
        for index, option in enumerate(options):
            error = best_match(validator.descend(instance, option, schema_path=index))
            if error is None:
                fits.append(index)
            else:
                where = "/".join(str(part) for part in error.relative_path)
                reason = f"{where}: {error.message}" if where else str(error.message)
                failures.append(f"option {index + 1}: {_shortened(reason)}")
        if not fits:
            yield ValidationError("matches none of the oneOf options: " + "; ".join(failures))
        elif len(fits) > 1:
            which = ", ".join(str(index + 1) for index in fits)
            yield ValidationError(
                f"matches {len(fits)} of the oneOf options ({which}); exactly one must match"
            )

    def _chosen_option(self, options: list[Any], discriminator: Any, instance: Any) -> int | None:
        """The position of the option the discriminator's tag names in `instance`, as the
        generated client reads it: the `mapping`, else an option's one allowed tag value,
        else its component name."""
        prop = _mapping(discriminator).get("propertyName")
        if not isinstance(prop, str) or not isinstance(instance, dict):
            return None
        tag = instance.get(prop)
        if not isinstance(tag, str):
            return None
        refs = [_mapping(option).get("$ref") for option in options]
        mapping = {
            str(value): str(to) if str(to).startswith("#") else f"#/components/schemas/{to}"
            for value, to in _mapping(_mapping(discriminator).get("mapping")).items()
        }
        if mapping.get(tag) in refs:
            return refs.index(mapping[tag])
        for index, ref in enumerate(refs):
            if not isinstance(ref, str) or ref in mapping.values():
                continue
            properties = _mapping(_mapping(self.resolve({"$ref": ref})).get("properties"))
            declared = _mapping(properties.get(prop))
            fixed = [declared["const"]] if "const" in declared else _list(declared.get("enum"))
            if str(fixed[0] if len(fixed) == 1 else ref.rsplit("/", 1)[-1]) == tag:
                return index
        return None

    def resolve(self, node: Any) -> Any:
        return self.examples.resolve(node)

    def validator(self, schema: Schema, direction: str = "response") -> Any:
        """A 2020-12 validator of requests or answers whose local `$ref`s
        (`#/components/...`) resolve in the document."""
        cached = self._validators.get((id(schema), direction))
        if cached is not None and cached[0] is schema:
            return cached[1]
        root = {key: value for key, value in self.document.items() if key not in schema}
        root.update(schema)
        validator = self._classes[direction](root, format_checker=self._checker)
        self._validators[(id(schema), direction)] = (schema, validator)
        return validator

    def is_valid(self, schema: Schema, value: Json, direction: str = "response") -> bool:
        try:
            return bool(self.validator(schema, direction).is_valid(value))
        except Exception:  # a schema jsonschema cannot compile counts as "no opinion"
            return True

    def first_error(
        self, schema: Schema, value: Json, direction: str = "response"
    ) -> tuple[str, str] | None:
        """The most relevant rule `value` breaks, as (where, what), or None when it fits;
        `where` is the path inside the value (`items/0/name`), empty at its top."""
        try:
            error = best_match(self.validator(schema, direction).iter_errors(value))
        except Exception:
            return None
        if error is None:
            return None
        return "/".join(str(part) for part in error.absolute_path), str(error.message)


# --------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """A parameter as the spec declares it, with how it is written on the wire."""

    name: str
    location: str
    required: bool
    schema: Schema
    style: str
    explode: bool


@dataclass(frozen=True)
class Answer:
    """The success answer of an operation: status, media type and what to send."""

    status: int
    media: str
    kind: str  # "json", "text", "bytes" or "none"
    schema: Schema | None
    examples: tuple[Json, ...]


@dataclass
class Operation:
    """One method + path the simulator serves."""

    operation_id: str
    name: str
    method: str
    template: str
    pattern: re.Pattern[str]
    params: tuple[Param, ...]
    body_media: str | None
    body_schema: Schema | None
    body_required: bool
    answer: Answer
    errors: Mapping[str, Schema]
    security: tuple[tuple[str, ...], ...]
    examples: Examples

    def schema_of(self, name: str, location: str, body_kind: str = "json-object") -> Schema:
        """The schema of parameter `name` in `location`; for the body, of its property
        `name` (a whole-body argument, `json-array` or `json-value`, gets the body's)."""
        if location != "body":
            for param in self.params:
                if (param.name, param.location) == (name, location):
                    return param.schema
            return {}
        body = self.body_schema or {}
        if body_kind in ("json-array", "json-value"):
            return body
        return _property_of(self.examples.resolve(body), name, self.examples)

    @property
    def rank(self) -> tuple[int, ...]:
        """Literal segments before templated ones: `/pets/mine` wins over `/pets/{id}`."""
        return tuple(1 if "{" in part else 0 for part in self.template.split("/"))


def _operations(schemas: Schemas, routes: Mapping[str, Any] | None) -> list[Operation]:
    document = schemas.document
    wanted = None
    if routes is not None:
        wanted = {
            (str(route.method).upper(), str(route.path)): (operation_id, str(route.name))
            for operation_id, route in routes.items()
        }
    found: list[Operation] = []
    for template, raw_item in _mapping(document.get("paths")).items():
        try:
            item = _mapping(schemas.resolve(raw_item))
        except (ValueError, LookupError, TypeError):
            continue  # a path item out of reach (an external $ref): the client has none of it
        for method in _METHODS:
            key = (method.upper(), str(template))
            if not isinstance(item.get(method), Mapping):
                continue
            if wanted is not None and key not in wanted:
                continue  # the client skipped it, so nobody can call it
            spec = _mapping(schemas.resolve(item[method]))
            operation_id, name = (
                wanted[key]
                if wanted is not None
                else (str(spec.get("operationId") or f"{method} {template}"),) * 2
            )
            found.append(_operation(schemas, str(template), method, spec, item, operation_id, name))
    found.sort(key=lambda op: op.rank)
    return found


def _operation(
    schemas: Schemas,
    template: str,
    method: str,
    spec: Mapping[str, Any],
    item: Mapping[str, Any],
    operation_id: str,
    name: str,
) -> Operation:
    params: dict[tuple[str, str], Param] = {}
    for raw in [*_list(item.get("parameters")), *_list(spec.get("parameters"))]:
        param = _mapping(schemas.resolve(raw))
        location = str(param.get("in", ""))
        if location not in ("path", "query", "header", "cookie") or "name" not in param:
            continue
        style = str(param.get("style", "form" if location in ("query", "cookie") else "simple"))
        params[(str(param["name"]), location)] = Param(
            name=str(param["name"]),
            location=location,
            required=location == "path" or param.get("required") is True,
            schema=_mapping(param.get("schema")),
            style=style,
            explode=bool(param.get("explode", style == "form")),
        )
    body = _mapping(schemas.resolve(spec.get("requestBody", {})))
    content = _mapping(body.get("content"))
    body_media = next(iter(content), None)
    for media in content:
        if _is_json(media) or media == "application/x-www-form-urlencoded":
            body_media = media
            break
    body_schema = _mapping(_mapping(content.get(body_media)).get("schema")) if body_media else None
    security = spec.get("security", schemas.document.get("security", []))
    errors = {
        str(status).upper(): schema
        for status, raw in _mapping(spec.get("responses")).items()
        if (schema := _json_schema_of(schemas, raw)) is not None
        and (str(status)[:1] in "45" or str(status) == "default")
    }
    return Operation(
        operation_id=operation_id,
        name=name,
        method=method.upper(),
        template=template,
        pattern=_template_pattern(template),
        params=tuple(params.values()),
        body_media=body_media,
        body_schema=body_schema or None,
        body_required=body.get("required") is True,
        answer=_answer_of(schemas, method, spec),
        errors=errors,
        security=tuple(
            tuple(str(name) for name in requirement)
            for requirement in _list(security)
            if isinstance(requirement, Mapping)
        ),
        examples=schemas.examples,
    )


def _answer_of(schemas: Schemas, method: str, spec: Mapping[str, Any]) -> Answer:
    responses = {str(key).upper(): value for key, value in _mapping(spec.get("responses")).items()}
    for status in _success_statuses(responses):
        code = int(status) if status.isdigit() else 200
        response = _mapping(schemas.resolve(responses[status]))
        content = _mapping(response.get("content"))
        if not content or method == "head":
            return Answer(code, "", "none", None, ())
        media = next((key for key in content if _is_json(key)), None)
        if media is not None:
            entry = _mapping(content[media])
            schema = _mapping(entry.get("schema"))
            return Answer(code, media, "json", schema, _examples_of(schemas, entry, schema))
        media = next(iter(content))
        kind = "text" if media.lower().startswith("text/") else "bytes"
        entry = _mapping(content[media])
        texts = tuple(value for value in _examples_of(schemas, entry, {}) if isinstance(value, str))
        return Answer(code, "" if "*" in media else media, kind, None, texts)
    return Answer(200 if method != "post" else 201, "", "none", None, ())


def _success_statuses(responses: Mapping[str, Any]) -> list[str]:
    """The success answers in the order the generated client tries them: 200, 201, 202,
    204, other 2xx, `2XX`, and `default` only when no 2xx answer is declared."""
    declared = [status for status in responses if status[:1] == "2"]
    ordered = [status for status in _SUCCESS if status in declared]
    ordered += sorted(status for status in declared if status not in ordered and status != "2XX")
    if "2XX" in declared:
        ordered.append("2XX")
    if not declared and "DEFAULT" in responses:
        ordered.append("DEFAULT")
    return ordered


def _examples_of(schemas: Schemas, entry: Mapping[str, Any], schema: Schema) -> tuple[Json, ...]:
    """The spec's own examples of an answer: the media type's `example`, its `examples`, then
    the schema's `example`/`examples`."""
    found: list[Json] = []
    if "example" in entry:
        found.append(entry["example"])
    for example in _mapping(entry.get("examples")).values():
        resolved = _mapping(schemas.resolve(example))
        if "value" in resolved:
            found.append(resolved["value"])
    resolved_schema = _mapping(schemas.resolve(schema)) if schema else {}
    if "example" in resolved_schema:
        found.append(resolved_schema["example"])
    found += _list(resolved_schema.get("examples"))
    return tuple(found)


def _json_schema_of(schemas: Schemas, raw: Any) -> Schema | None:
    content = _mapping(_mapping(schemas.resolve(raw)).get("content"))
    media = next((key for key in content if _is_json(key)), None)
    schema = _mapping(content.get(media)).get("schema") if media is not None else None
    return schema if isinstance(schema, Mapping) else None


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"({[^{}]+})", template)
    regex = "".join(
        f"(?P<p{index}>[^/]+)" if part.startswith("{") else re.escape(part)
        for index, part in enumerate(parts)
    )
    return re.compile(regex + "/?")


def _template_names(template: str) -> dict[str, str]:
    """Regex group -> parameter name, in the order `_template_pattern` numbers them."""
    parts = re.split(r"({[^{}]+})", template)
    return {f"p{index}": part[1:-1] for index, part in enumerate(parts) if part.startswith("{")}


# --------------------------------------------------------------------------------------
# Recorded requests
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordedRequest:
    """One received request; Authorization and Cookie headers are redacted, and so are the
    secrets in the body of a token request."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: dict[str, str]
    body: bytes
    operation_id: str | None
    target: str

    def json(self) -> Json:
        return json.loads(self.body) if self.body else None


@dataclass
class _Canned:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


# --------------------------------------------------------------------------------------
# The simulator
# --------------------------------------------------------------------------------------


class OpenApiSimulator(HttpSimulator["tuple[Operation | None, dict[str, str]]"]):
    """Any REST API of an OpenAPI document on 127.0.0.1: requests checked against the spec,
    answers from its examples or realistic values, and injectable faults.

    `spec` defaults to the document packaged with the generated client, `routes` to that
    client's route table (so operations the client skipped are not served). Use as a
    context manager, or call start() and stop(); point the client at `base_url`. With
    `ssl_context` (a server-side context holding a certificate) it serves https.
    """

    thread_name = "openapi-simulator"

    def __init__(
        self,
        spec: Mapping[str, Any] | None = None,
        *,
        routes: Mapping[str, Any] | None = None,
        seed: int = 7,
        check_credentials: bool = True,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(ssl_context=ssl_context)
        if spec is None:
            spec = packaged_spec(__name__)
            routes = _packaged_routes(__name__) if routes is None else routes
        self.schemas = Schemas(spec, seed)
        self.operations = _operations(self.schemas, routes)
        self.check_credentials = check_credentials
        self._schemes = _mapping(
            _mapping(self.schemas.document.get("components")).get("securitySchemes")
        )
        self._prefixes = _server_paths(_all_servers(self.schemas.document))
        self.tokens = TokenIssuer(
            token_paths({name: self.schemas.resolve(raw) for name, raw in self._schemes.items()})
        )
        """The OAuth 2 token endpoint (`tokens.register_client(...)`, see tokens.py)."""
        self._canned: dict[str, _Canned] = {}
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []

    def __repr__(self) -> str:
        where = self.base_url if self.running else "stopped"
        return f"{type(self).__name__}({where}, {len(self.operations)} operations)"

    # ---- test controls ----------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of the requests received so far, oldest first."""
        with self._lock:
            return list(self._requests)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def set_response(
        self,
        operation: str,
        body: Json,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answers `operation` (operationId or `group.method`) with `body` from now on,
        instead of an example; the body is checked against the spec's schema for it."""
        op = self._operation_named(operation)
        code = status if status is not None else op.answer.status
        schema = op.answer.schema if code == op.answer.status else op.errors.get(str(code))
        if schema is not None and op.answer.kind == "json":
            problem = self.schemas.first_error(schema, body)
            if problem is not None:
                where, what = problem
                raise ValueError(
                    f"{operation}: the body does not fit the spec: {where or 'body'}: {what}"
                )
        with self._lock:
            self._canned[op.operation_id] = _Canned(code, body, dict(headers or {}))

    def clear_responses(self) -> None:
        with self._lock:
            self._canned.clear()

    def example(self, operation: str) -> Json:
        """The answer `operation` gets when nothing is set for it."""
        return self._example(self._operation_named(operation))

    def operation(self, name: str) -> Operation:
        """The operation served as `name` (operationId or `group.method`)."""
        return self._operation_named(name)

    def _operation_named(self, name: str) -> Operation:
        for op in self.operations:
            if name in (op.operation_id, op.name):
                return op
        raise KeyError(f"no operation {name!r} (operationId or group.method)")

    # ---- routing ----------------------------------------------------------------------

    def _route(self, request: HttpRequest) -> tuple[Operation | None, dict[str, str]]:
        op, raw = self._match(request.method, request.path)
        self._record(request, op)
        return op, raw

    def _match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str]]:
        for candidate in (path, *(path[len(p) :] for p in self._prefixes if path.startswith(p))):
            for op in self.operations:
                found = op.pattern.fullmatch(candidate)
                if found is not None and op.method == method:
                    names = _template_names(op.template)
                    return op, {
                        names[key]: unquote(value) for key, value in found.groupdict().items()
                    }
        return None, {}

    def _fault_names(
        self, request: HttpRequest, routed: tuple[Operation | None, dict[str, str]]
    ) -> set[str]:
        op = routed[0]
        names = {request.path}
        return names | ({op.operation_id, op.name, op.template} if op is not None else set())

    def _record(self, request: HttpRequest, op: Operation | None) -> None:
        headers = {
            name: (
                "<redacted>" if name.lower() in _SECRET_HEADERS | self._secret_names() else value
            )
            for name, value in request.headers.items()
        }
        entry = RecordedRequest(
            method=request.method,
            path=request.path,
            query=request.query,
            headers=headers,
            body=(
                redacted_form(request.body)
                if op is None and self.tokens.serves(request.method, self._token_path(request.path))
                else request.body
            ),
            operation_id=op.operation_id if op is not None else None,
            target=request.target,
        )
        with self._lock:
            self._requests.append(entry)

    def _secret_names(self) -> set[str]:
        """Header names of the spec's API keys: their values are secrets too."""
        return {
            str(scheme.get("name", "")).lower()
            for scheme in map(_mapping, self._schemes.values())
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header"
        }

    # ---- answers ----------------------------------------------------------------------

    def _answer(
        self,
        request: HttpRequest,
        routed: tuple[Operation | None, dict[str, str]],
        fault: Fault | None,
    ) -> HttpReply:
        op, raw_path = routed
        if isinstance(fault, RateLimited):
            return self._error(
                429,
                "request",
                "too many requests (simulated)",
                op,
                {"Retry-After": format(fault.retry_after, "g")},
            )
        if isinstance(fault, ServerError):
            return self._error(fault.status, "server", "the server failed (simulated)", op)
        if op is None and self.tokens.serves(request.method, self._token_path(request.path)):
            return self.tokens.answer(request)
        if op is None:
            allowed = sorted(
                {o.method for o in self.operations if self._match(o.method, request.path)[0]}
            )
            if allowed:
                return self._error(
                    405,
                    "method",
                    f"{request.method} is not allowed here; allowed: {', '.join(allowed)}",
                    None,
                    {"Allow": ", ".join(allowed)},
                )
            return self._error(404, "path", f"no route {request.method} {request.path}", None)
        try:
            self._check_credentials(op, request)
            self._check_params(op, request, raw_path)
            self._check_body(op, request)
        except Refused as refused:
            return self._error(refused.status, refused.field, refused.message, op, refused.headers)
        if isinstance(fault, MalformedBody):
            return HttpReply(200, truncated_json(self._example(op) or {"value": 1}))
        return self._success(op)

    def _success(self, op: Operation) -> HttpReply:
        with self._lock:
            canned = self._canned.get(op.operation_id)
        answer = op.answer
        if canned is not None:
            media = answer.media or "application/json"
            return HttpReply(
                canned.status,
                _encode(canned.body, answer.kind),
                {"Content-Type": media, **canned.headers},
            )
        if answer.kind == "none":
            return HttpReply(answer.status)
        value = self._example(op)
        if answer.kind == "json":
            if answer.schema is not None:
                problem = self.schemas.first_error(answer.schema, value)
                if problem is not None:
                    where, what = problem
                    return self._crash_reply(
                        ValueError(
                            f"{op.operation_id}: the simulated answer does not fit the spec: "
                            f"{where or 'body'}: {what}"
                        )
                    )
            return HttpReply(answer.status, dump_json(value), {"Content-Type": answer.media})
        media = answer.media or (
            "text/plain" if answer.kind == "text" else "application/octet-stream"
        )
        return HttpReply(answer.status, _encode(value, answer.kind), {"Content-Type": media})

    def _example(self, op: Operation) -> Json:
        answer = op.answer
        if answer.kind == "json":
            schema = answer.schema or {}
            for example in answer.examples:
                if example is not None and self.schemas.is_valid(schema, example):
                    return copy.deepcopy(example)
            return self.schemas.examples.example(schema, key=op.operation_id)
        if answer.kind == "text":
            return answer.examples[0] if answer.examples else f"{op.operation_id} ok"
        if answer.kind == "bytes":
            return f"{op.operation_id}\x00\x01\x02".encode()
        return None

    def _error(
        self,
        status: int,
        field_name: str,
        message: str,
        op: Operation | None,
        headers: Mapping[str, str] | None = None,
    ) -> HttpReply:
        """An error answer: the spec's error schema for the status, filled with the message
        where it fits, or `{"error": ..., "field": ..., "message": ...}`."""
        plain = {
            "error": _reason(status),
            "field": field_name,
            "message": f"{field_name}: {message}",
        }
        schema = None
        if op is not None:
            schema = (
                op.errors.get(str(status))
                or op.errors.get(f"{str(status)[0]}XX")
                or op.errors.get("DEFAULT")
            )
        body: Json = plain
        if schema is not None:
            shaped = self.schemas.examples.example(schema, key=f"{status}")
            if isinstance(shaped, dict):
                resolved = _mapping(self.schemas.resolve(schema))
                declared = _mapping(resolved.get("properties"))
                for key in _MESSAGE_FIELDS:
                    # A message field the example filled with a string, or left out.
                    if isinstance(shaped.get(key), str) or (key in declared and key not in shaped):
                        shaped[key] = f"{field_name}: {message}"
                for key in ("code", "status", "status_code", "statusCode"):
                    if isinstance(shaped.get(key), int) and not isinstance(shaped[key], bool):
                        shaped[key] = status
                if "field" not in shaped and self.schemas.is_valid(
                    schema, {**shaped, "field": field_name}
                ):
                    shaped["field"] = field_name  # the schema leaves room to name it
                if self.schemas.is_valid(schema, shaped):
                    body = shaped
        return HttpReply.json(status, body, headers)

    def _crash_reply(self, exc: Exception) -> HttpReply:
        return HttpReply.json(500, {"error": "simulator", "field": "", "message": str(exc)})

    # ---- checks -----------------------------------------------------------------------

    def _check_credentials(self, op: Operation, request: HttpRequest) -> None:
        if not self.check_credentials or not op.security or () in op.security:
            return
        for requirement in op.security:
            if all(self._has_credential(name, request) for name in requirement):
                return
        if self._stale_token(op, request):
            raise Refused(
                401,
                "credentials",
                "the access token is unknown or expired",
                {"WWW-Authenticate": INVALID_TOKEN_CHALLENGE},
            )
        wanted = " or ".join(" and ".join(requirement) for requirement in op.security)
        raise Refused(401, "credentials", f"this route needs credentials: {wanted}")

    def _token_path(self, path: str) -> str:
        """`path` without a server prefix when the bare path is a token endpoint's."""
        for prefix in self._prefixes:
            if path.startswith(prefix) and path[len(prefix) :] in self.tokens.paths:
                return path[len(prefix) :]
        return path

    def _oauth2(self, scheme_name: str) -> bool:
        scheme = _mapping(self.schemas.resolve(self._schemes.get(scheme_name, {})))
        return scheme.get("type") == "oauth2"

    def _stale_token(self, op: Operation, request: HttpRequest) -> bool:
        """A bearer token was sent for an oauth2 scheme, but not one the issuer knows."""
        authorization = request.headers.get("Authorization", "")
        return (
            self.tokens.enforced
            and authorization.lower().startswith("bearer ")
            and any(self._oauth2(name) for requirement in op.security for name in requirement)
        )

    def _has_credential(self, scheme_name: str, request: HttpRequest) -> bool:
        scheme = _mapping(self.schemas.resolve(self._schemes.get(scheme_name, {})))
        kind = scheme.get("type")
        if kind == "apiKey":
            where, name = scheme.get("in"), str(scheme.get("name", ""))
            if where == "header":
                return bool(request.headers.get(name))
            if where == "query":
                return any(key == name and value for key, value in request.query)
            return name in _cookies(request)
        authorization = request.headers.get("Authorization", "")
        if kind == "http":
            wanted = str(scheme.get("scheme", "")).lower()
            return (
                authorization.lower().startswith(wanted + " ")
                and len(authorization) > len(wanted) + 1
            )
        if kind == "oauth2" and self.tokens.enforced:
            return authorization.lower().startswith("bearer ") and self.tokens.is_valid(
                authorization[7:]
            )
        if kind in ("oauth2", "openIdConnect"):
            return authorization.lower().startswith("bearer ") and len(authorization) > 7
        return True  # a scheme the client cannot fill (mutualTLS): not checked

    def _check_params(
        self, op: Operation, request: HttpRequest, raw_path: Mapping[str, str]
    ) -> None:
        query = request.query
        cookies = _cookies(request) if any(p.location == "cookie" for p in op.params) else {}
        for param in op.params:
            schema = _mapping(self.schemas.resolve(param.schema))
            if param.location == "path":
                raw: Any = raw_path.get(param.name)
                value = _read_simple(raw, schema, self.schemas) if raw is not None else None
            elif param.location == "query":
                value = _read_query(param, schema, query, self.schemas)
            elif param.location == "header":
                raw = request.headers.get(param.name)
                value = _read_simple(raw, schema, self.schemas) if raw is not None else None
            else:
                raw = cookies.get(param.name)
                value = _read_simple(raw, schema, self.schemas) if raw is not None else None
            if value is None:
                if param.required:
                    raise Refused(400, param.name, f"the {param.location} parameter is required")
                continue
            problem = self.schemas.first_error(param.schema, value, "request")
            if problem is not None:
                where, what = problem
                raise Refused(400, f"{param.name}/{where}" if where else param.name, what)

    def _check_body(self, op: Operation, request: HttpRequest) -> None:
        if op.body_media is None:
            return
        if not request.body:
            if op.body_required:
                raise Refused(400, "body", "the request body is required")
            return
        media = op.body_media.split(";", 1)[0].strip().lower()
        if op.body_schema is None:
            return
        if _is_json(media):
            try:
                value = json.loads(request.body)
            except (ValueError, RecursionError):
                raise Refused(400, "body", "the body is not valid JSON") from None
        elif media == "application/x-www-form-urlencoded":
            value = _read_form(
                request.body, _mapping(self.schemas.resolve(op.body_schema)), self.schemas
            )
        else:
            return  # multipart parts, files and text are taken as they come
        problem = self.schemas.first_error(op.body_schema, value, "request")
        if problem is not None:
            where, what = problem
            raise Refused(400, where or "body", what)


# --------------------------------------------------------------------------------------
# Reading parameters back in their style
# --------------------------------------------------------------------------------------


def _read_query(
    param: Param, schema: Schema, query: Sequence[tuple[str, str]], schemas: Schemas
) -> Json:
    kind = primary_type(schema) if schema else "string"
    if kind == "object" and param.style == "deepObject":
        prefix = param.name + "["
        found = {
            key[len(prefix) : -1]: value
            for key, value in query
            if key.startswith(prefix) and key.endswith("]")
        }
        return _coerce_object(found, schema, schemas) if found else None
    values = [value for key, value in query if key == param.name]
    if kind == "array":
        if not values:
            return None
        if not param.explode or param.style != "form":
            separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
            values = [part for value in values for part in value.split(separator)]
        items = _mapping(schemas.resolve(schema.get("items", {})))
        return [_coerce(value, items, schemas) for value in values]
    if kind == "object" and param.explode and param.style == "form":
        properties = _mapping(schema.get("properties"))
        found = {key: value for key, value in query if key in properties}
        if not found and param.required and not schema.get("required"):
            return {}  # an empty object, exploded, is no query parameter at all
        return _coerce_object(found, schema, schemas) if found else None
    if not values:
        return None
    if kind == "object":
        parts = values[-1].split(",")
        return _coerce_object(dict(zip(parts[::2], parts[1::2], strict=False)), schema, schemas)
    return _coerce(values[-1], schema, schemas)


def _read_simple(raw: str, schema: Schema, schemas: Schemas) -> Json:
    kind = primary_type(schema) if schema else "string"
    if kind == "array":
        items = _mapping(schemas.resolve(schema.get("items", {})))
        return [_coerce(part, items, schemas) for part in raw.split(",")] if raw else []
    return _coerce(raw, schema, schemas)


def _read_form(body: bytes, schema: Schema, schemas: Schemas) -> Json:
    pairs = parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    properties = _mapping(schema.get("properties"))
    found: dict[str, Json] = {}
    for key, value in pairs:
        prop = _mapping(schemas.resolve(properties.get(key, {})))
        if primary_type(prop) == "array" if prop else False:
            items = _mapping(schemas.resolve(prop.get("items", {})))
            found.setdefault(key, []).append(_coerce(value, items, schemas))
        elif prop and primary_type(prop) == "object":
            try:
                found[key] = json.loads(value)
            except ValueError:
                found[key] = value
        else:
            found[key] = _coerce(value, prop, schemas)
    return found


def _coerce_object(found: Mapping[str, str], schema: Schema, schemas: Schemas) -> dict[str, Json]:
    properties = _mapping(schema.get("properties"))
    return {
        key: _coerce(value, _mapping(schemas.resolve(properties.get(key, {}))), schemas)
        for key, value in found.items()
    }


def _coerce(text: str, schema: Schema, schemas: Schemas) -> Json:
    """Query, path, header and form text as the JSON value the schema describes (the text
    itself when it is not one, so the check names the rule it breaks)."""
    declared = schema.get("type") if schema else None
    kinds = [declared] if isinstance(declared, str) else list(declared or [])
    if not kinds:
        for option in _list(schema.get("oneOf")) + _list(schema.get("anyOf")):
            option_kind = _mapping(schemas.resolve(option)).get("type")
            if isinstance(option_kind, str):
                kinds.append(option_kind)
    nullable = "null" in kinds or None in _list(schema.get("enum"))
    if nullable and text in ("", "null"):
        return None
    if "integer" in kinds and re.fullmatch(r"-?\d+", text):
        return int(text)
    if "number" in kinds:
        try:
            number = float(text)
        except ValueError:
            pass
        else:
            return int(number) if re.fullmatch(r"-?\d+", text) else number
    if "boolean" in kinds and text in ("true", "false"):
        return text == "true"
    return text


# --------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------


def _property_of(node: Any, name: str, examples: Examples) -> Schema:
    """Property `name` of an object schema, looking into `allOf` parts."""
    node = _mapping(node)
    properties = _mapping(node.get("properties"))
    if name in properties:
        return _mapping(properties[name])
    for part in _list(node.get("allOf")):
        found = _property_of(examples.resolve(part), name, examples)
        if found:
            return found
    extra = node.get("additionalProperties")
    return extra if isinstance(extra, Mapping) else {}


def _shortened(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _encode(value: Json, kind: str) -> bytes:
    if isinstance(value, bytes):
        return value
    if kind in ("text", "bytes") and isinstance(value, str):
        return value.encode()
    return b"" if value is None else dump_json(value)


def _cookies(request: HttpRequest) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(request.headers.get("Cookie", ""))
    except CookieError:
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def _all_servers(document: Mapping[str, Any]) -> list[Any]:
    """The document's servers, and those its paths and operations name for themselves."""
    found = _list(document.get("servers"))
    for item in map(_mapping, _mapping(document.get("paths")).values()):
        found += _list(item.get("servers"))
        for method in _METHODS:
            found += _list(_mapping(item.get(method)).get("servers"))
    return found


def _server_paths(servers: Any) -> tuple[str, ...]:
    """The path parts of the spec's server URLs (`https://host/v1` -> `/v1`), longest first:
    a request sent with a base URL that keeps that part still finds its route."""
    paths = set()
    for server in map(_mapping, _list(servers)):
        url = str(server.get("url", ""))
        for name, variable in _mapping(server.get("variables")).items():
            url = url.replace("{" + str(name) + "}", str(_mapping(variable).get("default", "")))
        paths.add(urlsplit(url).path.rstrip("/"))
    return tuple(
        sorted((path for path in paths if path and "{" not in path), key=len, reverse=True)
    )


def _packaged_routes(module: str) -> Mapping[str, Any] | None:
    """The route table of the generated package this runtime module ships in."""
    package, found, _ = module.partition("._runtime.")
    if not found:
        return None
    routes: Mapping[str, Any] = importlib.import_module(f"{package}._routes").ROUTES
    return routes


def _reason(status: int) -> str:
    return {
        400: "bad_request",
        401: "unauthorized",
        404: "not_found",
        405: "method_not_allowed",
        429: "too_many_requests",
    }.get(status, "server_error" if status >= 500 else "error")


def _is_json(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base in ("application/json", "text/json") or base.endswith("+json")


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else []
