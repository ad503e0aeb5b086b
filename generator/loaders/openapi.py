"""OpenAPI 3.1 document -> `ir.Api`.

Only the parts a client needs are read: servers, operations, parameters, JSON and form request
bodies, the success response, security and our `x-` extensions (see specs/README.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from generator import ir
from generator.naming import class_name, identifier, snake_case, unique
from generator.schema import SchemaConverter, SchemaError, _merge_all_of, required_rules

_METHODS = ("get", "put", "post", "delete", "patch")
# libyaml's loader when PyYAML was built with it: the same documents, several times faster.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SUCCESS = ("200", "201", "202", "204")


class SpecError(ValueError):
    """The spec breaks one of our conventions; the message names the operation."""


def load_yaml(path: Path) -> dict[str, Any]:
    with path.open("rb") as stream:
        document = yaml.load(stream, Loader=_YAML_LOADER)
    if not isinstance(document, dict):
        raise SpecError(f"{path}: expected a mapping at the top level")
    return document


def load_openapi(path: Path) -> ir.Api:
    return OpenApiLoader(load_yaml(path)).load()


class OpenApiLoader:
    """Builds the IR of one OpenAPI document."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._doc = document
        self._schemas = SchemaConverter(self._resolve_ref)
        for name in document.get("components", {}).get("schemas", {}):
            self._schemas.reserve(class_name(name))

    def _resolve_ref(self, ref: str) -> tuple[str, Mapping[str, Any]]:
        if not ref.startswith("#/"):
            raise SchemaError(f"only local $refs are supported, got {ref!r}")
        node: Any = self._doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return ref.rsplit("/", 1)[-1], node

    def _deref(self, node: Mapping[str, Any]) -> Mapping[str, Any]:
        while "$ref" in node:
            node = self._resolve_ref(node["$ref"])[1]
        return node

    def load(self) -> ir.Api:
        info = self._doc["info"]
        target = info.get("x-generator", {})
        operations = [
            self._operation(path, method, variant, item)
            for path, item in self._doc.get("paths", {}).items()
            for method in _METHODS
            if method in item
            for variant in variants(self._deref(item[method]))
        ]
        _check_unique(operations)
        return ir.Api(
            title=info["title"],
            version=str(info["version"]),
            kind="rest",
            distribution=target["distribution"],
            package=target["package"],
            client_class=target["client"],
            flavor=target.get("flavor", target["distribution"].split("-")[0]),
            servers=tuple(server["url"] for server in self._doc.get("servers", ())),
            operations=tuple(operations),
            models=self._schemas.models(),
            summary=" ".join(str(info.get("summary", info.get("description", ""))).split()),
            group_docs=tuple(
                (snake_case(tag["name"]), " ".join(str(tag.get("description", "")).split()))
                for tag in self._doc.get("tags", ())
            ),
            package_version=str(target.get("version", "0.1.0")),
        )

    def _operation(
        self, path: str, method: str, spec: Mapping[str, Any], path_item: Mapping[str, Any]
    ) -> ir.Operation:
        operation_id = spec.get("operationId") or f"{method}_{snake_case(path)}"
        tags = spec.get("tags") or ["default"]
        name = spec.get("x-method") or snake_case(operation_id)
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
        body_kind, body_params, body_extra, rules = self._request_body(spec, hint, taken)
        params.extend(body_params)
        params.sort(key=lambda param: not param.required)
        servers = tuple(server["url"] for server in spec.get("servers", ()))
        return ir.Operation(
            operation_id=operation_id,
            group=snake_case(tags[0]),
            name=name,
            summary=" ".join(str(spec.get("summary", "")).split()),
            description=" ".join(str(spec.get("description", "")).split()),
            transport=ir.HttpRoute(method.upper(), path, servers, body_kind),
            params=tuple(params),
            response=self._response(spec, hint),
            auth=self._auth(spec),
            # Resent or retried only when the spec says so: an unmarked route is unsafe.
            idempotent=spec.get("x-idempotent") is True,
            paging=_paging(spec.get("x-paging")),
            extra_params=extra_params or body_extra,
            rate_limit=spec.get("x-rate-limit"),
            browser_redirect=bool(spec.get("x-browser-redirect", False)),
            rules=rules,
        )

    def _parameter(self, spec: Mapping[str, Any], hint: str, taken: set[str]) -> ir.Parameter:
        location = spec["in"]
        if location not in ("path", "query", "header"):
            raise SpecError(f"{hint}: parameters in {location!r} are not supported")
        wire_name = spec["name"]
        schema = spec.get("schema", {})
        return ir.Parameter(
            name=unique(identifier(wire_name), taken),
            wire_name=wire_name,
            location=location,
            type=self._schemas.convert(schema, hint + class_name(wire_name), "request"),
            required=bool(spec.get("required", location == "path")),
            doc=" ".join(str(spec.get("description", "")).split()),
        )

    def _request_body(
        self, spec: Mapping[str, Any], hint: str, taken: set[str]
    ) -> tuple[Any, list[ir.Parameter], bool, tuple[ir.RequiredRule, ...]]:
        if "requestBody" not in spec:
            return "none", [], False, ()
        body = self._deref(spec["requestBody"])
        content = body.get("content", {})
        if "application/json" in content:
            kind = "json-object"
            schema = content["application/json"].get("schema", {})
        elif "application/x-www-form-urlencoded" in content:
            kind = "form"
            schema = content["application/x-www-form-urlencoded"].get("schema", {})
        else:
            raise SpecError(f"{hint}: unsupported request body types {sorted(content)}")
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
            return "json-array", [param], False, ()
        if "oneOf" in resolved or "anyOf" in resolved:
            raise SpecError(f"{hint}: a union request body needs one operation per variant")
        required = set(resolved.get("required", ()))
        params = [
            ir.Parameter(
                name=unique(identifier(wire_name), taken),
                wire_name=wire_name,
                location="body",
                type=self._schemas.convert(prop, hint + class_name(wire_name), "request"),
                required=wire_name in required,
                doc=" ".join(str(prop.get("description", "")).split()),
            )
            for wire_name, prop in resolved.get("properties", {}).items()
        ]
        extra = resolved.get("additionalProperties", False) not in (False, None)
        return kind, params, extra, required_rules(resolved, self._resolve_ref)

    def _response(self, spec: Mapping[str, Any], hint: str) -> ir.TypeRef | None:
        responses = spec.get("responses", {})
        for status in _SUCCESS:
            if status not in responses:
                continue
            response = self._deref(responses[status])
            content = response.get("content", {})
            media = content.get("application/json")
            if media is None or "schema" not in media:
                return None
            return self._schemas.convert(media["schema"], hint + "Response", "response")
        return None

    def _auth(self, spec: Mapping[str, Any]) -> ir.Auth:
        requirements = spec.get("security", self._doc.get("security", []))
        schemes = self._doc.get("components", {}).get("securitySchemes", {})
        for requirement in requirements:
            for scheme_name, scopes in requirement.items():
                scheme = self._deref(schemes[scheme_name])
                if scheme["type"] in ("oauth2", "openIdConnect") or (
                    scheme["type"] == "http" and scheme.get("scheme") == "bearer"
                ):
                    return ir.Auth("oauth", tuple(scopes))
                return ir.Auth("signed")
        return ir.Auth("none")


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
