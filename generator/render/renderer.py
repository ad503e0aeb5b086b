"""IR -> the files of one generated distribution.

Python here decides every name, ordering and import; the Jinja2 templates only lay text out.
`ruff format` then gives the output its final, stable shape.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2

from generator import ir
from generator.flavors import FLAVORS, Flavor
from generator.naming import snake_case, words
from generator.render import plans
from generator.render.codec import CodecWriter, plan_field, structure_name, unstructure_name
from generator.render.imports import ImportSet, module_sort_key, name_sort_key
from generator.render.typing_expr import annotation

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
RUNTIME = TEMPLATES.parent / "runtime"
RUFF_CONFIG = TEMPLATES.parent / "generated-ruff.toml"


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
        # Every type the routes decode, so helper names are fixed before any is handed out.
        raw = (None, ir.ANY, ir.ScalarType(ir.ScalarKind.BYTES))
        roots = [op.response for op in api.operations if op.response not in raw]
        roots += [type_ref for op in api.operations for _, type_ref in op.errors]
        self.codec = CodecWriter(api.models, roots=[root for root in roots if root is not None])
        self.request_models = plans.request_models(api)
        self.model_checks = {model.name: self._model_check(model) for model in self.request_models}

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
            f"{pkg}/models.py": self._template("package/models.py.jinja", context),
        }
        if api.kind == "rest":
            files[f"{pkg}/_routes.py"] = self._template("rest/_routes.py.jinja", context)
            files[f"{pkg}/_client.py"] = self._template("rest/_client.py.jinja", context)
        for source, target in self.flavor.files:
            files[f"{pkg}/{target}"] = self._template(source, context)
        for relative, text in runtime_files(self.flavor.runtime).items():
            files[f"{pkg}/_runtime/{relative}"] = text
        # Last: rendering the routes registered the decoders their responses need.
        codec_body = self.codec.module_body()
        files[f"{pkg}/_codec.py"] = self._template(
            "package/_codec.py.jinja",
            {
                **context,
                "codec_body": codec_body,
                "codec_uses_literal": "Literal" in self.codec.typing_names,
                "codec_uses_dates": self.codec.uses_dates,
                "codec_uses_uuid": self.codec.uses_uuid,
                "codec_uses_unset": any(
                    plans.needs_unset(list(model.fields)) for model in api.models
                ),
            },
        )
        files[f"{pkg}/testing/_spec.json"] = (
            json.dumps(self.spec_document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
        )
        return dict(sorted(files.items()))

    def _template(self, name: str, context: Mapping[str, Any]) -> str:
        return self.env.get_template(name).render(**context)

    def _decode_expr(self, type_ref: ir.TypeRef | None) -> str:
        if type_ref is None or type_ref == ir.ANY:
            return "None"
        if type_ref == ir.ScalarType(ir.ScalarKind.BYTES):
            return "None"  # a raw answer: the transport hands over the bytes as they came
        return "_codec." + self.codec.structure_call(type_ref)

    def _context(self) -> dict[str, Any]:
        api = self.api
        by_module: dict[str, set[str]] = {}
        for module, names in self.flavor.errors:
            by_module.setdefault(module, set()).update(names)
        errors = sorted((module, sorted(names)) for module, names in by_module.items())
        error_names = sorted(name for _, names in errors for name in names)
        exports = (*self.flavor.exports, (".errors", tuple(error_names)))
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
            "exports": [
                (
                    module,
                    sorted((n.format(client=api.client_class) for n in names), key=name_sort_key),
                )
                for module, names in sorted(exports, key=lambda e: module_sort_key(e[0]))
            ],
            "all_names": sorted(
                {name.format(client=api.client_class) for _, names in exports for name in names}
                | {"__version__"},
                key=name_sort_key,
            ),
            "errors": errors,
            "error_names": error_names,
            "model_imports": self._model_imports(),
            "client_imports": self._client_imports(),
            "request_models": self.request_models,
            "structure_name": structure_name,
            "unstructure_name": unstructure_name,
            "field_plans": lambda model: [plan_field(field) for field in model.fields],
            "model_doc": _model_doc,
            "secret": lambda field: plans.is_secret(field.wire_name),
            "extras_annotation": lambda model: annotation(model.extras, ""),
            "check_expr": lambda type_ref: plans.check_expr(type_ref, self.model_checks),
            "rules_expr": plans.rules_expr,
            "decode_expr": self._decode_expr,
            "group_class": plans.group_class,
            "group_doc": lambda group: _group_doc(api, group),
            "method_plan": plans.method_plan,
            "groups_doc": lambda: plans.groups_doc(api),
            **(self.flavor.context(self) if self.flavor.context else {}),
        }

    def _model_imports(self) -> list[str]:
        imports = ImportSet()
        if self.api.models:
            imports.add("attrs")
        types: list[ir.TypeRef] = []
        for model in self.api.models:
            types.extend(field.type for field in model.fields)
            if model.extras is not None:
                types.append(model.extras)
                imports.add("typing", "Any")
        _add_typing(imports, plans.typing_names(types))
        if any(plans.needs_unset(list(model.fields)) for model in self.api.models):
            imports.add("._runtime.core.types", "UNSET")
            if any(_names_unset(list(model.fields)) for model in self.api.models):
                imports.add("._runtime.core.types", "Unset")
        return imports.lines()

    def _client_imports(self) -> list[str]:
        imports = ImportSet()
        for module, names in self.flavor.client_imports:
            imports.add(module, *names)
        extra = self.flavor.context(self) if self.flavor.context else {}
        for module, names in extra.get("extra_client_imports", ()):
            imports.add(module, *names)
        if any(not op.browser_redirect for op in self.api.operations):
            imports.add("typing", "cast")
        types: list[ir.TypeRef] = []
        for op in self.api.operations:
            if op.browser_redirect:
                continue
            # Constants are sent by the method itself, so their types appear in no signature.
            types.extend(param.type for param in op.params if not param.constant)
            if op.response is not None:
                types.append(op.response)
            if op.paging is not None:
                imports.add("collections.abc", "Iterator")
                imports.add("._runtime.http.transport", "Page")
            if op.extra_params:
                imports.add("collections.abc", "Mapping")
                imports.add("typing", "Any")
            if op.response is None or op.response == ir.ANY:
                imports.add("typing", "Any")
            fields = [ir.Field(p.name, p.wire_name, p.type, p.required) for p in op.params]
            if plans.needs_unset(fields):
                imports.add("._runtime.core.types", "UNSET")
                if _names_unset(fields):
                    imports.add("._runtime.core.types", "Unset")
        _add_typing(imports, plans.typing_names(types))
        if any(_has_model(t) for t in types):
            imports.add_type_only(".", "models")
        return imports.lines()


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
    return any("Unset" in plan_field(field).annotation for field in fields)


def _has_model(type_ref: ir.TypeRef) -> bool:
    return bool(plans._model_names(type_ref))


def _model_doc(model: ir.Model) -> str:
    if model.doc:
        return model.doc
    return " ".join(words(model.name)).capitalize() + "."


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


@functools.cache
def environment() -> jinja2.Environment:
    """The Jinja2 environment, one per process: every renderer shares its compiled
    templates, so the shared ones are compiled once, not once per distribution."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["snake"] = snake_case
    env.filters["docstring"] = plans.docstring
    return env


class FormatError(RuntimeError):
    """Generated code that ruff cannot format: a generator bug; the message names the file
    and line."""


def format_python(root: Path) -> None:
    """Formats every generated module with ruff (the same version always gives the same text)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        raise RuntimeError("ruff is needed to format generated code: pip install ruff")
    done = subprocess.run(
        [ruff, "format", "--quiet", "--no-cache", "--config", str(RUFF_CONFIG), str(root)],
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
    for path in sorted(root.rglob("*"), reverse=True):
        if is_by_product(path.relative_to(root)):
            continue
        relative = path.relative_to(root).as_posix()
        if path.is_file() and relative not in files:
            path.unlink()
            changes.removed.append(relative)
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            changes.added.append(relative)
        elif path.read_text(encoding="utf-8") != text:
            changes.updated.append(relative)
        else:
            continue
        path.write_text(text, encoding="utf-8", newline="\n")
    changes.removed.sort()
    return changes


def is_by_product(relative: Path) -> bool:
    """Files that installs and builds leave in a distribution folder; never ours."""
    return any(
        part.endswith(".egg-info")
        or part in ("__pycache__", ".mypy_cache", ".ruff_cache", "build", "dist")
        for part in relative.parts
    )
