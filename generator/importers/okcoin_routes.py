"""Build the Okcoin v3 OpenAPI document from the route table and our overlay.

The route table (``routes.tsv``, columns ``category name method path auth params notes``)
gives the facts every route has: HTTP method, path, whether it is signed, its parameters
(``name:type:required`` separated by ``;``) and free-form notes that carry ``variant=``,
``rate=`` and ``paging=`` facts. The overlay (``okcoin_overlay.yaml`` beside this module)
adds what the table lacks: the client method name, a one-line summary, parameter
descriptions and enums, and the success response schema of every route.

Usage::

    doc = import_routes(Path(".../routes.tsv"), OVERLAY_PATH)
    Path("specs/okcoin-v3.yaml").write_text(dump_spec(doc), encoding="utf-8")

or ``python -m generator import-okcoin`` (which also says what changed).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.importers.stamp import stamped

__all__ = [
    "DEFAULT_OUTPUT",
    "DEFAULT_ROUTES_TSV",
    "OVERLAY_PATH",
    "OverlayError",
    "Param",
    "Route",
    "compare_operations",
    "dump_spec",
    "import_routes",
    "read_routes",
]

OVERLAY_PATH = Path(__file__).with_name("okcoin_overlay.yaml")
"""The overlay that ships with this module."""

_REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ROUTES_TSV = _REPO_ROOT.parent / "shared" / "reference" / "okcoin-v3" / "routes.tsv"
"""Where the route table lives in the shared workspace."""
DEFAULT_OUTPUT = _REPO_ROOT / "specs" / "okcoin-v3.yaml"
WRITTEN_BY = (
    "Written by `python -m generator import-okcoin` from the routes table (routes.tsv) and "
    "generator/importers/okcoin_overlay.yaml: change those."
)
"""Where the generated spec is committed."""

_COLUMNS = ("category", "name", "method", "path", "auth", "params", "notes")
_METHODS = frozenset({"GET", "POST", "DELETE"})
_REQUIRED_FLAGS = frozenset({"yes", "no", "cond"})

_PARAM_TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "decimal": {"type": "string", "format": "decimal"},
    "integer": {"type": "integer"},
    "iso8601": {"type": "string", "format": "date-time"},
    "string[]": {"type": "array", "items": {"type": "string"}},
    "object[]": {"type": "array"},
}

_SCHEMA_ALIASES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "id": {"type": "string"},
    "integer": {"type": "integer"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "decimal": {"type": "string", "format": "decimal"},
    "date-time": {"type": "string", "format": "date-time"},
    # Some quoted replies carry bare JSON numbers where the API normally sends strings.
    "decimal-or-number": {"type": ["string", "number"], "format": "decimal"},
    "id-or-integer": {"type": ["string", "integer"]},
    # Order fields that do not apply to the order type come back as "".
    "decimal-or-empty": {
        "anyOf": [{"type": "string", "format": "decimal"}, {"type": "string", "const": ""}]
    },
}

_SCHEMA_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_PATH_PARAM = re.compile(r"\{([A-Za-z0-9_]+)\}")
_METHOD_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_RATE = re.compile(r"^\s*(\d+/\d*s)")
_JP_RATE = re.compile(r"\bJP=(\d+/\d*s)")
_PAGING = re.compile(
    r"^cursor\((?P<after>\w+)/(?P<before>\w+)/(?P<limit>\w+) max (?P<max>\d+);"
    r"\s*resp headers (?P<h1>[A-Z-]+)/(?P<h2>[A-Z-]+)\)"
)

_SECURITY_SCHEME = "okAccessKey"
_ERROR_REF = "#/components/schemas/Error"
_SCHEMA_REF_PREFIX = "#/components/schemas/"
_EXTRA_PARAMS = "extra_params"


class OverlayError(ValueError):
    """The route table and the overlay do not fit together."""


@dataclass(frozen=True)
class Param:
    """One ``name:type:required`` entry of the ``params`` column."""

    name: str
    type: str
    required: str

    @property
    def is_required(self) -> bool:
        """Whether the schema marks the parameter as required (``cond`` is optional)."""
        return self.required == "yes"


@dataclass(frozen=True)
class Route:
    """One data row of ``routes.tsv``."""

    category: str
    name: str
    method: str
    path: str
    signed: bool
    params: tuple[Param, ...]
    notes: str

    @property
    def key(self) -> str:
        """The overlay key, ``<category>.<name>``."""
        return f"{self.category}.{self.name}"

    @property
    def params_unknown(self) -> bool:
        """Whether upstream never documented the parameters of this route."""
        return "params unknown" in self.notes

    @property
    def path_params(self) -> list[str]:
        """Names of the ``{...}`` templates in the path, in order."""
        return _PATH_PARAM.findall(self.path)


def _parse_params(text: str, where: str) -> tuple[Param, ...]:
    params: list[Param] = []
    for item in (part.strip() for part in text.split(";")):
        if not item:
            continue
        pieces = item.split(":")
        if len(pieces) != 3:
            raise OverlayError(f"{where}: malformed parameter {item!r}")
        name, kind, required = pieces
        if kind not in _PARAM_TYPES:
            raise OverlayError(f"{where}: unknown parameter type {kind!r} of {name!r}")
        if required not in _REQUIRED_FLAGS:
            raise OverlayError(f"{where}: unknown required flag {required!r} of {name!r}")
        params.append(Param(name, kind, required))
    names = [param.name for param in params]
    if len(set(names)) != len(names):
        raise OverlayError(f"{where}: duplicate parameter names")
    return tuple(params)


def read_routes(routes_tsv: Path) -> list[Route]:
    """Read the data rows of ``routes.tsv`` in file order."""
    with routes_tsv.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None or tuple(header) != _COLUMNS:
            raise OverlayError(f"{routes_tsv}: unexpected header {header!r}")
        routes: list[Route] = []
        for line_no, row in enumerate(reader, start=2):
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(_COLUMNS):
                raise OverlayError(f"{routes_tsv}:{line_no}: expected {len(_COLUMNS)} columns")
            category, name, method, path, auth, params, notes = (cell.strip() for cell in row)
            where = f"{routes_tsv}:{line_no}"
            if method not in _METHODS:
                raise OverlayError(f"{where}: unsupported method {method!r}")
            if auth not in ("public", "signed"):
                raise OverlayError(f"{where}: unknown auth {auth!r}")
            routes.append(
                Route(
                    category=category,
                    name=name,
                    method=method,
                    path=path,
                    signed=auth == "signed",
                    params=_parse_params(params, where),
                    notes=notes,
                )
            )
    keys = [route.key for route in routes]
    if len(set(keys)) != len(keys):
        raise OverlayError(f"{routes_tsv}: duplicate <category>.<name> keys")
    pairs = [(route.method, route.path) for route in routes]
    if len(set(pairs)) != len(pairs):
        raise OverlayError(f"{routes_tsv}: duplicate method and path")
    return routes


def _split_notes(notes: str) -> list[str]:
    """Split the notes on ``;`` that are not inside parentheses."""
    parts: list[str] = []
    depth = 0
    current: list[str] = []
    for char in notes:
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(depth - 1, 0)
        if char == ";" and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [part for part in parts if part]


def _note_facts(notes: str) -> dict[str, str]:
    """The ``key=value`` segments of the notes (the first one wins)."""
    facts: dict[str, str] = {}
    for part in _split_notes(notes):
        match = re.match(r"^([a-z]+)=(.*)$", part, re.DOTALL)
        if match and match.group(1) not in facts:
            facts[match.group(1)] = match.group(2).strip()
    return facts


def _sites(variant: str, where: str) -> tuple[list[str], bool]:
    """Sites of a ``variant=`` value and whether the value is marked unverified (``?``)."""
    match = re.match(r"^([a-z+]+)(\?)?", variant)
    if not match:
        raise OverlayError(f"{where}: cannot read variant {variant!r}")
    sites = match.group(1).split("+")
    if not sites or any(site not in ("com", "jp") for site in sites):
        raise OverlayError(f"{where}: unknown site in variant {variant!r}")
    return sites, match.group(2) is not None


def _paging(text: str, where: str) -> dict[str, Any]:
    match = _PAGING.match(text)
    if not match:
        raise OverlayError(f"{where}: cannot read paging {text!r}")
    headers = {match.group("h1"), match.group("h2")}
    after_header = next((h for h in headers if "AFTER" in h), None)
    before_header = next((h for h in headers if "BEFORE" in h), None)
    if after_header is None or before_header is None:
        raise OverlayError(f"{where}: paging headers not recognised in {text!r}")
    return {
        "style": "cursor",
        "after": match.group("after"),
        "before": match.group("before"),
        "limit": match.group("limit"),
        "max-limit": int(match.group("max")),
        "after-header": after_header,
        "before-header": before_header,
    }


def _ref(name: str) -> dict[str, Any]:
    return {"$ref": _SCHEMA_REF_PREFIX + name}


def _expand(node: Any, where: str) -> Any:
    """Expand the overlay's schema shorthand into JSON Schema.

    A string is an alias from ``_SCHEMA_ALIASES`` or the name of a component schema;
    a one-element list is an array of that element; mappings are walked recursively.
    """
    if isinstance(node, str):
        if node in _SCHEMA_ALIASES:
            return json.loads(json.dumps(_SCHEMA_ALIASES[node]))
        if _SCHEMA_NAME.match(node):
            return _ref(node)
        raise OverlayError(f"{where}: unknown schema shorthand {node!r}")
    if isinstance(node, list):
        if len(node) != 1:
            raise OverlayError(f"{where}: list shorthand must have exactly one element")
        return {"type": "array", "items": _expand(node[0], where)}
    if isinstance(node, Mapping):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key == "properties":
                out[key] = {name: _expand(sub, f"{where}.{name}") for name, sub in value.items()}
            elif key in ("items", "additionalProperties") and not isinstance(value, bool):
                out[key] = _expand(value, f"{where}.{key}")
            elif key in ("anyOf", "oneOf", "allOf", "prefixItems"):
                out[key] = [_expand(sub, f"{where}.{key}") for sub in value]
            else:
                out[key] = value
        return out
    raise OverlayError(f"{where}: cannot read schema {node!r}")


_RULE_KEYS = frozenset({"description", "if", "then", "dependentRequired", "anyOf"})


def _body_rules(rules: Any, names: set[str], where: str) -> list[dict[str, Any]]:
    """The overlay's `body_rules`: JSON Schema subschemas (`if`/`then`, `dependentRequired`,
    `anyOf` of `required` for "one of these") that say which parameters a combination of
    others needs. Each must only name parameters of the route, so a renamed parameter cannot
    leave a rule that never applies."""
    if not isinstance(rules, list):
        raise OverlayError(f"{where}.body_rules: must be a list")
    out: list[dict[str, Any]] = []
    for index, rule in enumerate(rules):
        here = f"{where}.body_rules[{index}]"
        if not isinstance(rule, Mapping) or not rule or set(rule) - _RULE_KEYS:
            raise OverlayError(f"{here}: takes only {sorted(_RULE_KEYS)}")
        mentioned = set(_rule_names(rule))
        if mentioned - names:
            raise OverlayError(f"{here}: unknown parameters {sorted(mentioned - names)}")
        out.append(json.loads(json.dumps(rule)))
    return out


def _rule_names(rule: Mapping[str, Any]) -> list[str]:
    names: list[str] = []
    for key in ("if", "then"):
        part = rule.get(key) or {}
        names += list(part.get("properties") or {}) + list(part.get("required") or [])
    for key, others in (rule.get("dependentRequired") or {}).items():
        names += [key, *others]
    for option in rule.get("anyOf") or []:
        names += list(option.get("required") or [])
    return names


def _check_enum(values: Any, kind: str, where: str) -> None:
    if not isinstance(values, list) or not values:
        raise OverlayError(f"{where}: enum must be a non-empty list")
    expected: type = int if kind == "integer" else str
    for value in values:
        if type(value) is not expected:
            raise OverlayError(f"{where}: enum value {value!r} does not fit type {kind}")


_BOUND_KEYS = frozenset({"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"})


def _param_schema(
    param: Param,
    extra: Mapping[str, Any],
    where: str,
    decimal_bounds: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Schema of one parameter: its tsv type plus the overlay's keywords. A decimal parameter
    without bounds of its own gets `decimal_bounds` (the overlay's `decimal_params`)."""
    schema: dict[str, Any] = json.loads(json.dumps(_PARAM_TYPES[param.type]))
    if param.type == "decimal" and decimal_bounds and not _BOUND_KEYS & set(extra):
        schema.update(decimal_bounds)
    for key, value in extra.items():
        if key == "description":
            continue
        if key == "items":
            schema["items"] = _expand(value, f"{where}.items")
        else:
            if key == "enum":
                _check_enum(value, param.type, where)
            schema[key] = value
    if param.type == "object[]" and "items" not in schema:
        raise OverlayError(f"{where}: object[] parameter needs an items schema")
    return schema


class _Builder:
    """Turns routes plus overlay into the OpenAPI document."""

    def __init__(self, routes: Sequence[Route], overlay: Mapping[str, Any]) -> None:
        self.routes = list(routes)
        self.by_key = {route.key: route for route in self.routes}
        self.overlay = overlay
        self.common_params: Mapping[str, Any] = overlay.get("common_params") or {}
        self.decimal_bounds: Mapping[str, Any] = overlay.get("decimal_params") or {}
        if set(self.decimal_bounds) - _BOUND_KEYS:
            raise OverlayError("overlay: decimal_params takes only JSON Schema bounds")
        route_overlays = overlay.get("routes")
        if not isinstance(route_overlays, Mapping):
            raise OverlayError("overlay: 'routes' mapping is missing")
        self.route_overlays: Mapping[str, Any] = route_overlays
        self.safe_routes = _route_list(overlay, "safe_routes")
        self.unsafe_routes = _route_list(overlay, "unsafe_routes")
        both = sorted(self.safe_routes & self.unsafe_routes)
        if both:
            raise OverlayError(f"overlay: routes on both safe_routes and unsafe_routes: {both}")
        self.warnings: list[str] = []

    # -- parameters ---------------------------------------------------------------------

    def _param_extra(self, route: Route, name: str) -> dict[str, Any]:
        route_params = self.route_overlays[route.key].get("params") or {}
        extra: dict[str, Any] = dict(self.common_params.get(name) or {})
        extra.update(route_params.get(name) or {})
        return extra

    def _described(self, route: Route, param: Param) -> tuple[dict[str, Any], str | None]:
        where = f"overlay routes.{route.key}.params.{param.name}"
        extra = self._param_extra(route, param.name)
        description = extra.get("description")
        if param.required == "cond" and not description:
            raise OverlayError(f"{where}: a conditional parameter needs a description")
        schema = _param_schema(param, extra, where, self.decimal_bounds)
        paging = self._paging(route)
        if paging is not None and param.name == paging["limit"] and param.type == "integer":
            schema.setdefault("maximum", paging["max-limit"])
        return schema, description

    def _object_schema(self, route: Route, params: Sequence[Param]) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        for param in params:
            schema, description = self._described(route, param)
            if description:
                schema = {"description": description, **schema}
            properties[param.name] = schema
        body: dict[str, Any] = {"type": "object"}
        required = [param.name for param in params if param.is_required]
        if required:
            body["required"] = required
        body["properties"] = properties
        body["additionalProperties"] = False
        rules = self.route_overlays[route.key].get("body_rules")
        if rules:
            body["allOf"] = _body_rules(rules, set(properties), f"overlay routes.{route.key}")
        return body

    def _paging(self, route: Route) -> dict[str, Any] | None:
        text = _note_facts(route.notes).get("paging")
        return None if text is None else _paging(text, route.key)

    def _parameters(self, route: Route) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        declared = {param.name for param in route.params}
        for name in route.path_params:
            if name in declared:
                raise OverlayError(f"{route.key}: {name!r} is both a path and a tsv parameter")
            param = Param(name, "string", "yes")
            schema, description = self._described(route, param)
            entry: dict[str, Any] = {"name": name, "in": "path", "required": True}
            if description:
                entry["description"] = description
            entry["schema"] = schema
            out.append(entry)
        if route.method == "POST":
            return out
        for param in route.params:
            if param.type == "object[]":
                raise OverlayError(f"{route.key}: object[] parameter in a query")
            schema, description = self._described(route, param)
            entry = {"name": param.name, "in": "query", "required": param.is_required}
            if description:
                entry["description"] = description
            entry["schema"] = schema
            out.append(entry)
        if route.params_unknown:
            if route.params:
                raise OverlayError(f"{route.key}: 'params unknown' but the row lists params")
            out.append(
                {
                    "name": _EXTRA_PARAMS,
                    "in": "query",
                    "required": False,
                    "description": "Query parameters passed through as given (not documented).",
                    "schema": {"type": "object", "additionalProperties": True},
                    "style": "form",
                    "explode": True,
                }
            )
        return out

    def _request_body(self, route: Route) -> dict[str, Any] | None:
        if route.method != "POST":
            return None
        overlay = self.route_overlays[route.key]
        if route.params_unknown:
            if route.params:
                raise OverlayError(f"{route.key}: 'params unknown' but the row lists params")
            schema: dict[str, Any] = {"type": "object", "additionalProperties": True}
            return {
                "required": False,
                "description": "Fields passed through as given (not documented).",
                "content": {"application/json": {"schema": schema}},
            }
        if not route.params:
            return None
        whole = [param for param in route.params if param.name == "body"]
        if whole:
            if len(route.params) != 1 or whole[0].type != "object[]":
                raise OverlayError(f"{route.key}: 'body' must be the only, object[] parameter")
            schema, description = self._described(route, whole[0])
        else:
            schema = self._object_schema(route, route.params)
            description = overlay.get("body_description")
        body: dict[str, Any] = {"required": True}
        if description:
            body["description"] = description
        body["content"] = {"application/json": {"schema": schema}}
        return body

    # -- operations ---------------------------------------------------------------------

    def _description(self, route: Route, facts: Mapping[str, str]) -> str | None:
        parts: list[str] = []
        own = self.route_overlays[route.key].get("description")
        if own:
            parts.append(str(own).strip())
        rate = facts.get("rate", "")
        jp_rate = _JP_RATE.search(rate)
        if jp_rate:
            parts.append(f"okcoin.jp allows {jp_rate.group(1)}.")
        if _sites(facts["variant"], route.key)[1]:
            parts.append("Availability on the listed sites is not confirmed.")
        return " ".join(parts) if parts else None

    def _responses(self, route: Route, paging: Mapping[str, Any] | None) -> dict[str, Any]:
        overlay = self.route_overlays[route.key]
        if "response" not in overlay:
            raise OverlayError(f"overlay routes.{route.key}: response schema missing")
        ok: dict[str, Any] = {"description": overlay.get("response_description", "Success.")}
        if paging is not None:
            ok["headers"] = {
                paging["before-header"]: {
                    "description": "Cursor of the newest row on this page.",
                    "schema": {"type": "string"},
                },
                paging["after-header"]: {
                    "description": "Cursor of the oldest row on this page.",
                    "schema": {"type": "string"},
                },
            }
        media: dict[str, Any] = {
            "schema": _expand(overlay["response"], f"overlay routes.{route.key}.response")
        }
        if "response_example" in overlay:
            # Ours, written for routes whose schema says little: what the simulator answers.
            media["example"] = overlay["response_example"]
        ok["content"] = {"application/json": media}
        error = {
            "description": "Error reply.",
            "content": {"application/json": {"schema": {"$ref": _ERROR_REF}}},
        }
        return {"200": ok, "default": error}

    def operation(self, route: Route) -> dict[str, Any]:
        overlay = self.route_overlays.get(route.key)
        if not isinstance(overlay, Mapping):
            raise OverlayError(f"overlay: no entry for route {route.key}")
        method = overlay.get("method")
        summary = overlay.get("summary")
        if not isinstance(method, str) or not _METHOD_NAME.match(method):
            raise OverlayError(f"overlay routes.{route.key}: bad or missing method name")
        if not isinstance(summary, str) or not summary.strip() or "\n" in summary.strip():
            raise OverlayError(f"overlay routes.{route.key}: summary must be one line")
        known = {param.name for param in route.params} | set(route.path_params)
        unknown = set(overlay.get("params") or {}) - known
        if unknown:
            raise OverlayError(f"overlay routes.{route.key}: unknown params {sorted(unknown)}")
        facts = _note_facts(route.notes)
        if "variant" not in facts:
            raise OverlayError(f"{route.key}: notes lack variant=")
        sites, _ = _sites(facts["variant"], route.key)
        paging = self._paging(route)

        op: dict[str, Any] = {"tags": [route.category], "summary": summary.strip()}
        description = self._description(route, facts)
        if description:
            op["description"] = description
        op["operationId"] = f"{route.category}_{method}"
        op["x-method"] = method
        op["x-sdk-name"] = route.name
        op["x-idempotent"] = self._idempotent(route)
        rate = _RATE.match(facts.get("rate", ""))
        if rate:
            op["x-rate-limit"] = rate.group(1)
        op["x-sites"] = sites
        if paging is not None:
            op["x-paging"] = paging
        op["security"] = [{_SECURITY_SCHEME: []}] if route.signed else []
        parameters = self._parameters(route)
        if parameters:
            op["parameters"] = parameters
        body = self._request_body(route)
        if body is not None:
            op["requestBody"] = body
        op["responses"] = self._responses(route, paging)
        return op

    def _idempotent(self, route: Route) -> bool:
        """Safe to resend only when our overlay lists the route as safe."""
        if route.key in self.safe_routes:
            return True
        if route.key not in self.unsafe_routes:
            self.warnings.append(
                f"route {route.key} ({route.method} {route.path}) is on neither safe_routes nor "
                "unsafe_routes in the overlay: imported as unsafe (never resent)"
            )
        return False

    # -- document -----------------------------------------------------------------------

    def schemas(self) -> dict[str, Any]:
        raw = self.overlay.get("schemas")
        if not isinstance(raw, Mapping) or "Error" not in raw:
            raise OverlayError("overlay: 'schemas' must define Error")
        out: dict[str, Any] = {}
        for name, node in raw.items():
            where = f"overlay schemas.{name}"
            if not _SCHEMA_NAME.match(name):
                raise OverlayError(f"{where}: schema names are PascalCase")
            if isinstance(node, Mapping) and "params_from" in node:
                source = self.by_key.get(node["params_from"])
                if source is None or source.method != "POST":
                    raise OverlayError(f"{where}: params_from must name a POST route")
                schema: dict[str, Any] = {}
                if node.get("description"):
                    schema["description"] = node["description"]
                schema.update(self._object_schema(source, source.params))
                out[name] = schema
            else:
                out[name] = _expand(node, where)
        return out

    def _placeholders(self) -> None:
        """For a preview: a route without overlay entry gets a placeholder one, and a warning."""
        entries = dict(self.route_overlays)
        taken = {
            (key.split(".", 1)[0], entry.get("method"))
            for key, entry in entries.items()
            if key in self.by_key and isinstance(entry, Mapping)
        }
        for route in self.routes:
            if route.key in entries:
                continue
            name = re.sub(r"[^a-z0-9_]", "_", route.name.lower()).lstrip("_0123456789") or "call"
            method = name
            while (route.category, method) in taken:
                method += "_new"
            taken.add((route.category, method))
            entries[route.key] = {
                "method": method,
                "summary": f"Calls {route.method} {route.path}.",
                "response": "object",
                "params": {
                    param.name: {"description": "Not described yet."}
                    for param in route.params
                    if param.required == "cond"
                },
            }
            self.warnings.append(
                f"route {route.key} ({route.method} {route.path}) has no overlay entry: "
                f"previewed as method {entries[route.key]['method']!r} with an untyped response"
            )
        self.route_overlays = entries

    def stale_entries(self) -> list[str]:
        """Entries of the overlay for routes the route table no longer has."""
        known = set(self.by_key)
        stale = [f"routes.{key}" for key in sorted(set(self.route_overlays) - known)]
        for name in ("safe_routes", "unsafe_routes"):
            stale += [f"{name}: {key}" for key in sorted(getattr(self, name) - known)]
        return stale

    def build(self, strict: bool = True) -> dict[str, Any]:
        stale = self.stale_entries()
        if stale and strict:
            raise OverlayError(
                "overlay: entries for routes routes.tsv no longer has (remove them): "
                + "; ".join(stale)
            )
        self.warnings += [f"stale overlay entry {entry}" for entry in stale]
        if not strict:
            self._placeholders()
        info = self.overlay.get("info")
        tag_text = self.overlay.get("tags")
        if not isinstance(info, Mapping) or not isinstance(tag_text, Mapping):
            raise OverlayError("overlay: 'info' and 'tags' mappings are required")

        categories = list(dict.fromkeys(route.category for route in self.routes))
        missing_tags = [category for category in categories if category not in tag_text]
        if missing_tags or set(tag_text) - set(categories):
            raise OverlayError("overlay: 'tags' must describe exactly the tsv categories")

        paths: dict[str, Any] = {}
        seen_methods: set[tuple[str, str]] = set()
        for route in self.routes:
            op = self.operation(route)
            pair = (route.category, op["x-method"])
            if pair in seen_methods:
                raise OverlayError(f"overlay: method {pair[1]!r} used twice in tag {pair[0]!r}")
            seen_methods.add(pair)
            paths.setdefault(route.path, {})[route.method.lower()] = op

        schemas = self.schemas()
        doc: dict[str, Any] = {
            "openapi": "3.1.0",
            "info": dict(info),
            "servers": list(self.overlay.get("servers") or []),
            "tags": [{"name": c, "description": str(tag_text[c]).strip()} for c in categories],
            "paths": paths,
            "components": {
                "securitySchemes": {
                    _SECURITY_SCHEME: {
                        "type": "apiKey",
                        "in": "header",
                        "name": "OK-ACCESS-KEY",
                        "description": str(self.overlay.get("security_description", "")).strip(),
                    }
                },
                "schemas": schemas,
            },
        }
        _check_refs(doc, set(schemas))
        return doc


def _route_list(overlay: Mapping[str, Any], name: str) -> frozenset[str]:
    entries = overlay.get(name) or []
    if not isinstance(entries, list) or not all(isinstance(key, str) for key in entries):
        raise OverlayError(f"overlay: {name!r} must be a list of <category>.<name> route keys")
    return frozenset(entries)


def _check_refs(node: Any, names: set[str]) -> None:
    """Fail when a ``$ref`` points at a component schema that does not exist."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if (
            isinstance(ref, str)
            and ref.startswith(_SCHEMA_REF_PREFIX)
            and ref[len(_SCHEMA_REF_PREFIX) :] not in names
        ):
            raise OverlayError(f"dangling reference {ref}")
        for value in node.values():
            _check_refs(value, names)
    elif isinstance(node, list):
        for value in node:
            _check_refs(value, names)


def import_routes(
    routes_tsv: Path, overlay: Path, *, warnings: list[str] | None = None, strict: bool = True
) -> dict[str, Any]:
    """Return the OpenAPI 3.1 document for every route of ``routes_tsv``.

    ``overlay`` is the YAML file with method names, summaries, parameter details and
    response schemas (see ``okcoin_overlay.yaml``). Raises ``OverlayError`` when the two
    inputs disagree (a route without overlay entry, an overlay entry or safety entry for a
    route that is gone, an unknown parameter, a duplicate method name, a dangling schema
    reference, ...). Warnings (a route on no safety list) are appended to ``warnings``.
    ``strict=False`` (a preview) turns stale overlay entries into warnings.
    """
    routes = read_routes(routes_tsv)
    loaded = yaml.safe_load(overlay.read_text(encoding="utf-8"))
    if not isinstance(loaded, Mapping):
        raise OverlayError(f"{overlay}: the overlay must be a mapping")
    builder = _Builder(routes, loaded)
    doc = builder.build(strict)
    if warnings is not None:
        warnings.extend(builder.warnings)
    # A JSON round trip drops shared sub-objects (no YAML anchors) and proves the
    # document is plain JSON data.
    result: dict[str, Any] = json.loads(json.dumps(doc))
    return result


def operations_by_id(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Every operation of an OpenAPI document, by operationId."""
    return {
        op["operationId"]: op
        for item in (doc.get("paths") or {}).values()
        for op in item.values()
        if isinstance(op, Mapping) and "operationId" in op
    }


def compare_operations(
    old: Mapping[str, Any] | None, new: Mapping[str, Any]
) -> tuple[list[str], list[str], list[str]]:
    """Operation ids added, removed and changed from ``old`` to ``new`` (each sorted)."""
    before = operations_by_id(old or {})
    after = operations_by_id(new)
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(key for key in set(before) & set(after) if before[key] != after[key])
    return added, removed, changed


def dump_spec(doc: dict[str, Any]) -> str:
    """Render ``doc`` as YAML, stamped; the same document always gives the same text."""
    plain = json.loads(json.dumps(doc))
    text: str = yaml.safe_dump(
        plain,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=10_000,
        indent=2,
    )
    return stamped(text, WRITTEN_BY)
