"""OpenAPI 3.1 document -> `ir.Api`.

Only the parts a client needs are read: servers, operations, parameters, JSON and form request
bodies, the success response, security and our `x-` extensions (see specs/README.md).
"""

from __future__ import annotations

import json
import keyword
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Literal

import attrs
import yaml

from generator import ir
from generator.naming import class_name, identifier, snake_case, unique, words
from generator.schema import SchemaConverter, SchemaError, _merge_all_of, required_rules

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# libyaml's loader when PyYAML was built with it: the same documents, several times faster.
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _YAML_LOADER(_BASE_LOADER):  # type: ignore[misc]
    """The safe loader, read the way JSON sees data (YAML 1.2): unquoted dates stay strings
    (a spec's `example: 2024-01-01` is JSON text, and a `datetime.date` would not survive
    the trip to JSON), and only true/false are booleans (`on`, `no` and `y` are property
    names and enum values, not booleans)."""

    yaml_implicit_resolvers: ClassVar[dict[str, Any]] = {
        first: [
            (tag, regexp)
            for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
        ]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }
    for first in "tTfF":
        yaml_implicit_resolvers[first] = [
            ("tag:yaml.org,2002:bool", re.compile("^(?:true|True|TRUE|false|False|FALSE)$")),
            *yaml_implicit_resolvers.get(first, ()),
        ]
    del first


_SUCCESS = ("200", "201", "202", "204")
# The parameter styles the transport writes, by location.
_STYLES = {
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "path": ("simple",),
    "header": ("simple",),
    "cookie": ("form",),
}


class SpecError(ValueError):
    """The spec breaks one of our conventions; the message names the operation."""


class DanglingRef(SpecError):
    """A `$ref` that points to nothing: the spec is broken, not merely unsupported."""


def load_yaml(path: Path) -> dict[str, Any]:
    """A spec file as data: JSON for `.json`, YAML otherwise (dates kept as text)."""
    with path.open("rb") as stream:
        if path.suffix == ".json":
            try:
                document = json.load(stream)
            except ValueError as error:
                raise SpecError(f"{path}: not valid JSON: {error}") from None
        else:
            document = _json_keys(yaml.load(stream, Loader=_YAML_LOADER))
    if not isinstance(document, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return document


def _json_keys(node: Any) -> Any:
    """YAML data with every mapping key a string, as in JSON: unquoted `200:` response
    codes become "200"."""
    if isinstance(node, dict):
        return {
            key if isinstance(key, str) else _key_text(key): _json_keys(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_json_keys(item) for item in node]
    return node


def _key_text(key: Any) -> str:
    if key is None:
        return "null"
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def load_openapi(path: Path) -> ir.Api:
    return OpenApiLoader(load_yaml(path)).load()


class OpenApiLoader:
    """Builds the IR of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any], origin: str = "the spec") -> None:
        self._doc = document
        self._origin = origin
        self.warnings: list[str] = []
        self._schemes_cache: tuple[ir.SecurityScheme, ...] | None = None
        """Operations skipped and why, one line each (filled by `load`)."""
        self.openapi_30 = str(document.get("openapi", "")).startswith("3.0")
        info = _mapping(document.get("info"))
        try:
            generic = generator_target(info)["flavor"] == "generic"
        except SpecError:
            generic = False  # `load` reports the broken block
        self._generic = generic
        # The JSON media type the operation being read answers in, when not plain JSON.
        self._accept = ""
        self._schemas = SchemaConverter(
            self._resolve_ref,
            boolean_bounds=self.openapi_30,
            typed_formats=generic,
            exclusive_one_of=generic,
        )
        for name in _mapping(_mapping(document.get("components")).get("schemas")):
            self._schemas.reserve(class_name(name))

    def _resolve_ref(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SchemaError(f"only local $refs are supported, got {ref!r}")
        node: Any = self._doc
        for part in ref[2:].split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise DanglingRef(f"$ref {ref!r} points to nothing in {self._origin}")
        if not isinstance(node, Mapping):
            raise SpecError(f"$ref {ref!r} does not point to an object")
        return ref.rsplit("/", 1)[-1], node

    def _deref(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        seen: list[str] = []
        while "$ref" in node:
            ref = node["$ref"]
            if ref in seen:
                raise SpecError("circular $ref: " + " -> ".join([*seen, ref]))
            seen.append(ref)
            node = self._resolve_ref(ref)[1]
        return node

    def _security_schemes(self) -> tuple[ir.SecurityScheme, ...]:
        """The schemes the client takes credentials for, as constructor arguments."""
        if self._schemes_cache is not None:
            return self._schemes_cache
        found: list[ir.SecurityScheme] = []
        taken = set(_CLIENT_ARGUMENTS)
        components = _mapping(self._doc.get("components")).get("securitySchemes")
        for name, raw in _mapping(components).items():
            spec = self._deref(_mapping(raw))
            kind, location, wire_name = _scheme_shape(spec)
            if kind is None:
                described = " ".join(str(spec.get(key, "")) for key in ("type", "scheme", "in"))
                self.warnings.append(
                    f"security scheme {name!r} ({described.strip()}) is not supported: the "
                    "client takes no credential for it"
                )
                continue
            found.append(
                ir.SecurityScheme(
                    name=str(name),
                    argument=unique(identifier(str(name)), taken),
                    kind=kind,
                    location=location,
                    wire_name=wire_name,
                    doc=" ".join(str(spec.get("description", "")).split()),
                    flows=_oauth_flows(spec) if spec.get("type") == "oauth2" else (),
                )
            )
        self._schemes_cache = tuple(found)
        return self._schemes_cache

    def _renamed_if_taken(
        self, operation: ir.Operation, earlier: list[ir.Operation], method: str, path: str
    ) -> ir.Operation:
        """A repeated operationId, or one whose method name another already has, gets a
        numbered name (with a warning) instead of refusing the spec; names given with
        `x-method` stay as they are and are checked by `_check_unique`."""
        ids = {op.operation_id for op in earlier}
        names = {op.name for op in earlier if op.group == operation.group}
        operation_id = unique(operation.operation_id, set(ids))
        name = unique(operation.name, set(names))
        if (operation_id, name) == (operation.operation_id, operation.name):
            return operation
        self.warnings.append(
            f"{method.upper()} {path}: operationId {operation.operation_id!r} is taken; "
            f"the method is {operation.group}.{name}()"
        )
        return attrs.evolve(operation, operation_id=operation_id, name=name)

    def load(self) -> ir.Api:
        info = self._doc.get("info")
        if not isinstance(info, Mapping) or "title" not in info:
            raise SpecError("the spec has no info.title (OpenAPI requires one)")
        version = str(self._doc.get("openapi", ""))
        if not version.startswith(("3.0.", "3.1.")) and version not in ("3.0", "3.1"):
            raise SpecError(
                f"openapi: {version or 'missing'}: only OpenAPI 3.0 and 3.1 documents are read"
            )
        target = generator_target(info)
        operations: list[ir.Operation] = []
        for path, item in _mapping(self._doc.get("paths")).items():
            path_item = self._deref(_mapping(item))
            for method in _METHODS:
                if method not in path_item:
                    continue
                for variant in variants(self._deref(path_item[method])):
                    try:
                        operation = self._operation(path, method, variant, path_item)
                    except DanglingRef:
                        raise
                    except (SpecError, SchemaError, RecursionError) as error:
                        reason = (
                            str(error)
                            if not isinstance(error, RecursionError)
                            else ("schemas nest too deeply (a circular $ref?)")
                        )
                        pointer = "#/paths/" + _pointer_part(path) + "/" + method
                        self.warnings.append(
                            f"skipped {method.upper()} {path}: {reason} (at {pointer})"
                        )
                        continue
                    if "x-method" not in variant:
                        operation = self._renamed_if_taken(operation, operations, method, path)
                    operations.append(operation)
        _check_unique(operations)
        return ir.Api(
            title=_display(str(info["title"])),
            version=str(info.get("version", "")),
            kind="rest",
            distribution=target["distribution"],
            package=target["package"],
            client_class=target["client"],
            flavor=target["flavor"],
            servers=_server_urls(self._doc.get("servers")),
            operations=tuple(operations),
            models=self._schemas.models(),
            summary=" ".join(str(info.get("summary", info.get("description", ""))).split()),
            group_docs=tuple(
                (group_name(str(tag["name"])), " ".join(str(tag.get("description", "")).split()))
                for tag in self._doc.get("tags", ())
                if isinstance(tag, Mapping) and "name" in tag
            ),
            package_version=target["version"],
            security_schemes=self._security_schemes(),
        )

    def _operation(
        self, path: str, method: str, spec: Mapping[str, Any], path_item: Mapping[str, Any]
    ) -> ir.Operation:
        operation_id = str(spec.get("operationId") or f"{method}_{snake_case(path)}")
        tags = spec.get("tags") or ["default"]
        name = spec.get("x-method") or identifier(operation_id)
        hint = class_name(operation_id)
        taken: set[str] = set()
        raw_params = [
            self._deref(raw)
            for raw in [*path_item.get("parameters", ()), *spec.get("parameters", ())]
        ]
        # An exploded form-style object in the query is OpenAPI's way of saying "any query
        # parameters": the client takes those as `extra_params`.
        free_form = [param for param in raw_params if _is_free_form_query(param)]
        params = [self._parameter(raw, hint, taken) for raw in raw_params if raw not in free_form]
        extra_params = bool(free_form)
        body_kind, body_params, body_extra, content_type, rules = self._request_body(
            spec, hint, taken
        )
        self._accept = ""
        response, answer = self._response(spec, hint)
        params.extend(body_params)
        params.sort(key=lambda param: not param.required)
        declared = {param.wire_name for param in params if param.location == "path"}
        for template_name in re.findall(r"{([^{}]+)}", path):
            if template_name not in declared:
                raise SpecError(f"path parameter {template_name!r} is not declared")
        # The operation's own servers, else its path's (OpenAPI: the nearer one wins).
        servers = _server_urls(spec["servers"] if "servers" in spec else path_item.get("servers"))
        return ir.Operation(
            operation_id=operation_id,
            group=group_name(str(tags[0])),
            name=name,
            summary=" ".join(str(spec.get("summary", "")).split()),
            description=" ".join(str(spec.get("description", "")).split()),
            transport=ir.HttpRoute(
                method.upper(), path, servers, body_kind, content_type, answer, self._accept
            ),
            params=tuple(params),
            response=response,
            auth=self._auth(spec),
            # Resent or retried only when the spec says so: an unmarked route is unsafe.
            idempotent=spec.get("x-idempotent") is True,
            paging=_paging(spec.get("x-paging")),
            extra_params=extra_params or body_extra,
            rate_limit=spec.get("x-rate-limit"),
            browser_redirect=bool(spec.get("x-browser-redirect", False)),
            envelope=spec.get("x-envelope") is True,
            rules=rules,
            errors=self._errors(spec, hint) if self._generic else (),
        )

    def _parameter(self, spec: Mapping[str, Any], hint: str, taken: set[str]) -> ir.Parameter:
        location = spec["in"]
        if location not in ("path", "query", "header", "cookie"):
            raise SpecError(
                f"parameter {spec.get('name')!r}: {location} parameters are not supported"
            )
        wire_name = spec["name"]
        schema = spec.get("schema", {})
        style = str(spec.get("style", "form" if location in ("query", "cookie") else "simple"))
        if style not in _STYLES[location]:
            raise SpecError(
                f"parameter {wire_name!r}: style {style!r} is not supported in {location}"
            )
        explode = spec.get("explode", style == "form")
        if not isinstance(explode, bool):
            raise SpecError(f"parameter {wire_name!r}: explode must be true or false")
        return ir.Parameter(
            name=unique(identifier(wire_name), taken),
            wire_name=wire_name,
            location=location,
            type=self._schemas.convert(schema, hint + class_name(wire_name), "request"),
            # A path parameter is part of the URL: required, whatever the spec says.
            required=location == "path" or bool(spec.get("required", False)),
            doc=self._documented_default(spec.get("description", ""), schema),
            style=style,
            explode=explode,
            unique_items=isinstance(schema, Mapping) and schema.get("uniqueItems") is True,
        )

    def _request_body(
        self, spec: Mapping[str, Any], hint: str, taken: set[str]
    ) -> tuple[Any, list[ir.Parameter], bool, str, tuple[ir.RequiredRule, ...]]:
        if "requestBody" not in spec:
            return "none", [], False, "", ()
        body = self._deref(spec["requestBody"])
        content = _mapping(body.get("content"))
        json_media = _json_media(content)
        if json_media is not None:
            kind = "json-object"
            schema = _mapping(content[json_media]).get("schema", {})
        elif "application/x-www-form-urlencoded" in content:
            kind = "form"
            schema = content["application/x-www-form-urlencoded"].get("schema", {})
        elif "multipart/form-data" in content:
            kind = "multipart"
            schema = _mapping(content["multipart/form-data"]).get("schema", {})
        else:
            raw_kind, media = _raw_media(content)
            if raw_kind is None:
                raise SpecError(
                    "request bodies of type " + ", ".join(sorted(content)) + " are not supported"
                )
            param = ir.Parameter(
                name=unique("body", taken),
                wire_name="body",
                location="body",
                type=ir.ScalarType(
                    ir.ScalarKind.STR if raw_kind == "text" else ir.ScalarKind.BYTES
                ),
                required=bool(body.get("required", False)),
                doc=" ".join(str(body.get("description", "")).split()),
            )
            return raw_kind, [param], False, media, ()
        resolved = self._deref(schema)
        if "allOf" in resolved:
            resolved = _merge_all_of(resolved, self._resolve_ref)
        if resolved.get("type") == "array":
            name = body.get("x-name", "items")
            param = ir.Parameter(
                name=unique(identifier(name), taken),
                wire_name=name,
                location="body",
                type=self._schemas.convert(resolved, hint + "Item", "request")
                if "$ref" not in schema
                else self._schemas.convert(schema, hint, "request"),
                required=bool(body.get("required", True)),
                doc=" ".join(str(body.get("description", "")).split()),
            )
            return "json-array", [param], False, "", ()
        if "oneOf" in resolved or "anyOf" in resolved or _is_scalar(resolved):
            if kind != "json-object":
                raise SpecError("a union (oneOf/anyOf) form body is not supported")
            # One argument, `body`, holding whichever of the alternatives the caller builds.
            param = ir.Parameter(
                name=unique("body", taken),
                wire_name="body",
                location="body",
                type=self._schemas.convert(schema, hint + "Body", "request"),
                required=bool(body.get("required", False)),
                doc=" ".join(str(body.get("description", "")).split()),
            )
            return "json-value", [param], False, "", ()
        required = set(resolved.get("required", ()))
        params = [
            ir.Parameter(
                name=unique(identifier(wire_name), taken),
                wire_name=wire_name,
                location="body",
                type=self._body_field_type(kind, prop, hint + class_name(wire_name)),
                required=wire_name in required,
                doc=self._documented_default(prop.get("description", ""), prop),
            )
            for wire_name, prop in resolved.get("properties", {}).items()
            # The server fills read-only properties (ids, timestamps): never sent.
            if not (isinstance(prop, Mapping) and self._deref(prop).get("readOnly") is True)
        ]
        extra = resolved.get("additionalProperties", False) not in (False, None)
        declared = resolved.get("properties", {})
        for wire_name in resolved.get("required", ()):
            if not isinstance(wire_name, str) or wire_name in declared or not extra:
                continue
            # Required, yet described only by `additionalProperties`: still an argument.
            more = resolved.get("additionalProperties")
            params.append(
                ir.Parameter(
                    name=unique(identifier(wire_name), taken),
                    wire_name=wire_name,
                    location="body",
                    type=self._schemas.convert(more, hint + class_name(wire_name), "request")
                    if isinstance(more, Mapping) and more
                    else ir.ANY,
                    required=True,
                    doc="Required by the spec, which gives no schema for it.",
                )
            )
        return kind, params, extra, "", required_rules(resolved, self._resolve_ref)

    def _errors(self, spec: Mapping[str, Any], hint: str) -> tuple[tuple[str, ir.TypeRef], ...]:
        """The JSON types of the error answers the operation declares."""
        found: list[tuple[str, ir.TypeRef]] = []
        for status, raw in _mapping(spec.get("responses")).items():
            status = str(status).upper()
            if not (status[:1] in "45" or status == "DEFAULT"):
                continue
            content = _mapping(self._deref(_mapping(raw)).get("content"))
            media = _json_media(content)
            schema = _mapping(content[media]).get("schema") if media is not None else None
            if isinstance(schema, Mapping):
                type_ref = self._schemas.convert(schema, f"{hint}Error{status.title()}", "response")
                if type_ref != ir.ANY:
                    found.append((status.lower() if status == "DEFAULT" else status, type_ref))
        return tuple(sorted(found, key=lambda item: item[0]))

    def _documented_default(self, description: Any, schema: Any) -> str:
        """The description, plus the value the server assumes when the argument is left out
        (said, not sent: the server applies its own default)."""
        doc = " ".join(str(description or "").split())
        schema = self._deref(schema) if isinstance(schema, Mapping) else {}
        if not self._generic or "default" not in schema:
            return doc
        shown = json.dumps(schema["default"], ensure_ascii=False, default=str)
        if len(shown) > 60:
            return doc
        return f"{doc} Server default: ``{shown}``.".strip()

    def _body_field_type(self, kind: str, prop: Mapping[str, Any], hint: str) -> ir.TypeRef:
        """A body property's type; in a multipart body, files (binary strings) are bytes."""
        if kind == "multipart":
            target = self._deref(prop)
            if _is_file(target):
                return ir.ScalarType(ir.ScalarKind.BYTES)
            items = target.get("items")
            if (
                isinstance(items, Mapping)
                and target.get("type") == "array"
                and _is_file(self._deref(items))
            ):
                return ir.ListType(ir.ScalarType(ir.ScalarKind.BYTES), _list_bounds(target))
        return self._schemas.convert(prop, hint, "request")

    def _response(self, spec: Mapping[str, Any], hint: str) -> tuple[ir.TypeRef | None, Any]:
        """The type of the success answer, and whether it is read as JSON, text or bytes."""
        responses = {
            str(key).upper(): value for key, value in _mapping(spec.get("responses")).items()
        }
        for status in _success_statuses(responses):
            if status not in responses:
                continue
            response = self._deref(responses[status])
            content = _mapping(response.get("content"))
            json_media = _json_media(content)
            if json_media is not None and json_media != "application/json":
                self._accept = json_media.split(";", 1)[0].strip()
            if json_media is None:
                if not content:
                    return None, "json"
                raw_kind, _ = _raw_media(content)
                if raw_kind is None:
                    raise SpecError(
                        f"{status} answers of type "
                        + ", ".join(sorted(content))
                        + " are not supported"
                    )
                kind = ir.ScalarKind.STR if raw_kind == "text" else ir.ScalarKind.BYTES
                return ir.ScalarType(kind), raw_kind
            media = _mapping(content[json_media])
            if "schema" not in media:
                return None, "json"
            return self._schemas.convert(media["schema"], hint + "Response", "response"), "json"
        return None, "json"

    def _auth(self, spec: Mapping[str, Any]) -> ir.Auth:
        requirements = spec.get("security", self._doc.get("security", []))
        schemes = self._doc.get("components", {}).get("securitySchemes", {})
        supported = {scheme.name for scheme in self._security_schemes()}
        alternatives = tuple(
            tuple(str(name) for name in requirement)
            for requirement in requirements
            if isinstance(requirement, Mapping) and set(map(str, requirement)) <= supported
        )
        auth = self._auth_kind(requirements, schemes)
        return attrs.evolve(auth, requirements=alternatives) if alternatives else auth

    def _auth_kind(self, requirements: Any, schemes: Mapping[str, Any]) -> ir.Auth:
        for requirement in requirements:
            for scheme_name, scopes in requirement.items():
                if scheme_name not in schemes:
                    raise SpecError(f"security scheme {scheme_name!r} is not defined")
                scheme = self._deref(schemes[scheme_name])
                if scheme["type"] in ("oauth2", "openIdConnect") or (
                    scheme["type"] == "http" and scheme.get("scheme") == "bearer"
                ):
                    return ir.Auth("oauth", tuple(scopes))
                return ir.Auth("signed")
        return ir.Auth("none")


_TARGET_KEYS = ("distribution", "package", "client")


def generator_target(info: Mapping[str, Any]) -> dict[str, str]:
    """Distribution, package, client class, flavor and version of a spec.

    From `info.x-generator` when the spec has one (then distribution, package and client are
    all required); otherwise the generic flavor with names derived from `info.title`.
    """
    block = info.get("x-generator")
    if block is None:
        stem = [word for word in words(str(info.get("title", ""))) if word.isalnum()] or ["api"]
        if stem[-1] != "api":
            stem.append("api")
        package = "_".join(stem)
        if package[0].isdigit():
            package = "api_" + package
        client = class_name("_".join(word for word in stem if word != "api") or "api")
        return {
            "distribution": package.replace("_", "-"),
            "package": package,
            "client": client + "Client",
            "flavor": "generic",
            "version": "0.1.0",
        }
    if not isinstance(block, Mapping):
        raise SpecError("info.x-generator must be a mapping")
    missing = [key for key in _TARGET_KEYS if not block.get(key)]
    if missing:
        raise SpecError(
            "info.x-generator is missing "
            + ", ".join(missing)
            + " (it needs "
            + ", ".join(_TARGET_KEYS)
            + "; leave the whole block out to derive them from "
            "info.title)"
        )
    package = str(block["package"])
    if not package.isidentifier() or keyword.iskeyword(package):
        raise SpecError(f"info.x-generator.package {package!r} is not a Python identifier")
    client = str(block["client"])
    if not client.isidentifier() or keyword.iskeyword(client):
        raise SpecError(f"info.x-generator.client {client!r} is not a Python identifier")
    distribution = str(block["distribution"])
    return {
        "distribution": distribution,
        "package": package,
        "client": client,
        "flavor": str(block.get("flavor", distribution.split("-")[0])),
        "version": str(block.get("version", "0.1.0")),
    }


# Arguments every generic client takes: a credential argument gets another name.
_CLIENT_ARGUMENTS = (
    "base_url",
    "timeout",
    "retries",
    "backoff",
    "retry_budget",
    "verify_tls",
    "ca_certs",
    "pool_size",
    "max_body",
    "self",
)


def _scheme_shape(spec: Mapping[str, Any]) -> tuple[Any, Any, str]:
    """(kind, location, wire name) of a security scheme, or (None, ...) when unsupported."""
    kind = spec.get("type")
    scheme = str(spec.get("scheme", "")).lower()
    if kind in ("oauth2", "openIdConnect") or (kind == "http" and scheme == "bearer"):
        return "bearer", "header", "Authorization"
    if kind == "http" and scheme == "basic":
        return "basic", "header", "Authorization"
    if kind == "apiKey" and spec.get("in") in ("header", "query", "cookie") and spec.get("name"):
        return "apiKey", spec["in"], str(spec["name"])
    return None, None, ""


_FLOW_KINDS: tuple[
    Literal["clientCredentials", "authorizationCode", "password", "implicit"], ...
] = ("clientCredentials", "authorizationCode", "password", "implicit")


def _oauth_flows(spec: Mapping[str, Any]) -> tuple[ir.OAuthFlow, ...]:
    """The flows of an oauth2 scheme in a fixed order; a flow that is not a mapping, or
    whose URLs are not strings, is left out (the client then takes only a token for it)."""
    flows = _mapping(spec.get("flows"))
    found: list[ir.OAuthFlow] = []
    for kind in _FLOW_KINDS:
        flow = flows.get(kind)
        if not isinstance(flow, Mapping):
            continue
        urls = [flow.get(key, "") for key in ("tokenUrl", "refreshUrl", "authorizationUrl")]
        if not all(isinstance(url, str) for url in urls):
            continue
        found.append(
            ir.OAuthFlow(
                kind=kind,
                token_url=urls[0],
                refresh_url=urls[1],
                authorization_url=urls[2],
                scopes=tuple(str(scope) for scope in _mapping(flow.get("scopes"))),
            )
        )
    return tuple(found)


def _success_statuses(responses: Mapping[str, Any]) -> list[str]:
    """The answers that count as success, in the order tried: 200, 201, 202, 204, any
    other 2xx, `2XX`, and `default` when the operation declares no 2xx answer at all."""
    declared = [status for status in responses if status[:1] == "2"]
    ordered = [status for status in _SUCCESS if status in declared]
    ordered += sorted(status for status in declared if status not in ordered and status != "2XX")
    if "2XX" in declared:
        ordered.append("2XX")
    if not declared and "DEFAULT" in responses:
        ordered.append("DEFAULT")
    return ordered


def _is_scalar(schema: Mapping[str, Any]) -> bool:
    """A schema of a single JSON value (a string, number or boolean body), not an object."""
    declared = schema.get("type")
    kinds = {declared} if isinstance(declared, str) else set(declared or ())
    return bool(kinds) and not kinds & {"object", "array"}


def _is_file(schema: Mapping[str, Any]) -> bool:
    """A multipart part holding a file: a binary string (3.0 `format: binary`, 3.1
    `contentMediaType`), or a part with no schema at all."""
    if not schema:
        return True
    return schema.get("type", "string") == "string" and (
        schema.get("format") == "binary" or "contentMediaType" in schema
    )


def _list_bounds(schema: Mapping[str, Any]) -> ir.Constraints:
    return ir.Constraints(min_items=schema.get("minItems"), max_items=schema.get("maxItems"))


def _raw_media(content: Mapping[str, Any]) -> tuple[Any, str]:
    """("text" or "bytes", media type) for a body sent or read as it is: any `text/*` type
    is text; octet-stream, images, audio, video, PDF and other single-part types are bytes.
    (None, "") for multipart and form bodies, which need fields."""
    for media in content:
        base = str(media).split(";", 1)[0].strip().lower()
        if base.startswith("text/"):
            return "text", str(media)
    for media in content:
        base = str(media).split(";", 1)[0].strip().lower()
        if not base.startswith("multipart/") and base != "application/x-www-form-urlencoded":
            return "bytes", "" if "*" in base else str(media)
    return None, ""


def _json_media(content: Mapping[str, Any]) -> str | None:
    """The JSON media type among `content`'s keys: `application/json`, with parameters, or
    any `+json` type (`application/vnd.example+json`, `application/problem+json`)."""
    for media in content:
        base = str(media).split(";", 1)[0].strip().lower()
        if base in ("application/json", "text/json") or base.endswith("+json"):
            return str(media)
    return None


def _pointer_part(key: str) -> str:
    """`key` as one segment of a JSON pointer (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def group_name(tag: str) -> str:
    """The client attribute of a tag's group of methods: a valid identifier that does not
    hide one of the client's own methods."""
    name = identifier(tag)
    return name + "_" if name == "close" else name


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _display(text: str) -> str:
    """A title as generated docstrings and pyproject.toml can quote it."""
    return " ".join(text.replace("\\", "/").replace('"', "'").split())


def _server_urls(servers: Any) -> tuple[str, ...]:
    """Absolute server URLs with their variables set to their defaults; relative ones (which
    need a host the client does not know) are left out."""
    urls: list[str] = []
    for server in servers if isinstance(servers, list) else ():
        if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
            continue
        url = server["url"]
        for name, variable in _mapping(server.get("variables")).items():
            default = _mapping(variable).get("default")
            if default is not None:
                url = url.replace("{" + str(name) + "}", str(default))
        if "://" in url and "{" not in url:
            urls.append(url)
    return tuple(urls)


def variants(spec: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """`x-operations` splits one path+method into several client methods, each with one
    variant of a `oneOf` body (the token endpoint's grants, for instance)."""
    entries = spec.get("x-operations")
    if not entries:
        return [spec]
    variants: list[Mapping[str, Any]] = []
    for entry in entries:
        variant = {key: value for key, value in spec.items() if key != "x-operations"}
        variant["operationId"] = entry["operationId"]
        variant["x-method"] = entry.get("x-method", entry["operationId"])
        variant["summary"] = entry.get("summary", spec.get("summary", ""))
        body = dict(spec["requestBody"])
        body["content"] = {
            media: {**content, "schema": {"$ref": entry["body-schema"]}}
            for media, content in body["content"].items()
        }
        variant["requestBody"] = body
        variants.append(variant)
    return variants


def _is_free_form_query(param: Mapping[str, Any]) -> bool:
    schema = param.get("schema", {})
    return (
        param.get("in") == "query"
        and schema.get("type") == "object"
        and not schema.get("properties")
        and param.get("style", "form") == "form"
        and param.get("explode", True) is True
    )


def _paging(spec: Mapping[str, Any] | None) -> ir.CursorPaging | None:
    if not spec:
        return None
    if spec.get("style") != "cursor":
        raise SpecError(f"unsupported paging style {spec.get('style')!r}")
    return ir.CursorPaging(
        after=spec.get("after", "after"),
        before=spec.get("before", "before"),
        limit=spec.get("limit", "limit"),
        max_limit=int(spec.get("max-limit", 100)),
        after_header=spec.get("after-header", "OK-AFTER"),
        before_header=spec.get("before-header", "OK-BEFORE"),
    )


def _check_unique(operations: list[ir.Operation]) -> None:
    seen: dict[tuple[str, str], str] = {}
    ids: set[str] = set()
    for op in operations:
        if op.operation_id in ids:
            raise SpecError(f"operationId {op.operation_id!r} is used twice")
        ids.add(op.operation_id)
        key = (op.group, op.name)
        if key in seen:
            raise SpecError(f"{op.operation_id} and {seen[key]} both map to {op.group}.{op.name}()")
        seen[key] = op.operation_id
