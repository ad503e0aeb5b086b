"""IR -> the files of one generated distribution.

Python here decides every name, ordering and import; the Jinja2 templates only lay text out.
`ruff format` then gives the output its final, stable shape.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from generator import ir
from generator.flavors import FLAVORS, Flavor
from generator.naming import snake_case
from generator.render import plans
from generator.render.client_plan import client_plan
from generator.render.codec import (
    ANY,
    CALLABLE,
    MODELS,
    CodecWriter,
    ImportNeed,
    plan_field,
    structure_name,
    unstructure_name,
)
from generator.render.emitters import emitter_for
from generator.render.imports import ImportSet, module_sort_key, name_sort_key
from generator.render.layout import Layout, Unit, direct_models, models_reached, plan_layout
from generator.render.typing_expr import without_constraints

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES.parent / "runtime"
RUFF_CONFIG = TEMPLATES.parent / "generated-ruff.toml"
# Where a distribution's copy of the runtime lives, inside its package.
RUNTIME_FOLDER = "_runtime"


class Renderer:
    """Renders one `ir.Api` into a mapping of relative path -> file text."""

    def __init__(
        self,
        api: ir.Api,
        spec_document: Mapping[str, Any],
        spec_name: str,
        flavor: Flavor | None = None,
    ) -> None:
        self.api = api
        self.flavor = flavor or FLAVORS[api.flavor]
        self.spec_document = spec_document
        self.spec_name = spec_name
        self.env = environment()
        self.layout: Layout = plan_layout(api)
        # One decoder module per unit: helper names are fixed before any is handed out.
        self.codecs = {
            unit.path: CodecWriter(
                unit.models,
                roots=[t for t in _decoded_types(unit.operations) if not _is_raw(t)],
            )
            for unit in self.layout.units
        }
        # Every decoder a call entry names, by unit and operation id, settled before any
        # template renders.
        self.entry_decoders = {
            unit.path: {
                op.operation_id: plans.EntryDecoders(
                    self._decode_expr(op.response, unit),
                    tuple((status, self._decode_expr(t, unit)) for status, t in op.errors),
                )
                for op in unit.operations
            }
            for unit in self.layout.units
        }
        self.request_models = plans.request_models(api)
        self.model_checks = {model.name: self._model_check(model) for model in self.request_models}
        self._flavor_context: Mapping[str, Any] | None = None
        self._unit_request_models: dict[tuple[str, ...], list[ir.Model]] = {}
        self._unit_contexts: dict[tuple[str, ...], Mapping[str, Any]] = {}

    def _model_check(self, model: ir.Model) -> str:
        fields = f"_fields_{snake_case(model.name)}"
        extras = "" if model.extras is None else ", v.Anything()"
        rules = f", rules={plans.rules_expr(model.rules)}" if model.rules else ""
        return f"v.ModelOf(m.{model.name}, {fields}{extras}{rules})"

    def render(self) -> dict[str, str]:
        api = self.api
        pkg = f"src/{api.package}"
        context = self._context()
        files: dict[str, str] = {
            "pyproject.toml": self._template("package/pyproject.toml.jinja", context),
            "README.md": self._template("package/README.md.jinja", context),
            f"{pkg}/py.typed": "",
            f"{pkg}/__init__.py": self._template("package/__init__.py.jinja", context),
            f"{pkg}/errors.py": self._template("package/errors.py.jinja", context),
            f"{pkg}/models.py": self._template(
                "package/models.py.jinja", {**context, "model_facade": self._model_facade()}
            ),
        }
        units_with_models = [unit for unit in self.layout.units if unit.models]
        for unit in units_with_models:
            files[f"{pkg}/{unit.file('_models')}"] = self._template(
                "package/_models_unit.py.jinja", {**context, **self._unit_context(unit)}
            )
        if api.kind == "rest":
            routed = [unit for unit in self.layout.units if _routed(unit)]
            entries = [
                (op.operation_id, unit.module("._route_entries"))
                for unit in routed
                for op in unit.operations
                if not op.browser_redirect
            ]
            files[f"{pkg}/_routes.py"] = self._template(
                "rest/_routes.py.jinja", {**context, "entry_modules": entries}
            )
            for unit in routed:
                files[f"{pkg}/{unit.file('_route_entries')}"] = self._template(
                    "rest/_route_entries.py.jinja",
                    {
                        **context,
                        **self._unit_context(unit),
                        "entry_imports": self._route_imports(unit),
                    },
                )
            files[f"{pkg}/_client.py"] = self._template("rest/_client.py.jinja", context)
            for group in api.groups():
                files[f"{pkg}/_methods/{group}.py"] = self._template(
                    "rest/_methods.py.jinja",
                    {
                        **context,
                        "group": group,
                        "methods": [
                            (op, plans.method_plan(op))
                            for op in api.operations_in(group)
                            if not op.browser_redirect
                        ],
                        "method_imports": self._method_imports(group),
                    },
                )
        for source, target in self.flavor.files:
            files[f"{pkg}/{target}"] = self._template(source, context)
        if self.flavor.unit_files is not None:
            for unit in self.layout.units:
                for target, (source, extra) in self.flavor.unit_files(self, unit).items():
                    files[f"{pkg}/{target}"] = self._template(
                        source, {**context, **self._unit_context(unit), **extra}
                    )
        if self.flavor.group_files is not None:
            for group in api.groups():
                for target, (source, extra) in self.flavor.group_files(self, group).items():
                    files[f"{pkg}/{target}"] = self._template(
                        source, {**context, "group": group, **extra}
                    )
        for relative, text in runtime_files(self.flavor.runtime).items():
            files[f"{pkg}/{RUNTIME_FOLDER}/{relative}"] = text
        # The bodies say which shared helpers (dates, UUIDs) `_codec.py` must define.
        bodies = {
            unit.path: self.codecs[unit.path].module_body().strip() for unit in self.layout.units
        }
        codec_context = {
            **context,
            "codec_modules": [
                (unit.module("_models"), unit.module("._codecs")) for unit in units_with_models
            ],
            "codec_uses_dates": any(writer.uses_dates for writer in self.codecs.values()),
            "codec_uses_uuid": any(writer.uses_uuid for writer in self.codecs.values()),
        }
        files[f"{pkg}/_codec.py"] = self._template("package/_codec.py.jinja", codec_context)
        for unit in self.layout.units:
            body = bodies[unit.path]
            if not unit.models and not body:
                continue
            files[f"{pkg}/{unit.file('_codecs')}"] = self._template(
                "package/_codec_unit.py.jinja",
                {
                    **context,
                    **self._unit_context(unit),
                    "codec_body": body,
                    "codec_opens_with_function": self.codecs[unit.path].opens_with_function,
                    "codec_imports": self._codec_imports(unit),
                },
            )
        for folder, doc in self._folders(files, pkg).items():
            files[f"{pkg}/{folder}/__init__.py"] = f'"""{doc}"""\n'
        files[f"{pkg}/testing/_spec.json"] = (
            json.dumps(self.spec_document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        )
        return dict(sorted(files.items()))

    def _folders(self, files: Mapping[str, str], pkg: str) -> dict[str, str]:
        """The docstring of each folder that holds generated modules: `_models`, `_codecs`...
        and their group folders."""
        kinds = {
            "_models": "The models, one module per call group (or per call of a large group).",
            "_codecs": "Decoders and encoders, one module per call group (or per call).",
            "_call_entries": "The call table's entries, one module per call group (or per call).",
            "_route_entries": "The route table's entries, one module per call group (or per call).",
            "_methods": "The client's methods, one module per call group.",
            "_pipeline_methods": "The pipeline's methods, one module per call group.",
        }
        folders: dict[str, str] = {}
        for path in files:
            if not path.startswith(pkg + "/"):
                continue
            parts = path[len(pkg) + 1 :].split("/")[:-1]
            if not parts or parts[0] not in kinds:
                continue
            folders[parts[0]] = kinds[parts[0]]
            if len(parts) == 2:
                folders[f"{parts[0]}/{parts[1]}"] = (
                    f"The {parts[1]} group's part of `{parts[0]}`, one module per call."
                )
        return folders

    def _template(self, name: str, context: Mapping[str, Any]) -> str:
        return self.env.get_template(name).render(**context)

    def check_expr(self, type_ref: ir.TypeRef) -> str:
        """The `_validate` expression that checks an argument of this type."""
        return plans.check_expr(type_ref, self.model_checks)

    def response_decoder(self, op: ir.Operation) -> str:
        """How the call entry of `op` names the decoder of its answer."""
        return self.entry_decoders[self.layout.unit_of(op).path][op.operation_id].response

    def _decode_expr(self, type_ref: ir.TypeRef | None, unit: Unit) -> str:
        """How the call entries of `unit` name the decoder of an answer of this type: a
        model's decoder in the decoder module of the model's unit, any other in the unit's
        own (see `codec_alias`)."""
        if _is_raw(type_ref):
            return "None"  # the transport hands over the answer as it came
        assert type_ref is not None
        model = emitter_for(without_constraints(type_ref)).model_name
        if model is not None:
            owner = self.layout.unit_of_model(model)
            return f"{codec_alias(owner, unit)}.{structure_name(model)}"
        return f"{codec_alias(unit, unit)}.{self.codecs[unit.path].root_decoders[type_ref]}"

    def decoder_units(self, unit: Unit) -> list[Unit]:
        """The units whose decoder modules the call entries of `unit` name."""
        found: dict[tuple[str, ...], Unit] = {}
        for op in unit.operations:
            if op.browser_redirect:
                continue
            for type_ref in _decoded_types((op,)):
                model = emitter_for(without_constraints(type_ref)).model_name
                owner = unit if model is None else self.layout.unit_of_model(model)
                found[owner.path] = owner
        return [found[path] for path in sorted(found)]

    def unit_request_models(self, unit: Unit) -> list[ir.Model]:
        """The models the arguments of a unit's calls use: their checks are written out in the
        unit's call entries."""
        found = self._unit_request_models.get(unit.path)
        if found is None:
            names = models_reached(
                self.api, [param.type for op in unit.operations for param in op.params]
            )
            found = [model for model in self.request_models if model.name in names]
            self._unit_request_models[unit.path] = found
        return found

    def _unit_context(self, unit: Unit) -> Mapping[str, Any]:
        """What the templates of `unit` are told about it, worked out once per unit: up to
        three of its modules (models, decoders, call entries) are rendered from it."""
        found = self._unit_contexts.get(unit.path)
        if found is None:
            found = self._unit_contexts[unit.path] = self._new_unit_context(unit)
        return found

    def _new_unit_context(self, unit: Unit) -> dict[str, Any]:
        return {
            "unit": unit,
            "unit_title": _unit_title(self.api, unit),
            "unit_models": unit.models,
            "model_plans": [plans.model_plan(model, self.is_secret) for model in unit.models],
            "request_checks": [
                plans.request_model_checks(model, self.model_checks)
                for model in self.unit_request_models(unit)
            ],
            "route_params": {
                op.operation_id: [
                    plans.CheckedParam(param, self.check_expr(param.type)) for param in op.params
                ]
                for op in unit.operations
            },
            "route_rules": {
                op.operation_id: plans.rules_expr(op.rules) for op in unit.operations if op.rules
            },
            "model_imports": self._model_imports(unit) if unit.models else [],
            "entry_decoders": self.entry_decoders[unit.path],
            "codec_exports": [
                plans.CodecExports(
                    model.name, structure_name(model.name), unstructure_name(model.name)
                )
                for model in unit.models
            ],
        }

    def is_secret(self, field: ir.Field) -> bool:
        """Whether a model field stays out of reprs: its name says it is a secret, the spec
        marks it private, or the flavor names it (an echo of what was sent, say)."""
        return (
            plans.is_secret(field.wire_name)
            or field.sensitive
            or field.wire_name in self.flavor.private_fields
        )

    def _model_facade(self) -> list[tuple[str, list[str]]]:
        """(module, model names) of every unit with models, for `models.py`, in the order
        isort gives their imports."""
        return sorted(
            (
                (unit.module("._models"), sorted((m.name for m in unit.models), key=name_sort_key))
                for unit in self.layout.units
                if unit.models
            ),
            key=lambda item: module_sort_key(item[0]),
        )

    def _context(self) -> dict[str, Any]:
        api = self.api
        errors = runtime_errors(self.flavor.runtime)
        error_names = sorted(name for _, names in errors for name in names)
        client = client_plan(api, self.flavor.client(api), error_names)
        return {
            "api": api,
            "version": api.package_version,
            "models": api.models,
            "spec_name": self.spec_name,
            "example": self.flavor.example.format(client=api.client_class),
            "flavor_readme": self.flavor.readme.strip(),
            "dependencies": self.flavor.dependencies,
            "testing_dependencies": self.flavor.testing_dependencies,
            "testing_modules": testing_modules(self.flavor.testing_dependencies),
            "exports": client.exports,
            "all_names": client.all_names(),
            "errors": errors,
            "error_names": error_names,
            "client_imports": client.client.import_lines(),
            "module_imports": client.module_imports(),
            "group_classes": {group: plans.group_class(group) for group in api.groups()},
            "group_docs": {group: _group_doc(api, group) for group in api.groups()},
            "groups_doc": plans.groups_doc(api) if api.kind == "rest" else "",
            **self.flavor_context(),
        }

    def _model_imports(self, unit: Unit) -> list[str]:
        imports = ImportSet()
        imports.add("attrs")
        types: list[ir.TypeRef] = []
        for model in unit.models:
            types.extend(field.type for field in model.fields)
            if model.extras is not None:
                types.append(model.extras)
                imports.add("typing", "Any")
        _add_typing(imports, plans.typing_names(types))
        fields = [field for model in unit.models for field in model.fields]
        if plans.needs_unset(fields):
            imports.add(unit.relative("_runtime.core.types"), "UNSET")
            if _names_unset(fields):
                imports.add(unit.relative("_runtime.core.types"), "Unset")
        own = {model.name for model in unit.models}
        for name in sorted(set().union(*(direct_models(model) for model in unit.models)) - own):
            imports.add_type_only(unit.relative(self.layout.model_module(name)), name)
        return imports.lines()

    def _codec_imports(self, unit: Unit) -> list[str]:
        """The imports of the decoder module of `unit`: the names its codec writer noted
        while writing its body, and those of the export tables the template adds."""
        used = self.codecs[unit.path].used_names
        needs = set(used.imports)
        if unit.models:
            needs.update(_EXPORT_TABLE_NEEDS)
        imports = ImportSet()
        for need in needs:
            _add_need(imports, need, unit)
        for codec in used.model_codecs:
            owner = self.layout.unit_of_model(codec.model)
            imports.add(unit.relative(owner.module("_codecs")), codec.function)
        return imports.lines()

    def _route_imports(self, unit: Unit) -> list[str]:
        """The imports of a REST unit's route entries."""
        imports = ImportSet()
        self.entry_codec_imports(imports, unit)
        if self.unit_request_models(unit):
            imports.add(unit.relative(""), "models as m")
        routes = [op for op in unit.operations if not op.browser_redirect]
        if any(op.params for op in routes):
            imports.add(unit.relative("_runtime.core"), "validate as v")
            imports.add(unit.relative("_runtime.http.transport"), "Param", "Route")
        else:
            imports.add(unit.relative("_runtime.http.transport"), "Route")
        return imports.lines()

    def entry_codec_imports(self, imports: ImportSet, unit: Unit) -> None:
        for owner in self.decoder_units(unit):
            parent, _, last = owner.module("_codecs").rpartition(".")
            imports.add(unit.relative(parent), f"{last} as {codec_alias(owner, unit)}")

    def _method_imports(self, group: str) -> list[str]:
        """The imports of a REST group's methods module."""
        operations = [op for op in self.api.operations_in(group) if not op.browser_redirect]
        types: list[ir.TypeRef] = []
        for op in operations:
            # Constants are sent by the method itself, so their types appear in no signature.
            types.extend(param.type for param in op.params if not param.constant)
            if op.response is not None:
                types.append(op.response)
        imports = ImportSet()
        if any(_has_model(t) for t in types):
            imports.add_type_only("..", "models")
        imports.add_type_only(".._runtime.http.transport", "HttpTransport")
        if operations:
            imports.add("typing", "cast")
        for op in operations:
            if op.paging is not None:
                imports.add("collections.abc", "Iterator")
                imports.add(".._runtime.http.transport", "Page")
            if op.extra_params:
                imports.add("collections.abc", "Mapping")
                imports.add("typing", "Any")
            if op.response is None or op.response == ir.ANY:
                imports.add("typing", "Any")
            fields = [ir.Field(p.name, p.wire_name, p.type, p.required) for p in op.params]
            if plans.needs_unset(fields):
                imports.add(".._runtime.core.types", "UNSET")
                if _names_unset(fields):
                    imports.add(".._runtime.core.types", "Unset")
        _add_typing(imports, plans.typing_names(types))
        return imports.lines()

    def flavor_context(self) -> Mapping[str, Any]:
        """The flavor's extra template variables, computed once."""
        if self._flavor_context is None:
            self._flavor_context = self.flavor.context(self) if self.flavor.context else {}
        return self._flavor_context


# What the `STRUCTURE` and `UNSTRUCTURE` tables of a decoder module with models use.
_EXPORT_TABLE_NEEDS = (CALLABLE, ANY, MODELS)


def _add_need(imports: ImportSet, need: ImportNeed, unit: Unit) -> None:
    """The import line a module of `unit` needs for `need`."""
    module = unit.relative(need.module) if need.local else need.module
    if need.name is None:
        imports.add(module if need.alias is None else f"{module} as {need.alias}")
        return
    imports.add(module, need.name if need.alias is None else f"{need.name} as {need.alias}")


def codec_alias(owner: Unit, unit: Unit) -> str:
    """The name the call entries of `unit` give the decoder module of `owner`: `_codec` for
    its own, `_codec_<path>` for another's (`_codec_shared`)."""
    return "_codec" if owner.path == unit.path else "_codec_" + "_".join(owner.path)


_RAW_ANSWERS = (None, ir.ANY, ir.ScalarType(ir.ScalarKind.BYTES))


def _is_raw(type_ref: ir.TypeRef | None) -> bool:
    """Whether an answer of this type is handed over undecoded (any JSON value, or bytes)."""
    return type_ref in _RAW_ANSWERS


def _decoded_types(operations: Iterable[ir.Operation]) -> list[ir.TypeRef]:
    """The types decoded from outside the decoder modules: answers (but raw ones) and error
    answers."""
    types: list[ir.TypeRef] = []
    for op in operations:
        if op.response is not None and not _is_raw(op.response):
            types.append(op.response)
        types += [type_ref for _, type_ref in op.errors]
    return types


def _routed(unit: Unit) -> bool:
    return any(not op.browser_redirect for op in unit.operations)


def _unit_title(api: ir.Api, unit: Unit) -> str:
    """Whose models, decoders or call entries a unit's modules hold, for their docstrings."""
    if unit.path == ("shared",):
        return f"calls of several groups of the {api.title}"
    if unit.path[-1] == "shared":
        return f"several calls of the {unit.path[0]} group"
    if len(unit.path) == 2:
        return f"the ``{unit.path[1]}`` call ({unit.path[0]} group)"
    return f"the calls of the {unit.path[0]} group"


def runtime_errors(subpackages: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """What the public `errors` module re-exports, by module: the exceptions each shipped
    runtime subpackage's `errors.py` lists in its `__all__` (the runtime is real Python, so
    the list is read from the module itself, never written again in a flavor)."""
    found = []
    for name in sorted(subpackages):
        if (RUNTIME / name / "errors.py").is_file():
            module = importlib.import_module(f"generator.runtime.{name.replace('/', '.')}.errors")
            found.append((f"._runtime.{name.replace('/', '.')}.errors", sorted(module.__all__)))
    return found


def runtime_files(subpackages: tuple[str, ...]) -> dict[str, str]:
    """The runtime modules a distribution ships, by path under `_runtime/`: the package's
    `__init__.py` and every module of the named subpackages, copied as they are."""
    files = {"__init__.py": (RUNTIME / "__init__.py").read_text(encoding="utf-8")}
    for name in sorted(subpackages):
        folder = RUNTIME / name
        if not (folder / "__init__.py").is_file():
            raise ValueError(f"no runtime subpackage named {name!r} in {RUNTIME}")
        for path in sorted(folder.glob("*.py")):
            files[f"{name}/{path.name}"] = path.read_text(encoding="utf-8")
    return files


def _add_typing(imports: ImportSet, names: set[str]) -> None:
    if "Decimal" in names:
        imports.add("decimal", "Decimal")
    if "_dt" in names:
        imports.add("datetime as _dt")
    if "_uuid" in names:
        imports.add("uuid as _uuid")
    typing_names = sorted(names & {"Any", "Literal"})
    if typing_names:
        imports.add("typing", *typing_names)


def _names_unset(fields: list[ir.Field]) -> bool:
    """Whether an annotation says `Unset` (a field that may be null and absent, unless it
    takes any value: `Any` already covers the sentinel)."""
    return any(plan_field(field).names_unset for field in fields)


def _has_model(type_ref: ir.TypeRef) -> bool:
    return bool(plans.model_names(type_ref))


def _group_doc(api: ir.Api, group: str) -> str:
    doc = api.group_doc(group)
    if doc:
        return doc
    return f"The {group} routes of the {api.title}."


def testing_modules(requirements: Sequence[str]) -> tuple[str, ...]:
    """The import names of the `testing` extra's requirements (`jsonschema>=4.18` -> jsonschema),
    so a simulator missing one can say which extra brings it."""
    names = {re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0] for requirement in requirements}
    return tuple(sorted(name.lower().replace("-", "_") for name in names))


def _pyrepr(value: object) -> str:
    return repr(value)


# How the templates are read: part of what their compiled code depends on (see
# `_template_code_cache`).
_TEMPLATE_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "autoescape": False,
}


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment, one per process: every renderer shares its compiled
    templates, so the shared ones are compiled once, not once per distribution."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=_template_code_cache(),
        **_TEMPLATE_OPTIONS,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["snake"] = snake_case
    env.filters["docstring"] = plans.docstring
    return env


class _QuietCodeCache(jinja2.FileSystemBytecodeCache):
    """A cache that cannot be written (a full or read-only disk) costs a compilation, never
    a generation."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def template_code_fingerprint(options: Mapping[str, Any] = _TEMPLATE_OPTIONS) -> str:
    """What the compiled code of a template depends on besides its text (Jinja checks the
    text's checksum itself, and the Python version): the Jinja version and the options."""
    settings = repr((jinja2.__version__, sorted(options.items())))
    return hashlib.sha256(settings.encode("utf-8")).hexdigest()[:16]


def _template_code_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, as Python keeps `.pyc` files: compiling the ~25
    templates took a tenth of a second of every generation. Jinja's per-user folder in the
    system's temporary folder (created private, refused if anyone else could write to it);
    each template's entry is keyed by its path and checked against its text, and the file
    names carry `template_code_fingerprint`, so code compiled under other settings is never
    read. No cache when that folder cannot be used."""
    try:
        return _QuietCodeCache(pattern=f"__generator_{template_code_fingerprint()}_%s.cache")
    except (OSError, RuntimeError):
        return None


class FormatError(RuntimeError):
    """Generated code that ruff cannot format: a generator bug; the message names the file
    and line."""


def format_python(root: Path) -> None:
    """Formats every generated module with ruff (the same version always gives the same text).
    The `_runtime` modules are left out: they are copies of `generator/runtime/`, which is
    kept formatted with the same settings (a fifth of ruff's work, for no change)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise RuntimeError("ruff is needed to format generated code: pip install ruff")
    done = subprocess.run(
        [
            ruff,
            "format",
            "--quiet",
            "--no-cache",
            "--config",
            str(RUFF_CONFIG),
            "--extend-exclude",
            RUNTIME_FOLDER,
            str(root),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise FormatError(_format_failure(root, done.stderr or done.stdout))


def _format_failure(root: Path, ruff_output: str) -> str:
    """Where the generated code is broken: the first module that does not compile, with its
    line, or else what ruff said."""
    for path in sorted(root.rglob("*.py")):
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec")
        except SyntaxError as error:
            line = (error.text or "").strip()
            return (
                f"generated {path.relative_to(root).as_posix()}:{error.lineno}: "
                f"{error.msg}: {line[:120]}"
            )
    return "ruff format failed: " + (ruff_output.strip().splitlines() or ["(no output)"])[0]


@dataclasses.dataclass
class FileChanges:
    """What `write_files` did to a folder: relative paths added, updated and removed."""

    added: list[str] = dataclasses.field(default_factory=list)
    updated: list[str] = dataclasses.field(default_factory=list)
    removed: list[str] = dataclasses.field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def describe(self, shown: int = 3) -> str:
        """One line: "unchanged", or each kind of change with its count and first files."""
        if not self:
            return "unchanged"
        parts = []
        for kind, paths in (
            ("updated", self.updated),
            ("added", self.added),
            ("removed", self.removed),
        ):
            if paths:
                names = ", ".join(paths[:shown])
                more = f", and {len(paths) - shown} more" if len(paths) > shown else ""
                parts.append(f"{len(paths)} {kind} ({names}{more})")
        return "; ".join(parts)


def write_files(files: Mapping[str, str], root: Path) -> FileChanges:
    """Makes `root` hold exactly these files (plus build and install by-products), so a
    removed operation or model leaves nothing behind; says which files it touched."""
    changes = FileChanges()
    root.mkdir(parents=True, exist_ok=True)
    # Deepest first, so a folder emptied of its files is removed after them.
    for relative, full in sorted(folder_entries(root), key=_path_order, reverse=True):
        if os.path.isfile(full) and relative not in files:
            os.unlink(full)
            changes.removed.append(relative)
        elif os.path.isdir(full) and _is_empty(full):
            os.rmdir(full)
    top = str(root)
    folders: set[str] = set()
    for relative, text in files.items():
        path = os.path.join(top, relative)
        parent = os.path.dirname(path)
        if parent not in folders:
            os.makedirs(parent, exist_ok=True)
            folders.add(parent)
        if not os.path.exists(path):
            changes.added.append(relative)
        else:
            with open(path, encoding="utf-8") as old:
                if old.read() == text:
                    continue
            changes.updated.append(relative)
        with open(path, "w", encoding="utf-8", newline="\n") as new:
            new.write(text)
    changes.removed.sort()
    return changes


def read_tree(root: Path) -> dict[str, str]:
    """The text of every file under `root` but the by-products, by relative path, in path
    order."""
    return {
        relative: _read_text(full)
        for relative, full in sorted(folder_entries(root), key=_path_order)
        if os.path.isfile(full)
    }


def folder_entries(root: Path) -> list[tuple[str, str]]:
    """(relative path with `/`, full path) of every file and folder under `root` but the
    by-products (see `is_by_product`); nothing when `root` is not a folder. Like
    `Path.rglob("*")`, a link to a folder is listed but not entered. Plain `os.scandir`: the
    generated trees hold ~700 files, which `pathlib` spent tens of milliseconds on."""
    found: list[tuple[str, str]] = []
    pending = [(str(root), "")]
    while pending:
        folder, prefix = pending.pop()
        try:
            with os.scandir(folder) as scan:
                entries = list(scan)
        except (FileNotFoundError, NotADirectoryError, PermissionError):
            continue
        for entry in entries:
            if _is_by_product_part(entry.name):
                continue  # and so is everything inside it
            relative = prefix + entry.name
            found.append((relative, entry.path))
            if entry.is_dir(follow_symlinks=False):
                pending.append((entry.path, relative + "/"))
    return found


def _path_order(entry: tuple[str, str]) -> list[str]:
    """The order of `Path`s: part by part."""
    return entry[0].split("/")


def _is_empty(folder: str) -> bool:
    with os.scandir(folder) as scan:
        return next(scan, None) is None


def _read_text(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.read()


def is_by_product(relative: Path) -> bool:
    """Files that installs and builds leave in a distribution folder; never ours."""
    return any(_is_by_product_part(part) for part in relative.parts)


def _is_by_product_part(part: str) -> bool:
    return part.endswith(".egg-info") or part in (
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        "build",
        "dist",
    )
