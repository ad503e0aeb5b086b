"""An Okcoin v3 REST simulator on 127.0.0.1 for offline tests of the generated client.

The simulator reads the same OpenAPI document the client was generated from, so its routes,
parameter checks and reply shapes cannot drift from the client's. Signed routes are checked
the way Okcoin checks them (OK-ACCESS-* headers, HMAC-SHA256 over the exact request text);
spot orders and balances are kept in memory; every other route answers a deterministic
example built from its response schema. Every reply is checked against the spec before it is
sent, so a simulator bug shows up as a 500 instead of as a silently wrong client test.
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
import itertools
import json
import logging
import re
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, cast
from urllib.parse import unquote

from jsonschema import (  # type: ignore[import-untyped, unused-ignore]
    Draft202012Validator,
    FormatChecker,
)
from jsonschema.exceptions import (  # type: ignore[import-untyped, unused-ignore]
    ValidationError,
    best_match,
)

from ..testing.faults import Fault, RandomFaults
from ..testing.http import (
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
from ..testing.spec import packaged_spec

__all__ = [
    "Balance",
    "CannedReply",
    "DropConnection",
    "Fault",
    "LostReply",
    "MalformedBody",
    "OkcoinSimulator",
    "RandomFaults",
    "RateLimited",
    "RecordedRequest",
    "ServerError",
    "SlowReply",
]

log = logging.getLogger(__name__)

Json = Any
Schema = Mapping[str, Any]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_SECRET_HEADERS = frozenset({"ok-access-sign", "ok-access-passphrase"})
_DEFAULT_BALANCES: Mapping[str, str] = {"BTC": "10", "ETH": "100", "USD": "100000"}
# Above 2**53 on purpose: a client that parses ids as floats loses the last digit.
_FIRST_ORDER_ID = 2**53 + 1


# --------------------------------------------------------------------------------------
# Errors in Okcoin's format
# --------------------------------------------------------------------------------------


class ApiError(Exception):
    """An answer in Okcoin's error format; raised anywhere below the HTTP layer."""

    def __init__(
        self, status: int, code: int, message: str, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Json]:
        """Okcoin repeats the code as a number and as a string; clients read either."""
        return {
            "code": self.code,
            "message": self.message,
            "error_code": str(self.code),
            "error_message": self.message,
        }


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


def iso_time(epoch: float) -> str:
    """ISO 8601 UTC with three millisecond digits, as Okcoin writes times."""
    millis = round(epoch * 1000)
    seconds, remainder = divmod(millis, 1000)
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)) + f".{remainder:03d}Z"


def _fmt(amount: Decimal) -> str:
    """Decimal text without exponent or trailing zeros ("100000", "17.0005")."""
    text = format(amount, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# --------------------------------------------------------------------------------------
# Schemas: $ref resolution, validators and example values
# --------------------------------------------------------------------------------------

_NAME_HINTS: Mapping[str, str] = {
    "instrument_id": "BTC-USD",
    "product_id": "BTC-USD",
    "currency": "BTC",
    "base_currency": "BTC",
    "quote_currency": "USD",
    "ccy": "BTC",
    "side": "buy",
    "type": "limit",
    "liquidity": "T",
    "error_code": "0",  # a success reply carries no error code
}
_EXAMPLE_DECIMAL = "1.5"
_EXAMPLE_TIME = "2024-01-02T03:04:05.000Z"
_MAX_DEPTH = 12


class Schemas:
    """Everything the simulator needs from the document's schemas, with validators cached."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self._components = document.get("components", {})
        self._checker = _format_checker()
        self._validators: dict[int, tuple[Schema, Any]] = {}

    def resolve(self, node: Any) -> Any:
        """Follows local `$ref`s (`#/components/...`) until a node without one."""
        seen = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if not ref.startswith("#/") or seen > 32:
                raise ValueError(f"unsupported $ref {ref!r}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node, seen = target, seen + 1
        return node

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

    # ---- example values -------------------------------------------------------------

    def example(self, schema: Any, name: str = "", depth: int = 0) -> Json:
        """A deterministic value valid against `schema`, good enough for a client to decode."""
        node = self.resolve(schema)
        if not isinstance(node, Mapping) or depth > _MAX_DEPTH:
            return {} if depth > _MAX_DEPTH else "example"
        if "const" in node:
            return copy.deepcopy(node["const"])
        if node.get("enum"):
            return copy.deepcopy(node["enum"][0])
        for keyword in ("oneOf", "anyOf"):
            if node.get(keyword):
                return self._first_valid_option(node, keyword, name, depth)
        if node.get("allOf"):
            return self._merged_example(node, name, depth)
        return self._typed_example(node, _primary_type(node), name, depth)

    def _first_valid_option(self, node: Schema, keyword: str, name: str, depth: int) -> Json:
        options = node[keyword]
        candidates = [self.example(option, name, depth + 1) for option in options]
        for candidate in candidates:
            if self.is_valid(node, candidate):
                return candidate
        return candidates[0]

    def _merged_example(self, node: Schema, name: str, depth: int) -> Json:
        merged: dict[str, Json] = {}
        for part in node["allOf"]:
            value = self.example(part, name, depth + 1)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        rest = {key: value for key, value in node.items() if key != "allOf"}
        if rest.get("properties"):
            merged.update(self._object_example(rest, depth))
        return merged

    def _typed_example(self, node: Schema, kind: str, name: str, depth: int) -> Json:
        if kind == "object":
            return self._object_example(node, depth)
        if kind == "array":
            return self._array_example(node, name, depth)
        if kind == "integer":
            return int(_clamp(node, Decimal(1)))
        if kind == "number":
            return float(_clamp(node, Decimal("1.5")))
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self._string_example(node, name)

    def _object_example(self, node: Schema, depth: int) -> dict[str, Json]:
        value = {
            key: self.example(sub, key, depth + 1)
            for key, sub in node.get("properties", {}).items()
        }
        extra = node.get("additionalProperties")
        if not value and isinstance(extra, Mapping) and extra:
            key = "btc-usd"  # maps in this API are keyed by lower-case instrument id
            value[key] = self.example(extra, key, depth + 1)
        return value

    def _array_example(self, node: Schema, name: str, depth: int) -> list[Json]:
        prefix = [self.example(sub, name, depth + 1) for sub in node.get("prefixItems", [])]
        count = max(1, int(node.get("minItems", 1))) - len(prefix)
        items = node.get("items")
        if isinstance(items, Mapping) and count > 0:
            prefix += [self.example(items, name, depth + 1) for _ in range(count)]
        return prefix

    def _string_example(self, node: Schema, name: str) -> str:
        fmt = node.get("format")
        if fmt == "decimal":
            return _EXAMPLE_DECIMAL
        if fmt == "date-time":
            return _EXAMPLE_TIME
        if fmt == "date":
            return _EXAMPLE_TIME[:10]
        if fmt in ("uri", "url"):
            return "https://example.com/"
        if name == "error_message":
            return ""
        hint = _NAME_HINTS.get(name) or ("1001" if name == "id" or name.endswith("_id") else "")
        candidates = [hint, "example", "1.5", "1", "BTC-USD", "a"]
        pattern = node.get("pattern")
        for candidate in candidates:
            if candidate and (pattern is None or re.search(pattern, candidate)):
                return _fit_length(node, candidate)
        return _fit_length(node, "a")

    # ---- making handler output fit the spec -------------------------------------------

    def conform(self, schema: Any, value: Json, depth: int = 0) -> Json:
        """Adjusts a handler's reply to the spec: adds required fields the handler does not
        know about and turns numbers-as-text into the declared JSON type (or back)."""
        node = self.resolve(schema)
        if not isinstance(node, Mapping) or depth > _MAX_DEPTH:
            return value
        for keyword in ("anyOf", "oneOf"):
            if node.get(keyword) and not self.is_valid(node, value):
                return self._conform_to_option(node[keyword], value, depth)
        if isinstance(value, dict):
            return self._conform_object(node, value, depth)
        if isinstance(value, list) and isinstance(node.get("items"), Mapping):
            return [self.conform(node["items"], item, depth + 1) for item in value]
        return _convert_scalar(_declared_types(node), value)

    def _conform_to_option(self, options: Sequence[Any], value: Json, depth: int) -> Json:
        attempts = [self.conform(option, copy.deepcopy(value), depth + 1) for option in options]
        for attempt, option in zip(attempts, options, strict=True):
            if self.is_valid(option, attempt):
                return attempt
        return attempts[0]

    def _conform_object(self, node: Schema, value: dict[str, Json], depth: int) -> Json:
        properties: Mapping[str, Any] = node.get("properties", {})
        for key in node.get("required", []):
            if key not in value:
                value[key] = self.example(properties.get(key, {}), key, depth + 1)
        extra = node.get("additionalProperties")
        for key in list(value):
            sub = properties.get(key, extra if isinstance(extra, Mapping) else None)
            if sub is not None:
                value[key] = self.conform(sub, value[key], depth + 1)
        return value


def _primary_type(node: Schema) -> str:
    declared = node.get("type")
    if isinstance(declared, str):
        return declared
    if isinstance(declared, list):
        non_null = [kind for kind in declared if kind != "null"]
        return str(non_null[0]) if non_null else "null"
    if "properties" in node or "additionalProperties" in node:
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    return "string"


def _declared_types(node: Schema) -> list[str]:
    declared = node.get("type")
    if isinstance(declared, str):
        return [declared]
    return [str(kind) for kind in declared] if isinstance(declared, list) else []


def _convert_scalar(types: list[str], value: Json) -> Json:
    """Numbers-as-text in the direction the schema wants; anything else unchanged."""
    if not types or isinstance(value, bool):
        return value
    if isinstance(value, str) and "string" not in types and _DECIMAL.fullmatch(value):
        if "integer" in types and "." not in value:
            return int(value)
        if "number" in types:
            return float(value)
    numeric = {"integer", "number"} & set(types)
    if isinstance(value, (int, float)) and "string" in types and not numeric:
        return _fmt(Decimal(str(value)))
    return value


def _clamp(node: Schema, preferred: Decimal) -> Decimal:
    value = preferred
    if "minimum" in node:
        value = max(value, Decimal(str(node["minimum"])))
    if "exclusiveMinimum" in node:
        value = max(value, Decimal(str(node["exclusiveMinimum"])) + 1)
    if "maximum" in node:
        value = min(value, Decimal(str(node["maximum"])))
    if "exclusiveMaximum" in node:
        value = min(value, Decimal(str(node["exclusiveMaximum"])) - 1)
    return value


def _fit_length(node: Schema, text: str) -> str:
    minimum, maximum = int(node.get("minLength", 0)), node.get("maxLength")
    text = text + "x" * max(0, minimum - len(text))
    return text[: int(maximum)] if maximum is not None else text


# --------------------------------------------------------------------------------------
# Operations and routing
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    """A path or query parameter as the spec declares it."""

    name: str
    location: str
    required: bool
    schema: Schema
    explode: bool
    free_form: bool  # an exploded object: any query name is accepted into it


@dataclass
class Operation:
    """One method + path of the spec with what validation and replies need."""

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
    paging: Mapping[str, Any] | None
    returns_list: bool = False
    path_schema: Schema = field(default_factory=dict)
    query_schema: Schema = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Built once: the schema validators are cached per schema object.
        self.path_schema = _object_schema(self.by_location("path"), allow_extra=True)
        query = [param for param in self.by_location("query") if not param.free_form]
        self.query_schema = _object_schema(query, allow_extra=self.free_form_query)

    @property
    def free_form_query(self) -> bool:
        return any(param.free_form for param in self.params)

    def by_location(self, location: str) -> list[Param]:
        return [param for param in self.params if param.location == location]


def _load_operations(schemas: Schemas) -> list[Operation]:
    document = schemas.document
    default_security = document.get("security", [])
    operations = []
    for template, item in document.get("paths", {}).items():
        item = schemas.resolve(item)
        shared = item.get("parameters", [])
        for method in _HTTP_METHODS:
            raw = item.get(method)
            if raw is None:
                continue
            params = _merge_params(schemas, shared, raw.get("parameters", []))
            body_schema, body_required = _request_body(schemas, raw)
            response = _success_schema(schemas, raw)
            operations.append(
                Operation(
                    operation_id=str(raw.get("operationId") or f"{method} {template}"),
                    method=method.upper(),
                    template=template,
                    pattern=_template_pattern(template),
                    rank=tuple(1 if part.startswith("{") else 0 for part in template.split("/")),
                    signed=bool(raw.get("security", default_security)),
                    params=params,
                    body_schema=body_schema,
                    body_required=body_required,
                    response_schema=response,
                    paging=raw.get("x-paging"),
                    returns_list=response is not None
                    and _primary_type(schemas.resolve(response)) == "array",
                )
            )
    # Literal segments win over parameters: /accounts/availability before /accounts/{id}.
    operations.sort(key=lambda op: op.rank)
    return operations


def _merge_params(schemas: Schemas, shared: Iterable[Any], own: Iterable[Any]) -> tuple[Param, ...]:
    merged: dict[tuple[str, str], Param] = {}
    for raw in itertools.chain(shared, own):
        spec = schemas.resolve(raw)
        location = spec.get("in", "query")
        if location not in ("path", "query"):
            continue  # headers and cookies are not checked
        schema = spec.get("schema", {})
        resolved = schemas.resolve(schema)
        explode = bool(spec.get("explode", spec.get("style", "form") == "form"))
        free_form = location == "query" and _primary_type(resolved) == "object" and explode
        merged[(spec["name"], location)] = Param(
            name=spec["name"],
            location=location,
            required=bool(spec.get("required", location == "path")),
            schema=schema,
            explode=explode,
            free_form=free_form,
        )
    return tuple(merged.values())


def _json_content(schemas: Schemas, holder: Mapping[str, Any]) -> Schema | None:
    content = holder.get("content", {})
    for media_type, entry in content.items():
        if "json" in media_type and "schema" in entry:
            return cast(Schema, entry["schema"])
    return None


def _request_body(schemas: Schemas, raw: Mapping[str, Any]) -> tuple[Schema | None, bool]:
    if "requestBody" not in raw:
        return None, False
    body = schemas.resolve(raw["requestBody"])
    return _json_content(schemas, body) or {}, bool(body.get("required", False))


def _success_schema(schemas: Schemas, raw: Mapping[str, Any]) -> Schema | None:
    responses = raw.get("responses", {})
    for status in ("200", 200, "201", 201, "2XX"):
        if status in responses:
            return _json_content(schemas, schemas.resolve(responses[status]))
    return None


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
    params = [param for param in op.by_location("query") if not param.free_form]
    declared = {param.name: param for param in params}
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
# Recorded requests and balances as the tests see them
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


@dataclass(frozen=True)
class Balance:
    currency: str
    available: Decimal
    hold: Decimal

    @property
    def balance(self) -> Decimal:
        return self.available + self.hold


# --------------------------------------------------------------------------------------
# Exchange state: balances and spot orders
# --------------------------------------------------------------------------------------

_STATE_TEXT = {
    "-2": "failed",
    "-1": "cancelled",
    "0": "open",
    "1": "part_filled",
    "2": "filled",
    "3": "ordering",
    "4": "canceling",
}
_STATE_GROUPS = {"6": {"0", "1"}, "7": {"-1", "2"}}
_OPEN = frozenset({"0", "1"})


@dataclass
class _Account:
    available: Decimal
    hold: Decimal = Decimal(0)


@dataclass
class _Order:
    order_id: str
    client_oid: str
    instrument_id: str
    side: str
    type: str
    order_type: str
    price: Decimal | None
    size: Decimal | None
    notional: Decimal | None
    created_at: float
    hold_currency: str
    held: Decimal
    filled_size: Decimal = Decimal(0)
    filled_notional: Decimal = Decimal(0)
    state: str = "0"

    def as_json(self) -> dict[str, Json]:
        stamp = iso_time(self.created_at)
        average = self.filled_notional / self.filled_size if self.filled_size else Decimal(0)
        return {
            "order_id": self.order_id,
            "client_oid": self.client_oid,
            "instrument_id": self.instrument_id,
            "product_id": self.instrument_id,
            "side": self.side,
            "type": self.type,
            "order_type": self.order_type,
            "price": "" if self.price is None else _fmt(self.price),
            "size": "" if self.size is None else _fmt(self.size),
            "notional": "" if self.notional is None else _fmt(self.notional),
            "funds": "",
            "price_avg": _fmt(average),
            "filled_size": _fmt(self.filled_size),
            "filled_notional": _fmt(self.filled_notional),
            "state": self.state,
            "status": _STATE_TEXT.get(self.state, self.state),
            "timestamp": stamp,
            "created_at": stamp,
        }


def _amount(value: Json, name: str) -> Decimal | None:
    """A positive decimal from the request, None when absent or blank."""
    if value is None or value == "":
        return None
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        raise _bad_param(f"Invalid parameter {name}: not a decimal") from None
    if amount <= 0:
        raise _bad_param(f"Invalid parameter {name}: must be greater than 0")
    return amount


def _split_instrument(instrument_id: str) -> tuple[str, str]:
    parts = instrument_id.upper().split("-")
    if len(parts) != 2 or not all(part.isalnum() for part in parts):
        raise ApiError(400, 30032, f"Pair {instrument_id} does not exist")
    return parts[0], parts[1]


def _result(order: _Order | None = None, error: ApiError | None = None, **extra: Json) -> Json:
    """Okcoin's per-order outcome: a failure keeps HTTP 200 and says so in error_code."""
    reply: dict[str, Json] = {
        "order_id": order.order_id if order else "-1",
        "client_oid": order.client_oid if order else "",
        "result": error is None,
        "error_code": str(error.code) if error else "",
        "error_message": error.message if error else "",
    }
    reply.update(extra)
    return reply


class Exchange:
    """Balances and spot orders. Not thread-safe by itself: the simulator holds its lock."""

    def __init__(self, balances: Mapping[str, Decimal | str | int], clock: Callable[[], float]):
        self.clock = clock
        self.accounts = {
            currency.upper(): _Account(Decimal(str(amount)))
            for currency, amount in balances.items()
        }
        self.orders: dict[str, _Order] = {}
        self._ids = itertools.count(_FIRST_ORDER_ID)

    def account(self, currency: str) -> _Account:
        return self.accounts.setdefault(currency.upper(), _Account(Decimal(0)))

    # ---- holds --------------------------------------------------------------------------

    def _hold(self, currency: str, amount: Decimal) -> None:
        account = self.account(currency)
        if account.available < amount:
            raise ApiError(
                400,
                33017,
                f"Insufficient balance: {currency} available "
                f"{_fmt(account.available)}, needed {_fmt(amount)}",
            )
        account.available -= amount
        account.hold += amount

    def _release(self, order: _Order) -> None:
        account = self.account(order.hold_currency)
        account.hold -= order.held
        account.available += order.held
        order.held = Decimal(0)

    # ---- orders -------------------------------------------------------------------------

    def place(self, request: Mapping[str, Json]) -> _Order:
        instrument = str(request["instrument_id"]).upper()
        base, quote = _split_instrument(instrument)
        side, kind = str(request["side"]), str(request.get("type") or "limit")
        price = _amount(request.get("price"), "price")
        size = _amount(request.get("size"), "size")
        notional = _amount(request.get("notional"), "notional")
        currency, needed = self._needed(kind, side, base, quote, price, size, notional)
        client_oid = str(request.get("client_oid") or "")
        if client_oid and any(o.client_oid == client_oid for o in self.orders.values()):
            raise ApiError(400, 33013, f"Order placement failed: client_oid {client_oid} in use")
        self._hold(currency, needed)
        order = _Order(
            order_id=str(next(self._ids)),
            client_oid=client_oid,
            instrument_id=instrument,
            side=side,
            type=kind,
            order_type=str(request.get("order_type") or "0"),
            price=price if kind == "limit" else None,
            size=size,
            notional=notional if kind == "market" and side == "buy" else None,
            created_at=self.clock(),
            hold_currency=currency,
            held=needed,
        )
        self.orders[order.order_id] = order
        return order

    @staticmethod
    def _needed(
        kind: str,
        side: str,
        base: str,
        quote: str,
        price: Decimal | None,
        size: Decimal | None,
        notional: Decimal | None,
    ) -> tuple[str, Decimal]:
        """Which currency an order holds and how much: quote for buys, base for sells."""
        if kind == "limit":
            if price is None:
                raise _missing_param("price")
            if size is None:
                raise _missing_param("size")
            return (quote, price * size) if side == "buy" else (base, size)
        if side == "buy":
            if notional is None:
                raise _missing_param("notional")
            return quote, notional
        if size is None:
            raise _missing_param("size")
        return base, size

    def find(self, key: str, instrument_id: str | None) -> _Order:
        """By order id, else by client_oid (the newest order that used it)."""
        order = self.orders.get(key)
        if order is None:
            matches = [o for o in self.orders.values() if o.client_oid and o.client_oid == key]
            order = matches[-1] if matches else None
        if order is None or (
            instrument_id is not None and order.instrument_id != instrument_id.upper()
        ):
            raise ApiError(400, 33014, f"Order {key} does not exist")
        return order

    @staticmethod
    def _ensure_open(order: _Order) -> None:
        if order.state == "2":
            raise ApiError(400, 33026, f"Order {order.order_id} is already filled")
        if order.state not in _OPEN:
            raise ApiError(400, 33027, f"Order {order.order_id} is cancelled or cancelling")

    def cancel(self, order: _Order) -> _Order:
        self._ensure_open(order)
        self._release(order)
        order.state = "-1"
        return order

    def amend(self, order: _Order, new_size: Decimal | None, new_price: Decimal | None) -> None:
        """Re-prices or re-sizes an open limit order, moving its hold up or down."""
        self._ensure_open(order)
        if order.type != "limit" or order.price is None or order.size is None:
            raise ApiError(400, 33020, "Only limit orders can be amended")
        size = new_size if new_size is not None else order.size
        price = new_price if new_price is not None else order.price
        if size <= order.filled_size:
            raise _bad_param("Invalid parameter new_size: must exceed the filled size")
        remaining = size - order.filled_size
        needed = price * remaining if order.side == "buy" else remaining
        extra = needed - order.held
        if extra > 0:
            self._hold(order.hold_currency, extra)
        else:
            account = self.account(order.hold_currency)
            account.hold += extra
            account.available -= extra
        order.held, order.size, order.price = needed, size, price

    def fill(self, order: _Order, size: Decimal | None) -> None:
        """Fills part or all of an open limit order at its price and settles balances."""
        self._ensure_open(order)
        if order.type != "limit" or order.price is None or order.size is None:
            raise ValueError("only limit orders can be filled in the simulator")
        remaining = order.size - order.filled_size
        amount = remaining if size is None else min(size, remaining)
        base, quote = _split_instrument(order.instrument_id)
        cost = order.price * amount
        if order.side == "buy":
            self.account(quote).hold -= cost
            self.account(base).available += amount
            order.held -= cost
        else:
            self.account(base).hold -= amount
            self.account(quote).available += cost
            order.held -= amount
        order.filled_size += amount
        order.filled_notional += cost
        order.state = "2" if order.filled_size == order.size else "1"

    def listed(self, instrument_id: str, states: set[str]) -> list[_Order]:
        """Orders of one market in the given states, newest first."""
        rows = [
            order
            for order in self.orders.values()
            if order.instrument_id == instrument_id.upper() and order.state in states
        ]
        return sorted(rows, key=lambda order: int(order.order_id), reverse=True)


# --------------------------------------------------------------------------------------
# Handlers
# --------------------------------------------------------------------------------------


@dataclass
class Call:
    """A validated request, as handlers see it."""

    op: Operation
    path_params: dict[str, Json]
    query: dict[str, Json]
    body: Json


@dataclass
class Reply:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Exchange, Call], Reply]


def _server_time(ex: Exchange, call: Call) -> Reply:
    now = ex.clock()
    return Reply(200, {"iso": iso_time(now), "epoch": f"{round(now * 1000) / 1000:.3f}"})


def _spot_row(currency: str, account: _Account) -> dict[str, Json]:
    hold = _fmt(account.hold)
    return {
        "id": "1001",
        "currency": currency,
        "balance": _fmt(account.available + account.hold),
        "available": _fmt(account.available),
        "hold": hold,
        "holds": hold,
        "frozen": hold,
    }


def _wallet_row(currency: str, account: _Account) -> dict[str, Json]:
    return {
        "currency": currency,
        "balance": _fmt(account.available + account.hold),
        "available": _fmt(account.available),
        "hold": _fmt(account.hold),
    }


def _rows_reply(call: Call, rows: list[dict[str, Json]]) -> Reply:
    """A list when the spec answers a list, else the single row."""
    return Reply(200, rows if call.op.returns_list else (rows[0] if rows else {}))


def _spot_accounts(ex: Exchange, call: Call) -> Reply:
    rows = [_spot_row(c, a) for c, a in sorted(ex.accounts.items())]
    return Reply(200, rows)


def _spot_account(ex: Exchange, call: Call) -> Reply:
    currency = str(call.path_params["currency"]).upper()
    return _rows_reply(call, [_spot_row(currency, ex.account(currency))])


def _wallet(ex: Exchange, call: Call) -> Reply:
    return Reply(200, [_wallet_row(c, a) for c, a in sorted(ex.accounts.items())])


def _wallet_currency(ex: Exchange, call: Call) -> Reply:
    currency = str(call.path_params["currency"]).upper()
    return _rows_reply(call, [_wallet_row(currency, ex.account(currency))])


def _place_order(ex: Exchange, call: Call) -> Reply:
    return Reply(200, _result(ex.place(call.body)))


def _place_orders(ex: Exchange, call: Call) -> Reply:
    requests: list[Mapping[str, Json]] = call.body
    _check_batch_size(str(r["instrument_id"]) for r in requests)
    grouped: dict[str, list[Json]] = {}
    for request in requests:
        key = str(request["instrument_id"]).lower()
        try:
            outcome = _result(ex.place(request))
        except ApiError as error:
            outcome = _result(None, error, client_oid=str(request.get("client_oid") or ""))
        grouped.setdefault(key, []).append(outcome)
    return Reply(200, grouped)


def _check_batch_size(instruments: Iterable[str], per_instrument: int = 10) -> None:
    counts: dict[str, int] = {}
    for instrument in instruments:
        counts[instrument.lower()] = counts.get(instrument.lower(), 0) + 1
    if len(counts) > 4:
        raise _bad_param("Invalid parameter body: at most 4 instruments per batch")
    if any(count > per_instrument for count in counts.values()):
        raise _bad_param(f"Invalid parameter body: at most {per_instrument} orders per instrument")


def _pending_orders(ex: Exchange, call: Call) -> Reply:
    rows = ex.listed(str(call.query["instrument_id"]), set(_OPEN))
    return _paged_orders(call, rows)


def _orders_by_state(ex: Exchange, call: Call) -> Reply:
    state = str(call.query["state"])
    rows = ex.listed(str(call.query["instrument_id"]), _STATE_GROUPS.get(state, {state}))
    return _paged_orders(call, rows)


def _get_order(ex: Exchange, call: Call) -> Reply:
    instrument = call.query.get("instrument_id")
    order = ex.find(str(call.path_params["order_id_or_client_oid"]), _opt_str(instrument))
    return Reply(200, order.as_json())


def _cancel_order(ex: Exchange, call: Call) -> Reply:
    body = call.body or {}
    key = str(call.path_params["order_id_or_client_oid"])
    order = ex.cancel(ex.find(key, _opt_str(body.get("instrument_id"))))
    return Reply(200, _result(order))


def _cancel_orders(ex: Exchange, call: Call) -> Reply:
    grouped: dict[str, list[Json]] = {}
    for entry in call.body:
        instrument = str(entry["instrument_id"])
        keys = list(entry.get("order_ids") or []) + list(entry.get("client_oids") or [])
        if not keys:
            raise ApiError(400, 33059, "client_oid or order_id is required")
        outcomes = grouped.setdefault(instrument.lower(), [])
        for key in keys:
            try:
                outcomes.append(_result(ex.cancel(ex.find(str(key), instrument))))
            except ApiError as error:
                by_oid = key in (entry.get("client_oids") or [])
                outcomes.append(
                    _result(None, error, **({"client_oid": key} if by_oid else {"order_id": key}))
                )
    return Reply(200, grouped)


def _amend_one(ex: Exchange, instrument: str, change: Mapping[str, Json]) -> Json:
    order_id, client_oid = change.get("order_id"), change.get("client_oid")
    if not order_id and not client_oid:
        raise ApiError(400, 33059, "client_oid or order_id is required")
    if order_id and client_oid:
        raise ApiError(400, 33060, "Give either client_oid or order_id, not both")
    new_size = _amount(change.get("new_size"), "new_size")
    new_price = _amount(change.get("new_price"), "new_price")
    if new_size is None and new_price is None:
        raise _missing_param("new_size or new_price")
    order = ex.find(str(order_id or client_oid), instrument)
    try:
        ex.amend(order, new_size, new_price)
    except ApiError:
        if str(change.get("cancel_on_fail", "0")) == "1" and order.state in _OPEN:
            ex.cancel(order)
        raise
    return _result(order, request_id=str(change.get("request_id") or ""))


def _amend_order(ex: Exchange, call: Call) -> Reply:
    return Reply(200, _amend_one(ex, str(call.path_params["instrument_id"]), call.body))


def _amend_orders(ex: Exchange, call: Call) -> Reply:
    changes: list[Mapping[str, Json]] = call.body
    _check_batch_size(str(change["instrument_id"]) for change in changes)
    grouped: dict[str, list[Json]] = {}
    for change in changes:
        instrument = str(change["instrument_id"])
        try:
            outcome = _amend_one(ex, instrument, change)
        except ApiError as error:
            outcome = _result(None, error, request_id=str(change.get("request_id") or ""))
        grouped.setdefault(instrument.lower(), []).append(outcome)
    return Reply(200, grouped)


def _opt_str(value: Json) -> str | None:
    return None if value is None or value == "" else str(value)


@dataclass(frozen=True)
class _Route:
    operation_id: str
    method: str
    path: str
    handler: Handler


# Matched by operationId first and by method + path second, so renaming an operation in the
# spec does not silently turn a stateful route into a canned one.
_STATEFUL: tuple[_Route, ...] = (
    _Route("general_get_server_time", "GET", "/api/general/v3/time", _server_time),
    _Route("spot_list_accounts", "GET", "/api/spot/v3/accounts", _spot_accounts),
    _Route("spot_get_account", "GET", "/api/spot/v3/accounts/{currency}", _spot_account),
    _Route("account_list_wallet", "GET", "/api/account/v3/wallet", _wallet),
    _Route("account_get_wallet", "GET", "/api/account/v3/wallet/{currency}", _wallet_currency),
    _Route("spot_place_order", "POST", "/api/spot/v3/orders", _place_order),
    _Route("spot_place_orders", "POST", "/api/spot/v3/batch_orders", _place_orders),
    _Route("spot_list_orders", "GET", "/api/spot/v3/orders", _orders_by_state),
    _Route("spot_list_pending_orders", "GET", "/api/spot/v3/orders_pending", _pending_orders),
    _Route("spot_get_order", "GET", "/api/spot/v3/orders/{order_id_or_client_oid}", _get_order),
    _Route("spot_amend_order", "POST", "/api/spot/v3/amend_order/{instrument_id}", _amend_order),
    _Route("spot_amend_orders", "POST", "/api/spot/v3/amend_batch_orders", _amend_orders),
    _Route(
        "spot_cancel_order",
        "POST",
        "/api/spot/v3/cancel_orders/{order_id_or_client_oid}",
        _cancel_order,
    ),
    _Route("spot_cancel_orders", "POST", "/api/spot/v3/cancel_batch_orders", _cancel_orders),
)


def _stateful_handlers(operations: Iterable[Operation]) -> dict[str, Handler]:
    by_id = {route.operation_id: route.handler for route in _STATEFUL}
    by_route = {(route.method, route.path): route.handler for route in _STATEFUL}
    handlers = {}
    for op in operations:
        handler = by_id.get(op.operation_id) or by_route.get((op.method, op.template))
        if handler is not None:
            handlers[op.operation_id] = handler
    return handlers


# --------------------------------------------------------------------------------------
# Cursor paging
# --------------------------------------------------------------------------------------

_CURSOR_FIELDS = ("order_id", "ledger_id", "trade_id", "algo_id", "borrow_id", "id")


def _paging_names(op: Operation) -> dict[str, str]:
    paging = op.paging or {}
    return {
        "after": str(paging.get("after", "after")),
        "before": str(paging.get("before", "before")),
        "limit": str(paging.get("limit", "limit")),
        "after-header": str(paging.get("after-header", "OK-AFTER")),
        "before-header": str(paging.get("before-header", "OK-BEFORE")),
        "max-limit": str(paging.get("max-limit", 100)),
    }


def _cursor_int(call: Call, name: str) -> int | None:
    value = call.query.get(name)
    if value is None or value == "":
        return None
    try:
        return int(str(value))
    except ValueError:
        raise _bad_param(f"Invalid parameter {name}: must be a row id") from None


def _paged_orders(call: Call, rows: list[_Order]) -> Reply:
    """after = older than that id, before = newer than that id; newest first either way."""
    names = _paging_names(call.op)
    after, before = _cursor_int(call, names["after"]), _cursor_int(call, names["before"])
    given = call.query.get(names["limit"])
    limit = int(names["max-limit"] if given is None else given)
    if limit < 1:
        raise _bad_param(f"Invalid parameter {names['limit']}: must be at least 1")
    if after is not None:
        rows = [row for row in rows if int(row.order_id) < after]
    if before is not None:
        # The page next to the cursor: the oldest `limit` of the newer rows.
        rows = [row for row in rows if int(row.order_id) > before][-limit:]
    page = [row.as_json() for row in rows[:limit]]
    return Reply(200, page, _page_headers(names, page))


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
    """

    def __init__(
        self,
        *,
        api_key: str = "test-key",
        secret_key: str = "test-secret",
        passphrase: str = "test-passphrase",
        time_window: float = 30.0,
        clock: Callable[[], float] = time.time,
        spec: Mapping[str, Any] | None = None,
        balances: Mapping[str, Decimal | str | int] | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(ssl_context=ssl_context)
        self._api_key = api_key
        self._secret_key = secret_key
        self._passphrase = passphrase
        self.time_window = time_window
        self.clock = clock
        self.schemas = Schemas(spec if spec is not None else packaged_spec(__name__))
        self.router = Router(_load_operations(self.schemas))
        self._handlers = _stateful_handlers(self.router.operations)
        self._canned: dict[str, Reply] = {}
        self._exchange = Exchange(_DEFAULT_BALANCES if balances is None else balances, clock)
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

    def balance(self, currency: str) -> Balance:
        with self._lock:
            account = self._exchange.account(currency)
            return Balance(currency.upper(), account.available, account.hold)

    def set_balance(self, currency: str, available: Decimal | str | int) -> None:
        """Sets the available amount (holds of open orders stay as they are)."""
        with self._lock:
            self._exchange.account(currency).available = Decimal(str(available))

    def order(self, order_id_or_client_oid: str) -> dict[str, Json]:
        """An order as GET /api/spot/v3/orders/{id} would answer it."""
        with self._lock:
            return self._exchange.find(order_id_or_client_oid, None).as_json()

    def fill_order(self, order_id_or_client_oid: str, size: Decimal | str | None = None) -> None:
        """Fills an open limit order (all of it, or `size`) at its price."""
        with self._lock:
            order = self._exchange.find(order_id_or_client_oid, None)
            self._exchange.fill(order, None if size is None else Decimal(str(size)))

    def set_response(
        self,
        operation_id: str,
        body: Json,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answers an operation with this body from now on (still checked against the spec
        when status is 200). Replaces the stateful handler or the example reply."""
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
            handler = self._handlers.get(op.operation_id)
            if canned is not None:
                reply = Reply(canned.status, copy.deepcopy(canned.body), dict(canned.headers))
            elif handler is not None:
                reply = handler(self._exchange, call)
            else:
                reply = Reply(200, self._example(op))
                if op.paging is not None:
                    reply = _page_synthesized(call, reply)
        if reply.status != 200 or op.response_schema is None:
            return reply
        if handler is not None and canned is None:
            reply.body = self.schemas.conform(op.response_schema, reply.body)
        return self._checked(op, reply)

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

    def _example(self, op: Operation) -> Json:
        if op.response_schema is None:
            return {}
        return self.schemas.example(op.response_schema)

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
        if abs(sent_at - self.clock()) > self.time_window:
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
